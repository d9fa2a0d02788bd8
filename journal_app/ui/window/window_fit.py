"""The window on any screen: narrow (half of a 1920 screen, or 1280 at 150%) the questions
panel moves under the editor, and narrower still the sidebar and calendar step aside; wide
again, each goes back. View → Show Sidebar (F9) brings them back in a narrow window too: in
the entry list's place, like a drawer, until a client, tag or day is chosen (or Esc, or F9
again) and the list, filtered, comes back. Every window and dialog of the app opens inside
the screen's free area (`ScreenFit`, on the application), the frame and title bar included."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Before the window manager has framed a window its frame is unknown: room for a title bar.
FRAME_GUESS = (2, 34)

# What the editor needs at the least. Not its size hint: the page's side margins grow with the
# editor's width (editor_view.page_margin), so the hint of a wide editor is wide.
EDITOR_MIN = 432


class WindowFit:
    """Mixed into MainWindow (see there for the members used)."""

    splitter: Any
    left: Any
    middle: Any
    editor_column: Any
    editor_view: Any
    questions_panel: Any
    sidebar_action: Any
    _left_stepped_aside: bool  # hidden by a narrow window, back when it widens
    _sidebar_wanted: bool  # the person's choice (View → Show Sidebar)
    _sidebar_over_list: bool  # shown in a narrow window, in the list's place

    def _narrowest(self) -> int:
        """The least the central part needs: the list and the editor (the rest can move)."""
        handle = self.splitter.handleWidth()
        return self._need(self.middle) + EDITOR_MIN + 2 * handle

    @staticmethod
    def _need(widget: QWidget) -> int:
        return max(widget.minimumSizeHint().width(), widget.minimumWidth())

    def _room(self, width: int) -> tuple[bool, bool]:
        """At `width`: are the questions beside the editor, and is there room for the
        sidebar beside the list?"""
        handle = self.splitter.handleWidth()
        panel = (
            self._need(self.questions_panel) + handle
            if self.questions_panel.isVisibleTo(self)
            else 0
        )
        middle, editor = self._need(self.middle), EDITOR_MIN
        left = self._need(self.left) + handle
        beside = width >= left + middle + editor + panel + 2 * handle
        return beside, width >= left + middle + editor + (panel if beside else 0) + 2 * handle

    def fit_layout(self, width: int | None = None) -> None:
        """`width`: the window's new width, while its layout has not caught up yet."""
        beside, room_for_left = self._room(self.splitter.width() if width is None else width)
        orientation = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        if self.editor_column.orientation() != orientation:
            self.editor_column.setOrientation(orientation)
            if not beside:  # under the editor: the page keeps most of the height
                tall = max(self.editor_column.height(), 400)
                self.editor_column.setSizes([tall * 7 // 10, tall - tall * 7 // 10])
        if room_for_left and self._sidebar_over_list:  # wide enough for both again
            self._sidebar_over_list = False
            self.middle.show()
        if not self._sidebar_wanted:
            self.left.hide()
        elif room_for_left and self._left_stepped_aside:
            self._left_stepped_aside = False
            self._show_left()
        elif not room_for_left and self.left.isVisibleTo(self) and not self._sidebar_over_list:
            self._left_stepped_aside = True
            self.left.hide()
        action = getattr(self, "sidebar_action", None)  # None while the window is built
        if action is not None:
            action.setChecked(self.left.isVisibleTo(self))

    def _show_left(self) -> None:
        self.left.show()
        sizes = self.splitter.sizes()
        if sizes and sizes[0] == 0:  # back with the width it needs, taken from the editor
            need = max(self._need(self.left), 192)
            sizes[0], sizes[-1] = need, max(EDITOR_MIN, sizes[-1] - need)
            self.splitter.setSizes(sizes)

    def _toggle_sidebar(self, on: bool) -> None:
        """View → Show Sidebar. A narrow window has no room for the sidebar beside the list:
        it takes the list's place until a choice is made (`_sidebar_chosen`)."""
        if on:
            self._sidebar_wanted, self._left_stepped_aside = True, False
            if not self._room(self.splitter.width())[1]:  # no room: in the list's place
                self._sidebar_over_list = True
                self.middle.hide()
            self._show_left()
            self.sidebar.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif self._sidebar_over_list:
            self._sidebar_chosen()
            return
        else:
            self._sidebar_wanted = False
            self.left.hide()
        self.fit_layout()

    def _sidebar_chosen(self) -> None:
        """A client, tag or day was picked in the sidebar shown in the list's place (or Esc):
        the list comes back, showing what was picked."""
        if not self._sidebar_over_list:
            return
        self._sidebar_over_list = False
        self._left_stepped_aside = True
        self.left.hide()
        self.middle.show()
        self.entry_list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sidebar_action.setChecked(False)


def fit_on_screen(window: QWidget) -> None:
    """Shrink and move a top-level window so all of it, frame included, is on its screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    inner, outer = window.geometry(), window.frameGeometry()
    frame_w, frame_h = outer.width() - inner.width(), outer.height() - inner.height()
    if frame_w <= 0 and frame_h <= 0:
        frame_w, frame_h = FRAME_GUESS
    width = max(min(inner.width(), room.width() - frame_w), window.minimumWidth())
    height = max(min(inner.height(), room.height() - frame_h), window.minimumHeight())
    if (width, height) != (inner.width(), inner.height()):
        window.resize(width, height)
    x = min(max(outer.x(), room.left()), room.left() + room.width() - (width + frame_w))
    y = min(max(outer.y(), room.top()), room.top() + room.height() - (height + frame_h))
    if (x, y) != (outer.x(), outer.y()):
        window.move(max(x, room.left()), max(y, room.top()))


def on_screen(window: QWidget) -> bool:
    """All of the window's frame is inside its screen's free area."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen is not None and screen.availableGeometry().contains(QRect(window.frameGeometry()))


class ScreenFit(QObject):
    """On the application: each window or dialog is fitted to its screen as it shows."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
        ):
            fit_on_screen(watched)
        return False
