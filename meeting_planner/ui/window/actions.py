"""The main window's actions, menus and toolbar, with standard shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMenuBar, QToolBar

from ..shared.icons import action_icon

if TYPE_CHECKING:
    from .frame import WindowCommands

# Document kinds the Documents menu offers, as ui.documents names them.
DOCUMENT_KINDS = ("brief", "agenda", "debrief")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class WindowActions:
    """Every command of the main window, created once and shared by menus and toolbar.

    ``meeting_actions`` need a selected meeting; ``write_actions`` change the
    store and are disabled when the meetings are open read-only.
    """

    def __init__(self, window: WindowCommands, undo_group: QUndoGroup):
        self.window = window
        tr = _tr

        def make(
            text: str,
            slot: Callable[[], object],
            *,
            key: QKeySequence.StandardKey | str | None = None,
            icon: QIcon | None = None,
            tip: str = "",
        ) -> QAction:
            action = QAction(text, window)
            if key is not None:
                action.setShortcut(QKeySequence(key))
            if icon is not None:
                action.setIcon(icon)
            if tip:
                action.setStatusTip(tip)
                action.setToolTip(tip)
            action.triggered.connect(lambda _checked=False: slot())
            return action

        key = QKeySequence.StandardKey
        self.new = make(
            tr("&New meeting…"),
            window.new_meeting,
            key=key.New,
            icon=action_icon("document-new", "new-meeting"),
            tip=tr("Plan a new meeting from a template"),
        )
        self.new.setIconText(tr("New meeting"))
        self.new_sample = make(tr("New from &sample"), window.new_from_sample)
        self.duplicate = make(tr("&Duplicate"), window.duplicate_meeting, key="Ctrl+D")
        self.save_template = make(tr("Save as &template…"), window.save_as_template)
        self.delete = make(tr("De&lete…"), window.delete_meeting)
        self.save_now = make(
            tr("&Save now"),
            window.save_now,
            key=key.Save,
            tip=tr("Changes are saved automatically; this saves them at once"),
        )
        self.import_files = make(tr("&Import meeting files…"), window.import_files, key=key.Open)
        self.export_file = make(tr("&Export meeting file…"), lambda: window.export_file(False))
        self.export_plan = make(
            tr("Export &plan only…"),
            lambda: window.export_file(True),
            tip=tr("A meeting file without the debrief, outcome, ratings and internal notes"),
        )
        self.import_debrief = make(tr("Import filled de&brief form…"), window.import_debrief)
        self.print = make(
            tr("&Print…"),
            window.print_brief,
            key=key.Print,
            tip=tr("Preview and print the manager's brief"),
        )
        self.quit = make(tr("&Quit"), window.close, key=key.Quit)

        self.undo = undo_group.createUndoAction(window, tr("&Undo"))
        self.undo.setShortcut(QKeySequence(key.Undo))
        self.undo.setIcon(action_icon("edit-undo", "undo"))
        self.redo = undo_group.createRedoAction(window, tr("&Redo"))
        # Every redo key people bring from other programs works: the platform's own,
        # Ctrl+Y and Ctrl+Shift+Z.
        redo_keys = [*QKeySequence.keyBindings(key.Redo), QKeySequence("Ctrl+Y")]
        redo_keys.append(QKeySequence("Ctrl+Shift+Z"))
        self.redo.setShortcuts(list({k.toString(): k for k in redo_keys}.values()))
        self.redo.setIcon(action_icon("edit-redo", "redo"))
        # The toolbar keeps a short label while the menu names the edit to undo.
        self.undo.setIconText(tr("Undo"))
        self.redo.setIconText(tr("Redo"))
        self.find = make(tr("&Find meeting"), window.focus_search, key=key.Find)
        self.profile = make(tr("Employer &profile…"), window.edit_profile)

        self.documents = {
            "brief": make(
                tr("Manager's &brief"),
                lambda: window.show_document("brief"),
                icon=action_icon("document-preview", "brief"),
                tip=tr("Preview the brief for you and the other interviewers"),
            ),
            "agenda": make(
                tr("Candidate &agenda"),
                lambda: window.show_document("agenda"),
                icon=action_icon("x-office-calendar", "agenda"),
                tip=tr("Preview the agenda to send to the candidate"),
            ),
            "debrief": make(
                tr("&Debrief form"),
                lambda: window.show_document("debrief"),
                icon=action_icon("document-edit", "debrief"),
                tip=tr("Preview the form the interviewers fill in after the meeting"),
            ),
        }
        self.documents["brief"].setIconText(tr("Brief"))
        self.documents["agenda"].setIconText(tr("Agenda"))
        self.documents["debrief"].setIconText(tr("Debrief form"))
        self.about = make(tr("&About Meeting Planner"), window.show_about)
        self.shortcuts = make(
            tr("&Keyboard shortcuts"),
            window.show_shortcuts,
            key=key.HelpContents,
            tip=tr("Every key of the app in one list"),
        )
        self.next_tab = make(
            tr("&Next part of the meeting"),
            lambda: window.switch_tab(1),
            key="Ctrl+PgDown",
            tip=tr("The next tab of the meeting editor"),
        )
        self.previous_tab = make(
            tr("&Previous part of the meeting"),
            lambda: window.switch_tab(-1),
            key="Ctrl+PgUp",
            tip=tr("The previous tab of the meeting editor"),
        )

        self.meeting_actions = [
            self.duplicate,
            self.save_template,
            self.delete,
            self.export_file,
            self.export_plan,
            self.import_debrief,
            self.print,
            self.next_tab,
            self.previous_tab,
            *self.documents.values(),
        ]
        self.write_actions = [
            self.new,
            self.new_sample,
            self.duplicate,
            self.save_template,
            self.delete,
            self.import_files,
            self.import_debrief,
            self.profile,
            self.save_now,
        ]

    def update(self, *, has_meeting: bool, read_only: bool) -> None:
        for action in {*self.meeting_actions, *self.write_actions}:
            needs_meeting = action in self.meeting_actions
            writes = action in self.write_actions
            action.setEnabled((has_meeting or not needs_meeting) and not (read_only and writes))

    def build_menus(self, bar: QMenuBar) -> None:
        tr = _tr
        file_menu = bar.addMenu(tr("&File"))
        file_menu.addActions([self.new, self.new_sample, self.duplicate, self.save_template])
        file_menu.addAction(self.delete)
        file_menu.addSeparator()
        file_menu.addAction(self.save_now)
        file_menu.addSeparator()
        file_menu.addActions([self.import_files, self.export_file, self.export_plan])
        file_menu.addAction(self.import_debrief)
        file_menu.addSeparator()
        file_menu.addAction(self.print)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = bar.addMenu(tr("&Edit"))
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find)
        edit_menu.addSeparator()
        edit_menu.addAction(self.profile)
        documents_menu = bar.addMenu(tr("&Documents"))
        documents_menu.addActions(list(self.documents.values()))
        # Menus that features fill in (see ui.features): the meeting day and after,
        # and views across meetings.
        meeting_menu = bar.addMenu(tr("&Meeting"))
        view_menu = bar.addMenu(tr("&View"))
        view_menu.addActions([self.next_tab, self.previous_tab])
        view_menu.addSeparator()
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(self.shortcuts)
        help_menu.addSeparator()
        help_menu.addAction(self.about)
        self.menus = {
            "file": file_menu,
            "edit": edit_menu,
            "documents": documents_menu,
            "meeting": meeting_menu,
            "view": view_menu,
            "help": help_menu,
        }

    def build_toolbar(self, toolbar: QToolBar) -> None:
        toolbar.addAction(self.new)
        toolbar.addSeparator()
        toolbar.addActions([self.undo, self.redo])
        toolbar.addSeparator()
        toolbar.addActions(list(self.documents.values()))
