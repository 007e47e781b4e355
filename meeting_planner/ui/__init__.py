"""The desktop app: Qt models adapting the domain, undo commands, windows and dialogs."""
