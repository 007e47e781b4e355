"""Curated phrase lists per language (``resources/coach/<lang>.json``) and matching them in text.

The lists are data, kept apart from the code that uses them, so a recruiter can read
and extend them:

- ``vague``: empty phrases in role, offer and pitch texts ("modern tools", "competitive
  salary"), each with the concrete thing to write instead;
- ``dialogue_cues``: words that show a block invites the candidate in (a question, "ask",
  "discuss"), so a long block with them is not a monologue;
- ``generic_reasons``: reasons for a no that name nothing ("not the right fit");
- ``numbers``: the numbers zero to ten in words, so "three remote days" counts as a figure.

A pattern is one or more words; a word ending in ``*`` matches any ending, so
``konkurrenskraftig* lön*`` covers "konkurrenskraftiga löner". Matching ignores case
and only ever matches whole words.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from ..assets import resource

LIST_NAMES = ("vague", "dialogue_cues", "generic_reasons", "numbers")


@dataclass(frozen=True)
class Phrase:
    """One entry of a list: the pattern, how it reads, and for vague ones what to write."""

    pattern: str
    instead: str = ""

    @property
    def regex(self) -> re.Pattern[str]:
        return _compile(self.pattern)


@cache
def _compile(pattern: str) -> re.Pattern[str]:
    parts = []
    for word in pattern.split():
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"\w*")
        else:
            parts.append(re.escape(word))
    # Words may be separated by any run of spaces or hyphens ("work-life", "work life").
    body = r"[\s\-]+".join(parts)
    left = r"(?<!\w)" if pattern[:1].isalnum() else ""
    right = r"(?!\w)" if pattern.rstrip("*")[-1:].isalnum() else ""
    return re.compile(left + body + right, re.IGNORECASE)


@cache
def phrases(language: str, name: str) -> tuple[Phrase, ...]:
    """The list ``name`` for ``language``; English where the language has no file."""
    if name not in LIST_NAMES:
        raise KeyError(name)
    data = _load(str(language)) or _load("en")
    entries = data.get(name, [])
    found: list[Phrase] = []
    for entry in entries:
        if isinstance(entry, str) and entry.strip():
            found.append(Phrase(entry.strip()))
        elif isinstance(entry, dict) and str(entry.get("phrase", "")).strip():
            found.append(Phrase(str(entry["phrase"]).strip(), str(entry.get("instead", ""))))
    return tuple(found)


def find(text: str, candidates: tuple[Phrase, ...]) -> list[Phrase]:
    """The phrases of ``candidates`` that occur in ``text``, each once, in list order."""
    if not text:
        return []
    return [phrase for phrase in candidates if phrase.regex.search(text)]


@cache
def _load(language: str) -> dict[str, object]:
    try:
        data = json.loads(resource("coach", f"{language}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
