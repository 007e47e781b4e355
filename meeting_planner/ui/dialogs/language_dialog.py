"""The Language dialog: follow the system or choose English, Swedish or Danish."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..shared import i18n, messages

if TYPE_CHECKING:
    from ..window.frame import WindowFrame
    from ..window.ui_state import UiState

# Each language is named in itself, so someone who cannot read the current one finds theirs.
NATIVE_NAMES = {"en": "English", "sv": "Svenska", "da": "Dansk"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("LanguageDialog", text)


class LanguageDialog(QDialog):
    """Radio buttons for the four choices; ``choice`` is what the user picked."""

    def __init__(self, current: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Language"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Show Meeting Planner in:"), self))
        self.group = QButtonGroup(self)
        system = NATIVE_NAMES[i18n.resolve(i18n.FOLLOW_SYSTEM)]
        choices = [(i18n.FOLLOW_SYSTEM, self.tr("Follow the system ({0})").format(system))]
        choices += [(code, NATIVE_NAMES[code]) for code in i18n.LANGUAGES]
        self.buttons: dict[str, QRadioButton] = {}
        for code, text in choices:
            button = QRadioButton(text, self)
            button.setChecked(code == current)
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
        if current not in self.buttons:
            self.buttons[i18n.FOLLOW_SYSTEM].setChecked(True)
        note = QLabel(self.tr("The new language is used from the next start."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    @property
    def choice(self) -> str:
        return next(code for code, button in self.buttons.items() if button.isChecked())


def choose_language(parent: QWidget | None, ui_state: UiState) -> str | None:
    """Asks for the language and keeps the choice with the window's state (read at the
    next start, before the meetings are opened); None when cancelled or nothing changed."""
    current = ui_state.language() or i18n.FOLLOW_SYSTEM
    dialog = LanguageDialog(current, parent)
    if messages.run_modal(dialog) != QDialog.DialogCode.Accepted or dialog.choice == current:
        return None
    ui_state.set_language(dialog.choice)
    return dialog.choice


def install(window: WindowFrame) -> QAction:
    """Adds "Language…" to the View menu."""
    action = QAction(_tr("&Language…"), window)
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.triggered.connect(lambda _checked=False: choose_language(window, window.ui_state))
    window.menu("view").addSeparator()
    window.menu("view").addAction(action)
    return action
