"""Paints one entry row: the day in a gutter on the left (on the first row of each day), then
time, title, excerpt and client chips.

Every row is the same height, so the list can lay out 100,000 rows without asking each one
its size (`setUniformItemSizes`): a day heading above a row would make its height vary.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...core.records import EntrySummary
from ...core.snippets import MATCH_END, MATCH_START
from ..common import theme
from ..common.chips import CHIP_H, paint_chips
from .entry_list_model import EntryRole, SnippetRole, StartsDayRole

ROW_H = 76
PAD_X, PAD_Y = 12, 8
GUTTER = 52
LINE_GAP = 4
BAR = 4  # the selected row's accent bar (the spec's 3 px, on the 4 px grid)


class EntryDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        title, meta, _day = self._fonts(option)
        fm, small = QFontMetrics(title), QFontMetrics(meta)
        height = PAD_Y + fm.height() + LINE_GAP + small.height() + LINE_GAP + CHIP_H + PAD_Y
        height += (-height) % 4
        return QSize(200, max(ROW_H, height))

    @staticmethod
    def _fonts(option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        title = theme.font("list_title", option.font, QFont.Weight.DemiBold)
        meta = theme.font("meta", option.font)
        day = theme.font("day", option.font, QFont.Weight.DemiBold)
        return title, meta, day

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        entry: EntrySummary | None = index.data(EntryRole)
        if entry is None:
            return
        painter.save()
        palette = option.palette
        rect = QRect(option.rect)
        searching = bool(getattr(index.model(), "searching", False))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if not searching:  # search results show their date beside the time instead
            gutter = QRect(rect.x(), rect.y(), self.gutter_width(option), rect.height())
            self._paint_day(painter, option, gutter, entry, bool(index.data(StartsDayRole)))
            rect.setLeft(gutter.right() + 1)
        text_colour = palette.color(QPalette.ColorRole.Text)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
            painter.fillRect(
                QRect(rect.x(), rect.y(), BAR, rect.height()),
                palette.color(QPalette.ColorRole.Accent),
            )
            text_colour = palette.color(QPalette.ColorRole.HighlightedText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        if selected and muted.lightness() // 128 == text_colour.lightness() // 128:
            muted = QColor(text_colour)  # a platform's strong highlight: no muted tone reads
        title_font, meta_font, _day = self._fonts(option)
        fm, small = QFontMetrics(title_font), QFontMetrics(meta_font)
        inner = rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)

        # Line 1: title (or the first words), then the time (with the date in search results).
        snippet: str = index.data(SnippetRole)
        when = entry.time.strftime("%H:%M")
        if searching:
            when = QLocale().toString(entry.date, "d MMM yyyy") + "  " + when
        painter.setFont(meta_font)
        painter.setPen(muted)
        when_width = small.horizontalAdvance(when)
        painter.drawText(inner.right() - when_width, inner.y() + fm.ascent(), when)
        painter.setFont(title_font)
        painter.setPen(text_colour)
        title = fm.elidedText(
            entry.title or entry.preview or self.tr("Untitled"),
            Qt.TextElideMode.ElideRight,
            inner.width() - when_width - PAD_X,
        )
        painter.drawText(inner.x(), inner.y() + fm.ascent(), title)

        # Line 2: the excerpt (matches in bold) or the first line of the body.
        y2 = inner.y() + fm.height() + LINE_GAP
        if searching and snippet:
            self._paint_marked(
                painter,
                meta_font,
                inner.x(),
                y2 + small.ascent(),
                inner.width(),
                snippet,
                muted,
                text_colour,
            )
        elif entry.title and entry.preview:
            painter.setFont(meta_font)
            painter.setPen(muted)
            painter.drawText(
                inner.x(),
                y2 + small.ascent(),
                small.elidedText(entry.preview, Qt.TextElideMode.ElideRight, inner.width()),
            )

        # Line 3: client chips; the incidents' count in the incident colour; private.
        chips = [(ref.name, ref.colour or "#888888") for ref in entry.client_refs]
        flags: list[tuple[str, str]] = []
        if entry.incidents:
            flags.append((f"⚑ {entry.incidents}", theme.colours().incident))
        if entry.private:
            flags.append((self.tr("private"), muted.name()))
        behind = palette.color(
            QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
        )
        paint_chips(
            painter,
            meta_font,
            QRect(inner.x(), y2 + small.height() + LINE_GAP, inner.width(), CHIP_H),
            chips,
            flags,
            behind,
            text_colour,
        )
        painter.restore()

    @staticmethod
    def gutter_width(option: QStyleOptionViewItem) -> int:
        return GUTTER

    def _paint_day(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        rect: QRect,
        entry: EntrySummary,
        starts_day: bool,
    ) -> None:
        """The day's number and its weekday and month, on the first row of the day; a line
        above it separates the days."""
        if not starts_day:
            return
        palette = option.palette
        painter.setPen(palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(option.rect.left(), rect.top(), option.rect.right(), rect.top())
        locale = QLocale()
        _title, meta, day = self._fonts(option)
        painter.setFont(day)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        top = rect.adjusted(0, PAD_Y, 0, 0)
        painter.drawText(
            top, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(entry.date.day)
        )
        painter.setFont(meta)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        below = top.adjusted(0, QFontMetrics(day).height(), 0, 0)
        weekday = locale.toString(entry.date, "ddd")
        month = locale.toString(
            entry.date, "MMM yy" if entry.date.year != dt.date.today().year else "MMM"
        )
        painter.drawText(
            below, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, f"{weekday}\n{month}"
        )
        painter.setFont(option.font)

    @staticmethod
    def _paint_marked(
        painter: QPainter,
        font: QFont,
        x: int,
        baseline: int,
        width: int,
        snippet: str,
        colour: QColor,
        match_colour: QColor,
    ) -> None:
        bold = QFont(font)
        bold.setBold(True)
        right = x + width
        marked = False
        for piece in snippet.replace("\n", " ").replace(MATCH_END, MATCH_START).split(MATCH_START):
            use = bold if marked else font
            painter.setFont(use)
            painter.setPen(match_colour if marked else colour)
            fm = QFontMetrics(use)
            shown = fm.elidedText(piece, Qt.TextElideMode.ElideRight, max(0, right - x))
            painter.drawText(x, baseline, shown)
            x += fm.horizontalAdvance(shown)
            if shown != piece or x >= right:
                break
            marked = not marked
        painter.setFont(font)
