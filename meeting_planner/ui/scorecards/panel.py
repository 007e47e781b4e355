"""The panel's scorecards in the Debrief tab: each interviewer's rating per criterion side
by side, the spread, and the disagreements to talk about. Until your own scorecard is in,
the others' stay folded away (an option, on by default), so your view stays your own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Decision, Meeting
from ...domain.scorecards import panel_names, spreads
from ..core.document import MeetingDocument, concerns

# Behind a disagreement's row: amber, readable in light and dark themes.
DISAGREEMENT_COLOUR = "#f5c242"


def _tr(text: str, count: int = -1) -> str:
    return QCoreApplication.translate("Scorecards", text, None, count)


def _recommendation(decision: Decision | None) -> str:
    if decision is None:
        return "–"
    return {
        Decision.ADVANCE: _tr("Next step"),
        Decision.OFFER: _tr("Offer"),
        Decision.REJECT: _tr("No"),
        Decision.HOLD: _tr("Hold"),
    }[decision]


class ScorecardsPanel(QGroupBox):
    """The scorecards of one meeting; ``me`` gives the app user's name (to know whether
    their own scorecard is in) and ``fold`` whether to fold the others' until it is."""

    # The fold option changed (True: fold until my own is in).
    fold_changed = Signal(bool)

    def __init__(
        self,
        doc: MeetingDocument,
        *,
        me: Callable[[], str] = lambda: "",
        fold: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(_tr("The panel's scorecards"), parent)
        self.setObjectName("scorecardsPanel")
        self.doc = doc
        self._me = me
        self._revealed = False
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("scorecardsSummary")
        self.show_button = QPushButton(_tr("&Show them anyway"), self)
        self.show_button.setObjectName("showScorecards")
        self.show_button.clicked.connect(self.reveal)
        self.fold = QCheckBox(_tr("Fold the others' scorecards until mine is in"), self)
        self.fold.setObjectName("foldScorecards")
        self.fold.setChecked(fold)
        self.fold.toggled.connect(self._fold_toggled)
        self.table = QTableWidget(self)
        self.table.setObjectName("scorecardsTable")
        self.table.setAccessibleName(_tr("Scorecards side by side"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(True)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table)
        layout.addWidget(self.fold)
        doc.changed.connect(self._changed)
        self.refresh()

    # -- state ------------------------------------------------------------------------
    def own_is_in(self) -> bool:
        """Whether the app user's own scorecard is among them (matched by name)."""
        me = self._me().strip().casefold()
        if not me:
            return False
        names = panel_names(self.doc.meeting)
        return any(name.strip().casefold() == me for name in names.values())

    @property
    def folded(self) -> bool:
        meeting = self.doc.meeting
        return (
            bool(meeting.scorecards)
            and self.fold.isChecked()
            and not self._revealed
            and not self.own_is_in()
        )

    def reveal(self) -> None:
        self._revealed = True
        self.refresh()

    def _fold_toggled(self, on: bool) -> None:
        self.fold_changed.emit(on)
        self.refresh()

    def _changed(self, topic: str) -> None:
        if concerns(topic, "scorecards") or concerns(topic, "criteria") or not topic:
            self.refresh()

    # -- showing ----------------------------------------------------------------------
    def refresh(self) -> None:
        meeting = self.doc.meeting
        count = len(meeting.scorecards)
        if not count:
            self.summary.setText(
                _tr(
                    "No scorecards yet. Give each interviewer their own debrief form "
                    "(Documents > Debrief form for…) and import what comes back."
                )
            )
            self.table.hide()
            self.show_button.hide()
            return
        if self.folded:
            self.summary.setText(
                _tr(
                    "%n scorecards are in. They stay folded until yours is in, so your "
                    "view is your own.",
                    count,
                )
            )
            self.table.hide()
            self.show_button.show()
            return
        self.show_button.hide()
        self.table.show()
        self._fill(meeting)

    def _fill(self, meeting: Meeting) -> None:
        names = panel_names(meeting)
        people = [card.participant_id for card in meeting.scorecards]
        headers = [names[p] or "?" for p in people] + [_tr("Spread")]
        rows = spreads(meeting)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows) + 1)
        self.table.setVerticalHeaderLabels([r.name for r in rows] + [_tr("Recommends")])
        talk = 0
        for r, row in enumerate(rows):
            for c, person in enumerate(people):
                value = row.ratings.get(person)
                self._cell(r, c, "–" if value is None else str(value))
            spread = str(row.spread) if row.ratings else "–"
            if row.disagreement:
                talk += 1
                spread = _tr("{0}: talk about it").format(spread)
            self._cell(r, len(people), spread)
            if row.disagreement:
                for c in range(len(headers)):
                    self.table.item(r, c).setBackground(QBrush(QColor(DISAGREEMENT_COLOUR)))
                    self.table.item(r, c).setForeground(QBrush(QColor("#1d2733")))
        last = len(rows)
        for c, card in enumerate(meeting.scorecards):
            self._cell(last, c, _recommendation(card.recommendation))
        self._cell(last, len(people), "")
        self.table.resizeColumnsToContents()
        # Every row shows: the table is as tall as its rows, the tab scrolls instead.
        rows_height = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(self.table.horizontalHeader().height() + rows_height + frame)
        if talk:
            self.summary.setText(
                _tr(
                    "%n criteria with ratings two or more apart: talk them through before "
                    "you decide.",
                    talk,
                )
            )
        else:
            self.summary.setText(_tr("The panel broadly agrees on every criterion."))

    def _cell(self, row: int, column: int, value: str) -> None:
        item = QTableWidgetItem(value)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.setItem(row, column, item)
