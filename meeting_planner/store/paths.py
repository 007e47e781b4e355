"""Where the store lives: the data folder and the names of the files in it."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import StoreError

ENV_DATA_DIR = "MEETING_PLANNER_DATA_DIR"
APP_NAME = "meeting-planner"

META_FILE = "meta.json"
JOURNAL_FILE = "journal.json"
LOCK_FILE = "lock"
BACKUP_DIR = "backups"
TEMP_MARK = ".tmp-"
DAMAGED_MARK = ".damaged-"


def data_dir(explicit: str | Path | None = None) -> Path:
    """The data folder: ``explicit`` (the --data-dir option), else the environment
    variable MEETING_PLANNER_DATA_DIR, else the user's data folder. Created if missing."""
    if explicit:
        chosen = Path(explicit)
    elif os.environ.get(ENV_DATA_DIR):
        chosen = Path(os.environ[ENV_DATA_DIR])
    else:
        import platformdirs  # only when no folder was given: it costs start-up time

        chosen = Path(platformdirs.user_data_dir(APP_NAME))
    chosen = chosen.expanduser()
    try:
        chosen.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(f"Cannot create the data folder {chosen}: {error.strerror}.") from error
    return chosen


def meetings_file(shard: int) -> str:
    return f"meetings-{shard:02d}.json"


def index_file(shard: int) -> str:
    return f"index-{shard:02d}.json"
