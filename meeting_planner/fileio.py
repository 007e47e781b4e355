"""Writing output files (exports, access requests, saved PDFs) so that a crash or a full
disk never leaves half a file behind, and only their owner can read them.

Every file the app or the command line writes for the user goes through
``write_atomically``: the bytes go to a private temporary file beside the target,
are flushed to disk, then take the target's name in one step. What the target
may be is decided here, the same for every command and window:

- a folder, a link, or a name in a folder that does not exist is refused with a
  clear reason (a link is never written through: it may lead anywhere);
- an existing file is replaced only when the caller says so (the app asked, or
  the command line was given ``--force``); otherwise FileExistsError, and the
  check and the write are one step, so nothing that appears meanwhile is lost.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from .domain.phrases import Phrase, mark

# What the system says for the errors people meet with files, in the words the catalog
# keeps (the C library's, so English reads as the system's): told in the reader's
# language by ``os_reason``.
_REASONS = {
    errno.ENOENT: mark("No such file or directory"),
    errno.EACCES: mark("Permission denied"),
    errno.EPERM: mark("Operation not permitted"),
    errno.EISDIR: mark("Is a directory"),
    errno.ENOTDIR: mark("Not a directory"),
    errno.ENOSPC: mark("No space left on device"),
    errno.EFBIG: mark("File too large"),
    errno.EROFS: mark("Read-only file system"),
    errno.ENAMETOOLONG: mark("File name too long"),
    errno.EEXIST: mark("File exists"),
    errno.ELOOP: mark("Too many levels of symbolic links"),
    errno.EIO: mark("Input/output error"),
    errno.EBUSY: mark("Device or resource busy"),
    errno.EINVAL: mark("Invalid argument"),
}
if hasattr(errno, "EDQUOT"):
    _REASONS[errno.EDQUOT] = mark("Disk quota exceeded")


def write_atomically(path: Path, data: bytes, *, replace: bool = True) -> None:
    """Write ``data`` to ``path`` in one step; ``replace`` says whether an existing
    file may be replaced. Raises OSError, with a reason fit to show, otherwise."""
    path = Path(path)
    check_output_path(path)
    # Output files hold candidate data: mkstemp makes them readable by their owner only.
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        if replace:
            os.replace(temporary, path)
        else:
            _link_new(Path(temporary), path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    sync_folder(path.parent)


def check_output_path(path: Path) -> None:
    """Refuse, as an OSError with a reason fit to show, a target that is a folder or
    a link, or whose folder does not exist."""
    if path.is_symlink():
        raise OSError(errno.ELOOP, Phrase(mark("it is a link; name the file itself instead")))
    if path.is_dir():
        raise IsADirectoryError(
            errno.EISDIR, Phrase(mark("it is a folder; name a file in it instead"))
        )
    if not path.parent.is_dir():
        raise FileNotFoundError(
            errno.ENOENT, Phrase(mark("there is no folder {folder}"), folder=path.parent)
        )


def _link_new(temporary: Path, path: Path) -> None:
    """Give ``temporary`` the name ``path`` only if nothing has that name yet."""
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise FileExistsError(errno.EEXIST, Phrase(mark("it already exists"))) from None
    except OSError as error:
        # A file system without hard links (FAT, some network shares): check, then
        # rename, which leaves only a moment for a file to appear in between.
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        if os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, Phrase(mark("it already exists"))) from None
        os.replace(temporary, path)
        return
    os.unlink(temporary)


def sync_folder(folder: Path) -> None:
    # The rename itself survives a power cut only once the folder is synced;
    # Windows cannot open folders this way and does not need it.
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


class NotARegularFile(OSError):
    """A path that is a pipe, a device or a folder: reading it could block or never end."""

    def __init__(self) -> None:
        super().__init__(errno.EINVAL, Phrase(mark("not a file")))


def read_sent_file(path: Path, limit: int) -> bytes:
    """At most ``limit`` + 1 bytes of a file someone sent (a filled form), read without
    blocking on a pipe or a device: only a regular file is read at all. The caller tells
    "too large" by the length; errors are OSError, NotARegularFile among them."""
    import stat

    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise NotARegularFile
        with os.fdopen(descriptor, "rb", closefd=False) as handle:
            return handle.read(limit + 1)
    finally:
        os.close(descriptor)


def os_reason(error: OSError) -> str:
    """Why a file could not be read or written, fit to show: a Phrase (told in the
    reader's language) where the app said it or the system said what the catalog keeps,
    else the system's words."""
    said = error.strerror
    if isinstance(said, Phrase):
        return said
    known = _REASONS.get(error.errno) if error.errno is not None else None
    if known is not None and said == os.strerror(error.errno):
        return Phrase(known)
    return said or str(error)
