"""One writer per data folder: an operating-system lock on a file that names its holder."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from ..domain.phrases import Phrase, mark
from ..fileio import os_reason
from ..printable import printable_line
from .errors import StoreError, StoreLocked, from_os_error
from .paths import LOCK_FILE, PRIVATE_FILE_MODE

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt

# The most of the lock file read to name its holder: a pid and a host name.
_HOLDER_BYTES = 256
# Never follow a link (a link named "lock" would make the writer truncate its
# target), never wait on a pipe put in its place.
_OPEN_FLAGS = (
    os.O_RDWR
    | os.O_CREAT
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_BINARY", 0)
)


class StoreLock:
    """An exclusive lock on ``<data_dir>/lock``.

    The operating system releases the lock when its holder exits, however it
    exits, so a lock left behind by a crashed or killed app is simply taken over;
    the pid written inside only serves to tell the user who holds a live lock.
    The lock file must be a plain file of its own: a link, or a file with other
    names, is refused rather than written through.
    """

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILE
        self._fd: int | None = None
        fd = _open_own_file(self.path)
        if not _try_lock(fd):
            holder = _read_holder(fd)
            os.close(fd)
            raise StoreLocked(data_dir, holder)
        try:
            _write_holder(fd)
        except OSError as error:
            _unlock(fd)
            os.close(fd)
            raise from_os_error(error, self.path) from error
        self._fd = fd

    def release(self) -> None:
        """Let go of the lock. The file keeps its last holder's name: it is only read
        while a live holder has written its own, and never shortened here, so a
        release can do no harm to whatever the file is."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None


def _open_own_file(path: Path) -> int:
    try:
        fd = os.open(path, _OPEN_FLAGS, PRIVATE_FILE_MODE)
    except OSError as error:
        if error.errno in (errno.ELOOP, errno.EMLINK) or path.is_symlink():
            raise _not_a_file(path, mark("a link")) from error
        raise StoreError(
            mark("Cannot open the lock file {path}: {reason}."), path=path, reason=os_reason(error)
        ) from error
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _not_a_file(path, mark("not a plain file"))
        if info.st_nlink > 1:
            raise _not_a_file(path, mark("another name of a file elsewhere"))
    except BaseException:
        os.close(fd)
        raise
    return fd


def _not_a_file(path: Path, what: str) -> StoreError:
    return StoreError(
        mark(
            "The lock file {path} is {what}, so it is left alone; "
            "remove it and open the meetings again."
        ),
        path=path,
        what=Phrase(what),
    )


def _read_holder(fd: int) -> str:
    """Who holds the lock, from what its holder wrote: 'process 123 on host x'."""
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = os.read(fd, _HOLDER_BYTES)
    except OSError:
        data = b""
    return _holder_text(data)


def _holder_text(data: bytes) -> Phrase:
    # Whatever the file holds reaches the user's screen: nothing but plain words.
    words = printable_line(data.decode("utf-8", errors="replace")).split()
    pid = words[0][:20] if words else Phrase(mark("unknown"))
    host = words[1][:80] if len(words) > 1 else Phrase(mark("this computer"))
    return Phrase(mark("process {pid} on {host}"), pid=pid, host=host)


def _write_holder(fd: int) -> None:
    text = f"{os.getpid()} {_host_name()}\n".encode()
    os.lseek(fd, 0, os.SEEK_SET)
    written = os.write(fd, text)
    if written < len(text):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    os.ftruncate(fd, len(text))


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
