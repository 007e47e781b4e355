"""Store benchmark, run by hand: ``python3 tests/benchmarks/bench_store.py [COUNT]``.

Builds COUNT (default 10,000) realistic meetings in a temporary folder and times
the operations the app does most, for our store and for a stock single-file TinyDB.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

# Run as a script from a checkout: make the package importable without installing it.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tinydb import TinyDB  # noqa: E402

from meeting_planner.domain.model import (  # noqa: E402
    AgendaBlock,
    BlockKind,
    Candidate,
    CaseTask,
    Criterion,
    Meeting,
    Offer,
    Participant,
    Role,
    SalaryRange,
)
from meeting_planner.domain.serialize import meeting_from_dict, meeting_to_dict  # noqa: E402
from meeting_planner.store import Store  # noqa: E402

FIRST = ["Åsa", "Lars", "Noor", "Mika", "Sofie", "Jonas", "Aino", "Emil", "Ida", "Oskar"]
LAST = ["Lindqvist", "Haddad", "Virtanen", "Nielsen", "Berg", "Jensen", "Korhonen", "Dahl"]
KINDS = list(BlockKind)
REPEATS = 20
# Stock TinyDB re-reads the whole file on every call; a few runs show the point.
STOCK_REPEATS = 5


def realistic_meeting(rng: random.Random, number: int) -> Meeting:
    """About 5 KB of JSON: 10-12 agenda blocks with talking points, criteria, role, offer."""
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {number}"
    blocks = [
        AgendaBlock(
            title=f"Part {b}: how we work on the platform",
            kind=rng.choice(KINDS),
            minutes=rng.randint(3, 15),
            owner="Mira Holm",
            talking_points=[f"Talking point {p} about the team's real work" for p in range(3)],
        )
        for b in range(rng.randint(10, 12))
    ]
    return Meeting(
        title=f"Senior backend engineer, {name}",
        start=datetime(2026, 1, 5, 9) + timedelta(hours=rng.randint(0, 24 * 365)),
        candidate=Candidate(name=name, email=f"c{number}@example.org", notes="Referred."),
        role=Role(
            title="Senior Backend Engineer",
            team="Payments",
            tech_stack=["Python", "PostgreSQL", "Kafka", "Kubernetes"],
            responsibilities=["Own the payout service", "Mentor two juniors"],
            problems=["Month-end batch takes six hours"],
            projects=["Ledger rewrite"],
        ),
        offer=Offer(
            salary=SalaryRange(minimum=55000, maximum=65000, currency="SEK"),
            flexibility="Hybrid, core hours 10-15",
            remote_days_per_week=3,
            development_paths=["Staff engineer track"],
            benefits=["Wellness allowance", "Extra parental leave"],
        ),
        participants=[Participant(name="Mira Holm", title="Team lead")],
        agenda=blocks,
        case=CaseTask(title="Retry-safe payouts", brief="Sketch an idempotent API.", minutes=25),
        criteria=[Criterion(name=f"Criterion {c}", description="What good is") for c in range(4)],
    )


def timed(action: Callable[[], object]) -> float:
    begin = time.perf_counter()
    action()
    return (time.perf_counter() - begin) * 1000


def median_of(actions: list[Callable[[], object]]) -> float:
    return statistics.median(timed(action) for action in actions)


def bench_ours(root: Path, meetings: list[Meeting], rng: random.Random) -> dict[str, float]:
    results: dict[str, float] = {}
    with Store(root / "small") as store:
        results["save_many 1,000"] = timed(lambda: store.meetings.save_many(meetings[:1000]))
    with Store(root / "ours") as store:
        results[f"save_many {len(meetings):,}"] = timed(lambda: store.meetings.save_many(meetings))

    def open_and_list() -> None:
        with Store(root / "ours") as store:
            store.meetings.list()

    results["open + list"] = median_of([open_and_list] * 5)
    with Store(root / "ours") as store:
        picks = rng.sample(meetings, REPEATS)
        save_times = []
        for meeting in picks:
            # As in the app: the meeting was opened (read) before it is edited and saved.
            edited = replace(store.meetings.get(meeting.id), title="edited")
            save_times.append(timed(lambda m=edited: store.meetings.save(m)))
        results["save one edited meeting"] = statistics.median(save_times)
        results["get one meeting"] = median_of(
            [lambda m=m: store.meetings.get(m.id) for m in rng.sample(meetings, REPEATS)]
        )
        names = [m.candidate.name.split()[1].lower() for m in picks]
        results["find by candidate name"] = median_of(
            [lambda n=n: store.meetings.find_by_candidate(n) for n in names]
        )
    return results


def bench_stock(root: Path, meetings: list[Meeting], rng: random.Random) -> dict[str, float]:
    results: dict[str, float] = {}
    docs = [meeting_to_dict(m) for m in meetings]
    with TinyDB(root / "stock-small.json") as db:
        results["save_many 1,000"] = timed(
            lambda: db.insert_multiple([meeting_to_dict(m) for m in meetings[:1000]])
        )
    path = root / "stock.json"
    with TinyDB(path) as db:
        results[f"save_many {len(meetings):,}"] = timed(
            lambda: db.insert_multiple([meeting_to_dict(m) for m in meetings])
        )

    def open_and_list() -> None:
        with TinyDB(path) as db:
            [(d["id"], d["title"], d["candidate"]["name"], d["start"]) for d in db.all()]

    results["open + list"] = median_of([open_and_list] * 5)
    with TinyDB(path) as db:
        doc_ids = rng.sample(range(1, len(docs) + 1), STOCK_REPEATS)
        results["save one edited meeting"] = median_of(
            [lambda i=i: db.update({"title": "edited"}, doc_ids=[i]) for i in doc_ids]
        )
        results["get one meeting"] = median_of(
            [lambda i=i: meeting_from_dict(dict(db.get(doc_id=i))) for i in doc_ids]
        )
        names = [docs[i - 1]["candidate"]["name"].split()[1].lower() for i in doc_ids]
        results["find by candidate name"] = median_of(
            [
                lambda n=n: [d for d in db.all() if n in d["candidate"]["name"].lower()]
                for n in names
            ]
        )
    return results


def main(count: int) -> None:
    rng = random.Random(7)
    meetings = [realistic_meeting(rng, n) for n in range(count)]
    size = statistics.mean(len(json.dumps(meeting_to_dict(m))) for m in meetings[:200])
    print(f"{count:,} meetings, {size / 1024:.1f} KB of JSON each on average")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        ours = bench_ours(root, meetings, rng)
        stock = bench_stock(root, meetings, rng)
    print(f"{'operation':<26}{'this store':>14}{'stock TinyDB':>16}")
    for operation, value in ours.items():
        print(f"{operation:<26}{value:>11.1f} ms{stock[operation]:>13.1f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
