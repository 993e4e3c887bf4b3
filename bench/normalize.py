"""How long normalize takes, next to a bare phonenumbers.parse measured in the same run.

Goal: at most 50 µs per normalize and at most 3× the bare parse. The machine is shared and
noisy, so the two are timed in alternating rounds (bench/_ab.py) and the ratio is the
median of the per-round ratios; each figure is the median of the rounds.
"""

from __future__ import annotations

import timeit
from collections.abc import Callable

import phonenumbers
from _ab import interleave, report

from dialdesk.numbers import DialOptions, normalize

INPUTS = [
    "+48 22 123 45 67",
    "(022) 123-45-67",
    "tel:%2B48%2022%20123%2045%2067",
    "601 234 567 wew. 12",
    "callto://+49301234567",
    "0048 22 123 45 67",
]
# The same numbers in the forms a bare parse accepts (it knows no URIs or "wew.").
BARE = [
    "+48 22 123 45 67",
    "(022) 123-45-67",
    "+48 22 123 45 67",
    "601 234 567 ext. 12",
    "+49301234567",
    "0048 22 123 45 67",
]
OPTIONS = DialOptions(region="PL")
ROUNDS, LOOPS = 9, 1000


def per_call_s(func: Callable[[], None]) -> Callable[[], float]:
    """One round: LOOPS passes over the inputs; seconds per number."""

    def sample() -> float:
        return timeit.timeit(func, number=LOOPS) / LOOPS / len(INPUTS)

    return sample


def bare() -> None:
    for text in BARE:
        phonenumbers.parse(text, "PL")


def ours() -> None:
    for text in INPUTS:
        normalize(text, OPTIONS)


def main() -> None:
    samples = interleave(
        {"phonenumbers.parse": per_call_s(bare), "dialdesk normalize": per_call_s(ours)}, ROUNDS
    )
    report(
        samples,
        "phonenumbers.parse",
        scale=1e6,
        unit="µs",
        goals={"dialdesk normalize": "≤ 3×, ≤ 50 µs"},
    )
    print(f"(per number; {ROUNDS} rounds of {LOOPS} passes over {len(INPUTS)} numbers)")


if __name__ == "__main__":
    main()
