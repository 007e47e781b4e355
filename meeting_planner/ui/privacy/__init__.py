"""Privacy in the main window: retention review and notice, the retention period, and
exporting everything stored about a candidate."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QVBoxLayout

from ...store.errors import StoreError
from ..shared import messages
from ..shared.i18n import told
from .notice import RetentionNotice

if TYPE_CHECKING:
    from ...domain.retention import RetentionItem
    from ..window.frame import WindowFrame
    from .retention_dialog import RetentionDialog


class PrivacyFeature(QObject):
    """The window's privacy actions; found with window.findChild(PrivacyFeature)."""

    def __init__(self, window: WindowFrame, clock: Callable[[], datetime] = datetime.now):
        super().__init__(window)
        self.setObjectName("PrivacyFeature")
        self.window = window
        self.clock = clock
        self.dialog: RetentionDialog | None = None

        self.review_action = QAction(self.tr("&Retention review…"), window)
        self.review_action.setStatusTip(
            self.tr("Closed meetings kept longer than the retention period, for erasure")
        )
        self.review_action.triggered.connect(lambda _checked=False: self.show_review())
        self.settings_action = QAction(self.tr("Retention &period…"), window)
        self.settings_action.setStatusTip(
            self.tr("How long personal data of a closed recruitment is kept")
        )
        self.settings_action.triggered.connect(lambda _checked=False: self.edit_period())
        self.settings_action.setEnabled(not window.read_only)
        view = window.menu("view")
        view.addSeparator()
        view.addAction(self.review_action)
        view.addAction(self.settings_action)

        self.export_action = QAction(self.tr("Export everything about this &candidate…"), window)
        self.export_action.setStatusTip(
            self.tr("All data stored about the selected meeting's candidate, as PDF or JSON")
        )
        self.export_action.triggered.connect(lambda _checked=False: self.export_access())
        file_menu = window.menu("file")
        file_menu.insertAction(_before_quit(file_menu), self.export_action)
        window.list_panel.meeting_selected.connect(self._selection_changed)
        self._selection_changed(window.list_panel.current_id())

        self.notice = RetentionNotice(window)
        self.notice.review_requested.connect(self.show_review)
        layout = window.centralWidget().layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, self.notice)
        window.settled.connect(self.announce)

    # -- retention --------------------------------------------------------------------
    def months(self) -> int:
        from ...store.privacy import stored_retention_months

        return stored_retention_months(self.window.store)

    def items(self) -> list[RetentionItem]:
        from ...store.privacy import meetings_past_retention

        return meetings_past_retention(self.window.store, self.clock())

    def announce(self) -> None:
        """At start: say, without blocking, when meetings are past retention."""
        count = len(self.items())
        self.notice.set_count(count, self.months())
        if count:
            text = (
                self.tr("One meeting is past retention: see View > Retention review")
                if count == 1
                else self.tr("{0} meetings are past retention: see View > Retention review")
            )
            self.window.statusBar().showMessage(text.format(count))

    def show_review(self) -> RetentionDialog:
        if self.dialog is None:
            from .retention_dialog import RetentionDialog

            self.dialog = RetentionDialog(self.window, read_only=self.window.read_only)
            self.dialog.erase_requested.connect(self.erase)
            self.dialog.settings_requested.connect(self.edit_period)
        self._refresh()
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def _refresh(self) -> None:
        items = self.items()
        if self.dialog is not None:
            self.dialog.set_items(items, self.months())
        if self.notice.isVisible():
            self.notice.set_count(len(items), self.months())

    def erase(self, meeting_ids: list[str]) -> bool:
        """Erase the meetings' personal data after the user confirms; True when done."""
        parent = self.dialog or self.window
        count = len(meeting_ids)
        if not messages.ask_yes_no(
            parent,
            self.tr("Erase personal data"),
            (
                self.tr("Erase the personal data of one meeting?")
                if count == 1
                else self.tr("Erase the personal data of {0} meetings?").format(count)
            )
            + " "
            + self.tr(
                "Names, contact details, notes, ratings and free text are removed from the "
                "store and its backups, and cannot be brought back. Dates and categories "
                "stay, anonymous."
            ),
        ):
            return False
        self.window.autosaver.flush()
        current = self.window.list_panel.current_id()
        from ...teamfolder.withdraw import shared_copies, withdraw

        store = self.window.store
        shared = shared_copies(store, list(store.meetings.each(meeting_ids)))
        try:
            report = store.meetings.erase(meeting_ids, self.clock())
        except StoreError as error:
            messages.show_error(parent, self.tr("Personal data not erased"), told(error))
            return False
        for meeting_id in meeting_ids:
            self.window.forget(meeting_id)
        self.window.reload_list()
        if current in meeting_ids:
            self.window.select_meeting(current)
        self._refresh()
        text = (
            self.tr("Erased the personal data of one meeting.")
            if count == 1
            else self.tr("Erased the personal data of {0} meetings.").format(count)
        )
        self.window.statusBar().showMessage(text)
        # The store's own files in the team folder hold the candidates too.
        notes = [*report.notes, *withdraw(shared)]
        if notes:
            messages.show_info(
                parent,
                self.tr("Personal data erased"),
                "\n\n".join(told(note) for note in notes),
            )
        return True

    def edit_period(self) -> bool:
        """Let the user change the retention period; True when a new one was saved."""
        from PySide6.QtWidgets import QDialog

        from ...store.privacy import set_retention_months
        from .settings_dialog import RetentionSettingsDialog

        dialog = RetentionSettingsDialog(self.months(), self.dialog or self.window)
        if messages.run_modal(dialog) != QDialog.DialogCode.Accepted:
            return False
        try:
            set_retention_months(self.window.store, dialog.chosen_months())
        except StoreError as error:
            messages.show_error(self.window, self.tr("Setting not saved"), told(error))
            return False
        self._refresh()
        return True

    # -- access ---------------------------------------------------------------------------
    def export_access(self, path: Path | None = None) -> Path | None:
        from .access_export import export_candidate_data

        return export_candidate_data(self.window, self.clock, path)

    def _selection_changed(self, meeting_id: str) -> None:
        self.export_action.setEnabled(bool(meeting_id))


def _before_quit(menu) -> QAction | None:
    """The menu's last separator (before Quit), so the export joins the other exports."""
    separators = [a for a in menu.actions() if a.isSeparator()]
    return separators[-1] if separators else None


def install(window: WindowFrame) -> PrivacyFeature:
    return PrivacyFeature(window)
