"""The shipped content in Swedish and Danish: every template and library entry is there,
shaped like the English one, really translated, and coached the same."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from plan_filling import fill_in

from meeting_planner.assets import resource
from meeting_planner.cli import main
from meeting_planner.domain import coach
from meeting_planner.domain.library import (
    DECLINE_QUESTION_IDS,
    Library,
    builtin_template,
    builtin_templates,
    library,
)
from meeting_planner.domain.model import Language, Meeting
from meeting_planner.domain.sample import sample_profile
from meeting_planner.domain.templates import meeting_from_template
from meeting_planner.exchange import read_meeting_file

TEMPLATES = ("candidate-meeting-60", "case-meeting-90", "senior-lead", "team-meeting")
TRANSLATED = (Language.SV, Language.DA)
PASSING_SCORE = 85

# Keys whose values are codes the program reads, not text a person reads.
CODE_KEYS = frozenset(
    {
        "id",
        "kind",
        "topic",
        "part",
        "language",
        "format",
        "currency",
        "period",
        "start",
        "template",
        "field",
        "status",
        "result",
    }
)
# Values that may rightly read the same in every language: product and role names
# the Nordic tech world uses in English.
SAME_IN_EVERY_LANGUAGE = frozenset({"CTO", "Backend", "Frontend", "API"})
# Everyday English words that have no place in a Swedish or Danish sentence; one of
# them in a translated text means a sentence was left half in English.
ENGLISH_WORDS = frozenset(
    "the and with you your what how when which this that our they their of we is are it".split()
)
_WORD = re.compile(r"[^\W\d_]+")


def _content_files() -> list[Path]:
    templates = [resource("templates", f"{name}.en.json") for name in TEMPLATES]
    return [*templates, resource("library", "en.json")]


def _translation_of(english: Path, language: Language) -> Path:
    stem = english.name.removesuffix("en.json")
    return english.with_name(f"{stem}{language.value}.json")


def _texts(english: Any, other: Any, key: str = "") -> Iterator[tuple[str, str]]:
    """Pairs of (English text, translated text) at the same place in two documents."""
    if isinstance(english, dict):
        for k, value in english.items():
            # A template's own name is its key in every language.
            if k == "name" and "meeting" in english:
                continue
            yield from _texts(value, other[k], k)
    elif isinstance(english, list):
        assert len(english) == len(other)
        for en_item, other_item in zip(english, other, strict=True):
            yield from _texts(en_item, other_item, key)
    elif isinstance(english, str) and key not in CODE_KEYS and english.strip():
        yield english, other


def _shape(meeting: Meeting) -> dict[str, Any]:
    """Everything about a plan that the coach and the app read, but no text."""
    return {
        "planned_minutes": meeting.planned_minutes,
        "agenda": [
            (b.id, b.kind, b.minutes, b.topic, len(b.talking_points), bool(b.owner.strip()))
            for b in meeting.agenda
        ],
        "criteria": [(c.id, c.rank) for c in meeting.criteria],
        "participants": [(p.id, p.part) for p in meeting.participants],
        "case": (
            meeting.case.minutes,
            len(meeting.case.materials),
            len(meeting.case.observe),
        ),
        "coach_overrides": meeting.coach_overrides,
        "follow_up": meeting.follow_up,
        "offer": meeting.offer,
        "role": meeting.role,
    }


def _ids(lib: Library) -> dict[str, Any]:
    return {
        "talking_points": {
            topic: [p.id for p in points] for topic, points in lib.talking_points.items()
        },
        "case_ideas": [
            (i.id, i.field, i.minutes, len(i.materials), len(i.observe)) for i in lib.case_ideas
        ],
        "dialogue_questions": {
            criterion: [q.id for q in qs] for criterion, qs in lib.dialogue_questions.items()
        },
        "decline_questions": [q.id for q in lib.decline_questions],
    }


def _agenda_titles(meeting: Meeting) -> list[str]:
    return [block.title for block in meeting.agenda]


@pytest.mark.parametrize("language", TRANSLATED, ids=str)
@pytest.mark.parametrize("name", TEMPLATES)
def test_each_template_has_its_own_version_in_the_language(name: str, language: Language) -> None:
    english = builtin_template(name, Language.EN)
    translated = builtin_template(name, language)
    assert english is not None and translated is not None
    assert translated.name == name and translated.builtin
    assert translated.language == language == translated.meeting.language
    assert translated.title != english.title
    assert translated.description != english.description
    assert set(_agenda_titles(translated.meeting)).isdisjoint(_agenda_titles(english.meeting))


@pytest.mark.parametrize("language", TRANSLATED, ids=str)
def test_the_template_list_in_a_language_is_the_english_list_translated(
    language: Language,
) -> None:
    translated = builtin_templates(language)
    assert [t.name for t in translated] == [t.name for t in builtin_templates(Language.EN)]
    assert {t.language for t in translated} == {language}
    assert len(builtin_templates()) == 3 * len(translated)


@pytest.mark.parametrize("language", TRANSLATED, ids=str)
@pytest.mark.parametrize("name", TEMPLATES)
def test_a_translated_template_has_the_english_structure(name: str, language: Language) -> None:
    english = builtin_template(name, Language.EN)
    translated = builtin_template(name, language)
    assert english is not None and translated is not None
    assert _shape(translated.meeting) == _shape(english.meeting)


@pytest.mark.parametrize("language", TRANSLATED, ids=str)
@pytest.mark.parametrize("name", TEMPLATES)
def test_a_translated_template_opens_as_a_meeting_file(
    tmp_path: Path, name: str, language: Language
) -> None:
    source = resource("templates", f"{name}.{language.value}.json")
    copy = tmp_path / f"{name}.{language.value}.meeting.json"
    copy.write_bytes(source.read_bytes())
    opened = read_meeting_file(copy)
    loaded = builtin_template(name, language)
    assert loaded is not None
    assert opened.meeting.agenda == loaded.meeting.agenda
    assert opened.meeting.language == language


@pytest.mark.parametrize("language", TRANSLATED, ids=str)
@pytest.mark.parametrize("name", TEMPLATES)
def test_a_translated_template_with_role_and_offer_filled_in_scores_well(
    name: str, language: Language
) -> None:
    template = builtin_template(name, language)
    assert template is not None
    meeting = meeting_from_template(
        template,
        candidate_name="Kim Berg",
        role_title="Backend developer",
        start=datetime(2025, 3, 4, 10, 0),
        profile=sample_profile(),
    )
    meeting.role = replace(
        meeting.role,
        responsibilities=["Build and run the order service"],
        problems=["Checkout slows down at peak hours"],
    )
    fill_in(meeting)
    review = coach.review(meeting)
    assert review.score >= PASSING_SCORE, [(f.id, f.message) for f in review.findings]
    english = builtin_template(name, Language.EN)
    assert english is not None
    assert review.shares == coach.review(english.meeting).shares


@pytest.mark.parametrize("language", TRANSLATED, ids=str)
def test_the_library_has_exactly_the_english_entries(language: Language) -> None:
    translated = library(language)
    assert translated.language == language
    assert _ids(translated) == _ids(library(Language.EN))


@pytest.mark.parametrize("language", TRANSLATED, ids=str)
def test_the_six_declined_offer_questions_are_asked_in_the_language(
    language: Language,
) -> None:
    questions = library(language).decline_questions
    english = {q.id: q.text for q in library(Language.EN).decline_questions}
    assert tuple(q.id for q in questions) == DECLINE_QUESTION_IDS
    for question in questions:
        assert question.text.endswith("?"), question.id
        assert question.text != english[question.id]


@pytest.mark.parametrize("language", TRANSLATED, ids=str)
def test_dialogue_questions_stay_questions(language: Language) -> None:
    for criterion, questions in library(language).dialogue_questions.items():
        assert all("?" in q.text for q in questions), criterion


@pytest.mark.parametrize("language", TRANSLATED, ids=str)
@pytest.mark.parametrize("english_file", _content_files(), ids=lambda p: p.name)
def test_no_english_text_is_left_untranslated(english_file: Path, language: Language) -> None:
    english = json.loads(english_file.read_text(encoding="utf-8"))
    translated_file = _translation_of(english_file, language)
    translated = json.loads(translated_file.read_text(encoding="utf-8"))
    pairs = list(_texts(english, translated))
    assert pairs, english_file.name
    for en_text, text in pairs:
        assert isinstance(text, str) and text.strip(), en_text
        assert text != en_text or text in SAME_IN_EVERY_LANGUAGE, text
        english_words = set(_WORD.findall(text.lower())) & ENGLISH_WORDS
        assert not english_words, (text, english_words)
        # Placeholders are kept, in the same number, so the manager still sees what to fill in.
        assert text.count("[") == en_text.count("["), text


def test_the_untranslated_check_notices_an_english_sentence() -> None:
    english = {"title": "Your questions", "kind": "pitch", "talking_points": ["Say hello."]}
    swedish = {"title": "Dina frågor", "kind": "pitch", "talking_points": ["Say hello."]}
    pairs = list(_texts(english, swedish))
    assert ("Say hello.", "Say hello.") in pairs
    assert ("pitch", "pitch") not in pairs
    assert set(_WORD.findall("Walk through what you want")) & ENGLISH_WORDS


def test_new_in_swedish_builds_the_swedish_agenda(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "new",
            "--template",
            "case-meeting-90",
            "--candidate",
            "Sara Lindqvist",
            "--role",
            "Dataingenjör",
            "--start",
            "2026-12-01 10:00",
            "--language",
            "sv",
        ]
    )
    out, _ = capsys.readouterr()
    assert code == 0
    new_id = out.split()[-1]
    assert main(["show", new_id, "--json"]) == 0
    shown = json.loads(capsys.readouterr()[0])
    swedish = builtin_template("case-meeting-90", Language.SV)
    english = builtin_template("case-meeting-90", Language.EN)
    assert swedish is not None and english is not None
    titles = [block["title"] for block in shown["agenda"]]
    assert titles == _agenda_titles(swedish.meeting)
    assert titles != _agenda_titles(english.meeting)
    assert shown["language"] == "sv"
    assert shown["case"]["title"] == swedish.meeting.case.title
