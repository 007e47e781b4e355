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
from functools import cache

from ..assets import resource
from .plain import record

LIST_NAMES = ("vague", "dialogue_cues", "generic_reasons", "numbers")


@record(frozen=True)
class Phrase:
    """One entry of a list: the pattern, how it reads, and for vague ones what to write."""

    pattern: str
    instead: str = ""

    @property
    def regex(self) -> re.Pattern[str]:
        return _compile(self.pattern)

    @property
    def needs(self) -> tuple[str, ...] | None:
        """The letters every match contains, folded (see ``_folded``), or None when
        the pattern has a letter the folding is not exact for."""
        return _needs(self.pattern)


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
    """The phrases of ``candidates`` that occur in ``text``, each once, in list order.

    A phrase whose words are not all in the text is passed over without its regular
    expression: most phrases are in no text of a plan, and compiling theirs was most
    of the coach's time in a command-line export."""
    if not text:
        return []
    folded = _folded(text)
    return [
        phrase
        for phrase in candidates
        if _may_occur(phrase.needs, folded) and phrase.regex.search(text)
    ]


def _may_occur(needs: tuple[str, ...] | None, folded: str) -> bool:
    return needs is None or all(part in folded for part in needs)


# Matching ignores case as the regular expressions do: a letter matches another whose
# lower case is the same one letter, and i, s match the dotless i and long s. For
# letters up to U+00FF (all a Nordic or Western European list uses, except µ) that is
# lower() with these three changes: İ's lower case is i plus a combining dot.
_FOLD = str.maketrans({"ı": "i", "ſ": "s", "\u0307": None})


def _folded(text: str) -> str:
    return text.lower().translate(_FOLD)


@cache
def _needs(pattern: str) -> tuple[str, ...] | None:
    parts = tuple(word.rstrip("*").lower() for word in pattern.split())
    if any(ch > "\u00ff" or ch == "µ" for part in parts for ch in part):
        return None
    return tuple(part for part in parts if part)


@cache
def _load(language: str) -> dict[str, object]:
    try:
        data = json.loads(resource("coach", f"{language}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
