"""The app in the desktop: a launcher that validates, icons, the .meeting.json file type,
installed for the user and taken out again."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from meeting_planner import desktop
from meeting_planner.assets import resource

sys.path.insert(0, str(Path(__file__).parent / "export"))
from outside_fillers import need_tool  # noqa: E402

MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def entry(text: str) -> dict[str, str]:
    return dict(
        line.split("=", 1) for line in text.splitlines() if "=" in line and not line.startswith("#")
    )


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def validate(path: Path) -> None:
    tool = need_tool("desktop-file-validate")
    done = subprocess.run([tool, str(path)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_shipped_desktop_file_validates_and_speaks_swedish_and_danish() -> None:
    path = resource("meeting-planner.desktop")
    validate(path)
    fields = entry(path.read_text(encoding="utf-8"))
    assert fields["Exec"] == "meeting-planner %f"
    assert fields["MimeType"] == f"{desktop.MIME_TYPE};"
    for lang in ("sv", "da"):
        assert fields[f"GenericName[{lang}]"] != fields["GenericName"]
        assert fields[f"Comment[{lang}]"] != fields["Comment"]
        assert fields[f"Keywords[{lang}]"]


def test_the_file_type_is_meeting_json_files() -> None:
    root = ET.parse(resource("mime", desktop.MIME_FILE)).getroot()
    [kind] = root.findall("m:mime-type", MIME_NS)
    assert kind.get("type") == desktop.MIME_TYPE
    assert [g.get("pattern") for g in kind.findall("m:glob", MIME_NS)] == ["*.meeting.json"]
    comments = {c.get("{http://www.w3.org/XML/1998/namespace}lang"): c.text for c in kind}
    assert {None, "sv", "da"} <= set(comments)


def test_install_puts_launcher_icons_and_file_type_in_the_users_data_folder(
    data_home: Path,
) -> None:
    command = ["/opt/meeting planner/bin/meeting-planner"]
    result = desktop.install(command=command)
    assert set(result.files) == set(desktop.planned_files(data_home))
    launcher = data_home / "applications" / "meeting-planner.desktop"
    validate(launcher)
    # The launcher starts this installation, whatever PATH the desktop has.
    assert entry(launcher.read_text("utf-8"))["Exec"] == (
        '"/opt/meeting planner/bin/meeting-planner" %f'
    )
    for size in desktop.ICON_SIZES:
        icon = data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "meeting-planner.png"
        assert png_size(icon) == (size, size)
    assert (data_home / "icons/hicolor/scalable/apps/meeting-planner.svg").read_bytes() == (
        resource("icons", "meeting-planner.svg").read_bytes()
    )
    assert (data_home / "mime/packages/meeting-planner.xml").is_file()


def test_the_desktop_database_learns_the_file_type(data_home: Path) -> None:
    if shutil.which("update-mime-database") is None:
        pytest.skip("shared-mime-info is not installed")
    result = desktop.install(command=["meeting-planner"])
    assert "update-mime-database" in result.refreshed
    globs = (data_home / "mime" / "globs2").read_text("utf-8")
    assert f"{desktop.MIME_TYPE}:*.meeting.json" in globs


def test_uninstall_removes_exactly_what_install_wrote(data_home: Path) -> None:
    neighbour = data_home / "applications" / "other-app.desktop"
    neighbour.parent.mkdir(parents=True)
    neighbour.write_text("[Desktop Entry]\n", encoding="utf-8")
    installed = desktop.install(command=["meeting-planner"]).files
    removed = desktop.uninstall().files
    assert sorted(removed) == sorted(installed)
    assert not any(path.exists() for path in installed)
    assert neighbour.read_text(encoding="utf-8") == "[Desktop Entry]\n"
    assert desktop.uninstall().files == []


def test_exec_arguments_are_quoted_as_the_specification_asks() -> None:
    text = desktop.desktop_entry(["/a b/mp", 'odd"$name', "back\\slash"])
    assert entry(text)["Exec"] == r'"/a b/mp" "odd\\"\\$name" "back\\\\slash" %f'
