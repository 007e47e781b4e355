"""The app in the desktop's menus and file manager, for the user: a launcher, icons, a file type.

pip installs the package but places nothing a desktop looks at, so
``meeting-planner install-desktop`` writes, under the user's XDG data folder
(``$XDG_DATA_HOME``, else ``~/.local/share``):

- ``applications/meeting-planner.desktop``: the launcher, starting this very
  installation (its absolute path), with ``%f`` so that opening a meeting file
  opens the app with it;
- ``icons/hicolor/<size>/apps/meeting-planner.png`` in the standard sizes, and
  the scalable SVG;
- ``mime/packages/meeting-planner.xml``: ``*.meeting.json`` as its own file type.

``uninstall-desktop`` removes exactly those files. Both then refresh the
desktop's caches with the freedesktop tools where they are installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import field
from pathlib import Path

from .assets import resource
from .domain.plain import record

APP_ID = "meeting-planner"
DESKTOP_FILE = f"{APP_ID}.desktop"
MIME_FILE = f"{APP_ID}.xml"
MIME_TYPE = "application/x-meeting-planner+json"
# The sizes icon themes look for first (freedesktop Icon Theme Specification).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Characters that make the desktop entry specification quote an Exec argument.
_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


@record
class DesktopResult:
    """What install or uninstall did: files written or removed, caches refreshed."""

    files: list[Path] = field(default_factory=list)
    refreshed: list[str] = field(default_factory=list)


def data_home() -> Path:
    """The user's XDG data folder."""
    value = os.environ.get("XDG_DATA_HOME", "").strip()
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def planned_files(home: Path | None = None) -> list[Path]:
    """Every file install writes (and uninstall removes)."""
    home = home or data_home()
    hicolor = home / "icons" / "hicolor"
    return [
        home / "applications" / DESKTOP_FILE,
        *(hicolor / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in ICON_SIZES),
        hicolor / "scalable" / "apps" / f"{APP_ID}.svg",
        home / "mime" / "packages" / MIME_FILE,
    ]


def launch_command() -> list[str]:
    """How the desktop starts this installation: its ``meeting-planner`` script, else
    this Python running the package."""
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == APP_ID and script.exists():
        return [str(script.resolve())]
    found = shutil.which(APP_ID)
    if found:
        return [str(Path(found).resolve())]
    return [str(Path(sys.executable).resolve()), "-m", "meeting_planner"]


def desktop_entry(command: list[str]) -> str:
    """The shipped desktop entry with its Exec line starting ``command``."""
    shipped = resource(DESKTOP_FILE).read_text(encoding="utf-8")
    exec_line = "Exec=" + " ".join(_exec_argument(a) for a in command) + " %f"
    lines = [exec_line if line.startswith("Exec=") else line for line in shipped.splitlines()]
    return "\n".join(lines) + "\n"


def _exec_argument(argument: str) -> str:
    """One Exec argument, quoted as the desktop entry specification asks, then escaped
    as every desktop file string value is (a backslash doubled)."""
    if argument and not _EXEC_RESERVED & set(argument):
        return argument
    inner = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return ('"' + inner + '"').replace("\\", "\\\\")


def install(home: Path | None = None, command: list[str] | None = None) -> DesktopResult:
    """Write the launcher, the icons and the file type for the user; refresh the caches."""
    home = home or data_home()
    result = DesktopResult()
    desktop, *icons, svg, mime = planned_files(home)
    _write(desktop, desktop_entry(command or launch_command()).encode("utf-8"))
    for size, path in zip(ICON_SIZES, icons, strict=True):
        _write(path, _icon_png(size))
    _write(svg, resource("icons", f"{APP_ID}.svg").read_bytes())
    _write(mime, resource("mime", MIME_FILE).read_bytes())
    result.files = [desktop, *icons, svg, mime]
    result.refreshed = _refresh(home)
    return result


def uninstall(home: Path | None = None) -> DesktopResult:
    """Remove what install wrote (and nothing else); refresh the caches."""
    home = home or data_home()
    result = DesktopResult()
    for path in planned_files(home):
        if path.is_file():
            path.unlink()
            result.files.append(path)
    result.refreshed = _refresh(home)
    return result


def _write(path: Path, data: bytes) -> None:
    from .fileio import write_atomically

    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, data)


def _icon_png(size: int) -> bytes:
    """The app icon as a PNG of ``size`` pixels square, scaled smoothly from the 256 one."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage

    image = QImage(str(resource("icons", f"{APP_ID}.png")))
    if image.width() != size:
        image = image.scaled(
            size,
            size,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _refresh(home: Path) -> list[str]:
    """Run the desktop's cache tools that are installed; returns the ones that ran."""
    steps = [
        ("update-mime-database", [str(home / "mime")]),
        ("update-desktop-database", ["-q", str(home / "applications")]),
        ("gtk-update-icon-cache", ["-q", "-t", "-f", str(home / "icons" / "hicolor")]),
    ]
    ran = []
    for tool, arguments in steps:
        path = shutil.which(tool)
        if path is None:
            continue
        done = subprocess.run([path, *arguments], capture_output=True, timeout=60, check=False)
        if done.returncode == 0:
            ran.append(tool)
    return ran
