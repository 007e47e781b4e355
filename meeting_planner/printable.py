"""Text from outside made safe to store and show: no control or bidirectional formatting
characters.

A filled form, a meeting file or a lock file can carry terminal escape codes (which
recolour, retitle or rewrite what a terminal shows) or bidirectional overrides (which
make "evil.pdf" read as something else). Neither belongs in a candidate's answer or in
a message, so both go; line breaks and tabs stay where text may span lines.
"""

from __future__ import annotations

import re

# C0 and C1 controls and DEL, except tab and line feed; Unicode's bidirectional
# formatting characters (marks, embeddings, overrides, isolates); lone surrogates,
# which cannot be written as UTF-8 at all.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
# Carriage returns and Unicode's own line and paragraph separators end a line too.
_LINE_ENDS = re.compile("\r\n|[\r\u2028\u2029]")


def printable(text: str) -> str:
    """``text`` without unsafe characters; line breaks become ``\\n``, tabs stay."""
    return _UNSAFE.sub("", _LINE_ENDS.sub("\n", text))


def one_line(text: str) -> str:
    """``text`` for a field of one line, otherwise as typed: unsafe characters gone,
    each line break or tab one space (runs of spaces are left as they are, unlike
    ``printable_line``, so that text being typed keeps its trailing space)."""
    return _BREAK_OR_TAB.sub(" ", printable(text))


_BREAK_OR_TAB = re.compile("[\n\t]")


def printable_line(text: str) -> str:
    """``text`` on one line, safe to show: unsafe characters gone, any run of
    whitespace (line breaks included) one space."""
    return " ".join(printable(text).split())


def escape_unsafe(text: str) -> str:
    """``text`` with each unsafe character written as a ``\\uXXXX`` escape, for JSON
    output that must keep every character yet never reach a terminal raw."""
    return _UNSAFE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def escaped_line(text: str) -> str:
    """``text`` on one line with every character kept: line breaks, tabs and unsafe
    characters written as escapes (``\\n``, ``\\u202e``), for a message that shows a
    stored value exactly as it is, such as an address that is not one."""
    import json

    return escape_unsafe(json.dumps(text, ensure_ascii=False)[1:-1])


def within(text: str, encoding: str) -> str:
    """``text`` as ``encoding`` can write it: letters it lacks lose their accents
    ("Järvinen" in ASCII is "Jarvinen"), and anything else becomes "?"."""
    try:
        text.encode(encoding)
        return text
    except (UnicodeEncodeError, LookupError):
        pass
    import unicodedata

    out = []
    for char in text:
        try:
            char.encode(encoding)
            out.append(char)
            continue
        except (UnicodeEncodeError, LookupError):
            pass
        plain = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        try:
            plain.encode(encoding)
            out.append(plain or "?")
        except (UnicodeEncodeError, LookupError):
            out.append(_FALLBACK.get(char, "?"))
    return "".join(out)


# Letters that do not decompose into a plain one, and punctuation common in our texts.
_FALLBACK = {
    "ø": "o",
    "Ø": "O",
    "æ": "ae",
    "Æ": "AE",
    "ß": "ss",
    "ł": "l",
    "Ł": "L",
    "đ": "d",
    "Đ": "D",
    "þ": "th",
    "Þ": "Th",
    "–": "-",
    "—": "-",
    "‘": "'",
    "’": "'",
    "“": '"',
    "”": '"',
    "…": "...",
    "·": "-",
    "€": "EUR",
}
