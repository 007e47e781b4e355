"""Where the store lives: the data folder and the names of the files in it."""

from __future__ import annotations

import os
import re
from pathlib import Path

from .. import APP_NAME
from ..domain.phrases import mark
from ..fileio import os_reason
from .errors import StoreError

ENV_DATA_DIR = "MEETING_PLANNER_DATA_DIR"

META_FILE = "meta.json"
JOURNAL_FILE = "journal.json"
LOCK_FILE = "lock"
BACKUP_DIR = "backups"
TEMP_MARK = ".tmp-"
DAMAGED_MARK = ".damaged-"
# The files that hold the store's data (and are backed up): only these are named in
# a journal, written by a commit or brought back by restore.
STORE_FILE = re.compile(r"(meetings|index)-\d{2,}\.json|meta\.json")

# The tables of a meetings file and of an index file.
MEETINGS_TABLE = "meetings"
SUMMARIES_TABLE = "summaries"

# Candidate data is personal data: only its owner may read the folder or any file.
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def data_dir(explicit: str | Path | None = None) -> Path:
    """The data folder: ``explicit`` (the --data-dir option), else the environment
    variable MEETING_PLANNER_DATA_DIR, else the user's data folder. Created if missing,
    readable by its owner only.

    An empty folder name, given or in the environment, is refused: it is a mistake
    (an unset shell variable), and falling back to the user's own folder would
    write there unasked.
    """
    if explicit is not None:
        chosen = _named(str(explicit), "--data-dir")
    elif ENV_DATA_DIR in os.environ:
        chosen = _named(os.environ[ENV_DATA_DIR], ENV_DATA_DIR)
    else:
        import platformdirs  # only when no folder was given: it costs start-up time

        chosen = Path(platformdirs.user_data_dir(APP_NAME))
    chosen = chosen.expanduser()
    make_private_dir(chosen)
    return chosen


def _named(text: str, source: str) -> Path:
    if not text.strip():
        raise StoreError(
            mark("{source} names no folder; give the folder the meetings are in."), source=source
        )
    return Path(text)


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` (and its parents) if missing; the folder itself is made
    readable by its owner only, whatever the umask."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    except OSError as error:
        raise StoreError(
            mark("Cannot create the data folder {folder}: {reason}."),
            folder=folder,
            reason=os_reason(error),
        ) from error
    make_private(folder, PRIVATE_DIR_MODE)


def make_private(path: Path, mode: int) -> None:
    """Take away every permission of group and others from ``path`` (not a link),
    keeping the owner's, plus ``mode``. Where permissions cannot change (another
    owner, a file system without them) it stays as it is: reading works either way."""
    if os.name != "posix":
        return
    try:
        info = path.lstat()
        wanted = (info.st_mode & 0o700) | mode
        if (info.st_mode & 0o7777) != wanted and not path.is_symlink():
            os.chmod(path, wanted)
    except OSError:
        pass


def meetings_file(shard: int) -> str:
    return f"meetings-{shard:02d}.json"


def index_file(shard: int) -> str:
    return f"index-{shard:02d}.json"
