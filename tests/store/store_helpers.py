"""Shared helpers for the store tests: realistic meetings, subprocesses, folder snapshots."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

from meeting_planner.domain.model import (
    AgendaBlock,
    BlockKind,
    Candidate,
    CaseTask,
    Concern,
    ConcernCategory,
    Criterion,
    Debrief,
    Decision,
    Language,
    Meeting,
    Offer,
    Part,
    Participant,
    PitchTopic,
    Role,
    SalaryRange,
    Status,
)

REPO = Path(__file__).resolve().parents[2]


def full_meeting(number: int = 0, *, candidate: str | None = None) -> Meeting:
    """A meeting with every part filled in, as a hiring manager would leave it."""
    criteria = [
        Criterion(name="System design", description="Designs for change", rank=1),
        Criterion(name="Collaboration", description="Works in the open", rank=2),
    ]
    return Meeting(
        title=f"Backend engineer meeting {number}",
        start=datetime(2026, 3, 2, 9, 0) + timedelta(hours=number),
        planned_minutes=75,
        location="Room Kastanje",
        language=Language.SV,
        status=Status.DEBRIEFED,
        candidate=Candidate(
            name=candidate or f"Åsa Lindqvist {number}",
            email=f"asa{number}@example.org",
            current_title="Developer",
            motivations=["Own a service end to end", "Learn Rust"],
            notes="Prefers mornings.",
        ),
        role=Role(
            title="Backend Engineer",
            team="Payments",
            company="Kvarnbo Bank",
            tech_stack=["Python", "PostgreSQL", "Kafka"],
            responsibilities=["Run the payout service"],
            problems=["Slow month-end batch"],
            projects=["Ledger rewrite"],
        ),
        offer=Offer(
            salary=SalaryRange(minimum=52000, maximum=61000, currency="SEK"),
            flexibility="Hybrid",
            remote_days_per_week=3,
            development_paths=["Staff track"],
            benefits=["Wellness allowance"],
        ),
        participants=[Participant(name="Mira", title="Team lead", part=Part.MANAGER)],
        agenda=[
            AgendaBlock(title="Welcome", kind=BlockKind.WELCOME, minutes=5),
            AgendaBlock(
                title="What we build",
                kind=BlockKind.PITCH,
                minutes=15,
                topic=PitchTopic.PROJECTS,
                talking_points=["The ledger rewrite", "Our on-call rota"],
            ),
            AgendaBlock(title="Case", kind=BlockKind.CASE, minutes=25),
            AgendaBlock(title="Your questions", kind=BlockKind.CANDIDATE_QUESTIONS, minutes=15),
        ],
        case=CaseTask(title="Idempotent payouts", brief="Sketch a retry-safe API", minutes=25),
        criteria=criteria,
        debrief=Debrief(
            interest=4,
            concerns=[Concern(category=ConcernCategory.COMPENSATION, text="Pension")],
            decision=Decision.ADVANCE,
            feedback="Strong design sense.",
            feedback_sent_at=datetime(2026, 3, 3, 10, 30),
        ),
        coach_overrides={"min_sell_share": 0.4},
    )


def python_env() -> dict[str, str]:
    """The environment for a child Python that imports the app from this checkout."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def run_python(code: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        env=python_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file's bytes under ``folder`` except the lock file, by relative path."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "lock"
    }
