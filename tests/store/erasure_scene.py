"""A store where a marked candidate's meeting went through several saves: what the
erasure tests look for in every file of the data folder."""

from __future__ import annotations

import json
import zlib
from datetime import datetime, timedelta
from pathlib import Path

from store_helpers import full_meeting

from meeting_planner.domain.model import (
    BlockNote,
    Concern,
    ConcernCategory,
    DeclineReason,
    Marker,
    MarkerKind,
    Meeting,
    OfferResult,
    Participant,
    Rating,
    Status,
    new_id,
)
from meeting_planner.store import Store

MARK = "Qx7Erasable"
SHARDS = 64
NOW = datetime(2029, 5, 4, 12, 0)


def shard_of(meeting_id: str) -> int:
    return zlib.crc32(meeting_id.encode()) % SHARDS


def id_in_shard(shard: int) -> str:
    while True:
        candidate = new_id()
        if shard_of(candidate) == shard:
            return candidate


def marked(meeting: Meeting, tag: str = "") -> Meeting:
    """The meeting with the marker in every field that holds personal data."""

    def m(name: str) -> str:
        return f"{MARK}{tag}-{name}"

    meeting.title = m("title")
    c = meeting.candidate
    c.name, c.email, c.phone = m("name"), m("email") + "@example.org", m("phone")
    c.current_title, c.notes, c.motivations = m("title"), m("notes"), [m("motivation")]
    meeting.participants.append(
        Participant(name=m("panel"), title="Engineer", email=m("panelmail") + "@example.org")
    )
    block = meeting.agenda[0]
    block.owner, block.internal_notes, block.talking_points = m("owner"), m("inote"), [m("tp")]
    d = meeting.debrief
    criterion = meeting.criteria[0]
    d.ratings = [Rating(criterion.id, 3, m("evidence"), m("shared"))]
    d.resonated, d.reasons, d.feedback = m("resonated"), m("reasons"), m("feedback")
    d.shared_reason, d.later_role = m("sharedreason"), True
    d.competing_offers, d.competing_timeline = m("competing"), m("timeline")
    d.concerns = [Concern(ConcernCategory.COMPENSATION, m("concern"))]
    o = meeting.outcome
    o.offer_made, o.result = True, OfferResult.DECLINED
    o.decline_reasons = [DeclineReason(ConcernCategory.FLEXIBILITY, m("decline"), True)]
    o.survey_answers = {"positives": m("survey")}
    meeting.run.started_at = meeting.start
    meeting.run.notes = [BlockNote(block.id, m("runnote"))]
    meeting.run.markers = [
        Marker(MarkerKind.CONCERN, block.id, meeting.start + timedelta(minutes=3), 180, m("mark"))
    ]
    meeting.status = Status.CLOSED
    meeting.closed_at = datetime(2026, 4, 1, 9, 0)
    return meeting


def every_file(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def files_with(folder: Path, text: str) -> list[str]:
    return sorted(name for name, data in every_file(folder).items() if text.encode() in data)


def files_with_beside_deleted_ids(folder: Path, text: str) -> list[str]:
    """Like files_with, with the deleted meetings' ids (kept in the index files, with
    their day and nothing else) left out of the search."""
    found = []
    for name, data in every_file(folder).items():
        try:
            content = json.loads(data)
        except ValueError:
            content = None
        if isinstance(content, dict) and isinstance(content.get("deleted"), dict):
            rows = content.pop("deleted").values()
            assert all(set(row) == {"id", "on"} for row in rows), name
            data = json.dumps(content, ensure_ascii=False).encode()
        if text.encode() in data:
            found.append(name)
    return sorted(found)


def build_scene(store_dir: Path) -> tuple[Meeting, Meeting, Meeting]:
    """A store where the marked meeting went through several saves, sharing its files
    with a neighbour (and one meeting elsewhere), so every backup of its shard holds it."""
    target = marked(full_meeting(1))
    neighbour = full_meeting(2, candidate="Neighbour Nilsson")
    neighbour.id = id_in_shard(shard_of(target.id))
    elsewhere = full_meeting(3, candidate="Elsewhere Ek")
    elsewhere.id = id_in_shard((shard_of(target.id) + 1) % SHARDS)
    with Store(store_dir) as store:
        store.meetings.save_many([neighbour, elsewhere])
        for n in range(4):
            target.planned_minutes = 60 + n
            target.candidate.notes += f" {MARK}-save{n}"
            store.meetings.save(target)
            neighbour.planned_minutes = 60 + n
            store.meetings.save(neighbour)
    return target, neighbour, elsewhere
