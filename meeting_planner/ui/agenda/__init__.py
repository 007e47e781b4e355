"""The agenda builder: table model, palette, block details, balance bar and coach panel."""

from __future__ import annotations

from .balance_bar import BalanceBar
from .coach_panel import CoachPanel
from .editor import AgendaEditor
from .model import AgendaTableModel

__all__ = ["AgendaEditor", "AgendaTableModel", "BalanceBar", "CoachPanel"]
