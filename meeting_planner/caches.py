"""The user's cache folder: what the app can always make again, kept so that it need not.

Nothing in it is data: deleting the folder only costs the time to make it again. What
is read back from it must be the user's own (see :func:`own_file`): a cache folder
that others can write to is not used.
"""

from __future__ import annotations

import os
from pathlib import Path

from . import APP_NAME

PRIVATE_DIR_MODE = 0o700


def cache_dir() -> Path | None:
    """The user's cache folder for the app, made if missing; None when it cannot be
    made or is not the user's own."""
    import platformdirs  # only when a cache is first needed: it costs start-up time

    folder = Path(platformdirs.user_cache_dir(APP_NAME))
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
        info = folder.lstat()
    except OSError:
        return None
    return folder if own_file(info, folder=True) else None


def own_file(info: os.stat_result, *, folder: bool = False) -> bool:
    """Whether a cache file (or ``folder``) is the user's own: a real file or folder,
    not a link, owned by the user, that no one else may change."""
    import stat

    kind = stat.S_ISDIR if folder else stat.S_ISREG
    if not kind(info.st_mode):
        return False
    if os.name != "posix":
        return True
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
