"""One writer per data folder: an operating-system lock on a file that names its holder."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import StoreError, StoreLocked
from .paths import LOCK_FILE

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt


class StoreLock:
    """An exclusive lock on ``<data_dir>/lock``.

    The operating system releases the lock when its holder exits, however it
    exits, so a lock left behind by a crashed or killed app is simply taken over;
    the pid written inside only serves to tell the user who holds a live lock.
    """

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILE
        self._fd: int | None = None
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise StoreError(f"Cannot open the lock file {self.path}: {error.strerror}.") from error
        if not _try_lock(fd):
            holder = describe_holder(self.path)
            os.close(fd)
            raise StoreLocked(data_dir, holder)
        self._fd = fd
        _write_holder(fd)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)
            _unlock(fd)
        finally:
            os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None


def describe_holder(path: Path) -> str:
    """Who holds the lock, from what its holder wrote: 'process 123 on host x'."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace").split()
    except OSError:
        text = []
    pid = text[0] if text else "unknown"
    host = text[1] if len(text) > 1 else "this computer"
    return f"process {pid} on {host}"


def _write_holder(fd: int) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, f"{os.getpid()} {_host_name()}\n".encode())


def _host_name() -> str:
    """This computer's name (``platform.node`` without importing ``platform``)."""
    uname = getattr(os, "uname", None)
    return uname().nodename if uname is not None else os.environ.get("COMPUTERNAME", "")


def _try_lock(fd: int) -> bool:
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_UN)
    else:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
