"""Dialogs that stand on their own: a new meeting, the employer profile, the language."""
