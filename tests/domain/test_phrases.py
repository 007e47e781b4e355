"""The document catalog: every English text has Swedish and Danish, with the same placeholders."""

from __future__ import annotations

import ast
import json
import string
from datetime import datetime
from pathlib import Path

import pytest

from meeting_planner.assets import resource
from meeting_planner.domain import phrases
from meeting_planner.domain.feedback import PHRASES

PACKAGE = Path(phrases.__file__).resolve().parent.parent
# Every module of the layers whose user-visible text goes through the catalog, so a new
# module is checked without anyone remembering to list it. The store's, the file
# formats' and the forms' errors and reports keep their catalog text (Phrase) for
# whoever shows them to tell.
CATALOG_MODULES = sorted(
    [
        str(path.relative_to(PACKAGE))
        for layer in ("domain", "export", "cli", "store", "exchange", "teamfolder")
        for path in (PACKAGE / layer).glob("*.py")
    ]
    + ["fileio.py"]
)


def catalog_strings(path: Path, call: str | None = None) -> set[str]:
    """The English literals given to ``text(language, "...")`` or ``mark("...")`` in a
    module, or with ``call="plural"`` the English plurals given to ``plural(language,
    count, "...", "...")``, ``Phrase.counted(count, "...", "...")`` or ``mark_plural("...",
    "...")`` (the catalog's key for a text with a count)."""
    command_line = path.parent.name == "cli"
    if call == "plural":
        positions = {"plural": 3, "say_plural": 2, "counted": 2, "mark_plural": 1}
    else:
        positions = {"text": 1, "mark": 0, "say": 0}
        if command_line:
            # Its commands' add(name, help), add_anyway(p, help) and the output
            # option's metavar in add_output_options(p, metavar).
            positions |= {"add": 1, "add_anyway": 1, "add_output_options": 1}
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if call != "plural" and command_line and name == "add_argument":
            # An argument's help and metavar, which the command line's parser translates.
            for keyword in node.keywords:
                if keyword.arg in ("help", "metavar") and isinstance(keyword.value, ast.Constant):
                    found.add(str(keyword.value.value))
            continue
        position = positions.get(name or "")
        if position is None or len(node.args) <= position:
            continue
        arg = node.args[position]
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            found.add(arg.value)
    return found


def all_catalog_strings(call: str | None = None) -> dict[str, str]:
    """Every catalog string in the sources, with the module it first appears in."""
    strings: dict[str, str] = {}
    for module in CATALOG_MODULES:
        for english in catalog_strings(PACKAGE / module, call):
            strings.setdefault(english, module)
    return strings


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def load(language: str) -> dict[str, str]:
    return json.loads(resource("translations", f"documents_{language}.json").read_text("utf-8"))


def test_the_scan_finds_the_documents_texts() -> None:
    strings = all_catalog_strings()
    # A scan that found nothing would pass every check below.
    assert "Debrief form" in strings
    assert "The role names no tech stack." in strings
    assert "Our own rule of thumb, not a research figure." in strings
    assert "domain/coach_people.py" in CATALOG_MODULES
    assert {"ID|FILE", "OUT.pdf", "COMMAND"} <= set(strings)
    assert len(strings) > 150


@pytest.mark.parametrize("language", ["sv", "da"])
def test_every_text_has_a_translation(language: str) -> None:
    catalog = load(language)
    missing = sorted(
        f"{module}: {english!r}"
        for english, module in all_catalog_strings().items()
        if not catalog.get(english, "").strip()
    )
    assert not missing, f"{len(missing)} texts without a {language} translation:\n" + "\n".join(
        missing
    )


@pytest.mark.parametrize("language", ["sv", "da"])
def test_translations_keep_the_placeholders(language: str) -> None:
    wrong = []
    for english, translated in load(language).items():
        if isinstance(translated, dict):
            # A singular may say "this meeting" instead of "1 meeting": it needs no {count}.
            if fields(translated.get("other", "")) != fields(english) or any(
                not fields(form) <= fields(english) for form in translated.values()
            ):
                wrong.append(english)
        elif fields(english) != fields(translated):
            wrong.append(english)
    assert not wrong


@pytest.mark.parametrize("language", ["sv", "da"])
def test_every_text_with_a_count_has_each_plural_form(language: str) -> None:
    catalog = load(language)
    plurals = all_catalog_strings("plural")
    assert "{count} meetings, {held} held." in plurals
    missing = sorted(
        f"{module}: {english!r}"
        for english, module in plurals.items()
        if not isinstance(catalog.get(english), dict)
        or {"one", "other"} - {k for k, v in catalog[english].items() if v.strip()}
    )
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [
        ("en", "1 meeting, 1 held.", "2 meetings, 1 held."),
        ("sv", "1 möte, varav 1 har hållits.", "2 möten, varav 1 har hållits."),
        ("da", "1 møde, heraf 1 afholdt.", "2 møder, heraf 1 afholdt."),
    ],
)
def test_a_count_takes_its_plural_form(language: str, one: str, many: str) -> None:
    def say(count: int) -> str:
        return phrases.plural(
            language,
            count,
            "{count} meeting, {held} held.",
            "{count} meetings, {held} held.",
            held=1,
        )

    assert (say(1), say(2)) == (one, many)
    assert say(0).startswith("0 ")  # zero takes the plural, as in all three languages


@pytest.mark.parametrize("language", ["sv", "da"])
def test_feedback_phrases_are_complete(language: str) -> None:
    english, own = PHRASES["en"], PHRASES[language]
    assert set(own) == set(english)
    assert all(fields(english[key]) == fields(own[key]) for key in english)


def test_lookup_translates_and_falls_back_to_english() -> None:
    assert phrases.text("sv", "Debrief form") == "Utvärderingsformulär"
    assert phrases.text("da", "Debrief form") == "Evalueringsskema"
    assert phrases.text("en", "Debrief form") == "Debrief form"
    assert phrases.text("sv", "A text nobody translated") == "A text nobody translated"
    assert phrases.text("fi", "Debrief form") == "Debrief form"
    assert phrases.text("en", "Page {page} of {count}", page=2, count=3) == "Page 2 of 3"
    assert phrases.text("sv", "Page {page} of {count}", page=2, count=3) == "Sida 2 av 3"


MONDAY = datetime(2026, 11, 23, 10, 0)
TUESDAY_LATE = datetime(2026, 11, 24, 9, 5)


@pytest.mark.parametrize(
    ("language", "day", "short", "time", "span", "moment"),
    [
        (
            "en",
            "Monday 23 November 2026",
            "23 Nov 2026",
            "10:00",
            "Monday 23 November 2026, 10:00–11:30",
            "Monday 23 November 2026 at 10:00",
        ),
        (
            "sv",
            "måndag 23 november 2026",
            "23 nov. 2026",
            "10.00",
            "måndag 23 november 2026, kl. 10.00–11.30",
            "måndag 23 november 2026 kl. 10.00",
        ),
        (
            "da",
            "mandag den 23. november 2026",
            "23. nov. 2026",
            "10.00",
            "mandag den 23. november 2026 kl. 10.00–11.30",
            "mandag den 23. november 2026 kl. 10.00",
        ),
    ],
)
def test_dates_are_written_as_each_language_writes_them(
    language: str, day: str, short: str, time: str, span: str, moment: str
) -> None:
    end = MONDAY.replace(hour=11, minute=30)
    assert phrases.format_day(MONDAY, language) == day
    assert phrases.format_short_day(MONDAY, language) == short
    assert phrases.format_time(MONDAY, language) == time
    assert phrases.format_when(MONDAY, end, language) == span
    assert phrases.format_moment(MONDAY, language) == moment


def test_a_span_past_midnight_names_both_days() -> None:
    assert phrases.format_when(MONDAY, TUESDAY_LATE, "sv") == (
        "måndag 23 november 2026, kl. 10.00–tisdag 24 november 2026 09.05"
    )


@pytest.mark.parametrize(
    ("language", "week"),
    [
        ("en", "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
        ("sv", "måndag tisdag onsdag torsdag fredag lördag söndag"),
        ("da", "mandag tirsdag onsdag torsdag fredag lørdag søndag"),
    ],
)
def test_every_day_of_the_week_has_its_name(language: str, week: str) -> None:
    monday = datetime(2026, 11, 23, 10, 0)
    days = [phrases.format_day(monday.replace(day=23 + n), language) for n in range(7)]
    assert [day.split()[0] for day in days] == week.split()
