"""Texts with a count take the count's plural form in English, Swedish and Danish."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from meeting_planner.ui.followup.model import span_text
from meeting_planner.ui.shared import i18n

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import update_translations as tools  # noqa: E402


@pytest.fixture(autouse=True)
def _english_afterwards(qapp):
    yield
    i18n.install(i18n.ENGLISH)


def test_every_text_with_a_count_has_english_plural_forms() -> None:
    root = ET.parse(tools.ENGLISH_PLURALS).getroot()
    forms = {
        (context.findtext("name"), message.findtext("source")): [
            f.text or "" for f in message.iter("numerusform")
        ]
        for context in root.iter("context")
        for message in context.iter("message")
    }
    plural = {(m.context, m.source) for m in tools.collect() if m.plural}
    assert len(plural) >= 10
    missing = [key for key in plural if len(forms.get(key, [])) != 2 or not all(forms[key])]
    assert not missing


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [
        ("en", "1 meeting, 1 held.", "3 meetings, 1 held."),
        ("sv", "1 möte, varav 1 har hållits.", "3 möten, varav 1 har hållits."),
        ("da", "1 møde, heraf 1 afholdt.", "3 møder, heraf 1 afholdt."),
    ],
)
def test_the_insights_summary_counts_meetings_in_the_right_form(
    language: str, one: str, many: str
) -> None:
    i18n.install(language)
    source = "%n meetings, {0} held. Offers made: {1}; accepted {2}, declined {3}."

    def say(count: int) -> str:
        return QCoreApplication.translate("InsightsWindow", source, "", count).format(1, 0, 0, 0)

    assert say(1).startswith(one)
    assert say(3).startswith(many)


@pytest.mark.parametrize(
    ("language", "one", "many"), [("en", "1 day", "3 days"), ("sv", "1 dag", "3 dagar")]
)
def test_a_due_time_of_one_day_says_day(language: str, one: str, many: str) -> None:
    from datetime import timedelta

    i18n.install(language)
    assert span_text(timedelta(days=1, hours=1)) != one  # under 48 hours reads in hours
    assert span_text(timedelta(days=3)) == many
    assert QCoreApplication.translate("DueView", "%n days", None, 1) == one
