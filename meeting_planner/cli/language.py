"""The command line's language: --language, else the user's locale (LANGUAGE, LC_ALL,
LC_MESSAGES, LANG), else English; and the language chosen in the app for a store.

Everything the command line says goes through ``say`` (and ``say_plural`` for a text
with a count): the English text is the key into the document catalogue
(``resources/translations/documents_{sv,da}.json``), as for the documents. The
language is set once a run, from its arguments, before any parser is built, so the
commands' help speaks it too."""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping
from pathlib import Path

from ..domain.phrases import LANGUAGES, Phrase, PhraseError, plural, text

# The locale variables that name the language of messages, strongest first (POSIX,
# with GNU's LANGUAGE list before them).
_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
# Norwegian Bokmål and Nynorsk readers are better served by Danish than by English
# (as in the app).
_NEAREST = {"nb": "da", "nn": "da", "no": "da"}
# Where the app keeps the language chosen in View > Language (ui/ui_state.py).
_APP_STATE_FILE = "ui-state.ini"


# The language of this run (one process is one run).
_current = ["en"]


def set_language(language: str) -> None:
    _current[0] = language if language in LANGUAGES else "en"


def current_language() -> str:
    return _current[0]


def say(english: str, /, **values: object) -> str:
    """``english`` in the command line's language, placeholders filled."""
    return text(_current[0], english, **values)


def say_plural(count: int, one: str, other: str, /, **values: object) -> str:
    """The form of a text for ``count`` in the command line's language; ``{count}`` is filled."""
    return plural(_current[0], count, one, other, **values)


def told(message: object) -> str:
    """A text or an error made elsewhere, in the command line's language: a Phrase or a
    PhraseError (what the store, the file formats and the forms say, in English with
    its catalog text) is told in it; anything else is shown as it is."""
    if isinstance(message, Phrase | PhraseError):
        return message.in_language(_current[0])
    return str(message)


def language_in(arguments: list[str]) -> str:
    """The language a run's arguments ask for (--language X or --language=X), else the
    locale's: known before the parser is built."""
    for n, argument in enumerate(arguments):
        if argument == "--language" and n + 1 < len(arguments):
            value = arguments[n + 1]
        elif argument.startswith("--language="):
            value = argument.partition("=")[2]
        else:
            continue
        if value in LANGUAGES:
            return value
    return from_environment()


def add_language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        # The parser (the command line's) tells it in the language.
        help="the language to answer in, and of a new meeting and the insights "
        "(default: your locale's, from LANG; else English)",
    )


def from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The first supported language the locale variables name; English for none."""
    environ = os.environ if environ is None else environ
    for variable in _LOCALE_VARIABLES:
        for value in environ.get(variable, "").split(":"):
            code = value.split(".")[0].split("@")[0].split("_")[0].lower()
            if code in ("c", "posix"):
                return "en"
            code = _NEAREST.get(code, code)
            if code in LANGUAGES:
                return code
    return "en"


def cli_language(args: argparse.Namespace) -> str:
    """The language the command line speaks in this run."""
    chosen = getattr(args, "language", None)
    return chosen if chosen in LANGUAGES else from_environment()


def app_language(data_dir: Path) -> str | None:
    """The language chosen in the app for the store in ``data_dir``, if one was."""
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(Path(data_dir) / _APP_STATE_FILE, encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return None
    value = parser.get("ui", "language", fallback="").strip()
    return value if value in LANGUAGES else None


def document_language(args: argparse.Namespace, data_dir: Path) -> str:
    """The language of a document about the whole store (insights): --language, else
    the app's choice for the store, else the command line's language."""
    chosen = getattr(args, "language", None)
    if chosen in LANGUAGES:
        return chosen
    return app_language(data_dir) or from_environment()
