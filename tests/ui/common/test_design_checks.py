"""The five checks of the design (`DESIGN.md` §4), measured on the window in both schemes:
contrast, the page's measure, the 4 px grid, frames, type and targets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QFormLayout,
    QFrame,
    QLayout,
    QPlainTextEdit,
    QScrollBar,
    QStatusBar,
    QTabBar,
    QToolBar,
    QWidget,
)

from journal_app.core.clients import PALETTE
from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft, IncidentDraft
from journal_app.ui.common import chips, theme
from journal_app.ui.editor import incident_delegate
from journal_app.ui.entries import entry_delegate, sidebar
from journal_app.ui.reflection import questions_panel
from journal_app.ui.window.main_window import MainWindow

BODY = (
    "I told the client that I would not answer messages after seven in the evening, and "
    "then I answered one anyway because it seemed urgent; it was not. Next time I will wait "
    "until the morning and say so kindly, once, without apologising for having a life. "
) * 4


def luminance(colour: str | QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def contrast(a: str | QColor, b: str | QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    theme.apply_theme(request.param)
    yield request.param
    theme.apply_theme("system")


@pytest.fixture
def designed(
    scheme: str, journal: Journal, make_window: Callable[[], MainWindow]
) -> Callable[[int, int], MainWindow]:
    entry = journal.entries.add(
        EntryDraft(title="Apologised for the upsell", body=BODY, clients=("Initech",))
    )
    journal.incidents.add(
        IncidentDraft(
            entry_id=entry,
            client="Initech",
            kind="after_hours",
            response="gave_in",
            note="Answered at 23:10.",
            occurred_at=dt.datetime.combine(dt.date.today(), dt.time(23, 10)),
        )
    )

    def make(width: int, height: int) -> MainWindow:
        window = make_window()
        window.resize(width, height)
        window.open_entry(entry)
        QApplication.processEvents()
        return window

    return make


def pairs(c: theme.Colours) -> dict[str, tuple[str | QColor, str | QColor]]:
    found: dict[str, tuple[str | QColor, str | QColor]] = {}
    for back in ("window", "page", "selection", "card", "card_held"):
        for ink in ("text", "muted"):
            found[f"{ink} on {back}"] = (getattr(c, ink), getattr(c, back))
    for back in ("window", "page", "card"):
        found[f"incident on {back}"] = (c.incident, getattr(c, back))
    found["on accent"] = (c.on_accent, c.accent)
    found["accent on page"] = (c.accent, c.page)
    for name in ("held", "negotiated", "gave_in", "escalated", "open", "off_hours"):
        found[f"{name} pill"] = getattr(c, name)
    for colour in PALETTE:
        for back in ("page", "selection"):
            fill = theme.blend(colour, getattr(c, back), c.chip_alpha)
            found[f"chip {colour} on {back}"] = (c.text, fill)
    return found


def test_every_text_and_background_pair_reads_at_4_5_and_fields_at_3(scheme: str) -> None:
    c = theme.colours()
    assert c is (theme.DARK if scheme == "dark" else theme.LIGHT)
    low = {name: round(contrast(*pair), 2) for name, pair in pairs(c).items()}
    assert {name: ratio for name, ratio in low.items() if ratio < 4.5} == {}
    for back in (c.page, c.window):
        assert contrast(c.outline, back) >= 3.0
    palette = QApplication.palette()
    role = QPalette.ColorRole
    for ink, back in (
        (role.WindowText, role.Window),
        (role.Text, role.Base),
        (role.PlaceholderText, role.Base),
        (role.PlaceholderText, role.Window),
        (role.ButtonText, role.Button),
        (role.HighlightedText, role.Highlight),
        (role.ToolTipText, role.ToolTipBase),
        (role.Link, role.Base),
    ):
        assert contrast(palette.color(ink), palette.color(back)) >= 4.5, (ink, back)
    assert contrast(palette.color(QPalette.ColorGroup.Disabled, role.Text), c.page) >= 4.5


@pytest.mark.parametrize("width, height", [(1280, 800), (1920, 1080)])
@pytest.mark.parametrize("questions", [True, False])
def test_the_page_keeps_a_line_of_60_to_75_characters(
    designed: Callable[[int, int], MainWindow], width: int, height: int, questions: bool
) -> None:
    window = designed(width, height)
    if window.questions_panel_action.isChecked() != questions:
        window.questions_panel_action.trigger()
    QApplication.processEvents()
    assert window.questions_panel.isVisible() == questions
    body = window.editor_view.body
    layout = body.document().firstBlock().layout()
    assert 60 <= layout.lineAt(0).textLength() <= 75


def test_a_short_window_still_shows_the_reflection(
    designed: Callable[[int, int], MainWindow],
) -> None:
    """1280×800 at 150 % leaves 853×533: the page's margins gave way to no text at all."""
    window = designed(853, 533)
    body = window.editor_view.body
    assert window.height() <= 533
    lines = body.fontMetrics().lineSpacing()
    assert body.viewport().height() >= 4 * lines
    first = body.document().firstBlock()
    assert first.layout().lineAt(0).isValid()
    assert body.cursorRect(body.textCursor()).bottom() <= body.viewport().height()
    # the page scrolls, so its incidents stay within reach
    card = window.editor_view.incidents
    window.editor_view.page_scroll.ensureWidgetVisible(card)
    QApplication.processEvents()
    at = card.mapTo(window.editor_view.page_scroll.viewport(), card.rect().topLeft())
    assert 0 <= at.y() < window.editor_view.page_scroll.viewport().height()


def layouts(widget: QWidget) -> Iterator[QLayout]:
    pending: list[QLayout] = [widget.layout()] if widget.layout() is not None else []
    while pending:
        layout = pending.pop()
        yield layout
        for n in range(layout.count()):
            inner = layout.itemAt(n).layout()
            if inner is not None:
                pending.append(inner)


QT_COMPOSITES = (
    QCalendarWidget,
    QStatusBar,
    QToolBar,
    QAbstractSpinBox,
    QComboBox,
    QScrollBar,
    QTabBar,
)


def ours(window: QWidget) -> list[QWidget]:
    """The window's widgets, less the insides of Qt's own composite widgets."""
    found = []
    for widget in window.findChildren(QWidget):
        parent, inside = widget.parentWidget(), False
        while parent is not None and parent is not window:
            inside = inside or isinstance(parent, QT_COMPOSITES)
            parent = parent.parentWidget()
        if not inside:
            found.append(widget)
    return found


def test_margins_spacings_and_delegate_constants_are_on_the_4_px_grid(
    designed: Callable[[int, int], MainWindow],
) -> None:
    window = designed(1280, 800)
    off = []
    for widget in [window, *ours(window)]:
        if isinstance(widget, QT_COMPOSITES):
            continue
        for layout in layouts(widget):
            m = layout.contentsMargins()
            values = [m.left(), m.top(), m.right(), m.bottom()]
            if isinstance(layout, QFormLayout):
                values += [layout.horizontalSpacing(), layout.verticalSpacing()]
            else:
                values.append(layout.spacing())
            if any(v % 4 for v in values if v > 0):
                off.append((widget.objectName() or type(widget).__name__, values))
    assert off == []
    constants = [
        entry_delegate.ROW_H,
        entry_delegate.PAD_X,
        entry_delegate.PAD_Y,
        entry_delegate.GUTTER,
        entry_delegate.LINE_GAP,
        entry_delegate.BAR,
        incident_delegate.PAD,
        incident_delegate.GAP,
        incident_delegate.RADIUS,
        incident_delegate.STRIP,
        incident_delegate.PILL_H,
        incident_delegate.PILL_PAD,
        chips.CHIP_H,
        chips.CHIP_PAD,
        chips.DOT,
        chips.CHIP_GAP,
        sidebar.ROW_H,
        sidebar.COUNT_PAD,
        questions_panel.SEGMENT_W,
        questions_panel.SEGMENT_H,
    ]
    assert [v for v in constants if v % 4] == []
    rows = window.entry_list
    assert rows.sizeHintForRow(0) == entry_delegate.ROW_H
    cards = window.editor_view.incidents.list
    assert cards.sizeHintForRow(0) % 4 == 0


def test_at_most_three_framed_widgets_none_inside_another(
    designed: Callable[[int, int], MainWindow],
) -> None:
    window = designed(1280, 800)
    framed = [
        w
        for w in ours(window)
        if isinstance(w, QFrame) and w.frameWidth() > 0 and w.isVisibleTo(window)
    ]
    names = [w.objectName() or type(w).__name__ for w in framed]
    assert len(framed) <= 3, names
    for outer in framed:
        assert not any(outer.isAncestorOf(inner) for inner in framed if inner is not outer)


def test_type_scale_and_targets(designed: Callable[[int, int], MainWindow]) -> None:
    window = designed(1920, 1080)
    view = window.editor_view
    assert view.title.font().pointSizeF() >= 1.5 * view.body.font().pointSizeF()
    shown = [w for w in ours(window) if w.isVisibleTo(window)]
    small = [w.objectName() or type(w).__name__ for w in shown if w.font().pointSizeF() < 9]
    assert small == []
    sizes = {w.font().pointSizeF() for w in shown} | set(theme.TYPE.values())
    assert len(sizes) <= 6, sorted(sizes)
    for rating in window.questions_panel.ratings.values():
        for button in rating.buttons:
            assert button.width() >= 28 and button.height() >= 28
    panel = window.questions_panel
    seen = QRect(panel.viewport().mapTo(window, panel.viewport().rect().topLeft()), panel.size())
    answers = [
        w
        for w in panel.findChildren(QPlainTextEdit)
        if w.isVisibleTo(window)
        and seen.intersects(QRect(w.mapTo(window, w.rect().topLeft()), w.size()))
    ]
    assert 1 <= len(answers) <= 3
