"""How long the coach's review takes for agendas of 10, 30 and 100 blocks (run by hand).

Usage: python3 tests/benchmarks/bench_coach.py [runs]
The target is under 5 ms for a 30-block agenda.
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import datetime
from itertools import cycle, islice
from pathlib import Path

# Run by hand from a checkout, so the package need not be installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from meeting_planner.domain.coach import review  # noqa: E402
from meeting_planner.domain.model import (  # noqa: E402
    AgendaBlock,
    BlockKind,
    Candidate,
    Criterion,
    Meeting,
    Offer,
    Role,
    SalaryRange,
)

SIZES = (10, 30, 100)
TARGET_MS = {30: 5.0}
KINDS = [
    BlockKind.WELCOME,
    BlockKind.PITCH,
    BlockKind.PITCH,
    BlockKind.TEAM,
    BlockKind.CASE,
    BlockKind.DIALOGUE,
    BlockKind.CANDIDATE_QUESTIONS,
    BlockKind.BREAK,
    BlockKind.NEXT_STEPS,
]


def sample_meeting(blocks: int) -> Meeting:
    """A realistic plan: every kind of block, talking points and motivations to match."""
    agenda = [
        AgendaBlock(
            title=f"{kind.value} {i}",
            kind=kind,
            minutes=5 + i % 10,
            owner="" if i % 4 == 0 else "Maja",
            talking_points=[
                "Python, FastAPI and Postgres on AWS",
                "Hybrid work: three days remote",
                "A yearly learning budget and conference days",
            ],
        )
        for i, kind in enumerate(islice(cycle(KINDS), blocks))
    ]
    return Meeting(
        start=datetime(2025, 3, 4, 9),
        planned_minutes=sum(b.minutes for b in agenda),
        candidate=Candidate(
            motivations=["Remote work", "Learning new things", "Kubernetes", "Good salary"]
        ),
        role=Role(tech_stack=["Python"], responsibilities=["APIs"], problems=["Peak load"]),
        offer=Offer(salary=SalaryRange(5000, 6000), flexibility="Hybrid"),
        agenda=agenda,
        criteria=[Criterion(name=f"c{i}", rank=i) for i in range(1, 6)],
    )


def measure(meeting: Meeting, runs: int) -> list[float]:
    """Milliseconds per review() call, after a few warm-up calls."""
    for _ in range(20):
        review(meeting)
    samples = []
    for _ in range(runs):
        began = time.perf_counter_ns()
        review(meeting)
        samples.append((time.perf_counter_ns() - began) / 1e6)
    return samples


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    print(f"review() timing, {runs} runs each")
    print(f"{'blocks':>6}  {'median ms':>9}  {'p95 ms':>7}  {'max ms':>7}  target")
    missed = False
    for size in SIZES:
        samples = measure(sample_meeting(size), runs)
        median = statistics.median(samples)
        p95 = statistics.quantiles(samples, n=20)[-1]
        target = TARGET_MS.get(size)
        verdict = (
            "" if target is None else f"< {target:g} ms " + ("ok" if p95 < target else "MISSED")
        )
        missed |= target is not None and p95 >= target
        print(f"{size:>6}  {median:>9.3f}  {p95:>7.3f}  {max(samples):>7.3f}  {verdict}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
