"""The menu bar: where each action of the window and of the rooms' controllers is placed."""

from __future__ import annotations


class WindowMenus:
    """Mixed into MainWindow (see there for the members used)."""

    def _build_menus(self) -> None:
        safety, transfer, preferences = self.safety, self.transfer, self.preferences
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action])
        file_menu.addSeparator()
        file_menu.addActions([transfer.export_action, transfer.import_action])
        file_menu.addSeparator()
        file_menu.addActions(self.reviews.actions())
        file_menu.addSeparator()
        file_menu.addActions(safety.actions())
        file_menu.addSeparator()
        file_menu.addActions([self.empty_trash_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find_action, self.trash_action, self.restore_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.clients_action)
        edit_menu.addSeparator()
        edit_menu.addAction(preferences.settings_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions(
            [
                self.today_action,
                self.sidebar_action,
                self.calendar_action,
                self.questions_panel_action,
                self.editor_view.preview_toggle,
            ]
        )
        client_menu = bar.addMenu(self.tr("Clie&nt"))  # C is the editor's Clients field
        client_menu.addActions([self.clients_action, self.reviews.brief_action])
        incidents_menu = bar.addMenu(self.tr("&Incidents"))
        incidents_menu.addActions([self.capture_action, self.editor_view.incidents.add_action])
        incidents_menu.addSeparator()
        incidents_menu.addAction(self.trends_action)
        incidents_menu.addActions(self.plans.actions())
        incidents_menu.addSeparator()
        incidents_menu.addActions([self.kinds_action, self.questions_action])
        format_menu = bar.addMenu(self.tr("F&ormat"))
        v = self.editor_view
        format_menu.addActions([v.bold, v.italic, v.heading, v.bullets, v.quote])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions(
            [
                self.shortcuts_action,
                preferences.add_sample_action,
                preferences.remove_sample_action,
            ]
        )
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
