"""The journal: the commit point of a save, and the erasures still to be finished.

It names a commit's tag and files (``{"tx": "...", "files": [...]}``), and keeps
each erasure (``"erase": [...]``) until every copy of the candidate's data is gone.
Only what reads back exactly is acted on: a damaged or planted journal is refused
as damaged, so it can never move a file outside the store or erase a guess.
"""

from __future__ import annotations

import json
import re
from dataclasses import field
from pathlib import Path
from typing import Any

from ..domain.phrases import mark
from ..domain.plain import record
from .errors import StoreCorrupt
from .paths import STORE_FILE

# A commit's tag is part of temporary file names, so it is never a path.
_TX = re.compile(r"[0-9a-f]{1,32}")
# The kinds of erasure: a deleted meeting leaves every copy; an erased one stays
# in each copy without its personal data (see erasure.py).
DELETE = "delete"
ERASE = "erase"


@record(frozen=True)
class Erasure:
    """Meetings whose personal data must go from every copy of the store files ``names``."""

    kind: str
    meeting_ids: tuple[str, ...]
    names: tuple[str, ...]
    # For ERASE: the moment of erasure (ISO text), so that a completion after a
    # crash erases exactly alike, and each meeting's index row once erased (which
    # holds nothing personal: the erased title, the role, dates and status).
    at: str = ""
    rows: dict[str, dict[str, Any]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "ids": list(self.meeting_ids),
            "files": list(self.names),
            "at": self.at,
            "rows": self.rows,
        }


def journal_bytes(tx: str, names: list[str], erasures: list[Erasure]) -> bytes:
    entries: dict[str, Any] = {"tx": tx, "files": names}
    if erasures:
        entries["erase"] = [erasure.to_json() for erasure in erasures]
    return json.dumps(entries, ensure_ascii=False).encode("utf-8")


def journal_entries(journal: dict[str, Any], path: Path) -> tuple[str, list[str], list[Erasure]]:
    """The journal's commit tag, files and erasures; StoreCorrupt for anything else."""
    tx, names = journal.get("tx"), journal.get("files")
    if (
        not isinstance(tx, str)
        or not _TX.fullmatch(tx)
        or not _store_names(names)
        or len(set(names)) != len(names)
    ):
        raise StoreCorrupt(path, mark("not a Meeting Planner journal"))
    entries = journal.get("erase", [])
    erasures = [_erasure(entry) for entry in entries] if isinstance(entries, list) else [None]
    if None in erasures:
        raise StoreCorrupt(path, mark("an erasure it records does not read back"))
    return tx, names, [e for e in erasures if e is not None]


def _store_names(names: Any) -> bool:
    return isinstance(names, list) and all(
        isinstance(n, str) and STORE_FILE.fullmatch(n) for n in names
    )


def _erasure(entry: Any) -> Erasure | None:
    if not isinstance(entry, dict):
        return None
    kind, ids, names = entry.get("kind"), entry.get("ids"), entry.get("files")
    at, rows = entry.get("at", ""), entry.get("rows", {})
    if (
        kind not in (DELETE, ERASE)
        or not isinstance(ids, list)
        or not ids
        or not all(isinstance(i, str) and i for i in ids)
        or not _store_names(names)
        or not isinstance(at, str)
        or not isinstance(rows, dict)
        or not all(i in ids and isinstance(row, dict) for i, row in rows.items())
    ):
        return None
    if kind == ERASE and not _moment(at):
        return None
    return Erasure(kind, tuple(ids), tuple(names), at, rows)


def _moment(text: str) -> bool:
    from datetime import datetime

    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True
