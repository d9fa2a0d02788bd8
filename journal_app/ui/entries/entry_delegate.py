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
from ...core.search import MATCH_END, MATCH_START
from ..common.chips import readable_text_on
from .entry_list_model import EntryRole, SnippetRole, StartsDayRole

PAD = 8
CHIP_H = 18


class EntryDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(200, PAD + fm.height() + 4 + fm.height() + 6 + CHIP_H + PAD)

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
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = QColor(text_colour)
        muted.setAlpha(170)
        fm = QFontMetrics(option.font)
        inner = rect.adjusted(PAD, PAD, -PAD, -PAD)

        # Line 1: time (or date and time in search results), title, private mark.
        snippet: str = index.data(SnippetRole)
        when = entry.time.strftime("%H:%M")
        if searching:
            when = QLocale().toString(entry.date, "d MMM yyyy") + "  " + when
        painter.setPen(muted)
        painter.drawText(inner.x(), inner.y() + fm.ascent(), when)
        x = inner.x() + fm.horizontalAdvance(when) + PAD
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        title = QFontMetrics(bold).elidedText(
            entry.title or entry.preview or self.tr("Untitled"),
            Qt.TextElideMode.ElideRight,
            inner.right() - x,
        )
        painter.drawText(x, inner.y() + fm.ascent(), title)
        painter.setFont(option.font)

        # Line 2: the excerpt (matches in bold) or the first line of the body.
        y2 = inner.y() + fm.height() + 4
        if searching and snippet:
            self._paint_marked(
                painter,
                option.font,
                inner.x(),
                y2 + fm.ascent(),
                inner.width(),
                snippet,
                muted,
                text_colour,
            )
        elif entry.title and entry.preview:
            painter.setPen(muted)
            painter.drawText(
                inner.x(),
                y2 + fm.ascent(),
                fm.elidedText(entry.preview, Qt.TextElideMode.ElideRight, inner.width()),
            )

        # Line 3: client chips in their colours.
        chips = [(ref.name, QColor(ref.colour or "#888888")) for ref in entry.client_refs]
        if entry.private:
            chips.insert(0, (self.tr("private"), palette.color(QPalette.ColorRole.Mid)))
        if entry.incidents:
            label = f"⚑ {entry.incidents}"  # boundary incidents logged in this entry
            chips.insert(0, (label, QColor("#c2410c")))
        self._paint_chips(
            painter, option.font, inner.x(), y2 + fm.height() + 6, inner.right(), chips
        )
        painter.restore()

    @staticmethod
    def gutter_width(option: QStyleOptionViewItem) -> int:
        big = QFont(option.font)
        big.setPointSizeF(big.pointSizeF() * 1.5)
        return QFontMetrics(big).horizontalAdvance("00") + 3 * PAD

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
        palette = option.palette
        painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        if not starts_day:
            return
        line = palette.color(QPalette.ColorRole.Mid)
        painter.setPen(line)
        painter.drawLine(option.rect.left(), rect.top(), option.rect.right(), rect.top())
        locale = QLocale()
        big = QFont(option.font)
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        painter.setFont(big)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        top = rect.adjusted(0, PAD - 2, 0, 0)
        painter.drawText(
            top, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(entry.date.day)
        )
        small = QFont(option.font)
        small.setPointSizeF(small.pointSizeF() * 0.8)
        painter.setFont(small)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        below = top.adjusted(0, QFontMetrics(big).height(), 0, 0)
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

    @staticmethod
    def _paint_chips(
        painter: QPainter,
        font: QFont,
        x: int,
        y: int,
        right: int,
        chips: list[tuple[str, QColor]],
    ) -> None:
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.85)
        painter.setFont(small)
        fm = QFontMetrics(small)
        for name, colour in chips:
            width = fm.horizontalAdvance(name) + 12
            if x + width > right:
                break
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRect(x, y, width, CHIP_H), 9, 9)
            painter.setPen(readable_text_on(colour))
            painter.drawText(QRect(x, y, width, CHIP_H), Qt.AlignmentFlag.AlignCenter, name)
            x += width + 4
        painter.setFont(font)
