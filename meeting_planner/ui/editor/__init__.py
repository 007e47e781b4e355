"""The meeting editor: one tab per part of the meeting, each field an undoable edit."""

from __future__ import annotations
