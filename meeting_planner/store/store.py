"""The store of one data folder: opens it safely and hands out the repositories."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from types import TracebackType

from tinydb.table import Document

from ..domain import rules
from ..domain.phrases import mark
from . import schema
from .checks import SCHEMA, check_meta, check_shard_files
from .erasure import complete_pending
from .errors import StoreCorrupt, StoreError, StoreReadOnly
from .files import FileSet, dump
from .lock import StoreLock
from .meetings import MeetingRepository
from .openings import OpeningRepository
from .paths import META_FILE, STORE_FILE, index_file, make_private_dir, meetings_file
from .repos import (
    MetaFile,
    ProfileRepository,
    SettingsRepository,
    SurveyResponseRepository,
    TemplateRepository,
)
from .run_clocks import RunClockRepository
from .seen_files import SeenFileRepository
from .storage import open_db, storage_of


class Store:
    """Meetings, templates, the employer profile, settings and anonymous survey responses
    of one data folder.

    Opening takes the folder's writer lock (unless ``read_only``), finishes a save
    or an erasure that was interrupted, makes the files private to their owner,
    checks every file and upgrades an older store.
    """

    def __init__(self, data_dir: Path, *, read_only: bool = False) -> None:
        self.data_dir = Path(data_dir)
        self.read_only = read_only
        self._closed = False
        if not read_only:
            make_private_dir(self.data_dir)
        self._lock = None if read_only else StoreLock(self.data_dir)
        try:
            self._files = FileSet(self.data_dir, writable=not read_only)
            self._files.make_private()
            if read_only:
                self._files.pending_overlay()
            else:
                self._files.recover()
                # Not fatal: the erasure stays recorded and is tried again on the next
                # save and open, and restore reports it.
                complete_pending(self._files)
            shard_count = self._open_meta()
            self._meta = MetaFile(open_db(self._files, META_FILE), self._commit_meta, self._check)
            self.run_clocks = RunClockRepository(self._files, self._check)
            self.seen_files = SeenFileRepository(self._files, self._check)
            self.meetings = MeetingRepository(
                self._files,
                shard_count,
                self._check,
                on_delete=self._forget_kept,
                deleted_until=self._deleted_until,
            )
            self.meetings.load()
            self.templates = TemplateRepository(self._meta)
            self.profile = ProfileRepository(self._meta)
            self.settings = SettingsRepository(self._meta)
            self.surveys = SurveyResponseRepository(self._meta)
            self.openings = OpeningRepository(self._meta)
        except BaseException:
            self.close()
            raise

    # -- lifetime ------------------------------------------------------------------
    def close(self) -> None:
        """Release the writer lock; the store cannot be used afterwards."""
        self._closed = True
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything saved inside is written in one commit when the block ends, or,
        when anything fails, nothing is, and memory goes back to what the files hold."""
        self._check()
        self._files.begin_batch()
        try:
            yield
        except BaseException:
            self._files.end_batch(write=False)
            self._reload()
            raise
        try:
            self._files.end_batch(write=True)
        except BaseException:
            if not self._files.unfinished:
                self._reload()
            raise

    def _forget_kept(self, meeting_id: str) -> None:
        """What is kept beside the store about a meeting that is deleted or erased."""
        self.run_clocks.delete(meeting_id)
        self.seen_files.forget_meeting(meeting_id)

    def _deleted_until(self) -> date:
        """The first day whose deleted meetings are still remembered: the retention
        period back from today (see traces.py)."""
        from ..domain.retention import RETENTION_SETTING, add_months, retention_months

        months = retention_months(self.settings.get(RETENTION_SETTING))
        return add_months(datetime.now(), -months).date()

    def _reload(self) -> None:
        self._meta.db = open_db(self._files, META_FILE)
        self.meetings.reload()

    @property
    def schema_version(self) -> int:
        row = self._meta.db.table(SCHEMA).get(doc_id=1)
        assert row is not None
        return int(row["version"])

    # -- internals -------------------------------------------------------------------
    def _check(self) -> None:
        if self._closed:
            raise StoreError(mark("The meetings store has been closed."))
        if self.read_only:
            raise StoreReadOnly()

    def _commit_meta(self) -> None:
        storage = storage_of(self._meta.db)
        try:
            self._files.commit({META_FILE: storage.dump()})
        except StoreError:
            # Back to what the file holds, so memory never shows an unsaved change.
            self._meta.db = open_db(self._files, META_FILE)
            raise
        storage.committed()

    def _open_meta(self) -> int:
        """Check the format version, upgrade an older store; returns the shard count."""
        meta_path = self._files.path(META_FILE)
        content = self._files.read_json(META_FILE)
        if content is None:
            if self._has_store_files():
                raise StoreCorrupt(meta_path, mark("the file is missing"))
            return self._create_meta()
        shards = check_meta(content, meta_path)
        version = content[SCHEMA]["1"]["version"]
        schema.check_version(version, str(self.data_dir))
        check_shard_files(shards, meta_path, self._shard_files())
        if version < schema.CURRENT_VERSION:
            self._migrate(version, shards)
        return shards

    def _create_meta(self) -> int:
        db = open_db(self._files, META_FILE)
        shards = rules.STORE_SHARDS
        db.table(SCHEMA).insert(
            Document({"version": schema.CURRENT_VERSION, "shards": shards}, doc_id=1)
        )
        if not self.read_only:
            self._files.commit({META_FILE: storage_of(db).dump()})
        else:
            self._files.overlay[META_FILE] = storage_of(db).dump()
        return shards

    def _migrate(self, version: int, shards: int) -> None:
        names = [META_FILE] + [meetings_file(n) for n in range(shards)]
        raw: schema.RawStore = {}
        for name in names:
            content = self._files.read_json(name)
            if content is not None:
                raw[name] = content
        schema.migrate(raw, version, str(self.data_dir))
        raw[META_FILE][SCHEMA] = {"1": {"version": schema.CURRENT_VERSION, "shards": shards}}
        # The indexes are rebuilt from the upgraded meetings when they are loaded,
        # since their fingerprints no longer match.
        files = {name: dump(content) for name, content in raw.items()}
        for n in range(shards):
            if meetings_file(n) in raw and self._files.exists(index_file(n)):
                files[index_file(n)] = dump({})
        if self.read_only:
            self._files.overlay.update(files)
        else:
            self._files.commit(files)

    def _has_store_files(self) -> bool:
        if not self.data_dir.is_dir():
            return False
        return any(STORE_FILE.fullmatch(p.name) for p in self.data_dir.iterdir())

    def _shard_files(self) -> set[str]:
        """The names of the meetings and index files in the folder."""
        return shard_files(self.data_dir)


def shard_files(folder: Path) -> set[str]:
    """The names of the meetings and index files in ``folder``."""
    if not folder.is_dir():
        return set()
    return {
        p.name for p in folder.iterdir() if STORE_FILE.fullmatch(p.name) and p.name != META_FILE
    }
