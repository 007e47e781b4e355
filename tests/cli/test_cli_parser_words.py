"""argparse's own words come from our catalog: every text the running Python's argparse
asks gettext for, which a user of the command line can meet, is one we translate, in
Swedish and Danish with the same placeholders."""

from __future__ import annotations

import argparse
import ast
import inspect
import re

import pytest

from meeting_planner.cli.parser_words import PLURALS, TEXTS, CatalogTranslations
from meeting_planner.domain.phrases import catalog, plural_catalog

# What argparse says only to a programmer who built a parser wrongly: our own parsers
# are built in the tests every run, so a user never meets these.
FOR_PROGRAMMERS = frozenset(
    {
        ".__call__() not defined",
        "'required' is an invalid argument for positionals",
        "mutually exclusive arguments must be optional",
        "%r is not callable",
        "cannot merge actions - two groups are named %r",
        "invalid option string %(option)r: must start with a character %(prefix_chars)r",
        "dest= is required for options like %r",
        "invalid conflict_resolution value: %r",
        "cannot have multiple subparser arguments",
        "conflicting subparser: %s",
        "conflicting subparser alias: %s",
        'argument "-" with mode %r',
        "conflicting option strings: %s",
    }
)


def argparse_asks() -> tuple[set[str], set[tuple[str, str]]]:
    """The literal texts the running argparse gives ``_()``, and the (singular, plural)
    pairs it gives ``ngettext()``."""
    texts: set[str] = set()
    plurals: set[tuple[str, str]] = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None)
        literals = [a.value for a in node.args if isinstance(a, ast.Constant)]
        if name == "_" and literals and isinstance(literals[0], str):
            texts.add(literals[0])
        elif name == "ngettext" and len(literals) >= 2:
            plurals.add((literals[0], literals[1]))
    return texts, plurals


def test_the_scan_finds_argparses_words() -> None:
    texts, plurals = argparse_asks()
    # A scan that found nothing would pass the check below.
    assert {"usage: ", "the following arguments are required: %s"} <= texts
    assert ("expected %s argument", "expected %s arguments") in plurals


def test_every_word_of_argparse_a_user_can_meet_is_ours_to_translate() -> None:
    texts, plurals = argparse_asks()
    assert texts - set(TEXTS) - FOR_PROGRAMMERS == set()
    assert {p for p in plurals if p[1] not in FOR_PROGRAMMERS} - set(PLURALS) == set()


def placeholders(words: str) -> list[str]:
    return sorted(re.findall(r"%(?:\(\w+\))?[sr]", words))


@pytest.mark.parametrize("language", ["sv", "da"])
def test_each_has_swedish_and_danish_with_the_same_placeholders(language: str) -> None:
    words = catalog(language)
    for english in TEXTS:
        assert words.get(english), f"no {language} for {english!r}"
        assert placeholders(words[english]) == placeholders(english), english
        # A line of argparse's ends where the English does (the error ends its line).
        assert words[english].endswith("\n") == english.endswith("\n"), english
    for _, other in PLURALS:
        forms = plural_catalog(language)[other]
        assert set(forms) == {"one", "other"}
        assert all(placeholders(form) == placeholders(other) for form in forms.values())


@pytest.mark.parametrize(
    ("language", "one", "three"),
    [
        ("sv", "1 argument förväntades", "3 argument förväntades"),
        ("da", "forventede 1 argument", "forventede 3 argumenter"),
    ],
)
def test_a_count_takes_its_form(language: str, one: str, three: str) -> None:
    words = CatalogTranslations(language)
    singular, other = PLURALS[0]
    assert words.ngettext(singular, other, 1) % "1" == one
    assert words.ngettext(singular, other, 3) % "3" == three


def test_a_text_the_catalog_lacks_stays_english() -> None:
    words = CatalogTranslations("sv")
    assert words.gettext("nothing we ever said") == "nothing we ever said"
    assert words.ngettext("an apple", "%s apples", 2) == "%s apples"
