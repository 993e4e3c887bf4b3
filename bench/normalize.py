"""How long normalize takes, next to a bare phonenumbers.parse measured in the same run.

Goal: at most 50 µs per normalize and at most 3× the bare parse. The machine is shared and
noisy, so each figure is the best of several rounds, and the ratio is what to compare.
"""

from __future__ import annotations

import statistics
import timeit

import phonenumbers

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
ROUNDS, LOOPS = 7, 2000


def per_call_us(func: object) -> float:
    timer = timeit.Timer(func)  # type: ignore[arg-type]
    best = min(timer.repeat(repeat=ROUNDS, number=LOOPS))
    return best / LOOPS / len(INPUTS) * 1e6


def bare() -> None:
    for text in BARE:
        phonenumbers.parse(text, "PL")


def ours() -> None:
    for text in INPUTS:
        normalize(text, OPTIONS)


def main() -> None:
    base, mine = per_call_us(bare), per_call_us(ours)
    print(f"phonenumbers.parse   {base:7.1f} µs per number (best of {ROUNDS}×{LOOPS})")
    print(f"dialdesk normalize   {mine:7.1f} µs per number")
    print(f"ratio                {mine / base:7.2f}×   (goal ≤ 3×, ≤ 50 µs)")
    spread = [per_call_us(ours) for _ in range(3)]
    print(
        f"normalize spread     {min(spread):.1f}–{max(spread):.1f} µs "
        f"(median {statistics.median(spread):.1f})"
    )


if __name__ == "__main__":
    main()
