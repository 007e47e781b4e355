"""The shipped content: built-in meeting templates and the libraries of talking points,
case ideas, dialogue questions and declined-offer questions, loaded lazily per language."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from ..assets import resource
from .model import CaseTask, Language, PitchTopic
from .plain import record
from .serialize import meeting_from_dict
from .templates import Template

TEMPLATE_FORMAT = "meeting-planner/template"
LIBRARY_FORMAT = "meeting-planner/library"
FORMAT_VERSION = 1

# The fields a case idea can belong to; the library offers ideas for each.
CASE_FIELDS = ("backend", "frontend", "data_science", "ux_design", "it_security")

# The questions to ask a candidate who declined an offer, in the order they are asked.
DECLINE_QUESTION_IDS = (
    "positives",
    "concerns",
    "deciding_factors",
    "improve_process",
    "improve_experience",
    "convincing_picture",
)


class ContentError(ValueError):
    """A shipped template or library file that is missing or not in the expected format."""


@record(frozen=True)
class TalkingPoint:
    id: str
    text: str


@record(frozen=True)
class CaseIdea:
    id: str
    field: str
    title: str
    brief: str
    prepare: str
    materials: tuple[str, ...]
    minutes: int
    observe: tuple[str, ...]
    real_work: str


@record(frozen=True)
class DialogueQuestion:
    id: str
    criterion: str
    text: str


@record(frozen=True)
class DeclineQuestion:
    id: str
    text: str


@record(frozen=True)
class Library:
    language: Language
    talking_points: dict[PitchTopic, tuple[TalkingPoint, ...]]
    case_ideas: tuple[CaseIdea, ...]
    dialogue_questions: dict[str, tuple[DialogueQuestion, ...]]
    decline_questions: tuple[DeclineQuestion, ...]

    def case_ideas_for(self, field: str) -> tuple[CaseIdea, ...]:
        return tuple(idea for idea in self.case_ideas if idea.field == field)


# -- templates -----------------------------------------------------------------------


def builtin_templates(language: Language | None = None) -> list[Template]:
    """The built-in templates, sorted by name.

    With a language: one template per name, in that language where a translation
    exists and in English otherwise. Without: every file, each in its own language.
    """
    if language is None:
        found = [_template(name, lang) for name, lang in _template_files()]
        return sorted(found, key=lambda t: (t.name, t.language.value))
    language = Language(language)
    names = sorted({name for name, _ in _template_files()})
    return [t for t in (builtin_template(name, language) for name in names) if t is not None]


def builtin_template(name: str, language: Language = Language.EN) -> Template | None:
    """The built-in template ``name`` in ``language``, falling back to English; None if
    there is no such template. Each call returns a fresh copy the caller may change."""
    available = set(_template_files())
    for lang in (Language(language), Language.EN):
        if (name, lang) in available:
            return _template(name, lang)
    return None


@cache
def _template_files() -> tuple[tuple[str, Language], ...]:
    known = {lang.value: lang for lang in Language}
    found = []
    for path in sorted(resource("templates").glob("*.json")):
        name, _, lang = path.name.removesuffix(".json").rpartition(".")
        if name and lang in known:
            found.append((name, known[lang]))
    return tuple(found)


def _template(name: str, language: Language) -> Template:
    data = _template_data(name, language)
    return Template(
        name=data["name"],
        title=data["title"],
        description=data.get("description", ""),
        language=Language(data.get("language", language)),
        meeting=meeting_from_dict(data["meeting"]),
        builtin=True,
    )


@cache
def _template_data(name: str, language: Language) -> dict[str, Any]:
    # Cached as plain data so every caller gets its own Meeting to edit.
    path = resource("templates", f"{name}.{language.value}.json")
    document = _read(path, TEMPLATE_FORMAT)
    template = document.get("template")
    if not isinstance(template, dict) or not isinstance(template.get("meeting"), dict):
        raise ContentError(f"{path.name} holds no template")
    if template.get("name") != name:
        raise ContentError(f"{path.name} names its template {template.get('name')!r}")
    return template


# -- libraries -----------------------------------------------------------------------


def library(language: Language = Language.EN) -> Library:
    """The library in ``language``, or in English where that language has none."""
    language = Language(language)
    path = resource("library", f"{language.value}.json")
    return _library(language if path.is_file() else Language.EN)


def case_task_from_idea(idea: CaseIdea) -> CaseTask:
    """A meeting's case task, filled from a library idea for the manager to adapt."""
    return CaseTask(
        title=idea.title,
        brief=idea.brief,
        prepare=idea.prepare,
        materials=list(idea.materials),
        minutes=idea.minutes,
        observe=list(idea.observe),
        real_work=idea.real_work,
    )


@cache
def _library(language: Language) -> Library:
    path = resource("library", f"{language.value}.json")
    data = _read(path, LIBRARY_FORMAT)
    try:
        return Library(
            language=language,
            talking_points={
                PitchTopic(topic): tuple(TalkingPoint(p["id"], p["text"]) for p in points)
                for topic, points in data["talking_points"].items()
            },
            case_ideas=tuple(_case_idea(item) for item in data["case_ideas"]),
            dialogue_questions={
                criterion: tuple(DialogueQuestion(q["id"], criterion, q["text"]) for q in qs)
                for criterion, qs in data["dialogue_questions"].items()
            },
            decline_questions=tuple(
                DeclineQuestion(q["id"], q["text"]) for q in data["decline_questions"]
            ),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ContentError(f"{path.name} is not a valid library: {error}") from error


def _case_idea(item: dict[str, Any]) -> CaseIdea:
    return CaseIdea(
        id=item["id"],
        field=item["field"],
        title=item["title"],
        brief=item["brief"],
        prepare=item["prepare"],
        materials=tuple(item["materials"]),
        minutes=int(item["minutes"]),
        observe=tuple(item["observe"]),
        real_work=item["real_work"],
    )


def _read(path: Path, expected_format: str) -> dict[str, Any]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ContentError(f"cannot read {path.name}: {error}") from error
    if not isinstance(document, dict) or document.get("format") != expected_format:
        raise ContentError(f"{path.name} is not a {expected_format} file")
    if document.get("version") != FORMAT_VERSION:
        raise ContentError(f"{path.name} has version {document.get('version')!r}")
    return document
