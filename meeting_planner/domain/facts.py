"""The Role's and the Offer's facts, by name, for talking points that say them.

A talking point may name a fact in braces, such as "Salary: {salary}" or "{remote_days}
remote days a week". Wherever talking points are read out (meeting mode, the brief)
the fact's current value stands in its place, so the figures on the Offer tab and what
the manager says never drift apart. A fact with no value yet reads as a placeholder
("[salary range]"), which the coach flags like any other.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .model import Meeting, SalaryRange
from .phrases import mark, text

# How often a salary is paid, said after the amount.
_PER_PERIOD = {"year": mark("a year"), "month": mark("a month"), "hour": mark("an hour")}
# Thousands grouped the way each language writes them: 55,000 / 55 000 / 55.000.
_THOUSANDS = {"en": ",", "sv": "\u00a0", "da": "."}

_FACT = re.compile(r"\{([a-z_]+)\}")


def salary_text(salary: SalaryRange, language: str = "en") -> str:
    """A salary range as people write it: "52,000–64,000 SEK a month"; empty when unset."""
    if not salary.is_set:
        return ""
    group = _THOUSANDS.get(language, ",")
    low = f"{salary.minimum:,}".replace(",", group) if salary.minimum is not None else "…"
    high = f"{salary.maximum:,}".replace(",", group) if salary.maximum is not None else "…"
    period = salary.period.value
    per = text(language, _PER_PERIOD[period]) if period in _PER_PERIOD else period
    return f"{low}–{high} {salary.currency} {per}"


def _joined(items: list[str], separator: str = "; ") -> str:
    return separator.join(item.strip() for item in items if item.strip())


# Each fact: how to read it from a meeting (in a language), and the placeholder that
# stands in while it is empty.
FACTS: dict[str, tuple[Callable[[Meeting, str], str], str]] = {
    "salary": (lambda m, lg: salary_text(m.offer.salary, lg), mark("[salary range]")),
    "remote_days": (
        lambda m, _lg: (
            str(m.offer.remote_days_per_week) if m.offer.remote_days_per_week is not None else ""
        ),
        mark("[remote days]"),
    ),
    "flexibility": (lambda m, _lg: m.offer.flexibility.strip(), mark("[flexibility]")),
    "development_budget": (
        lambda m, _lg: m.offer.development_budget.strip(),
        mark("[development budget]"),
    ),
    "development_time": (
        lambda m, _lg: m.offer.development_time.strip(),
        mark("[time for learning]"),
    ),
    "paths": (lambda m, _lg: _joined(m.offer.development_paths), mark("[career paths]")),
    "benefits": (lambda m, _lg: _joined(m.offer.benefits, ", "), mark("[benefits]")),
    "balance": (lambda m, _lg: m.offer.work_life_balance.strip(), mark("[work-life balance]")),
    "stack": (lambda m, _lg: _joined(m.role.tech_stack, ", "), mark("[tech stack]")),
    "problems": (lambda m, _lg: _joined(m.role.problems), mark("[problems to solve]")),
    "projects": (lambda m, _lg: _joined(m.role.projects), mark("[projects]")),
    "team": (lambda m, _lg: m.role.team.strip(), mark("[team]")),
    "location": (lambda m, _lg: m.location.strip(), mark("[location]")),
}


def fill_facts(value: str, meeting: Meeting, language: str | None = None) -> str:
    """``value`` with every ``{fact}`` replaced by the meeting's fact, or by a placeholder
    while the fact is empty; braces that name no fact stay as they are."""
    if "{" not in value:
        return value
    lg = str(language or meeting.language)

    def one(match: re.Match[str]) -> str:
        fact = FACTS.get(match.group(1))
        if fact is None:
            return match.group(0)
        read, missing = fact
        # A fact stands mid-sentence: its own closing full stop would end the sentence.
        return read(meeting, lg).rstrip(" .;") or text(lg, missing)

    return _FACT.sub(one, value)


def missing_facts(value: str, meeting: Meeting) -> list[str]:
    """The facts ``value`` names in braces that have no value yet, each once, in order."""
    if "{" not in value:
        return []
    lg = str(meeting.language)
    missing: list[str] = []
    for match in _FACT.finditer(value):
        name = match.group(1)
        fact = FACTS.get(name)
        if fact is not None and not fact[0](meeting, lg).rstrip(" .;") and name not in missing:
            missing.append(name)
    return missing


def without_facts(value: str) -> str:
    """``value`` with every ``{fact}`` left out (braces that name no fact stay)."""
    if "{" not in value:
        return value
    return _FACT.sub(lambda m: "" if m.group(1) in FACTS else m.group(0), value)


def fact_names() -> tuple[str, ...]:
    """The names a talking point can use, in braces, for the editor's hint."""
    return tuple(FACTS)
