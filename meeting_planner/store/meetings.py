"""The meetings: spread over shard files by id, listed and found through a small index."""

from __future__ import annotations

import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tinydb.table import Document

from ..domain import rules
from ..domain.phrases import mark
from .checks import check_meeting
from .erasure import ErasureReport, complete
from .errors import AmbiguousId, StoreCorrupt, StoreError, UnknownMeeting
from .files import FileSet
from .journal import DELETE, ERASE, Erasure
from .paths import MEETINGS_TABLE, SUMMARIES_TABLE
from .shards import Shard, fingerprint, put_docs
from .storage import storage_of
from .summary import MeetingSummary
from .traces import (
    DELETED_TABLE,
    FORMS_TABLE,
    FormTrace,
    deleted_row,
    drop_row,
    form_row,
    keep_traces,
    read_deleted,
    read_form_trace,
    row_of,
)

if TYPE_CHECKING:
    from ..domain.model import Meeting

MEETINGS = MEETINGS_TABLE
SUMMARIES = SUMMARIES_TABLE
# What reading a stored meeting may raise when its document is not a meeting.
_UNREADABLE = (KeyError, TypeError, ValueError, AttributeError)
# The size and checksum of the shard file an index file was written with: a
# mismatch means the shard changed behind the index (restored from a backup,
# edited, damaged), so the shard is read and its index entries rebuilt.
FINGERPRINT = "shard"


# The domain model is imported on first use: listing meetings needs only the
# index, so the app's window can appear before the model's classes are built.
def meeting_from_dict(data: dict[str, Any]) -> Meeting:
    from ..domain.serialize import meeting_from_dict as read

    return read(data)


def meeting_to_dict(meeting: Meeting) -> dict[str, Any]:
    from ..domain.serialize import meeting_to_dict as write

    return write(meeting)


class MeetingRepository:
    """Every stored meeting. Reads come from memory; each change is one atomic commit."""

    def __init__(
        self,
        files: FileSet,
        shard_count: int,
        check_writable: Callable[[], None],
        *,
        on_delete: Callable[[str], None] | None = None,
        deleted_until: Callable[[], date] | None = None,
    ):
        self._files = files
        self._check_writable = check_writable
        # Told each deleted meeting's id, to forget what is kept about it elsewhere.
        self._on_delete = on_delete
        # The first day whose deletions are still remembered (the retention period back).
        self._deleted_until = deleted_until
        self._shards = [Shard(files, n) for n in range(shard_count)]
        self._summaries: dict[str, MeetingSummary] = {}
        self._names: dict[str, str] = {}  # meeting id -> candidate name, casefolded
        self._sorted: list[MeetingSummary] | None = None
        self._loaded: OrderedDict[int, None] = OrderedDict()

    # -- opening -------------------------------------------------------------------
    def load(self) -> None:
        """Read every index, checking each shard against the fingerprint its index holds."""
        stale: list[tuple[Shard, bytes]] = []
        for shard in self._shards:
            self._read_index(shard)
            data = self._files.read_bytes(shard.meetings_name)
            recorded = shard.index.table(FINGERPRINT).get(doc_id=1)
            if data is None:
                if recorded is not None:
                    path = self._files.path(shard.meetings_name)
                    raise StoreCorrupt(path, mark("the file is missing"))
                continue
            if recorded != fingerprint(data):
                stale.append((shard, data))
        for shard, data in stale:
            self._rebuild_index(shard, data)
        if stale and self._files.writable:
            self._commit([shard for shard, _ in stale])
        self._evict()

    def _read_index(self, shard: Shard) -> None:
        for meeting_id in shard.row_ids:
            self._forget_summary(meeting_id)
        shard.row_ids = {}
        path = self._files.path(shard.index_name)
        for row in shard.index.table(SUMMARIES).all():
            summary = MeetingSummary.from_row(row, path)
            self._remember_summary(summary)
            shard.row_ids[summary.id] = row.doc_id
        shard.deleted = read_deleted(shard.index.table(DELETED_TABLE).all())

    def _rebuild_index(self, shard: Shard, data: bytes) -> None:
        """Index the shard from its content on disk (restored, edited or migrated)."""
        storage_of(shard.data).load_bytes(data)
        path = self._files.path(shard.meetings_name)
        rows = []
        shard.doc_ids = None
        for meeting_id, doc_id in self._use(shard).items():
            meeting = _read_meeting(shard.data.table(MEETINGS).get(doc_id=doc_id), path)
            if self._shard_of(meeting_id) is not shard or meeting.id != meeting_id:
                raise StoreCorrupt(
                    path,
                    mark("the meeting {meeting_id!r} belongs in another file"),
                    meeting_id=meeting_id,
                )
            rows.append(MeetingSummary.of(meeting).to_row())
        summaries = shard.index.table(SUMMARIES)
        summaries.truncate()
        summaries.insert_multiple(rows)
        shard.index.table(FINGERPRINT).upsert(Document(fingerprint(data), doc_id=1))
        self._read_index(shard)

    # -- reading -------------------------------------------------------------------
    def list(self) -> list[MeetingSummary]:
        """All meetings, by start time, then id."""
        if self._sorted is None:
            self._sorted = sorted(self._summaries.values(), key=lambda s: (s.start, s.id))
        return list(self._sorted)

    def get(self, meeting_id: str) -> Meeting:
        shard = self._shard_of(meeting_id)
        doc_id = self._use(shard).get(meeting_id)
        if doc_id is None:
            raise UnknownMeeting(meeting_id)
        doc = shard.data.table(MEETINGS).get(doc_id=doc_id)
        return _read_meeting(doc, self._files.path(shard.meetings_name))

    def each(self, meeting_ids: Iterable[str] | None = None) -> Iterator[Meeting]:
        """The meetings (all, or those named), read one shard file at a time."""
        wanted = self._summaries if meeting_ids is None else meeting_ids
        for meeting_id in sorted(wanted, key=lambda i: self._shard_of(i).number):
            yield self.get(meeting_id)

    def summary(self, meeting_id: str) -> MeetingSummary | None:
        """The meeting's line in the lists, or None when it is not stored."""
        return self._summaries.get(meeting_id)

    def exists(self, meeting_id: str) -> bool:
        return meeting_id in self._summaries

    def resolve(self, id_or_prefix: str) -> str:
        """The full id of the one meeting whose id is, or starts with, ``id_or_prefix``."""
        wanted = id_or_prefix.strip()
        if wanted in self._summaries:
            return wanted
        matches = sorted(i for i in self._summaries if wanted and i.startswith(wanted))
        if not matches:
            raise UnknownMeeting(wanted)
        if len(matches) > 1:
            raise AmbiguousId(wanted, matches)
        return matches[0]

    def find_by_candidate(self, text: str) -> list[MeetingSummary]:
        """Meetings whose candidate's name contains ``text``, ignoring case, by start."""
        needle = text.strip().casefold()
        return [s for s in self.list() if needle in self._names[s.id]]

    def __len__(self) -> int:
        return len(self._summaries)

    # -- writing -------------------------------------------------------------------
    def save(self, meeting: Meeting) -> None:
        """Insert or replace one meeting."""
        self.save_many([meeting])

    def save_many(
        self, meetings: list[Meeting], forms: Mapping[str, list[str]] | None = None
    ) -> None:
        """Insert or replace many meetings in one commit that writes each touched file
        once; ``forms`` names, per meeting, the hashes of filled forms applied to it."""
        self._save(meetings, forms=forms or {})

    def _save(
        self,
        meetings: list[Meeting],
        erasure: Erasure | None = None,
        *,
        forms: Mapping[str, list[str]] | None = None,
    ) -> None:
        self._check_writable()
        by_shard: dict[int, dict[str, Meeting]] = {}
        for meeting in meetings:
            by_shard.setdefault(self._shard_of(meeting.id).number, {})[meeting.id] = meeting
        touched = [self._shards[n] for n in sorted(by_shard)]
        try:
            for shard in touched:
                batch = by_shard[shard.number]
                docs = {i: meeting_to_dict(m) for i, m in batch.items()}
                self._keep_traces(shard, batch, docs, forms or {}, erasing=erasure is not None)
                self._count_revisions(shard, batch, docs)
                rows = {i: MeetingSummary.of(m).to_row() for i, m in batch.items()}
                put_docs(shard.data.table(MEETINGS), self._use(shard), docs)
                put_docs(shard.index.table(SUMMARIES), shard.row_ids, rows)
            touched += [s for s in self._forget_old_deletions() if s not in touched]
        except BaseException:
            self._roll_back(touched)
            raise
        self._commit(touched, erasure)

    def _count_revisions(
        self, shard: Shard, batch: dict[str, Meeting], docs: dict[str, dict[str, Any]]
    ) -> None:
        """Bump the revision of each meeting whose plan this save changes (the
        caller's object too, so a file written from it carries the new count)."""
        from ..domain.plan import plan_changed

        ids = self._use(shard)
        table = shard.data.table(MEETINGS)
        for meeting_id, doc in docs.items():
            old = table.get(doc_id=ids[meeting_id]) if meeting_id in ids else None
            if old is None:
                continue
            revision = max(int(old.get("revision", 0)), doc.get("revision", 0))
            if plan_changed(old, doc):
                revision += 1
            doc["revision"] = batch[meeting_id].revision = revision

    def stamp(self, meeting_id: str) -> str:
        """A mark that changes whenever the stored meeting may have changed ("" when it
        is not stored): its file's size and checksum, known without reading it."""
        if meeting_id not in self._summaries:
            return ""
        shard = self._shard_of(meeting_id)
        recorded = shard.index.table(FINGERPRINT).get(doc_id=1) or {}
        return f"{recorded.get('size', 0)}-{recorded.get('crc', 0)}"

    def reload(self) -> None:
        """Forget every change not on disk: memory goes back to what the files hold."""
        self._roll_back(self._shards)

    def delete(self, meeting_id: str) -> ErasureReport:
        """Remove a meeting completely: from the store files, their backups, damaged
        copies kept aside by restore, and temporary files. Other meetings in the
        same files stay, and their backups stay usable for restore."""
        self._check_writable()
        if meeting_id not in self._summaries:
            raise UnknownMeeting(meeting_id)
        shard = self._shard_of(meeting_id)
        doc_id = self._use(shard).pop(meeting_id, None)
        if doc_id is not None:
            shard.data.table(MEETINGS).remove(doc_ids=[doc_id])
        shard.index.table(SUMMARIES).remove(doc_ids=[shard.row_ids.pop(meeting_id)])
        drop_row(shard.data.table(FORMS_TABLE), meeting_id)
        # Only the id and the day stay: the inbox must not bring the meeting back.
        deleted = shard.index.table(DELETED_TABLE)
        drop_row(deleted, meeting_id)
        deleted.insert(deleted_row(meeting_id, date.today()))
        erasure = Erasure(DELETE, (meeting_id,), (shard.meetings_name, shard.index_name))
        touched = [shard] + [s for s in self._forget_old_deletions() if s is not shard]
        try:
            self._commit(touched, erasure)
        finally:
            # Gone from the index unless a failed commit brought it back.
            if meeting_id not in shard.row_ids:
                self._forget_summary(meeting_id)
        report = complete(self._files, erasure)
        self._forget_elsewhere(meeting_id)
        return report

    def _forget_elsewhere(self, meeting_id: str) -> None:
        if self._on_delete is not None:
            try:
                self._on_delete(meeting_id)
            except StoreError:
                # What is kept elsewhere (a meeting-mode clock, what the team folder's
                # inbox has read) is a convenience; failing to tidy it must not read as
                # the deletion failing.
                pass

    def erase(self, meeting_ids: list[str], now: datetime) -> ErasureReport:
        """Erase the meetings' personal data everywhere it is stored (the store files,
        backups, damaged copies, temporary files), keeping them as anonymous figures.
        See domain.retention.erase_personal_data for what goes and what stays."""
        self._check_writable()
        from ..domain.retention import erase_personal_data  # rarely used: kept off start-up

        erased = [erase_personal_data(self.get(i), now) for i in dict.fromkeys(meeting_ids)]
        if not erased:
            return ErasureReport()
        shards = {self._shard_of(m.id).number: self._shard_of(m.id) for m in erased}
        erasure = Erasure(
            ERASE,
            tuple(m.id for m in erased),
            tuple(n for s in shards.values() for n in (s.meetings_name, s.index_name)),
            at=now.isoformat(),
            rows={m.id: MeetingSummary.of(m).to_row() for m in erased},
        )
        self._save(erased, erasure)
        report = complete(self._files, erasure)
        for meeting in erased:
            self._forget_elsewhere(meeting.id)
        return report

    # -- what is kept beside the meetings (see traces.py) ---------------------------
    def form_trace(self, meeting_id: str) -> FormTrace:
        """The filled forms applied to the meeting, and when its debrief last changed."""
        if meeting_id not in self._summaries:
            return FormTrace()
        shard = self._shard_of(meeting_id)
        self._use(shard)
        return read_form_trace(row_of(shard.data.table(FORMS_TABLE), meeting_id))

    def note_forms(self, meeting_id: str, digests: list[str]) -> None:
        """Remember filled forms as applied to the meeting, whose change is saved
        separately (the app's import is an edit the autosave writes)."""
        self._check_writable()
        if meeting_id not in self._summaries:
            raise UnknownMeeting(meeting_id)
        shard = self._shard_of(meeting_id)
        self._use(shard)
        table = shard.data.table(FORMS_TABLE)
        trace = read_form_trace(row_of(table, meeting_id))
        if all(d in trace.applied for d in digests):
            return
        try:
            drop_row(table, meeting_id)
            table.insert(form_row(meeting_id, trace, digests))
        except BaseException:
            self._roll_back([shard])
            raise
        self._commit([shard])

    def deleted_on(self, meeting_id: str) -> date | None:
        """The day the meeting was deleted, while that is remembered (None otherwise,
        and once it is stored again)."""
        if meeting_id in self._summaries:
            return None
        day = self._shard_of(meeting_id).deleted.get(meeting_id)
        if day is None or (self._deleted_until is not None and day < self._deleted_until()):
            return None
        return day

    def _keep_traces(
        self,
        shard: Shard,
        batch: dict[str, Meeting],
        docs: dict[str, dict[str, Any]],
        forms: Mapping[str, list[str]],
        *,
        erasing: bool,
    ) -> None:
        """Note when each meeting's debrief changes and which forms were applied; an
        erased meeting keeps nothing, and a meeting stored again is no longer deleted."""
        ids = self._use(shard)
        keep_traces(
            meetings=shard.data.table(MEETINGS),
            forms_table=shard.data.table(FORMS_TABLE),
            deleted_table=shard.index.table(DELETED_TABLE),
            deleted=shard.deleted,
            ids=ids,
            batch=batch,
            docs=docs,
            forms=forms,
            erasing=erasing,
        )

    def _forget_old_deletions(self) -> list[Shard]:
        """Drop the deleted ids kept past the retention period; the shards changed."""
        if self._deleted_until is None or not any(s.deleted for s in self._shards):
            return []
        until = self._deleted_until()
        changed = []
        for shard in self._shards:
            old = [i for i, day in shard.deleted.items() if day < until]
            for meeting_id in old:
                drop_row(shard.index.table(DELETED_TABLE), meeting_id)
            if old:
                changed.append(shard)
        return changed

    def _commit(self, touched: list[Shard], erasure: Erasure | None = None) -> None:
        files: dict[str, bytes] = {}
        for shard in touched:
            data = storage_of(shard.data)
            if data.dirty:
                files[shard.meetings_name] = data.dump()
                marks = shard.index.table(FINGERPRINT)
                marks.upsert(Document(fingerprint(files[shard.meetings_name]), doc_id=1))
        for shard in touched:
            files[shard.index_name] = storage_of(shard.index).dump()
        try:
            if erasure is None:
                self._files.commit(files)
            else:
                self._files.commit(files, erasure)
        except StoreError:
            if not self._files.unfinished:
                self._roll_back(touched)
                raise
            self._committed(touched)
            raise
        self._committed(touched)

    def _committed(self, touched: list[Shard]) -> None:
        for shard in touched:
            storage_of(shard.data).committed()
            storage_of(shard.index).committed()
            self._read_index(shard)
        self._evict()

    def _roll_back(self, touched: list[Shard]) -> None:
        """Forget uncommitted changes: memory goes back to what the files hold."""
        for shard in touched:
            shard.unload()
            self._loaded.pop(shard.number, None)
            shard.forget_index()
            self._read_index(shard)

    # -- helpers -------------------------------------------------------------------
    def _shard_of(self, meeting_id: str) -> Shard:
        # crc32, unlike hash(), is the same in every run.
        return self._shards[zlib.crc32(meeting_id.encode("utf-8")) % len(self._shards)]

    def _use(self, shard: Shard) -> dict[str, int]:
        """The shard's meetings (parsed on first use), marked as recently used."""
        ids = shard.meetings()
        self._loaded[shard.number] = None
        self._loaded.move_to_end(shard.number)
        return ids

    def _evict(self) -> None:
        # Parsed shards take several times their file size in memory; keep a few.
        while len(self._loaded) > rules.STORE_SHARDS_CACHED:
            number, _ = self._loaded.popitem(last=False)
            self._shards[number].unload()

    def _remember_summary(self, summary: MeetingSummary) -> None:
        self._summaries[summary.id] = summary
        self._names[summary.id] = summary.candidate.casefold()
        self._sorted = None

    def _forget_summary(self, meeting_id: str) -> None:
        self._summaries.pop(meeting_id, None)
        self._names.pop(meeting_id, None)
        self._sorted = None


def _read_meeting(doc: dict[str, Any] | None, path: Path) -> Meeting:
    """The stored document as a meeting; StoreCorrupt if it does not read as one."""
    if doc is None:
        raise StoreCorrupt(path, mark("a meeting its index lists is not in it"))
    check_meeting(doc, path)
    try:
        return meeting_from_dict(dict(doc))
    except _UNREADABLE as error:
        raise StoreCorrupt(
            path, mark("a meeting does not read back ({reason})"), reason=error
        ) from error
