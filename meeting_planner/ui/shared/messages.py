"""Every modal question and message of the app, in one place so tests can replace them.

The dialog classes are imported where they are used: PySide builds each class (and
its Python enums) on first use, which the start-up of the window should not pay.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractButton, QDialog, QMessageBox, QWidget


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something went wrong; returns once they have read it."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(parent, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something worth knowing that needs no decision."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, title, text)


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; "No" is the default so Enter never destroys anything."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_open_files(parent: QWidget | None, title: str, file_filter: str) -> list[Path]:
    """Let the user pick existing files; an empty list when they cancel."""
    from PySide6.QtWidgets import QFileDialog

    names, _ = QFileDialog.getOpenFileNames(parent, title, "", file_filter)
    return [Path(name) for name in names]


def ask_open_file(parent: QWidget | None, title: str, file_filter: str) -> Path | None:
    """Let the user pick one existing file; None when they cancel."""
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
    return Path(name) if name else None


# Where the next save dialog opens: the folder last saved into during this session, or
# the user's Documents folder, never the folder the app happened to be started from.
_save_folder: Path | None = None


def save_folder() -> Path:
    """The folder a save dialog starts in."""
    if _save_folder is not None and _save_folder.is_dir():
        return _save_folder
    from PySide6.QtCore import QStandardPaths

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def ask_save_file(
    parent: QWidget | None, title: str, suggested: str | Path, file_filter: str
) -> Path | None:
    """Ask where to save, starting from a suggested name in the save folder (see
    ``save_folder``); None when they cancel. Saving over a file asks first."""
    from PySide6.QtWidgets import QFileDialog

    start = Path(suggested)
    if not start.is_absolute():
        start = save_folder() / start
    name, _ = QFileDialog.getSaveFileName(parent, title, str(start), file_filter)
    return Path(name) if name else None


def saved(parent: QWidget | None, path: Path) -> None:
    """Confirm a saved file in the main window's status bar, with a link to its folder,
    and start the next save dialog in that folder."""
    global _save_folder
    _save_folder = Path(path).parent
    widget = parent
    while widget is not None and not hasattr(widget, "show_saved"):
        widget = widget.parentWidget()
    if widget is not None:
        widget.show_saved(Path(path))


def ask_save_path(
    parent: QWidget | None,
    title: str,
    suggested: str | Path,
    file_filter: str,
    complete: Callable[[Path], Path],
) -> Path | None:
    """Ask where to save; ``complete`` gives the name what it lacks (a suffix).

    The file dialog asks before replacing the file picked; when completing the
    name leads to another file that exists, this asks too, so no file is ever
    replaced without a yes. None when the user cancels or says no.
    """
    chosen = ask_save_file(parent, title, suggested, file_filter)
    if chosen is None:
        return None
    path = complete(chosen)
    if path != chosen and os.path.lexists(path):
        from PySide6.QtCore import QCoreApplication

        question = QCoreApplication.translate("Messages", "{0} already exists. Replace it?")
        if not ask_yes_no(parent, title, question.format(path.name)):
            return None
    return path


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """Ask for one line of text; None when they cancel, stripped text otherwise."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value.strip() if ok else None


# A dialog shown over a window with its own look (meeting mode's dark screen) would take
# that window's colours by the style sheet cascade: white text on a light dialog. This
# gives such dialogs the system palette's own roles back, in light and dark themes alike.
PALETTE_DIALOG_STYLE = """
QMessageBox, QDialog { background: palette(window); color: palette(window-text); }
QMessageBox QLabel, QDialog QLabel { background: transparent; color: palette(window-text); }
QMessageBox QPushButton, QDialog QPushButton {
    background: palette(button); color: palette(button-text);
    border: 1px solid palette(mid); border-radius: 4px; padding: 6px 14px;
}
QMessageBox QPushButton:default, QDialog QPushButton:default {
    border: 2px solid palette(highlight);
}
QMessageBox QPushButton:focus, QDialog QPushButton:focus { border-color: palette(highlight); }
"""


def ask_choice(
    parent: QWidget | None,
    title: str,
    text: str,
    choices: list[tuple[str, str]],
    default: str,
) -> str | None:
    """Ask the user to pick one of ``choices`` ((key, button text) pairs, the first the
    main action); returns the key, or None when they cancel (Esc). The dialog keeps the
    system palette's colours whatever window it is shown over."""
    box, buttons = choice_box(parent, title, text, choices, default)
    box.exec()
    clicked = box.clickedButton()
    return next((key for button, key in buttons if button is clicked), None)


def choice_box(
    parent: QWidget | None,
    title: str,
    text: str,
    choices: list[tuple[str, str]],
    default: str,
) -> tuple[QMessageBox, list[tuple[QAbstractButton, str]]]:
    """The question ``ask_choice`` shows, not yet shown: the box and its (button, key)s."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStyleSheet(PALETTE_DIALOG_STYLE)
    buttons = []
    for i, (key, label) in enumerate(choices):
        role = QMessageBox.ButtonRole.AcceptRole if i == 0 else QMessageBox.ButtonRole.ActionRole
        button = box.addButton(label, role)
        buttons.append((button, key))
        if key == default:
            box.setDefaultButton(button)
    box.setEscapeButton(box.addButton(QMessageBox.StandardButton.Cancel))
    return box, buttons


def ask_item(parent: QWidget | None, title: str, label: str, items: list[str]) -> str | None:
    """Ask to pick one of ``items`` (the first is preselected); None when they cancel."""
    from PySide6.QtWidgets import QInputDialog

    value, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return value if ok else None


def run_modal(dialog: QDialog) -> int:
    """Show a dialog and wait for the user's answer (QDialog.DialogCode as an int)."""
    return int(dialog.exec())
