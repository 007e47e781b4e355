"""The open meeting as the UI holds it: its document with the undo stack, one undo command
per kind of edit, the binding of form widgets to fields, and saving."""
