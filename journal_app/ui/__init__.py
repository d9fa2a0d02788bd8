"""Qt Widgets: the window, dialogs, item models. Talks to `journal_app.core` only."""
