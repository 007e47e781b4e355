"""The app reads in Swedish and Danish: every UI text translated, compiled and shown."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from meeting_planner.store import Store
from meeting_planner.ui.dialogs import language_dialog
from meeting_planner.ui.shared import i18n, messages
from meeting_planner.ui.window.ui_state import UiState

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import update_translations as tools  # noqa: E402

LANGUAGES = ("sv", "da")
PLACEHOLDER = re.compile(r"\{\d+\}|%n|%\d|\[\*\]")


def ts_path(lang: str) -> Path:
    return tools.TRANSLATIONS / f"meeting_planner_{lang}.ts"


def translations(lang: str) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts_path(lang)).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


@pytest.fixture(autouse=True)
def _english_afterwards(qapp):
    yield
    i18n.install(i18n.ENGLISH)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_ui_text_has_a_finished_translation(lang: str):
    committed = translations(lang)
    missing = []
    for message in sorted(tools.collect()):
        entry = committed.get((message.context, message.source))
        translation = entry.find("translation") if entry is not None else None
        if (
            translation is None
            or translation.get("type") in ("unfinished", "obsolete", "vanished")
            or not all(text.strip() for text in texts(entry))
        ):
            missing.append(f"{message.context}: {message.source!r}")
    assert not missing, f"untranslated in {lang} (run tests/tools/update_translations.py):\n" + (
        "\n".join(missing)
    )


def test_the_collector_finds_what_lupdate_finds(tmp_path: Path):
    """Guards the collector: every text lupdate reads from the sources is collected too."""
    sources = sorted(str(p) for p in tools.UI_SOURCES.rglob("*.py"))
    ts_file = tmp_path / "probe_sv.ts"
    lupdate = tools.qt_tool("pyside6-lupdate")
    subprocess.run([lupdate, "-silent", *sources, "-ts", str(ts_file)], check=True)
    found = {m.findtext("source") for m in ET.parse(ts_file).getroot().iter("message")}
    collected = {message.source for message in tools.collect()}
    assert found - collected == set()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compiled_translations_match_their_sources(lang: str, tmp_path: Path):
    fresh = tmp_path / f"meeting_planner_{lang}.qm"
    tools.lrelease(ts_path(lang), fresh)
    assert fresh.read_bytes() == ts_path(lang).with_suffix(".qm").read_bytes()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_placeholders_and_mnemonics(lang: str):
    for (context, source), message in translations(lang).items():
        for text in texts(message):
            where = f"{lang} {context}: {source!r} -> {text!r}"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
            assert text.count("\n") == source.count("\n"), where
            assert ("&" in source.replace("&&", "")) == ("&" in text.replace("&&", "")), where


@pytest.mark.parametrize(
    ("lang", "file_menu", "new_meeting", "undo"),
    [("sv", "Arkiv", "Nytt möte…", "Ångra"), ("da", "Filer", "Nyt møde…", "Fortryd")],
)
def test_main_window_menus_read_in_the_chosen_language(
    qtbot, tmp_path: Path, lang: str, file_menu: str, new_meeting: str, undo: str
):
    from meeting_planner.ui.window.main_window import MainWindow

    installed = i18n.install(lang)
    assert installed, "no translation was loaded"
    with Store(tmp_path / "data") as store:
        window = MainWindow(store)
        qtbot.addWidget(window)
        titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
        assert titles[0] == file_menu
        file_texts = [a.text().replace("&", "") for a in window.menu("file").actions()]
        assert new_meeting in file_texts
        edit_texts = [a.text().replace("&", "") for a in window.menu("edit").actions()]
        assert any(text.startswith(undo) for text in edit_texts)
        window.close()


@pytest.mark.parametrize(("lang", "cancel"), [("sv", "Avbryt"), ("da", "Annuller")])
def test_qt_standard_buttons_follow_the_language(lang: str, cancel: str):
    i18n.install(lang)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel


@pytest.mark.parametrize(
    ("choice", "system", "shown"),
    [
        (None, "sv_SE", "sv"),
        ("system", "da_DK", "da"),
        ("system", "de_DE", "en"),
        ("en", "sv_SE", "en"),
        ("da", "en_GB", "da"),
        ("klingon", "fi_FI", "en"),
    ],
)
def test_language_follows_the_system_unless_chosen(choice, system: str, shown: str):
    assert i18n.resolve(choice, QLocale(system)) == shown


def test_english_removes_the_translation():
    i18n.install("sv")
    assert QCoreApplication.translate("MainWindow", "&File") == "&Arkiv"
    i18n.install(i18n.ENGLISH)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert i18n.installed_language() == i18n.ENGLISH


def test_choosing_a_language_is_stored_for_the_next_start(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    def pick_danish(dialog: language_dialog.LanguageDialog) -> int:
        assert "next start" in " ".join(
            label.text() for label in dialog.findChildren(language_dialog.QLabel)
        )
        dialog.buttons["da"].setChecked(True)
        return int(language_dialog.QDialog.DialogCode.Accepted)

    monkeypatch.setattr(messages, "run_modal", pick_danish)
    assert language_dialog.choose_language(None, UiState(tmp_path)) == "da"
    # Read back as the next start does, before the meetings are opened.
    assert UiState(tmp_path).language() == "da"
    assert i18n.resolve(UiState(tmp_path).language(), QLocale("sv_SE")) == "da"


def test_dates_follow_the_chosen_language(qapp) -> None:
    from datetime import datetime

    from meeting_planner.ui.shared import i18n
    from meeting_planner.ui.shared.formatting import format_moment

    moment = datetime(2026, 11, 23, 10, 0)
    try:
        i18n.install("sv", qapp)
        assert format_moment(moment).startswith("mån")
        i18n.install("da", qapp)
        assert format_moment(moment).startswith("man")
        i18n.install("en", qapp)
        assert format_moment(moment) == "Mon 23 Nov 2026, 10:00"
    finally:
        i18n.install("en", qapp)


@pytest.mark.parametrize("name", ["en_GB", "en_US", "sv_SE", "da_DK", "ar_EG"])
def test_dates_read_as_qt_writes_them_in_each_locale(qapp, name: str) -> None:
    from datetime import datetime, timedelta, timezone

    from PySide6.QtCore import QDateTime

    from meeting_planner.ui.shared.formatting import MOMENT_FORMAT, format_moment

    before = QLocale()
    QLocale.setDefault(QLocale(name))
    try:
        start = datetime(2026, 1, 1, 0, 5)
        for step in range(0, 400 * 24, 37):  # every weekday and month, at many times
            moment = start + timedelta(hours=step)
            written = QLocale().toString(QDateTime(moment), MOMENT_FORMAT)
            assert format_moment(moment) == written
        # A time in another zone reads as its own wall clock.
        aware = datetime(2026, 3, 2, 9, 30, tzinfo=timezone(timedelta(hours=-5)))
        assert format_moment(aware) == format_moment(aware.replace(tzinfo=None))
        assert "09:30" in format_moment(aware) or "٠٩:٣٠" in format_moment(aware)
    finally:
        QLocale.setDefault(before)
