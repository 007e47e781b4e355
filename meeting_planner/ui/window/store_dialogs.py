"""What the app says when the store cannot be opened: damaged, locked, or otherwise failing."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...store import Store, StoreCorrupt, StoreError, StoreLocked, restore
from ..shared import messages
from ..shared.i18n import told


def _tr(text: str) -> str:
    return QCoreApplication.translate("StoreDialogs", text)


class _StoreDialog(QDialog):
    """A warning with a headline, an explanation and two choices."""

    def __init__(self, title: str, headline: str, body: str, parent: QWidget | None):
        # Imported here: building QStyle's Python enums takes about 12 ms, which
        # the start-up of a healthy store should not pay.
        from PySide6.QtWidgets import QStyle

        super().__init__(parent)
        self.setWindowTitle(title)
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        self.headline = QLabel(headline, self)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        self.body = QLabel(body, self)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(self)
        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(self.headline)
        layout.addWidget(self.body)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)


class CorruptStoreDialog(_StoreDialog):
    """Explains that a store file is damaged; restores the newest good backup or quits.

    Nothing is written unless the user presses "Restore newest backup"; then the
    damaged files are kept aside (see store.recovery) and the dialog is accepted.
    """

    def __init__(self, error: StoreCorrupt, data_dir: Path, parent: QWidget | None = None):
        super().__init__(
            _tr("Meetings cannot be opened"),
            _tr("A file of your meetings store is damaged."),
            _tr(
                "The file {0} does not read back ({1}). It has been left exactly as it is.\n\n"
                "Meeting Planner keeps backups of its recent saves. Restoring puts the "
                "newest good backup in place and keeps the damaged file beside it, so "
                "nothing is deleted. Edits made after that backup was taken are lost."
            ).format(error.path, told(error.reason)),
            parent,
        )
        self.data_dir = Path(data_dir)
        self.report: list[str] = []
        self.restore_button = QPushButton(_tr("&Restore newest backup"), self)
        self.restore_button.setAccessibleName(_tr("Restore newest backup"))
        self.quit_button = QPushButton(_tr("&Quit"), self)
        self.quit_button.setAccessibleName(_tr("Quit without changing anything"))
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        # Restoring changes files, so it must be chosen, never the Enter default.
        self.restore_button.setAutoDefault(False)
        self.quit_button.setDefault(True)
        self.restore_button.clicked.connect(self._restore)
        self.quit_button.clicked.connect(self.reject)

    def _restore(self) -> None:
        try:
            self.report = restore(self.data_dir)
        except StoreError as error:
            self.problem.setText(_tr("Restoring did not work: {0}").format(told(error)))
            self.problem.setVisible(True)
            self.restore_button.setEnabled(False)
            return
        self.accept()


class LockedStoreDialog(_StoreDialog):
    """Another running Meeting Planner holds the store; offers to open it read-only."""

    def __init__(self, error: StoreLocked, parent: QWidget | None = None):
        super().__init__(
            _tr("Meetings already open"),
            _tr("Your meetings are open in another Meeting Planner."),
            _tr(
                "Only one Meeting Planner at a time can change the meetings in {0} "
                "(they are held by {1}).\n\n"
                "Switch to that window, or open the meetings read-only here: you can read "
                "and print them, but not change them."
            ).format(error.data_dir, told(error.holder)),
            parent,
        )
        self.read_only_button = QPushButton(_tr("Open &read-only"), self)
        self.read_only_button.setAccessibleName(_tr("Open the meetings read-only"))
        self.quit_button = QPushButton(_tr("&Quit"), self)
        self.quit_button.setAccessibleName(_tr("Quit"))
        self.buttons.addButton(self.read_only_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.read_only_button.setDefault(True)
        self.read_only_button.clicked.connect(self.accept)
        self.quit_button.clicked.connect(self.reject)


class _Outcome(Enum):
    RETRY = "retry"
    QUIT = "quit"


def open_store(data_dir: Path, parent: QWidget | None = None) -> Store | None:
    """Open the store, asking the user what to do about a damaged or locked one.

    None means the user chose to quit (or the store cannot be opened at all)."""
    read_only = False
    while True:
        try:
            return Store(data_dir, read_only=read_only)
        except StoreCorrupt as error:
            if _ask_restore(error, data_dir, parent) is _Outcome.QUIT:
                return None
        except StoreLocked as error:
            if read_only or messages.run_modal(LockedStoreDialog(error, parent)) == 0:
                return None
            read_only = True
        except StoreError as error:
            messages.show_error(parent, _tr("Meetings cannot be opened"), told(error))
            return None


def _ask_restore(error: StoreCorrupt, data_dir: Path, parent: QWidget | None) -> _Outcome:
    dialog = CorruptStoreDialog(error, data_dir, parent)
    if messages.run_modal(dialog) == 0:
        return _Outcome.QUIT
    messages.show_info(
        parent,
        _tr("Backup restored"),
        _tr("Your meetings were restored from a backup:\n\n{0}").format(
            "\n".join(told(line) for line in dialog.report)
        ),
    )
    return _Outcome.RETRY
