"""A shard of the meetings: one meetings file and its index file, opened as TinyDB
databases, and the table operations the repository does on them."""

from __future__ import annotations

import zlib
from datetime import date
from typing import Any

from tinydb import TinyDB

from ..domain.phrases import mark
from .errors import StoreCorrupt
from .files import FileSet
from .paths import MEETINGS_TABLE, index_file, meetings_file
from .storage import open_db

MEETINGS = MEETINGS_TABLE


class Shard:
    """One meetings file and its index file."""

    def __init__(self, files: FileSet, number: int) -> None:
        self.files = files
        self.number = number
        self.meetings_name = meetings_file(number)
        self.index_name = index_file(number)
        self.index: TinyDB = open_db(files, self.index_name)
        self.data: TinyDB = open_db(files, self.meetings_name)
        self.doc_ids: dict[str, int] | None = None  # meeting id -> document id in data
        self.row_ids: dict[str, int] = {}  # meeting id -> document id in the index
        self.deleted: dict[str, date] = {}  # meeting id -> day deleted (see traces.py)

    def meetings(self) -> dict[str, int]:
        if self.doc_ids is None:
            doc_ids: dict[str, int] = {}
            for doc in self.data.table(MEETINGS).all():
                meeting_id = doc.get("id")
                if not isinstance(meeting_id, str) or not meeting_id or meeting_id in doc_ids:
                    path = self.files.path(self.meetings_name)
                    raise StoreCorrupt(path, mark("a meeting in it has no id of its own"))
                doc_ids[meeting_id] = doc.doc_id
            self.doc_ids = doc_ids
        return self.doc_ids

    def unload(self) -> None:
        self.data = open_db(self.files, self.meetings_name)
        self.doc_ids = None

    def forget_index(self) -> None:
        self.index = open_db(self.files, self.index_name)


def put_docs(table: Any, ids: dict[str, int], docs: dict[str, dict[str, Any]]) -> None:
    """Replace the documents already in ``table`` and insert the others, keeping ``ids``."""
    existing = [ids[i] for i in docs if i in ids]
    if existing:

        def replace(doc: dict[str, Any]) -> None:
            new = docs[doc["id"]]
            doc.clear()
            doc.update(new)

        table.update(replace, doc_ids=existing)
    new_ids = [i for i in docs if i not in ids]
    if new_ids:
        doc_ids = table.insert_multiple([docs[i] for i in new_ids])
        ids.update(zip(new_ids, doc_ids, strict=True))


# What an index row holds changed (2: each meeting's zone): an index written before is
# then stale whatever its shard, and rebuilt from the meetings once.
INDEX_FORMAT = 2


def fingerprint(data: bytes) -> dict[str, int]:
    """What an index records of its shard, to know whether it still describes it."""
    return {"size": len(data), "crc": zlib.crc32(data), "index": INDEX_FORMAT}
