"""The editor: its view and controller (autosave), the incidents panel under it, the token
picker, Markdown editing."""
