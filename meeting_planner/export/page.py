"""Pages for every PDF: paper sizes, the page template, header and footer, "Page X of Y"."""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import cache, partial
from typing import TYPE_CHECKING, Any

from ..domain.phrases import text
from ..domain.plain import record
from .fonts import BOLD, REGULAR, register_fonts
from .metadata import PRODUCT, add_xmp
from .styles import INK, MUTED, RULE, colour

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable

MARGIN_MM = 16
HEADER_MM = 6
FOOTER_MM = 7
MARK_SIZE = 8
ELLIPSIS = "…"


@record(frozen=True)
class PageMarks:
    """What the header and footer of every page say."""

    document: str
    # The footer's left side: who and when, so loose pages find their way back.
    context: str
    confidential: bool = False
    # Metadata for the PDF's document properties.
    title: str = ""
    subject: str = ""
    # The language of the document: its /Lang, and of the marks our own text adds
    # ("Confidential...", "Page X of Y").
    language: str = "en"
    keywords: str = ""
    # Who the document is from; the app's name where no person is.
    author: str = ""

    def __post_init__(self) -> None:
        # Each is one line in the document's properties or a page's margin: no line
        # break or control character from a name or title may reach them.
        from ..printable import printable_line

        for name in ("document", "context", "title", "subject", "keywords", "author"):
            object.__setattr__(self, name, printable_line(getattr(self, name)))


def page_size(paper: str) -> tuple[float, float]:
    """The page size in points for ``"a4"`` or ``"letter"``."""
    from reportlab.lib.pagesizes import A4, LETTER

    sizes = {"a4": A4, "letter": LETTER}
    try:
        return sizes[paper.lower()]
    except KeyError:
        raise ValueError(f"unknown paper {paper!r}: use a4 or letter") from None


def content_width(paper: str) -> float:
    from reportlab.lib.units import mm

    return page_size(paper)[0] - 2 * MARGIN_MM * mm


def render(story: list[Flowable], *, paper: str, marks: PageMarks) -> bytes:
    """Lay ``story`` out on pages with header and footer; the finished PDF's bytes."""
    from reportlab.platypus import PageTemplate

    register_fonts()
    _binary_streams()
    out = io.BytesIO()
    doc, frame = _document(out, paper, marks)
    doc.addPageTemplates(
        [PageTemplate(id="page", frames=[frame], onPage=partial(_on_page, marks=marks))]
    )
    from .text import keep_headings_together

    doc.build(
        keep_headings_together(story),
        canvasmaker=partial(_canvas_class(), language=marks.language),
    )
    return out.getvalue()


def render_form(make_story: Callable[[], list[Flowable]], *, paper: str, marks: PageMarks) -> bytes:
    """Like :func:`render`, for documents with form fields.

    The numbering canvas replays finished pages, which would attach form fields
    to the wrong page; so a first build counts the pages and a second one prints
    "Page X of Y" directly."""
    from reportlab.platypus import PageTemplate

    register_fonts()
    _binary_streams()

    def build(total: int | None) -> tuple[bytes, int]:
        out = io.BytesIO()
        doc, frame = _document(out, paper, marks)
        on_page = partial(_on_page, marks=marks, numbered=True, total=total)
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
        from .text import keep_headings_together

        doc.build(keep_headings_together(make_story()))
        return out.getvalue(), doc.page

    _, pages = build(None)
    return build(pages)[0]


def _document(out: io.BytesIO, paper: str, marks: PageMarks) -> tuple[Any, Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame

    doc = BaseDocTemplate(
        out,
        pagesize=page_size(paper),
        leftMargin=MARGIN_MM * mm,
        rightMargin=MARGIN_MM * mm,
        topMargin=(MARGIN_MM + HEADER_MM) * mm,
        bottomMargin=(MARGIN_MM + FOOTER_MM) * mm,
        title=marks.title,
        subject=marks.subject,
        keywords=marks.keywords,
        author=marks.author or PRODUCT,
        creator=PRODUCT,
        lang=marks.language,
        # Viewers show the title in their window, not the file name.
        displayDocTitle=1,
        # reportlab names its default font (Helvetica, never embedded) in every
        # page unless told which font a page starts with.
        initialFontName=REGULAR,
        # Same meeting, same bytes: no timestamps or random ids in the file.
        invariant=1,
    )
    frame = Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", showBoundary=0
    )
    return doc, frame


@cache
def _binary_streams() -> None:
    """Write compressed streams as binary rather than ASCII85 text: smaller files, and
    encoding ASCII85 in pure Python is a large part of an export's time."""
    from reportlab import rl_config

    rl_config.useA85 = 0


def _on_page(canvas: Canvas, doc: Any, **kwargs: Any) -> None:
    add_xmp(canvas, kwargs["marks"].language)
    _draw_marks(canvas, doc, **kwargs)


def _draw_marks(
    canvas: Canvas,
    doc: Any,
    *,
    marks: PageMarks,
    numbered: bool = False,
    total: int | None = None,
) -> None:
    """Header and footer of one page. The page count is added later by the
    numbering canvas, or here when ``numbered`` (forms: see render_form)."""
    from reportlab.lib.units import mm

    width, height = doc.pagesize
    left, right = MARGIN_MM * mm, width - MARGIN_MM * mm
    top = height - MARGIN_MM * mm
    bottom = MARGIN_MM * mm
    canvas.saveState()
    canvas.setStrokeColor(colour(RULE))
    canvas.setLineWidth(0.5)
    canvas.line(left, top - 2.5 * mm, right, top - 2.5 * mm)
    canvas.line(left, bottom + 4 * mm, right, bottom + 4 * mm)

    canvas.setFillColor(colour(MUTED))
    canvas.setFont(REGULAR, MARK_SIZE)
    canvas.drawString(left, top, marks.document)
    if marks.confidential:
        canvas.setFillColor(colour(INK))
        canvas.setFont(BOLD, MARK_SIZE)
        canvas.drawRightString(
            right, top, text(marks.language, "Confidential: for the interview panel only")
        )
    canvas.setFillColor(colour(MUTED))
    canvas.setFont(REGULAR, MARK_SIZE)
    # Leave room on the right for "Page X of Y".
    room = right - left - 30 * mm
    canvas.drawString(left, bottom, fit(marks.context, REGULAR, MARK_SIZE, room))
    if numbered:
        page = canvas.getPageNumber()
        number = (
            text(marks.language, "Page {page} of {count}", page=page, count=total)
            if total
            else text(marks.language, "Page {page}", page=page)
        )
        canvas.drawRightString(right, bottom, number)
    canvas.restoreState()


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line, cut with an ellipsis where it would be wider than ``width``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = " ".join(text.split())
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if stringWidth(text[:mid] + ELLIPSIS, font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + ELLIPSIS


@cache
def _canvas_class() -> type:
    """The numbered canvas class, defined on first use so that reportlab loads late."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        """Holds every page back until the end, so each can say "Page X of Y"."""

        def __init__(self, *args: Any, language: str = "en", **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_page_states: list[dict[str, Any]] = []
            self._language = language

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._saved_page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            count = len(self._saved_page_states)
            for state in self._saved_page_states:
                self.__dict__.update(state)
                self._draw_page_number(count)
                Canvas.showPage(self)
            Canvas.save(self)

        def _draw_page_number(self, count: int) -> None:
            from reportlab.lib.units import mm

            self.saveState()
            self.setFont(REGULAR, MARK_SIZE)
            self.setFillColor(colour(MUTED))
            width = self._pagesize[0]
            self.drawRightString(
                width - MARGIN_MM * mm,
                MARGIN_MM * mm,
                text(self._language, "Page {page} of {count}", page=self._pageNumber, count=count),
            )
            self.restoreState()

    return NumberedCanvas
