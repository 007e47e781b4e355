"""Identifiers for meetings and the things in them."""

from __future__ import annotations

import os


def new_id() -> str:
    """A short random id: 12 hex digits, unique enough for one person's meetings."""
    # os.urandom rather than uuid4: the same randomness without importing uuid at start-up.
    return os.urandom(6).hex()
