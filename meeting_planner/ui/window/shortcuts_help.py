"""Help > Keyboard shortcuts: every key of the app, read from the actions themselves, so the
list never goes stale."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenuBar


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutsHelp", text)


def _keys(sequences: list[QKeySequence]) -> str:
    shown = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences]
    return ", ".join(dict.fromkeys(k for k in shown if k))


def _plain(text: str) -> str:
    """A menu text as a person reads it: no mnemonic ampersand, no trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu title, [(keys, command)]) for every menu command that has a key."""
    sections: list[tuple[str, list[tuple[str, str]]]] = []

    def walk(menu: QMenu, rows: list[tuple[str, str]]) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), rows)
            elif not action.isSeparator() and action.shortcuts():
                rows.append((_keys(action.shortcuts()), _plain(action.text())))

    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            rows: list[tuple[str, str]] = []
            walk(menu, rows)
            if rows:
                sections.append((_plain(menu.title()), rows))
    return sections


def editor_shortcuts() -> list[tuple[str, list[tuple[str, str]]]]:
    """The keys of the agenda table, the meeting's tabs and meeting mode."""
    from ..agenda.editor import AGENDA_ACTIONS
    from ..meeting_mode.window import READY_KEYS, RUN_KEYS, WINDOW_KEYS

    agenda = [
        (
            _keys([key()]),
            _plain(QCoreApplication.translate("AgendaEditor", text)),
        )
        for _name, text, key, _tip in AGENDA_ACTIONS
    ]
    agenda.append((_tr("Tab, Shift+Tab"), _tr("Leave the table for the next or previous field")))

    def mode(rows: tuple[tuple[object, str, str], ...]) -> list[tuple[str, str]]:
        merged: dict[str, list[str]] = {}
        for key, _method, what in rows:
            sequence = QKeySequence(key) if isinstance(key, str) else QKeySequence(key)
            label = QCoreApplication.translate("MeetingModeWindow", what)
            merged.setdefault(label, []).append(
                sequence.toString(QKeySequence.SequenceFormat.NativeText)
            )
        return [(", ".join(keys), label) for label, keys in merged.items()]

    return [
        (_tr("Agenda table"), agenda),
        (_tr("Meeting mode, before the start"), mode(READY_KEYS)),
        (_tr("Meeting mode, while it runs"), mode(RUN_KEYS) + mode(WINDOW_KEYS)),
    ]


class ShortcutsDialog(QDialog):
    """The keys in a two-column list, grouped as the menus and screens are."""

    def __init__(self, bar: QMenuBar, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        intro = QLabel(self.tr("Every command with a key, as the menus and screens offer them."))
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("Command")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        for title, rows in menu_shortcuts(bar) + editor_shortcuts():
            section = QTreeWidgetItem(self.tree, [title])
            font = section.font(0)
            font.setBold(True)
            section.setFont(0, font)
            section.setFirstColumnSpanned(True)
            section.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for keys, command in rows:
                QTreeWidgetItem(section, [keys, command])
            section.setExpanded(True)
        self.tree.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(560, 620)

    def rows(self) -> list[tuple[str, str, str]]:
        """(section, keys, command) for every line shown."""
        found = []
        for i in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(i)
            for j in range(section.childCount()):
                item = section.child(j)
                found.append((section.text(0), item.text(0), item.text(1)))
        return found
