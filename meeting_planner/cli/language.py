"""The command line's language: --language, else the user's locale (LANGUAGE, LC_ALL,
LC_MESSAGES, LANG), else English; and the language chosen in the app for a store."""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping
from pathlib import Path

from ..domain.phrases import LANGUAGES

# The locale variables that name the language of messages, strongest first (POSIX,
# with GNU's LANGUAGE list before them).
_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
# Norwegian Bokmål and Nynorsk readers are better served by Danish than by English
# (as in the app).
_NEAREST = {"nb": "da", "nn": "da", "no": "da"}
# Where the app keeps the language chosen in View > Language (ui/ui_state.py).
_APP_STATE_FILE = "ui-state.ini"


def add_language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help="the language to answer and write documents in "
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
