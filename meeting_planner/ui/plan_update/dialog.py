"""The preview of an import that changes stored meetings: each file's changes, line by
line, then Apply or Cancel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportPreview", text)


class ImportPreviewDialog(QDialog):
    """Lists what an import would do; ``force`` asks to apply files older than the store."""

    def __init__(self, parent: QWidget | None, lines: list[str], *, older: int, title: str) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        intro = QLabel(
            _tr(
                "These files are of meetings you already have. Importing them changes "
                "those meetings as listed:"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.changes = QPlainTextEdit("\n".join(lines))
        self.changes.setObjectName("importChanges")
        self.changes.setReadOnly(True)
        self.changes.setMinimumSize(560, 260)
        layout.addWidget(self.changes)
        self.force = QCheckBox(
            _tr("Also apply the older files (they undo changes made here since)")
        )
        self.force.setObjectName("importForce")
        self.force.setVisible(older > 0)
        layout.addWidget(self.force)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Apply).setText(_tr("Apply changes"))
        buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def confirm_import(
    parent: QWidget | None, lines: list[str], *, older: int, title: str
) -> tuple[bool, bool]:
    """Ask whether to apply the listed changes: (apply, force older files)."""
    dialog = ImportPreviewDialog(parent, lines, older=older, title=title)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return accepted, dialog.force.isChecked()
