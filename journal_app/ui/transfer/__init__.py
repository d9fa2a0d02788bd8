"""Export and import dialogs, and their controller."""
