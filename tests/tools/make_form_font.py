"""Cut resources/fonts/DejaVuSans-Form.ttf, the font form fields type in, from DejaVuSans.ttf.

It keeps exactly the characters of the form encoding (export/form_font.py), with
a Unicode cmap and glyph names. Run it after changing that encoding; it needs
fontTools (``pip install fonttools``), which the app itself does not.

    python3 tests/tools/make_form_font.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    sys.path.insert(0, str(ROOT))
    from meeting_planner.export.form_font import FONT_FILE, FORM_ENCODING, WINANSI

    fonts = ROOT / "resources" / "fonts"
    options = subset.Options()
    options.name_IDs = ["*"]
    options.glyph_names = True
    options.notdef_outline = True
    # A simple font is never shaped: no layout tables.
    options.layout_features = []
    font = TTFont(str(fonts / "DejaVuSans.ttf"))
    # WinAnsi's own characters stay too: the fields' own appearances use plain WinAnsi.
    chars = set(FORM_ENCODING.values()) | set(WINANSI.values())
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(c) for c in chars))
    subsetter.subset(font)
    font.save(str(fonts / FONT_FILE))
    print(f"Wrote {fonts / FONT_FILE}: {len(font.getGlyphOrder())} glyphs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
