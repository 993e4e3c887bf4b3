"""Interleaved A/B measurement, shared by every benchmark here.

A shared machine drifts: run all baseline samples first and all dialdesk samples after,
and a slow minute lands on one side only (hand-off ratios moved between 1.80× and 2.26×
from run to run that way). So each *round* measures every case once, in an order that
rotates from round to round, and a case is compared with the baseline by the **median of
the per-round ratios**: both samples of a pair saw the same moment of the machine.
"""

from __future__ import annotations

import statistics
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field


@dataclass
class Samples:
    """Per case, one figure per round (seconds, or any unit the case returns)."""

    cases: dict[str, list[float]] = field(default_factory=dict)

    def median(self, case: str) -> float:
        return statistics.median(self.cases[case])

    def ratio(self, case: str, baseline: str) -> float:
        """Median over rounds of case/baseline, each pair from the same round."""
        pairs = zip(self.cases[case], self.cases[baseline], strict=True)
        return statistics.median(c / b for c, b in pairs)

    def ratio_range(self, case: str, baseline: str) -> tuple[float, float]:
        pairs = zip(self.cases[case], self.cases[baseline], strict=True)
        ratios = [c / b for c, b in pairs]
        return min(ratios), max(ratios)


def interleave(
    cases: Mapping[str, Callable[[], float]],
    rounds: int,
    *,
    warm: int = 1,
    between: Callable[[], None] | None = None,
) -> Samples:
    """Run every case once per round, rotating the order; ``warm`` uncounted rounds first
    (bytecode and file caches). ``between`` runs after each sample (e.g. let an instance
    finish a call)."""
    names = list(cases)
    samples = Samples({name: [] for name in names})
    for index in range(-warm, rounds):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            value = cases[name]()
            if between is not None:
                between()
            if index >= 0:
                samples.cases[name].append(value)
    return samples


def run_seconds(command: Sequence[str], **kwargs: object) -> float:
    """Wall time of one run of ``command`` to its exit (it must succeed)."""
    started = time.perf_counter()
    subprocess.run(command, check=True, **kwargs)  # type: ignore[call-overload]
    return time.perf_counter() - started


def report(
    samples: Samples,
    baseline: str,
    *,
    scale: float = 1000.0,
    unit: str = "ms",
    goals: Mapping[str, str] | None = None,
) -> None:
    """One line per case: its median, and the median pairwise ratio to the baseline."""
    goals = goals or {}
    rounds = len(samples.cases[baseline])
    width = max(len(name) for name in samples.cases) + 2
    for name in samples.cases:
        figure = f"{samples.median(name) * scale:8.1f} {unit}"
        if name == baseline:
            print(f"{name:<{width}}{figure}   (baseline; medians of {rounds} A/B rounds)")
            continue
        low, high = samples.ratio_range(name, baseline)
        goal = f"  (goal {goals[name]})" if name in goals else ""
        print(
            f"{name:<{width}}{figure}  {samples.ratio(name, baseline):5.2f}× baseline "
            f"[{low:.2f}–{high:.2f}]{goal}"
        )
