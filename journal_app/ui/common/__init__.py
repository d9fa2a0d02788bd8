"""What every room may use: translations, errors and questions, core's messages, labels, theme,
small widgets, the window's remembered state. Imports no room."""
