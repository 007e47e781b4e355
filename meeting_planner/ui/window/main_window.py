"""The main window: the meetings list on the left, the selected meeting's editor on the right."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...store.errors import StoreError
from ..shared import messages
from ..shared.i18n import told
from .actions import WindowActions
from .meeting_list import MeetingListPanel
from .pages import EmptyPage, SavedNotice, read_only_note
from .ui_state import UiState

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QDialog, QMenu

    from ...domain.model import Meeting
    from ...store import Store
    from ..core.autosave import Autosaver
    from ..core.document import MeetingDocument
    from ..editor.meeting_editor import MeetingEditor
    from .operations import MeetingOps


class MainWindow(QMainWindow):
    """Lists the store's meetings and edits the selected one.

    Each opened meeting gets a MeetingDocument (kept while the app runs) whose
    undo stack joins one QUndoGroup; the group's active stack follows the
    selection, so Undo and Redo always act on the meeting on screen.

    The window can be built before its store is open (``MainWindow(data_dir=...)``,
    then ``attach_store``): the app shows it at once and opens the meetings on
    the first turn of the event loop. Until then the list says it is opening them
    and every action that needs the store is disabled.
    """

    # After start(): the first meeting's editor is on screen (or there is none to open).
    ready = Signal()
    # On the event-loop turn after ``ready``, once the editor is painted and the
    # features are installed: for start-up work that can wait until the user sees the
    # meeting (notices of what is overdue).
    settled = Signal()
    # A MeetingEditor was made for a meeting; features may add tabs to it (add_tab).
    # An editor made before the features were installed (the first one, at start) is
    # announced when they are.
    editor_created = Signal(object)

    def __init__(
        self,
        store: Store | None = None,
        parent: QWidget | None = None,
        *,
        data_dir: Path | None = None,
        ui_state: UiState | None = None,
        defer_features: bool = False,
    ):
        super().__init__(parent)
        if store is None and data_dir is None:
            raise ValueError("a MainWindow needs its store or the store's data folder")
        self.store: Store | None = None
        self.read_only = False
        self.docs: dict[str, MeetingDocument] = {}
        self.editors: dict[str, MeetingEditor] = {}
        self.undo_group = QUndoGroup(self)
        self.autosaver: Autosaver | None = None
        self._ops: MeetingOps | None = None
        # Given when the caller read it already (the language comes from it).
        self.ui_state = ui_state or UiState(
            Path(data_dir) if data_dir is not None else store.data_dir
        )
        self.welcome = None
        self._defer_features = defer_features
        self.setObjectName("MainWindow")
        self.setAcceptDrops(False)  # until the store is attached

        self.list_panel = MeetingListPanel(self)
        self.stack = QStackedWidget(self)
        self.empty_page = EmptyPage(self)
        self.empty_new_button = self.empty_page.new_button
        self.empty_new_button.clicked.connect(self.new_meeting)
        self.empty_sample_button = self.empty_page.sample_button
        self.empty_sample_button.clicked.connect(self.new_from_sample)
        self.stack.addWidget(self.empty_page)
        # Made only for a read-only store (see attach_store): most starts never need it.
        self.read_only_note: QLabel | None = None
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self._right_layout = right_layout
        right_layout.addWidget(self.stack, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("MainSplitter")
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.addWidget(self.splitter)
        self.setCentralWidget(central)

        self.actions = WindowActions(self, self.undo_group)
        self.actions.build_menus(self.menuBar())
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("MainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        self.actions.build_toolbar(toolbar)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        self.statusBar()
        self._saved_label: SavedNotice | None = None

        self.list_panel.meeting_selected.connect(self._show_meeting)
        self.undo_group.cleanChanged.connect(lambda clean: self.setWindowModified(not clean))

        # With defer_features the window appears first, then the first meeting's
        # editor, and the optional parts (meeting mode, debrief, due view...) are
        # installed on the turn after (see start()).
        self._features_installed = False
        # The tab a new editor opens on (the one left open last time, at start).
        self._first_tab = 0
        if not self.ui_state.restore(self, self.splitter):
            self._default_geometry()
        self._update_title()
        if store is not None:
            self.attach_store(store)
        else:
            self.list_panel.set_opening(True)
            self._update_actions()

    def attach_store(self, store: Store) -> None:
        """Show the meetings of ``store`` (opened after the window was built, or given
        to the constructor); read-only stores leave every change disabled."""
        from ..core.autosave import Autosaver

        self.store = store
        self.read_only = store.read_only
        self.autosaver = Autosaver(store, self)
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(self._save_failed)
        self.setAcceptDrops(not self.read_only)
        if self.read_only and self.read_only_note is None:
            self.read_only_note = read_only_note(self)
            self._right_layout.insertWidget(0, self.read_only_note)
        for button in (self.empty_new_button, self.empty_sample_button):
            button.setEnabled(not self.read_only)
        if not self._defer_features:
            self.install_features()
        self.reload_list()
        self.list_panel.set_opening(False)
        # The list takes the note's place now, not on a later turn: a list of wrapped
        # lines lays out all its rows again after any change of its size.
        self.list_panel.layout().activate()
        self._update_title()
        self._update_actions()

    @property
    def ops(self) -> MeetingOps:
        """The menu commands' implementations, loaded with the first command used."""
        if self._ops is None:
            from .operations import MeetingOps

            self._ops = MeetingOps(self)
        return self._ops

    def menu(self, key: str) -> QMenu:
        """One of the window's menus: file, edit, documents, meeting, view, help."""
        return self.actions.menus[key]

    def _default_geometry(self) -> None:
        # The agenda builder shows a palette, the table and the coach side by side:
        # it wants about 200 average characters across, within the screen.
        char, line = self.fontMetrics().averageCharWidth(), self.fontMetrics().height()
        width, height = char * 205, line * 58
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width = min(width, int(screen.width() * 0.94))
            height = min(height, int(screen.height() * 0.9))
        self.resize(width, height)
        self.splitter.setSizes([char * 34, width - char * 34])

    # -- the open meetings ---------------------------------------------------------
    @property
    def current_doc(self) -> MeetingDocument | None:
        return self.docs.get(self.list_panel.current_id())

    def document(self, meeting_id: str) -> MeetingDocument:
        """The meeting's document, loaded from the store the first time it is opened."""
        from ..core.document import MeetingDocument

        doc = self.docs.get(meeting_id)
        if doc is None:
            doc = MeetingDocument(self.store.meetings.get(meeting_id), read_only=self.read_only)
            doc.setParent(self)
            self.docs[meeting_id] = doc
            self.undo_group.addStack(doc.undo_stack)
            self.autosaver.watch(doc)
            doc.changed.connect(lambda _topic, d=doc: self._doc_changed(d))
            # Under way in meeting mode: the list says so, as the editor's header does.
            doc.running_changed.connect(
                lambda running, i=meeting_id: self.list_panel.model.set_running(i, running)
            )
        return doc

    def forget(self, meeting_id: str) -> None:
        """Close a meeting's document and editor (after it was deleted)."""
        doc = self.docs.pop(meeting_id, None)
        if doc is not None:
            self.autosaver.forget(doc)
            self.undo_group.removeStack(doc.undo_stack)
        editor = self.editors.pop(meeting_id, None)
        if editor is not None:
            self.stack.removeWidget(editor)
            editor.deleteLater()

    def select_meeting(self, meeting_id: str) -> bool:
        return self.list_panel.select(meeting_id)

    def add_meeting(self, meeting: Meeting) -> bool:
        """Save a new meeting, list it and open it; False (after telling why) if not saved."""
        try:
            self.store.meetings.save(meeting)
        except StoreError as error:
            messages.show_error(self, self.tr("Meeting not saved"), told(error))
            return False
        from ...store.summary import MeetingSummary

        self.list_panel.model.upsert(MeetingSummary.of(meeting))
        self.select_meeting(meeting.id)
        return True

    def reload_list(self) -> None:
        self.list_panel.set_summaries(self.store.meetings.list())

    def start(self) -> None:
        """After the window is shown: open the next meeting, or welcome a new user.

        The meeting's editor is built on the next turn of the event loop, so the
        window (with its list) appears first and the editor follows at once. With
        defer_features, the features are installed on the turn after that, once the
        editor is painted: their menus and tabs arrive a moment after the meeting."""
        QTimer.singleShot(0, self._open_initial)

    def install_features(self) -> None:
        if self._features_installed:
            return
        from .features import install_features

        self._features_installed = True
        install_features(self)
        for editor in self.editors.values():
            self.editor_created.emit(editor)
        # The features' docks (Due follow-ups) come back where the user left them, and
        # those that only open when asked stay closed.
        self.ui_state.restore_docks(self)
        for dock in self.findChildren(QDockWidget):
            if dock.property("startsHidden"):
                dock.hide()
        self._update_actions()

    def _open_initial(self) -> None:
        summaries = self.store.meetings.list()
        if not self.list_panel.current_id() and summaries:
            # The meeting and tab the user left open; else the next meeting coming up.
            last, tab = self.ui_state.last_meeting()
            if last and any(s.id == last for s in summaries):
                # The editor is made on that tab: only the page on screen is built.
                self._first_tab = tab
                try:
                    self.select_meeting(last)
                finally:
                    self._first_tab = 0
            else:
                now = datetime.now()
                upcoming = [s for s in summaries if s.start.replace(tzinfo=None) >= now]
                self.select_meeting((upcoming[0] if upcoming else summaries[-1]).id)
        self.ready.emit()
        QTimer.singleShot(0, self, self._settle)
        if not summaries and not self.read_only:
            self.offer_welcome()

    def _settle(self) -> None:
        self.install_features()
        self.settled.emit()

    def _show_meeting(self, meeting_id: str) -> None:
        previous = self.undo_group.activeStack()
        for doc in self.docs.values():
            if doc.undo_stack is previous and doc.meeting_id != meeting_id:
                self.autosaver.flush(doc)
        if not meeting_id:
            self.undo_group.setActiveStack(None)
            self.stack.setCurrentWidget(self.empty_page)
        else:
            try:
                doc = self.document(meeting_id)
            except StoreError as error:
                messages.show_error(self, self.tr("Meeting cannot be opened"), told(error))
                return
            editor = self.editors.get(meeting_id)
            if editor is None:
                from ..editor.meeting_editor import MeetingEditor

                editor = MeetingEditor(doc, self.stack)
                self.editors[meeting_id] = editor
                self.stack.addWidget(editor)
                if self._features_installed:
                    self.editor_created.emit(editor)
                elif self._first_tab >= editor.tabs.count():
                    # The tab left open last time is a feature's (Debrief, Comments...).
                    self.install_features()
                if 0 < self._first_tab < editor.tabs.count():
                    editor.tabs.setCurrentIndex(self._first_tab)
            self.stack.setCurrentWidget(editor)
            self.undo_group.setActiveStack(doc.undo_stack)
        self.setWindowModified(bool(self.current_doc and self.current_doc.is_modified))
        self._update_title()
        self._update_actions()

    def _doc_changed(self, doc: MeetingDocument) -> None:
        if doc is self.current_doc:
            self._update_title()

    def _update_title(self) -> None:
        doc = self.current_doc
        if doc is None:
            self.setWindowTitle(self.tr("Meeting Planner[*]"))
            return
        meeting = doc.meeting
        name = meeting.candidate.name or meeting.title or self.tr("New meeting")
        if meeting.role.title and meeting.candidate.name:
            name = self.tr("{0}, {1}").format(meeting.candidate.name, meeting.role.title)
        self.setWindowTitle(self.tr("{0}[*] - Meeting Planner").format(name))

    def _update_actions(self) -> None:
        # Before the store is attached nothing can be changed yet, as when read-only.
        self.actions.update(
            has_meeting=self.current_doc is not None, read_only=self.read_only or not self.store
        )

    # -- saving ---------------------------------------------------------------------
    def save_now(self) -> bool:
        return self.autosaver is None or self.autosaver.flush()

    def _saved(self, meeting_id: str) -> None:
        from ...store.summary import MeetingSummary

        doc = self.docs.get(meeting_id)
        if doc is not None:
            self.list_panel.model.upsert(MeetingSummary.of(doc.meeting))
        self.statusBar().showMessage(
            self.tr("All changes saved at {0}").format(datetime.now().strftime("%H:%M:%S"))
        )

    def _save_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Changes not saved yet: {0}").format(message))
        messages.show_error(self, self.tr("Changes not saved"), message)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self.save_now() and not messages.ask_yes_no(
            self,
            self.tr("Changes not saved"),
            self.tr(
                "Some changes could not be saved. Quit anyway and lose them? "
                "Choose No to stay and try again."
            ),
        ):
            event.ignore()
            return
        self.ui_state.save(self, self.splitter)
        if self.store is not None:
            # Closed before the meetings were open, the window keeps last time's choice.
            doc = self.current_doc
            editor = self.editors.get(doc.meeting_id) if doc is not None else None
            self.ui_state.set_last_meeting(
                doc.meeting_id if doc is not None else "",
                editor.tabs.currentIndex() if editor is not None else 0,
            )
        event.accept()

    # -- actions (File, Edit, Documents, Help) ----------------------------------------
    def new_meeting(self) -> None:
        self.ops.new_meeting()

    def new_from_sample(self) -> None:
        self.ops.new_from_sample()

    def duplicate_meeting(self) -> None:
        self.ops.duplicate()

    def save_as_template(self) -> None:
        self.ops.save_as_template()

    def delete_meeting(self) -> None:
        self.ops.delete()

    def import_files(self, paths: list[Path] | None = None) -> list[str]:
        return self.ops.import_files(paths)

    def export_file(self, plan_only: bool) -> None:
        self.ops.export_file(plan_only)

    def import_debrief(self, path: Path | None = None) -> bool:
        return self.ops.import_debrief(path)

    def print_brief(self) -> None:
        self.show_document("brief")

    def show_document(self, kind: str) -> None:
        self.ops.show_document(kind)

    def edit_profile(self) -> None:
        self.ops.edit_profile()

    def focus_search(self) -> None:
        self.list_panel.focus_search()

    def show_about(self) -> None:
        self.ops.show_about()

    def show_shortcuts(self) -> QDialog:
        """Help > Keyboard shortcuts, beside the window (not modal: keys can be tried)."""
        from .shortcuts_help import ShortcutsDialog

        dialog = ShortcutsDialog(self.menuBar(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_saved(self, path: Path) -> None:
        """Say in the status bar where a file was saved, with a link that opens its folder."""
        if self._saved_label is None:
            self._saved_label = SavedNotice(self)
            self.statusBar().addWidget(self._saved_label, 1)
        self._saved_label.show_path(path)

    def switch_tab(self, step: int) -> None:
        """Move to the next (1) or previous (-1) part of the open meeting, wrapping around."""
        doc = self.current_doc
        editor = self.editors.get(doc.meeting_id) if doc is not None else None
        if editor is None:
            return
        tabs = editor.tabs
        tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())

    def offer_welcome(self) -> None:
        """The first-run welcome, shown without blocking (the choice arrives later)."""
        self.ops.offer_welcome()

    # -- drops -------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if _dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        paths = _dropped_files(event)
        if not paths:
            return
        event.acceptProposedAction()
        # Let the drag finish before any dialog opens.
        QTimer.singleShot(0, lambda: self.ops.open_dropped(paths))


def _dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.name.lower().endswith((".json", ".pdf"))]
