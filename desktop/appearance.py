"""Font scale and the high-contrast theme, applied to the whole application at once.

The theme is a style sheet (resources/styles/high_contrast.qss). A widget's own style sheet
wins over the application's, so the tints some screens give their notes and hints (grey
hints, a white page) would stay dark on black: while the theme is on, those widget sheets
are rewritten to white on black, and put back when it is turned off. Likewise the tints
item models give their rows (a grey "not started") are painted white: every state also
has its words, so nothing is lost but a colour that black would swallow.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyledItemDelegate, QWidget

_base_point_size: dict[int, float] = {}  # the platform's font size before any scaling
ORIGINAL, REWRITTEN = "ideabank_own_sheet", "ideabank_contrast_sheet"
_COLOUR = re.compile(r"(?<![-\w])color\s*:\s*[^;}\"]+")
_BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*[^;}\"]+")
_BORDER_COLOUR = re.compile(r"(border[\w-]*\s*:[^;}\"]*?)#[0-9a-fA-F]{3,8}")


def styles_dir() -> Path:
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[1]))
    return base / "resources" / "styles"


def contrast_sheet(sheet: str) -> str:
    """A widget's own style sheet with every colour made white on black."""
    sheet = _COLOUR.sub("color: #ffffff", sheet)
    sheet = _BACKGROUND.sub("background: #000000", sheet)
    return _BORDER_COLOUR.sub(r"\1#ffffff", sheet)


class _Recolour(QObject):
    """Rewrites the sheets of widgets polished, or restyled, while the theme is on."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange) and \
                isinstance(watched, QWidget):
            _recolour(watched)
        return False


class _WhiteText(QStyledItemDelegate):
    """The view's usual delegate, with the model's text colours replaced by white."""

    def initStyleOption(self, option, index) -> None:  # noqa: ANN001, N802 - Qt override
        super().initStyleOption(option, index)
        option.palette.setColor(QPalette.ColorRole.Text, QColor("#ffffff"))


def _recolour(widget: QWidget) -> None:
    if isinstance(widget, QAbstractItemView) and type(widget.itemDelegate()) is QStyledItemDelegate:
        widget.setItemDelegate(_WhiteText(widget))
    sheet = widget.styleSheet()
    if not sheet or widget.property(REWRITTEN) == sheet:
        return
    rewritten = contrast_sheet(sheet)
    widget.setProperty(ORIGINAL, sheet)
    widget.setProperty(REWRITTEN, rewritten)
    if rewritten != sheet:
        widget.setStyleSheet(rewritten)


def _restore(widget: QWidget) -> None:
    if isinstance(widget, QAbstractItemView) and isinstance(widget.itemDelegate(), _WhiteText):
        widget.setItemDelegate(QStyledItemDelegate(widget))
    original = widget.property(ORIGINAL)
    if original is None:
        return
    if widget.styleSheet() == widget.property(REWRITTEN):
        widget.setStyleSheet(original)
    widget.setProperty(ORIGINAL, None)
    widget.setProperty(REWRITTEN, None)


_filters: dict[int, _Recolour] = {}
_palettes: dict[int, QPalette] = {}  # the platform's palette, to put back


def _contrast_palette(base: QPalette) -> QPalette:
    """For what style sheets do not reach: hints in empty fields, and painted text."""
    palette = QPalette(base)
    for role, colour in ((QPalette.ColorRole.Window, "#000000"),
                         (QPalette.ColorRole.Base, "#000000"),
                         (QPalette.ColorRole.AlternateBase, "#1a1a1a"),
                         (QPalette.ColorRole.WindowText, "#ffffff"),
                         (QPalette.ColorRole.Text, "#ffffff"),
                         (QPalette.ColorRole.ButtonText, "#ffffff"),
                         (QPalette.ColorRole.Button, "#000000"),
                         (QPalette.ColorRole.PlaceholderText, "#c8c8c8"),
                         (QPalette.ColorRole.Highlight, "#ffff00"),
                         (QPalette.ColorRole.HighlightedText, "#000000")):
        palette.setColor(role, QColor(colour))
    return palette


def apply(app: QApplication, *, font_scale: int, high_contrast: bool) -> None:
    base = _base_point_size.setdefault(id(app), app.font().pointSizeF())
    font = app.font()
    font.setPointSizeF(base * font_scale / 100)
    app.setFont(font)
    sheet = (styles_dir() / "high_contrast.qss").read_text(encoding="utf-8") if high_contrast else ""
    app.setStyleSheet(sheet)
    app.setProperty("ideabank_high_contrast", high_contrast)
    recolour = _filters.get(id(app))
    if high_contrast and recolour is None:
        _palettes[id(app)] = QPalette(app.palette())
        app.setPalette(_contrast_palette(app.palette()))
        recolour = _filters[id(app)] = _Recolour(app)
        app.installEventFilter(recolour)
        for widget in app.allWidgets():
            _recolour(widget)
    elif not high_contrast and recolour is not None:
        app.removeEventFilter(_filters.pop(id(app)))
        app.setPalette(_palettes.pop(id(app)))
        for widget in app.allWidgets():
            _restore(widget)


def apply_saved(app: QApplication) -> None:
    from desktop import settings

    apply(app, font_scale=settings.get("font_scale"), high_contrast=settings.get("high_contrast"))
