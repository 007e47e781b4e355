"""The openings (a role in a team) that meetings belong to, kept in the meta file."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from tinydb.table import Document

from ..domain.phrases import mark
from .errors import StoreError

if TYPE_CHECKING:
    from ..domain.model import Meeting
    from ..domain.openings import Opening
    from .repos import MetaFile

OPENINGS = "openings"


class UnknownOpening(StoreError):
    def __init__(self, wanted: str) -> None:
        super().__init__(
            mark(
                "No opening has the id or role {wanted!r}; `meeting-planner openings` lists them."
            ),
            wanted=wanted,
        )


class OpeningRepository:
    """Every opening, by id; each change is one commit of the meta file."""

    def __init__(self, meta: MetaFile) -> None:
        self._meta = meta

    def list(self) -> list[Opening]:
        """By role title, then team."""
        openings = [_opening(row) for row in self._meta.db.table(OPENINGS).all()]
        return sorted(openings, key=lambda o: (o.key, o.id))

    def get(self, opening_id: str) -> Opening | None:
        row = self._find(opening_id)
        return None if row is None else _opening(row)

    def resolve(self, wanted: str) -> Opening:
        """The opening whose id is, or starts with, ``wanted``, or whose role title is it."""
        text = wanted.strip()
        openings = self.list()
        exact = [o for o in openings if o.id == text]
        by_prefix = [o for o in openings if text and o.id.startswith(text)]
        by_title = [o for o in openings if " ".join(text.casefold().split()) == o.key[0]]
        for found in (exact, by_prefix, by_title):
            if len(found) == 1:
                return found[0]
        raise UnknownOpening(text)

    def save(self, opening: Opening) -> None:
        from ..domain.serialize import to_dict

        self._meta.check_writable()
        row = to_dict(opening)
        table = self._meta.db.table(OPENINGS)
        old = self._find(opening.id)
        if old is None:
            table.insert(row)
        else:
            table.upsert(Document(row, doc_id=old.doc_id))
        self._meta.commit()

    def assign(self, meeting: Meeting, now: datetime) -> Opening:
        """The meeting's opening, made when there is none yet: the one it names (made
        from its role if this store does not know it), else the one of its role.
        Sets ``meeting.opening_id``; the caller saves the meeting."""
        return self.assign_all([meeting], now)[0]

    def assign_all(self, meetings: Iterable[Meeting], now: datetime) -> list[Opening]:
        """:meth:`assign` for each meeting in turn, with the openings listed once for all
        of them rather than once per meeting (a batch of files from many roles)."""
        from ..domain.openings import opening_for, role_key

        by_id: dict[str, Opening] = {}
        # Of a role's openings, the one listed first is the one its meetings join.
        by_key: dict[tuple[str, str], Opening] = {}
        for known in self.list():
            by_id[known.id] = known
            by_key.setdefault(known.key, known)
        assigned = []
        for meeting in meetings:
            if meeting.opening_id:
                opening = by_id.get(meeting.opening_id) or opening_for(
                    meeting.role, now, meeting.opening_id
                )
            else:
                opening = by_key.get(role_key(meeting.role)) or opening_for(meeting.role, now)
            if opening.id not in by_id:
                self.save(opening)
                by_id[opening.id] = opening
                first = by_key.get(opening.key)
                if first is None or opening.id < first.id:
                    by_key[opening.key] = opening
            meeting.opening_id = opening.id
            assigned.append(opening)
        return assigned

    def _find(self, opening_id: str) -> Document | None:
        table = self._meta.db.table(OPENINGS)
        return next((row for row in table.all() if row.get("id") == opening_id), None)


def _opening(row: dict[str, object]) -> Opening:
    from ..domain.openings import Opening
    from ..domain.serialize import from_dict

    return from_dict(Opening, dict(row))
