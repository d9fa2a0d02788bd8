"""The main window's shell: it composes the rooms (widgets, controllers, signals), its actions
and menus, the single instance, start-up profile, quiet GC, platform check."""
