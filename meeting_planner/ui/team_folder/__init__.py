"""The team folder in the app: choose it (File > Team folder…), share the plan on screen
into it as your own file, and a notice when it holds something new or changed, which
you review with the same preview as an import before anything is applied."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QVBoxLayout

from ..shared import messages
from ..shared.i18n import told
from .notice import TeamFolderNotice
from .watcher import TeamFolderWatcher

if TYPE_CHECKING:
    from ...teamfolder import Inbox
    from ..window.frame import WindowFrame

__all__ = ["TeamFolder", "install"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("TeamFolder", text)


class TeamFolder(QObject):
    """The window's team folder: the setting, the watcher, the notice and the actions."""

    def __init__(self, window: WindowFrame) -> None:
        super().__init__(window)
        self.window = window
        store = window.store
        assert store is not None
        self.watcher = TeamFolderWatcher(store, self)
        self.notice = TeamFolderNotice(window)
        self.notice.review_requested.connect(self.review)
        layout = window.centralWidget().layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, self.notice)
        self.watcher.looked.connect(self.notice.show_inbox)
        self.watcher.failed.connect(
            lambda message: window.statusBar().showMessage(
                _tr("The team folder cannot be read: {0}").format(message), 10_000
            )
        )
        self.choose_action = QAction(_tr("&Team folder…"), window)
        self.choose_action.setObjectName("teamFolderAction")
        self.choose_action.setStatusTip(
            _tr("The folder your team shares plans and filled forms in (a synced folder)")
        )
        self.choose_action.triggered.connect(lambda: self.choose())
        self.share_action = QAction(_tr("&Share plan to the team folder"), window)
        self.share_action.setObjectName("sharePlanAction")
        self.share_action.setStatusTip(
            _tr("Write this plan into the team folder as your own file, for the others")
        )
        self.share_action.triggered.connect(lambda: self.share())
        self.look_action = QAction(_tr("&Look in the team folder"), window)
        self.look_action.setObjectName("lookTeamFolderAction")
        self.look_action.triggered.connect(lambda: self.review(look_first=True))
        menu = window.menu("file")
        menu.addSeparator()
        menu.addActions([self.choose_action, self.share_action, self.look_action])
        window.actions.meeting_actions.append(self.share_action)
        # The folder is watched from when the first meeting is on screen (its settings
        # and the team folder's modules are not needed before); until then, nothing to
        # look in.
        self.look_action.setEnabled(False)
        window.settled.connect(self._start, Qt.ConnectionType.SingleShotConnection)

    # -- the setting -------------------------------------------------------------------
    def folder(self) -> Path | None:
        from ...teamfolder import FOLDER_SETTING

        store = self.window.store
        chosen = store.settings.get(FOLDER_SETTING, "") if store is not None else ""
        return Path(chosen) if isinstance(chosen, str) and chosen else None

    def _start(self) -> None:
        from ...teamfolder import WRITER_SETTING
        from ..shared.i18n import installed_language

        store = self.window.store
        tag = store.settings.get(WRITER_SETTING, "") if store is not None else ""
        self.watcher.tag = tag if isinstance(tag, str) else ""
        self.watcher.language = installed_language()
        self.watcher.watch(self.folder())
        self.look_action.setEnabled(self.folder() is not None)

    def choose(self, folder: Path | None = None) -> Path | None:
        from ...store import StoreError
        from ...teamfolder import FOLDER_SETTING

        if folder is None:
            from PySide6.QtWidgets import QFileDialog

            start = str(self.folder() or Path.home())
            name = QFileDialog.getExistingDirectory(self.window, _tr("Team folder"), start)
            if not name:
                return None
            folder = Path(name)
        try:
            self.window.store.settings.set(FOLDER_SETTING, str(folder.resolve()))
        except StoreError as error:
            messages.show_error(self.window, _tr("Team folder not set"), told(error))
            return None
        self._start()
        self.watcher.look()
        return folder

    # -- sharing -------------------------------------------------------------------------
    def share(self) -> Path | None:
        from ...store import StoreError
        from ...teamfolder import share_meeting, writer_tag
        from ...teamfolder.files import NAME_SETTING

        doc = self.window.current_doc
        store = self.window.store
        folder = self.folder()
        title = _tr("Share plan")
        if doc is None or store is None:
            return None
        if folder is None:
            if self.choose() is None:
                return None
            folder = self.folder()
            assert folder is not None
        self.window.save_now()
        name = store.settings.get(NAME_SETTING, "") or "me"
        try:
            tag = writer_tag(store, name if isinstance(name, str) else "me")
            path = share_meeting(folder, doc.meeting, tag)
        except (OSError, StoreError) as error:
            reason = told(error)
            messages.show_error(
                self.window,
                title,
                _tr("The plan could not be written into {0}: {1}").format(str(folder), reason),
            )
            return None
        self.watcher.tag = tag
        self.window.statusBar().showMessage(
            _tr("Shared in the team folder as {0}").format(path.name), 10_000
        )
        return path

    # -- the inbox -----------------------------------------------------------------------
    def review(self, look_first: bool = False) -> list[str]:
        """Show what is waiting with the import preview; apply it when the user says so."""
        inbox = self.watcher.look() if look_first or self.watcher.inbox is None else None
        inbox = inbox or self.watcher.inbox
        if inbox is None:
            return []
        if not inbox.pending:
            messages.show_info(
                self.window, _tr("Team folder"), _tr("Nothing new in the team folder.")
            )
            return []
        return self._apply(inbox)

    def _apply(self, inbox: Inbox) -> list[str]:
        from ...batch import collector_paused
        from ...store import StoreError
        from ...teamfolder import apply_inbox, import_plan
        from ..plan_update import dialog
        from ..plan_update.importer import preview_lines, refresh_open

        self.window.save_now()
        plan = import_plan(self.window.store, inbox, self.watcher.language)
        left = [
            _tr("{0}: left alone ({1})").format(f.name, told(f.detail or f.state.value))
            for f in inbox.files
            if f.state.value in ("damaged", "foreign", "stale", "deleted")
        ]
        accepted, _force = dialog.confirm_import(
            self.window, preview_lines(plan) + left, older=0, title=_tr("Team folder")
        )
        if not accepted:
            return []
        try:
            with collector_paused():
                saved = apply_inbox(self.window.store, inbox, language=self.watcher.language)
        except StoreError as error:
            messages.show_error(
                self.window, _tr("Team folder"), _tr("Nothing was applied: {0}").format(told(error))
            )
            return []
        refresh_open(saved, self.window.docs.get)
        self.window.reload_list()
        self.notice.hide()
        return [item.meeting.id for item in saved if item.meeting is not None]


def install(window: WindowFrame) -> TeamFolder | None:
    if window.store is None:
        return None
    return TeamFolder(window)
