"""Fonts and text: user text stays text, every script the font has comes through, gaps are named."""

from __future__ import annotations

import subprocess
import sys

from meeting_planner.domain.model import AgendaBlock, Meeting
from meeting_planner.export import export_warnings
from meeting_planner.export.fonts import BOLD, REGULAR, missing_glyphs, register_fonts
from meeting_planner.export.text import collect_missing, para_text

NAMES = ("Łukasz Dvořák", "Şükrü Öztürk", "Σοφία Παπαδοπούλου", "Дмитрий Иванов")
# Neither is in DejaVu Sans: a CJK ideograph and an emoji.
MISSING = ("中", "\U0001f680")


def test_para_text_turns_markup_into_visible_characters() -> None:
    assert para_text('<b>S&P "x"</b>') == "&lt;b&gt;S&amp;P &quot;x&quot;&lt;/b&gt;"
    assert para_text("one\ntwo\r\nthree") == "one<br/>two<br/>three"


def test_para_text_output_parses_back_to_the_original_text() -> None:
    from reportlab.platypus import Paragraph

    from meeting_planner.export.styles import stylesheet

    original = '<img src="/etc/passwd"> <b>unclosed S&P &amp; <font color=red>'
    paragraph = Paragraph(para_text(original), stylesheet()["body"])
    shown = "".join(frag.text for frag in paragraph.frags)
    assert shown == original


def test_register_fonts_is_idempotent_and_registers_the_bold_family() -> None:
    from reportlab.lib.fonts import tt2ps

    assert register_fonts() == (REGULAR, BOLD)
    assert register_fonts() == (REGULAR, BOLD)
    assert tt2ps(REGULAR, 1, 0) == BOLD


def test_names_in_latin_greek_and_cyrillic_have_every_glyph() -> None:
    for name in NAMES:
        assert missing_glyphs(name) == set(), name


def test_missing_glyphs_names_only_printable_characters_the_font_lacks() -> None:
    text = f"Ann\u200b\t\n {MISSING[0]} é {MISSING[1]}"
    assert missing_glyphs(text) == set(MISSING)


def test_collect_missing_looks_into_nested_fields() -> None:
    meeting = Meeting()
    meeting.agenda.append(AgendaBlock(talking_points=[f"ask about {MISSING[0]}"]))
    meeting.case.observe = [MISSING[1]]
    assert collect_missing(meeting) == set(MISSING)


def test_export_warnings_names_the_characters_that_will_not_show() -> None:
    meeting = Meeting()
    assert export_warnings(meeting) == []
    meeting.candidate.name = f"Li {MISSING[0]}"
    (warning,) = export_warnings(meeting)
    assert MISSING[0] in warning
    assert "will not show" in warning


def test_importing_the_export_package_does_not_load_reportlab() -> None:
    code = (
        "import sys, meeting_planner.export; "
        "assert 'reportlab' not in sys.modules, 'reportlab loaded at import'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_nothing_under_export_imports_qt() -> None:
    code = (
        "import sys, datetime\n"
        "from meeting_planner.domain.sample import sample_meeting\n"
        "from meeting_planner.export import export_agenda, export_brief\n"
        "m = sample_meeting(datetime.datetime(2026, 11, 20, 9))\n"
        "export_brief(m); export_agenda(m)\n"
        "assert not [n for n in sys.modules if n.startswith(('PySide6', 'PyQt'))]\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_agendas_warning_names_only_what_the_agenda_shows() -> None:
    from datetime import datetime

    from meeting_planner.domain.sample import sample_meeting

    meeting = sample_meeting(datetime(2026, 12, 3, 9, 0))
    meeting.debrief.reasons = f"Great {MISSING[0]}"  # the panel's own: never on the agenda
    assert export_warnings(meeting, "en", "agenda") == []
    assert export_warnings(meeting, "en", "brief") != []
    meeting.agenda[0].title = f"Welcome {MISSING[1]}"
    (warning,) = export_warnings(meeting, "sv", "agenda")
    assert MISSING[1] in warning and MISSING[0] not in warning
    assert warning.startswith("De här tecknen")
