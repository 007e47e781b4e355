"""argparse's own words in the command line's language: "usage:", "error:", the help's
headings and the messages it makes itself ("the following arguments are required").

argparse asks gettext for each of them through its module-level ``_`` and
``ngettext``, in gettext's default domain. That domain is shared by every library in
the process, and a translation installed there is found by the locale alone (from .mo
files), not by --language. So a run of the command line hands argparse a gettext
translations object over our own catalog while it builds the parser and parses, and
gives argparse its own functions back afterwards (``argparse_speaking``).

The texts below are argparse's msgids in Python 3.11 to 3.14, each as argparse writes
it; tests/cli/test_cli_parser_words.py checks that the running Python's argparse asks
for none that a user can meet and the catalog lacks.
"""

from __future__ import annotations

import argparse
import gettext
from collections.abc import Iterator
from contextlib import contextmanager

from ..domain.phrases import PLURAL_RULES, catalog, mark, mark_plural, plural_catalog

TEXTS = (
    # Help and usage.
    mark("usage: "),
    mark("%(heading)s:"),
    mark("positional arguments"),
    mark("options"),
    mark("subcommands"),
    mark("show this help message and exit"),
    mark("show program's version number and exit"),
    mark(" (default: %(default)s)"),
    # Errors and warnings.
    mark("%(prog)s: error: %(message)s\n"),
    mark("%(prog)s: warning: %(message)s\n"),
    mark("argument %(argument_name)s: %(message)s"),
    mark("the following arguments are required: %s"),
    mark("one of the arguments %s is required"),
    mark("unrecognized arguments: %s"),
    mark("invalid choice: %(value)r (choose from %(choices)s)"),
    mark("invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)"),
    mark("invalid %(type)s value: %(value)r"),
    mark("expected one argument"),
    mark("expected at most one argument"),
    mark("expected at least one argument"),
    mark("ambiguous option: %(option)s could match %(matches)s"),
    mark("not allowed with argument %s"),
    mark("ignored explicit argument %r"),
    mark("unexpected option string: %s"),
    mark("unknown parser %(parser_name)r (choices: %(choices)s)"),
    mark("can't open '%(filename)s': %(error)s"),
    mark("option '%(option)s' is deprecated"),
    mark("argument '%(argument_name)s' is deprecated"),
    mark("command '%(parser_name)s' is deprecated"),
)
PLURALS = (mark_plural("expected %s argument", "expected %s arguments"),)


class CatalogTranslations(gettext.NullTranslations):
    """gettext's translations for one language, from the document catalog (the English
    text is the key, as everywhere); a text it lacks stays English."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language

    def gettext(self, message: str) -> str:
        return catalog(self.language).get(message) or super().gettext(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        forms = plural_catalog(self.language).get(msgid2, {})
        rule = PLURAL_RULES.get(self.language)
        found = forms.get(rule(n)) if rule is not None else None
        return found or super().ngettext(msgid1, msgid2, n)


@contextmanager
def argparse_speaking(language: str) -> Iterator[None]:
    """argparse speaks ``language`` inside the block; English needs nothing."""
    if language == "en":
        yield
        return
    words = CatalogTranslations(language)
    own = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = words.gettext, words.ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = own  # type: ignore[attr-defined]
