"""Email addresses as the app accepts them: one mailbox, nothing a mail header could hide."""

from __future__ import annotations

import re

# What no part of an address holds: an @ (but the one), white space and line breaks,
# list and name separators, control and bidirectional formatting characters (C0, DEL,
# C1, marks, overrides, isolates): any of them could make the text a second recipient
# or header, or show it as something else.
_NOT_IN_ADDRESS = '@\\s,;<>()\\[\\]"\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069'
# One mailbox: a local part, one @ and a domain with a dot.
_ADDRESS = re.compile(
    f"[^{_NOT_IN_ADDRESS}]+@[^{_NOT_IN_ADDRESS}]+\\.[^{_NOT_IN_ADDRESS}.]+", re.DOTALL
)
# What makes a text more than one address, or an address and something else: white
# space or a line break inside it, a list or name separator, a second @, or any control
# or bidirectional formatting character (C0, DEL, C1, marks, overrides, isolates).
_MORE_THAN_ONE = re.compile(f"[{_NOT_IN_ADDRESS.removeprefix('@')}]|@.*@", re.DOTALL)


def is_address(text: str) -> bool:
    """Whether ``text`` is a usable email address (surrounding spaces allowed)."""
    return _ADDRESS.fullmatch(text.strip()) is not None


def is_one_address_at_most(text: str) -> bool:
    """Whether ``text`` is empty or could only ever be one address on one line
    (surrounding spaces allowed). An address half typed ("sanna@") passes: it harms no
    one, and the preflight names it before anything goes to the candidate; text that
    would add a recipient or a header line does not."""
    return _MORE_THAN_ONE.search(text.strip()) is None
