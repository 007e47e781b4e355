"""The revision counter moves when a plan changes, and an import's saves are one commit."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest
from store_helpers import full_meeting, snapshot

from meeting_planner.domain.templates import template_from_meeting
from meeting_planner.store import Store, StoreError


def test_a_changed_plan_counts_a_revision_and_other_saves_do_not(store_dir: Path) -> None:
    with Store(store_dir) as store:
        meeting = full_meeting(1)
        store.meetings.save(meeting)
        first = store.meetings.get(meeting.id).revision
        meeting.role.tech_stack.append("Rust")
        store.meetings.save(meeting)
        assert store.meetings.get(meeting.id).revision == first + 1
        # The caller's meeting carries the count, so a file written from it does too.
        assert meeting.revision == first + 1
        meeting.debrief.resonated = "The on-call rota"
        meeting.candidate.notes = "Internal, not the plan"
        store.meetings.save(meeting)
        assert store.meetings.get(meeting.id).revision == first + 1
    with Store(store_dir, read_only=True) as store:
        assert store.meetings.get(meeting.id).revision == first + 1


def test_a_higher_revision_from_elsewhere_is_kept_and_counted_on(store_dir: Path) -> None:
    with Store(store_dir) as store:
        meeting = full_meeting(2)
        store.meetings.save(meeting)
        meeting.revision = 40
        meeting.title = "From the recruiter"
        store.meetings.save(meeting)
        assert store.meetings.get(meeting.id).revision == 41


def _fail(*args: Any, **kwargs: Any) -> Any:
    raise OSError(errno.EIO, "Input/output error")


def test_a_transaction_writes_templates_and_meetings_together_or_not_at_all(
    store_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(store_dir) as store:
        store.meetings.save(full_meeting(0))
    before = snapshot(store_dir)
    template = template_from_meeting(full_meeting(3), name="from-a-file")
    with Store(store_dir) as store:
        with monkeypatch.context() as patch:
            patch.setattr(os, "fsync", _fail)
            with pytest.raises(StoreError):
                with store.transaction():
                    store.templates.save(template)
                    store.meetings.save_many([full_meeting(n) for n in range(4, 8)])
        # Memory went back with the files: nothing of the failed import shows.
        assert len(store.meetings) == 1
        assert store.templates.list() == []
    assert snapshot(store_dir) == before
    with Store(store_dir) as store:
        with store.transaction():
            store.templates.save(template)
            store.meetings.save_many([full_meeting(n) for n in range(4, 8)])
    with Store(store_dir, read_only=True) as store:
        assert len(store.meetings) == 5
        assert [t.name for t in store.templates.list()] == ["from-a-file"]


def test_an_error_inside_a_transaction_saves_nothing(store_dir: Path) -> None:
    with Store(store_dir) as store:
        store.meetings.save(full_meeting(0))
    before = snapshot(store_dir)
    with Store(store_dir) as store:
        with pytest.raises(RuntimeError):
            with store.transaction():
                store.meetings.save(full_meeting(1))
                store.settings.set("colour", "red")
                raise RuntimeError("a file further on was bad")
        assert len(store.meetings) == 1 and store.settings.get("colour") is None
    assert snapshot(store_dir) == before
