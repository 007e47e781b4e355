"""Table column widths that fit their contents in every language.

A column is at least as wide as its header (a header never wraps) and as its
longest word (a cell wraps between words and after hyphens, never inside a
word); the flexible column, the one with the longest texts, takes what is left.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import field

from ..domain.plain import record
from .text import text_width, unbreakable_pieces

# Cell padding, left and right together, as the brief's and agenda's tables set it (4 + 4).
PADDING = 8.0
# The flexible column keeps at least this share of the table's width.
FLEXIBLE_SHARE_MIN = 0.3
# A column grows to keep its preferred texts on one line only while the flexible column
# keeps this share: wider, it would wrap its own texts onto more lines than it saves.
FLEXIBLE_SHARE_PREFERRED = 0.55


@record
class Column:
    """What a column must fit: ``width`` is its usual width, the least it gets."""

    width: float
    # Texts kept on one line (headers, clock times, numbers): (text, font, size).
    whole: list[tuple[str, str, float]] = field(default_factory=list)
    # Texts that may wrap between words: (text, font, size).
    wrapped: list[tuple[str, str, float]] = field(default_factory=list)
    # At most this wide to keep its wrapped texts whole where there is room (see prefer).
    preferred_max: float = 0.0

    def keep_whole(self, texts: Iterable[str], font: str, size: float) -> Column:
        self.whole += [(t, font, size) for t in texts]
        return self

    def wrap(self, texts: Iterable[str], font: str, size: float) -> Column:
        self.wrapped += [(t, font, size) for t in texts]
        return self

    def prefer_whole(self, most: float) -> Column:
        """Grow up to ``most`` to keep the wrapped texts on one line, where the flexible
        column keeps room (a row of one line instead of two, down the whole table)."""
        self.preferred_max = most
        return self

    def preferred(self) -> float:
        """The width that keeps every wrapped text on one line, within preferred_max."""
        whole = max((text_width(t, f, s) for t, f, s in self.wrapped), default=0.0)
        return max(self.needed(), min(self.preferred_max, whole + PADDING))

    def needed(self) -> float:
        longest = max(
            [text_width(t, f, s) for t, f, s in self.whole]
            + [
                text_width(piece, f, s)
                for t, f, s in self.wrapped
                for piece in unbreakable_pieces(t)
            ],
            default=0.0,
        )
        return max(self.width, longest + PADDING)


def column_widths(columns: list[Column | None], total: float) -> list[float]:
    """Widths for ``columns`` adding up to ``total``; the one given as None is flexible.

    Where the others would leave the flexible column less than its share, they
    give back what they grew by, in proportion.
    """
    needed = [c.needed() if c is not None else 0.0 for c in columns]
    usual = [c.width if c is not None else 0.0 for c in columns]
    floor = total * FLEXIBLE_SHARE_MIN
    room = total - floor
    if sum(needed) > room:
        grown = sum(n - u for n, u in zip(needed, usual, strict=True))
        spare = max(0.0, room - sum(usual))
        keep = spare / grown if grown else 0.0
        needed = [u + (n - u) * keep for n, u in zip(needed, usual, strict=True)]
    else:
        preferred = [c.preferred() if c is not None else 0.0 for c in columns]
        if sum(preferred) <= total * (1 - FLEXIBLE_SHARE_PREFERRED):
            needed = preferred
    flexible = total - sum(needed)
    return [flexible if c is None else w for c, w in zip(columns, needed, strict=True)]
