"""The fillable parts of the forms as flowables: text boxes, choice rows, concern rows.

The field primitives and the font fields type in live in acroform.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from ..domain.phrases import text
from .acroform import (
    BOX,
    BOX_WIDTH,
    LABEL_SIZE,
    MARK_SIZE,
    add_button,
    add_radio_group,
    add_text_field,
    install_form_font,
)
from .fonts import BOLD, REGULAR, register_fonts
from .styles import INK, MUTED, colour

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas


class TextBox(Flowable):
    """A bordered text field as wide as the frame: a line to write on, or a box for a paragraph."""

    def __init__(self, name: str, tooltip: str, height: float, multiline: bool = True) -> None:
        super().__init__()
        self.name = name
        self.tooltip = tooltip
        self.box_height = height
        self.multiline = multiline

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.box_height

    def draw(self) -> None:
        _draw_box(self.canv, 0, 0, self.width, self.box_height)
        add_text_field(
            self.canv,
            name=self.name,
            x=0,
            y=0,
            width=self.width,
            height=self.box_height,
            tooltip=self.tooltip,
            multiline=self.multiline,
        )


class ChoiceRow(Flowable):
    """A radio group on one line: a circle per option with its label beside it."""

    GAP = 16.0

    def __init__(self, name: str, tooltip: str, options: list[tuple[str, str]]) -> None:
        super().__init__()
        self.name = name
        self.tooltip = tooltip
        self.options = options
        self._lines: list[list[tuple[float, str, str]]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        register_fonts()
        self.width = availWidth
        self._lines = [[]]
        x = 0.0
        for value, label in self.options:
            step = MARK_SIZE + 4 + stringWidth(label, REGULAR, LABEL_SIZE)
            if x and x + step > availWidth:
                self._lines.append([])
                x = 0.0
            self._lines[-1].append((x, value, label))
            x += step + self.GAP
        self.height = len(self._lines) * (MARK_SIZE + 6)
        return availWidth, self.height

    def draw(self) -> None:
        canv = self.canv
        group = add_radio_group(canv, name=self.name, tooltip=self.tooltip)
        line_height = MARK_SIZE + 6
        for row, line in enumerate(self._lines):
            y = self.height - (row + 1) * line_height + 3
            for x, value, label in line:
                radius = MARK_SIZE / 2
                canv.saveState()
                canv.setStrokeColor(colour(BOX))
                canv.setLineWidth(BOX_WIDTH)
                canv.circle(x + radius, y + radius, radius - 0.5, stroke=1, fill=0)
                canv.setFillColor(colour(INK))
                canv.setFont(REGULAR, LABEL_SIZE)
                canv.drawString(x + MARK_SIZE + 4, y + 2, label)
                canv.restoreState()
                add_button(
                    canv,
                    x=x,
                    y=y,
                    on_value=value,
                    parent=group,
                    tooltip=self.tooltip,
                )


class ConcernRow(Flowable):
    """A check box with its label, and a text field beside it for what was said."""

    LABEL_WIDTH = 150.0

    def __init__(
        self,
        check_name: str,
        text_name: str,
        label: str,
        height: float = 32.0,
        *,
        language: str = "en",
    ) -> None:
        super().__init__()
        self.check_name = check_name
        self.text_name = text_name
        self.label = label
        self.row_height = height
        self.language = language

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.row_height

    def draw(self) -> None:
        canv = self.canv
        install_form_font(canv)
        top = self.row_height - MARK_SIZE - 2
        room = self.LABEL_WIDTH - MARK_SIZE - 10
        _draw_check(canv, top, self.check_name, self.label, _two_lines(self.label, room))
        box_width = self.width - self.LABEL_WIDTH
        _draw_box(canv, self.LABEL_WIDTH, 0, box_width, self.row_height - 2)
        add_text_field(
            canv,
            name=self.text_name,
            x=self.LABEL_WIDTH,
            y=0,
            width=box_width,
            height=self.row_height - 2,
            tooltip=text(self.language, "{label}: what they said", label=self.label),
            multiline=True,
        )


class CheckRow(Flowable):
    """A check box with its label on one line, for a yes the panel ticks."""

    HEIGHT = 16.0

    def __init__(self, name: str, label: str) -> None:
        super().__init__()
        self.name = name
        self.label = label

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.HEIGHT

    def draw(self) -> None:
        canv = self.canv
        install_form_font(canv)
        _draw_check(canv, self.HEIGHT - MARK_SIZE - 2, self.name, self.label, [self.label])


class ReadOnlyValue(Flowable):
    """A label and a read-only field showing a value, such as the meeting's reference."""

    def __init__(self, name: str, label: str, value: str, hidden: bool = False) -> None:
        super().__init__()
        self.name = name
        self.label = label
        self.value = value
        self.hidden = hidden

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, 0 if self.hidden else 16

    def draw(self) -> None:
        canv = self.canv
        label_width = 0.0
        if not self.hidden:
            canv.saveState()
            canv.setFillColor(colour(MUTED))
            canv.setFont(BOLD, LABEL_SIZE - 1)
            canv.drawString(0, 4, self.label)
            canv.restoreState()
            label_width = stringWidth(self.label, BOLD, LABEL_SIZE - 1) + 6
        add_text_field(
            canv,
            name=self.name,
            x=label_width,
            y=0,
            width=max(40.0, min(220.0, self.width - label_width)),
            height=16 if not self.hidden else 1,
            tooltip=self.label,
            value=self.value,
            read_only=True,
            hidden=self.hidden,
        )


def _draw_check(canv: Canvas, top: float, name: str, label: str, lines: list[str]) -> None:
    """A check box at the left edge, ``top`` high, with its label's ``lines`` beside it."""
    canv.saveState()
    canv.setStrokeColor(colour(BOX))
    canv.setLineWidth(BOX_WIDTH)
    canv.rect(0.5, top + 0.5, MARK_SIZE - 1, MARK_SIZE - 1, stroke=1, fill=0)
    canv.setFillColor(colour(INK))
    canv.setFont(REGULAR, LABEL_SIZE)
    for n, line in enumerate(lines):
        canv.drawString(MARK_SIZE + 5, top + 2 - n * (LABEL_SIZE + 2), line)
    canv.restoreState()
    add_button(canv, x=0, y=top, on_value="Yes", name=name, tooltip=label)


def _draw_box(canv: Canvas, x: float, y: float, width: float, height: float) -> None:
    canv.saveState()
    canv.setStrokeColor(colour(BOX))
    canv.setLineWidth(BOX_WIDTH)
    canv.rect(x, y, width, height, stroke=1, fill=0)
    canv.restoreState()


def _two_lines(label: str, width: float) -> list[str]:
    """A label on one line, or broken at a space onto two where one would be too wide:
    labels in some languages are longer than the column beside the box."""
    if stringWidth(label, REGULAR, LABEL_SIZE) <= width:
        return [label]
    words = label.split(" ")
    for cut in range(len(words) - 1, 0, -1):
        first = " ".join(words[:cut])
        if stringWidth(first, REGULAR, LABEL_SIZE) <= width:
            return [first, " ".join(words[cut:])]
    return [label]
