"""Document and domain texts in the meeting's language, and dates as each language writes them.

The English text is the key: ``text("sv", "Debrief form")`` looks it up in
``resources/translations/documents_sv.json`` and falls back to English where a
translation is missing. Placeholders are ``str.format`` fields (``{name}``), the
same in every language.

A text with a count takes the count's plural form: ``plural("sv", 1, "{count}
meeting", "{count} meetings")`` gives "1 möte". The catalog keeps such a text
under its English plural, with a form for each plural category of the language
(``{"one": "{count} möte", "other": "{count} möten"}``); ``PLURAL_RULES`` says
which category a count falls in.

Date and time formats, by language:

- en: ``Tuesday 24 November 2026``, ``24 Nov 2026``, ``14:00``,
  ``Tuesday 24 November 2026, 14:00–15:00``, ``Tuesday 24 November 2026 at 14:00``
- sv: ``tisdag 24 november 2026``, ``24 nov. 2026``, ``14.00``,
  ``tisdag 24 november 2026, kl. 14.00–15.00``, ``tisdag 24 november 2026 kl. 14.00``
- da: ``tirsdag den 24. november 2026``, ``24. nov. 2026``, ``14.00``,
  ``tirsdag den 24. november 2026 kl. 14.00–15.00``,
  ``tirsdag den 24. november 2026 kl. 14.00``

Swedish and Danish write weekdays and months in lower case and the time with a
full stop, as their language councils recommend.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import cache
from string import Formatter
from typing import Any

from ..assets import resource

__all__ = [
    "LANGUAGES",
    "Phrase",
    "PhraseError",
    "catalog",
    "format_day",
    "format_moment",
    "format_short_day",
    "format_time",
    "format_when",
    "mark",
    "mark_plural",
    "plural",
    "text",
]

LANGUAGES = ("en", "sv", "da")


def mark(english: str) -> str:
    """Mark a literal as catalog text where defined; ``text`` translates it where shown."""
    return english


def mark_plural(one: str, other: str) -> tuple[str, str]:
    """Mark an English singular and plural as a catalog text with a count (kept under
    its plural, as for ``plural``), for a caller that chooses the form itself."""
    return one, other


@cache
def catalog(language: str) -> dict[str, str]:
    """The translations for ``language`` by English text; empty for English or a missing file."""
    if language == "en":
        return {}
    path = resource("translations", f"documents_{language}.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items() if isinstance(v, str) and v}


def text(language: str, english: str, /, **values: object) -> str:
    """``english`` in ``language`` (English where no translation exists), placeholders filled."""
    found = catalog(str(language)).get(english, english) if language != "en" else english
    return found.format(**values) if values else found


class Phrase(str):
    """A text made from a catalog template and its values, kept so that it can be told
    in any language: the string itself is the English, ``in_language`` another.

    For code that must not depend on the reader's language (the store): it says what
    happened in English, and whatever shows it to someone tells it in their language.
    A value that is itself a Phrase is told in the same language.
    """

    template: str
    values: dict[str, object]
    # For a text with a count: the count and the English singular (``template`` is
    # the plural, the catalog's key), as ``plural`` takes them.
    count: int | None
    singular: str

    def __new__(cls, template: str, /, **values: object) -> Phrase:
        return cls._made(template, values, None, "")

    @classmethod
    def counted(cls, count: int, one: str, other: str, /, **values: object) -> Phrase:
        """A text with a count, in the count's plural form in each language."""
        return cls._made(other, values, count, one)

    @classmethod
    def _made(
        cls, template: str, values: dict[str, object], count: int | None, singular: str
    ) -> Phrase:
        phrase = super().__new__(cls, _told("en", template, values, count, singular))
        phrase.template, phrase.values = template, values
        phrase.count, phrase.singular = count, singular
        return phrase

    def in_language(self, language: str) -> str:
        return _told(language, self.template, self.values, self.count, self.singular)

    def as_data(self) -> dict[str, Any]:
        """The phrase as JSON data, so that it can still be told once stored
        (``from_data``); a value that is not a number is kept as its text."""
        values = {
            k: v.as_data() if isinstance(v, Phrase) else v if _is_number(v) else str(v)
            for k, v in self.values.items()
        }
        data: dict[str, Any] = {"template": self.template, "values": values}
        if self.count is not None:
            data |= {"count": self.count, "singular": self.singular}
        return data

    @classmethod
    def from_data(cls, data: object, english: str) -> str:
        """The phrase ``as_data`` gave, or ``english`` as it is where ``data`` is not one
        of ours: only a text from the catalog is ever taken as a template."""
        try:
            return _from_data(data)
        except (TypeError, ValueError, KeyError, IndexError, AttributeError):
            return english


class PhraseError(Exception):
    """An error said as a Phrase, by code that does not know its reader's language (the
    store, the file formats, the forms): ``str()`` is the English, for logs and tests;
    ``in_language`` tells it in the language of whoever shows it.

    ``message`` is a catalog text with ``{name}`` fields filled from ``values``, or a
    Phrase made already."""

    def __init__(self, message: str, /, **values: object) -> None:
        given = message if isinstance(message, Phrase) and not values else None
        self.phrase = given or Phrase(message, **values)
        super().__init__(self.phrase)

    def __str__(self) -> str:
        return str(self.phrase)

    def in_language(self, language: str) -> str:
        """The message in ``language`` (English where the catalog has no translation)."""
        return self.phrase.in_language(language)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _from_data(data: object) -> Phrase:
    if not isinstance(data, dict) or not isinstance(data.get("values"), dict):
        raise ValueError("not a phrase")
    template, count = data["template"], data.get("count")
    known = catalog("sv") if count is None else plural_catalog("sv")
    if template not in known or (count is not None and not _is_number(count)):
        raise ValueError("not a catalog text")
    values = {k: _value(v) for k, v in data["values"].items() if k != "count"}
    needed = {name for _, name, _, _ in Formatter().parse(template) if name} - {"count"}
    if not needed <= set(values):
        raise ValueError("a value is missing")
    if count is None:
        return Phrase(template, **values)
    return Phrase.counted(int(count), str(data["singular"]), template, **values)


def _value(value: object) -> object:
    if isinstance(value, dict):
        return _from_data(value)
    if isinstance(value, str) or _is_number(value):
        return value
    raise ValueError("not a value a phrase holds")


def _told(
    language: str, template: str, values: dict[str, object], count: int | None, singular: str
) -> str:
    told = {k: v.in_language(language) if isinstance(v, Phrase) else v for k, v in values.items()}
    if count is not None:
        return plural(language, count, singular, template, **told)
    return text(language, template, **told)


def _one_else_other(count: int) -> str:
    return "one" if count == 1 else "other"


# The plural category of a whole count, by language (the Unicode CLDR plural rules:
# English, Swedish and Danish all use "one" for 1 and "other" for every other count).
PLURAL_RULES = {"en": _one_else_other, "sv": _one_else_other, "da": _one_else_other}


@cache
def plural_catalog(language: str) -> dict[str, dict[str, str]]:
    """The plural texts for ``language``: English plural -> a form per plural category."""
    if language == "en":
        return {}
    path = resource("translations", f"documents_{language}.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {
        str(k): {str(c): str(f) for c, f in v.items()}
        for k, v in data.items()
        if isinstance(v, dict) and v
    }


def plural(language: str, count: int, one: str, other: str, /, **values: object) -> str:
    """The form of a text for ``count`` in ``language``: ``one`` and ``other`` are the
    English singular and plural; ``{count}`` and the other placeholders are filled."""
    code = str(language)
    category = PLURAL_RULES.get(code, _one_else_other)(count)
    forms = plural_catalog(code).get(other) if code != "en" else None
    if forms:
        chosen = forms.get(category) or forms.get("other") or other
    else:
        chosen = one if category == "one" else other
    return chosen.format(count=count, **values)


# -- dates and times -----------------------------------------------------------------------
_DAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "da": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
}
_MONTHS = {
    "en": (
        "January February March April May June July August September October November December"
    ).split(),
    "sv": (
        "januari februari mars april maj juni juli augusti september oktober november december"
    ).split(),
    "da": (
        "januar februar marts april maj juni juli august september oktober november december"
    ).split(),
}
# Months short enough to be written out stay whole ("maj", not "maj.").
_SHORT_MONTHS = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "sv": "jan. feb. mars apr. maj juni juli aug. sep. okt. nov. dec.".split(),
    "da": "jan. feb. marts apr. maj juni juli aug. sep. okt. nov. dec.".split(),
}


# The names, for those who read dates back (domain.when): weekdays Monday first.
WEEKDAYS, MONTHS, SHORT_MONTHS = _DAYS, _MONTHS, _SHORT_MONTHS


def _lang(language: str) -> str:
    code = str(language)
    return code if code in _DAYS else "en"


def format_time(moment: datetime, language: str = "en") -> str:
    """A time of day, 24-hour: ``14:05`` in English, ``14.05`` in Swedish and Danish."""
    separator = ":" if _lang(language) == "en" else "."
    return f"{moment.hour:02d}{separator}{moment.minute:02d}"


def format_day(moment: datetime, language: str = "en") -> str:
    """A date in words, whatever the system's locale: ``Tuesday 24 November 2026``."""
    code = _lang(language)
    weekday, month = _DAYS[code][moment.weekday()], _MONTHS[code][moment.month - 1]
    if code == "da":
        return f"{weekday} den {moment.day}. {month} {moment.year}"
    return f"{weekday} {moment.day} {month} {moment.year}"


def format_short_day(moment: datetime, language: str = "en") -> str:
    """A compact date for footers: ``24 Nov 2026``."""
    code = _lang(language)
    month = _SHORT_MONTHS[code][moment.month - 1]
    number = f"{moment.day}." if code == "da" else str(moment.day)
    return f"{number} {month} {moment.year}"


def format_brief_moment(moment: datetime, language: str = "en") -> str:
    """A weekday, day, month and time for a list's column: ``Tue 9 Jun 11:30``,
    ``tis 9 juni 11.30``, ``tir 9. juni 11.30``."""
    code = _lang(language)
    weekday = _DAYS[code][moment.weekday()][:3]
    number = f"{moment.day}." if code == "da" else str(moment.day)
    month = _SHORT_MONTHS[code][moment.month - 1]
    return f"{weekday} {number} {month} {format_time(moment, code)}"


def format_when(start: datetime, end: datetime, language: str = "en") -> str:
    """A date with a time span: ``Tuesday 24 November 2026, 14:00–15:00``."""
    code = _lang(language)
    span = f"{format_time(start, code)}–{format_time(end, code)}"
    if start.date() != end.date():
        span = f"{format_time(start, code)}–{format_day(end, code)} {format_time(end, code)}"
    joiner = {"en": ", ", "sv": ", kl. ", "da": " kl. "}[code]
    return f"{format_day(start, code)}{joiner}{span}"


def format_moment(moment: datetime, language: str = "en") -> str:
    """A date and a time: ``Thursday 26 November 2026 at 15:00``."""
    code = _lang(language)
    joiner = {"en": " at ", "sv": " kl. ", "da": " kl. "}[code]
    return f"{format_day(moment, code)}{joiner}{format_time(moment, code)}"
