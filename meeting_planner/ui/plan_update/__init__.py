"""Files of meetings already stored: what they would change, shown before anything does."""

from __future__ import annotations

from .importer import import_with_preview

__all__ = ["import_with_preview"]
