"""The domain's own phrase tables: complete in every language, with the same placeholders."""

from __future__ import annotations

import re

import pytest

from meeting_planner.domain import access, feedback

PLACEHOLDER = re.compile(r"\{(\w+)\}")
TABLES = {"feedback": feedback.PHRASES, "access": access.PHRASES}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_language_has_every_phrase_with_its_placeholders(name: str) -> None:
    table = TABLES[name]
    english = table["en"]
    assert set(table) == {"en", "sv", "da"}
    for language, phrases in table.items():
        assert set(phrases) == set(english), language
        for key, phrase in phrases.items():
            where = f"{name} {language} {key}"
            assert phrase.strip(), where
            assert set(PLACEHOLDER.findall(phrase)) == set(PLACEHOLDER.findall(english[key])), where


def test_the_feedback_phrases_are_written_in_each_language() -> None:
    english = feedback.PHRASES["en"]
    for language in ("sv", "da"):
        same = {k for k, v in feedback.PHRASES[language].items() if v == english[k]}
        # Only a phrase with no words in it reads the same everywhere.
        assert same == {"about"}, language
