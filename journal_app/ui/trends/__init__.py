"""The trends window and its charts."""
