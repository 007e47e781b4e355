"""The main window's smaller parts: the page shown when no meeting is open, the note on
a read-only store, and the status bar's "Saved ... Open the folder" notice.

Their texts keep the main window's translation context, where they were first written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

# How long the "Saved ... Open the folder" notice stays in the status bar.
SAVED_NOTICE_MS = 15_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class EmptyPage(QWidget):
    """What the editor's place shows with no meeting open: a new one, or the sample.
    Its buttons wait for the store (``set_ready``)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        text = QLabel(_tr("Select a meeting on the left, or plan a new one."), self)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.new_button = QPushButton(_tr("New meeting…"), self)
        self.sample_button = QPushButton(_tr("Open the sample meeting"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.new_button, self.sample_button):
            button.setEnabled(False)  # until the store is attached
            button.setAccessibleName(button.text().rstrip("…"))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(text)
        layout.addLayout(buttons)
        layout.addStretch(2)


def read_only_note(parent: QWidget) -> QLabel:
    """The bold note above the editor when another program has the meetings open."""
    note = QLabel(
        _tr(
            "Read-only: another Meeting Planner has these meetings open. You can read "
            "and print them here, but changes cannot be made."
        ),
        parent,
    )
    note.setWordWrap(True)
    font = note.font()
    font.setBold(True)
    note.setFont(font)
    note.setAccessibleName(_tr("Read-only"))
    return note


class SavedNotice(QLabel):
    """Where a file was saved, with a link that opens its folder; gone after a while."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SavedNotice")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.linkActivated.connect(self._open_folder)
        self._timer = QTimer(self, singleShot=True, interval=SAVED_NOTICE_MS)
        self._timer.timeout.connect(self.hide)

    def show_path(self, path: Path) -> None:
        import html

        from PySide6.QtCore import QUrl

        folder = QUrl.fromLocalFile(str(path.parent)).toString()
        self.setText(
            _tr("Saved {0} in {1}.").format(
                f"<b>{html.escape(path.name)}</b>", html.escape(str(path.parent))
            )
            + f' <a href="{html.escape(folder)}">'
            + html.escape(_tr("Open the folder"))
            + "</a>"
        )
        self.setToolTip(str(path))
        self.show()
        self._timer.start()

    def _open_folder(self, url: str) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl(url))
