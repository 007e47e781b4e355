"""Translated names and colours for block kinds, pitch topics and coach groups."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from ...domain.balance import BAR_ORDER
from ...domain.model import KIND_GROUP, BlockKind, Group, PitchTopic

_CONTEXT = "AgendaLabels"

_KIND_TEXT: dict[BlockKind, str] = {
    BlockKind.WELCOME: QT_TRANSLATE_NOOP("AgendaLabels", "Welcome"),
    BlockKind.PITCH: QT_TRANSLATE_NOOP("AgendaLabels", "Pitch"),
    BlockKind.CASE: QT_TRANSLATE_NOOP("AgendaLabels", "Case"),
    BlockKind.DIALOGUE: QT_TRANSLATE_NOOP("AgendaLabels", "Dialogue"),
    BlockKind.CANDIDATE_QUESTIONS: QT_TRANSLATE_NOOP("AgendaLabels", "Their questions"),
    BlockKind.TEAM: QT_TRANSLATE_NOOP("AgendaLabels", "Meet the team"),
    BlockKind.NEXT_STEPS: QT_TRANSLATE_NOOP("AgendaLabels", "Next steps"),
    BlockKind.BREAK: QT_TRANSLATE_NOOP("AgendaLabels", "Break"),
}

_TOPIC_TEXT: dict[PitchTopic, str] = {
    PitchTopic.STACK: QT_TRANSLATE_NOOP("AgendaLabels", "Tech stack"),
    PitchTopic.PROJECTS: QT_TRANSLATE_NOOP("AgendaLabels", "Projects"),
    PitchTopic.TEAM: QT_TRANSLATE_NOOP("AgendaLabels", "Team"),
    PitchTopic.DEVELOPMENT: QT_TRANSLATE_NOOP("AgendaLabels", "Development"),
    PitchTopic.BENEFITS: QT_TRANSLATE_NOOP("AgendaLabels", "Salary and benefits"),
    PitchTopic.FLEXIBILITY: QT_TRANSLATE_NOOP("AgendaLabels", "Flexibility"),
    PitchTopic.BALANCE: QT_TRANSLATE_NOOP("AgendaLabels", "Work-life balance"),
    PitchTopic.CULTURE: QT_TRANSLATE_NOOP("AgendaLabels", "Culture and values"),
}

_GROUP_TEXT: dict[Group, str] = {
    Group.PITCH: QT_TRANSLATE_NOOP("AgendaLabels", "Pitch"),
    Group.TEAM: QT_TRANSLATE_NOOP("AgendaLabels", "Team"),
    Group.CASE: QT_TRANSLATE_NOOP("AgendaLabels", "Case"),
    Group.ASSESS: QT_TRANSLATE_NOOP("AgendaLabels", "Assess"),
    Group.QUESTIONS: QT_TRANSLATE_NOOP("AgendaLabels", "Questions"),
    Group.FRAME: QT_TRANSLATE_NOOP("AgendaLabels", "Frame"),
}

# Criteria the dialogue library has questions for; unknown keys fall back to the key.
_CRITERION_TEXT: dict[str, str] = {
    "problem_solving": QT_TRANSLATE_NOOP("AgendaLabels", "Problem solving"),
    "collaboration": QT_TRANSLATE_NOOP("AgendaLabels", "Collaboration"),
    "system_design": QT_TRANSLATE_NOOP("AgendaLabels", "System design"),
    "code_quality": QT_TRANSLATE_NOOP("AgendaLabels", "Code quality"),
    "ownership": QT_TRANSLATE_NOOP("AgendaLabels", "Ownership"),
    "learning": QT_TRANSLATE_NOOP("AgendaLabels", "Learning"),
    "communication": QT_TRANSLATE_NOOP("AgendaLabels", "Communication"),
    "security_mindset": QT_TRANSLATE_NOOP("AgendaLabels", "Security mindset"),
    "user_focus": QT_TRANSLATE_NOOP("AgendaLabels", "User focus"),
    "data_literacy": QT_TRANSLATE_NOOP("AgendaLabels", "Data literacy"),
}

# Mid-tone colours that keep their contrast on light and dark window palettes;
# the text labels beside them carry the meaning for anyone who cannot tell them apart.
_GROUP_COLOUR: dict[Group, str] = {
    Group.PITCH: "#2f9e6e",
    Group.TEAM: "#5cbf8f",
    Group.CASE: "#d9912b",
    Group.ASSESS: "#8667c9",
    Group.QUESTIONS: "#3a8fc4",
    Group.FRAME: "#8d99a8",
}

GROUP_ORDER: tuple[Group, ...] = BAR_ORDER


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def kind_label(kind: BlockKind) -> str:
    return _tr(_KIND_TEXT[kind])


def topic_label(topic: PitchTopic | None) -> str:
    return _tr(_TOPIC_TEXT[topic]) if topic is not None else ""


def group_label(group: Group) -> str:
    return _tr(_GROUP_TEXT[group])


def criterion_label(key: str) -> str:
    text = _CRITERION_TEXT.get(key)
    return _tr(text) if text else key.replace("_", " ").capitalize()


def group_colour(group: Group) -> QColor:
    return QColor(_GROUP_COLOUR[group])


def kind_colour(kind: BlockKind) -> QColor:
    """A kind takes its group's colour, so the table matches the balance bar."""
    return group_colour(KIND_GROUP[kind])


def text_colour_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    r, g, b = background.redF(), background.greenF(), background.blueF()
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return QColor("#111111") if luminance > 0.5 else QColor("#ffffff")


_SWATCH_SIZE = 12
_swatches: dict[BlockKind, QIcon] = {}


def kind_swatch(kind: BlockKind) -> QIcon:
    """A small square in the kind's colour, drawn once per kind."""
    icon = _swatches.get(kind)
    if icon is None:
        pixmap = QPixmap(_SWATCH_SIZE, _SWATCH_SIZE)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(0, 0, 0, 90))
        painter.setBrush(kind_colour(kind))
        painter.drawRoundedRect(0.5, 0.5, _SWATCH_SIZE - 1, _SWATCH_SIZE - 1, 2, 2)
        painter.end()
        icon = _swatches[kind] = QIcon(pixmap)
    return icon
