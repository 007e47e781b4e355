"""Email addresses as the app accepts them: one mailbox, nothing a mail header could hide."""

from __future__ import annotations

import re

# One mailbox: a local part, one @ and a domain with a dot; no spaces, commas, angle
# brackets or line breaks, which would let the text become a second recipient or header.
_ADDRESS = re.compile(r"[^@\s,;<>()\[\]\"]+@[^@\s,;<>()\[\]\"]+\.[^@\s,;<>()\[\]\".]+")


def is_address(text: str) -> bool:
    """Whether ``text`` is a usable email address (surrounding spaces allowed)."""
    return _ADDRESS.fullmatch(text.strip()) is not None
