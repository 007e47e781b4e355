"""How long the coach's review takes for agendas of 10, 30 and 100 blocks (run by hand).

Usage: python3 tests/benchmarks/bench_coach.py [runs]
The target is a median under 5 ms for a 30-block agenda, with every content check at
work: pitch topics whose facts are looked for, leads to resolve, empty phrases and
placeholders to find, motivations to match.
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
    Part,
    Participant,
    PitchTopic,
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


TOPICS = [PitchTopic.STACK, PitchTopic.BENEFITS, PitchTopic.DEVELOPMENT, PitchTopic.FLEXIBILITY]
OWNERS = ["Maja Berg", "Jonas Holm", "", "Per, who is away", "Lena Ek"]


def sample_meeting(blocks: int) -> Meeting:
    """A realistic plan: every kind of block, pitch topics, talking points with facts,
    empty phrases and a placeholder, leads to resolve and motivations to match."""
    agenda = [
        AgendaBlock(
            title=f"{kind.value} {i}",
            kind=kind,
            minutes=5 + i % 10,
            owner=OWNERS[i % len(OWNERS)],
            talking_points=[
                "Python, FastAPI and Postgres on AWS",
                "Hybrid work: three days remote; what would suit you?",
                "A yearly learning budget of SEK 20,000 and conference days",
                "A competitive salary and great benefits" if i % 3 else "Budget: [amount]",
            ],
            topic=TOPICS[i % len(TOPICS)] if kind is BlockKind.PITCH else None,
        )
        for i, kind in enumerate(islice(cycle(KINDS), blocks))
    ]
    return Meeting(
        start=datetime(2025, 3, 4, 9),
        planned_minutes=sum(b.minutes for b in agenda),
        candidate=Candidate(
            motivations=["Remote work", "Learning new things", "Kubernetes", "Good salary"]
        ),
        role=Role(
            tech_stack=["Python 3.12 with FastAPI", "PostgreSQL 16", "Kubernetes on AWS"],
            responsibilities=["APIs", "Various tasks"],
            problems=["Peak load"],
        ),
        offer=Offer(
            salary=SalaryRange(52000, 64000),
            flexibility="Hybrid, core hours 10-15",
            remote_days_per_week=3,
            development_budget="SEK 20,000 a year",
            development_paths=["Developer to tech lead"],
            benefits=["Occupational pension (ITP)", "Private health insurance"],
        ),
        participants=[
            Participant(name="Maja Berg", title="Engineering manager", part=Part.MANAGER),
            Participant(name="Jonas Holm", title="Senior developer", part=Part.COLLEAGUE),
            Participant(name="Lena Ek", title="Talent partner", part=Part.RECRUITER),
        ],
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
            ""
            if target is None
            else f"median < {target:g} ms " + ("ok" if median < target else "MISSED")
        )
        missed |= target is not None and median >= target
        print(f"{size:>6}  {median:>9.3f}  {p95:>7.3f}  {max(samples):>7.3f}  {verdict}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
