"""What a person reads on a screen, and which of it is still the English source text.

The walk collects the texts of every visible widget (labels, buttons, tabs, group titles,
placeholders, combo entries, column headers, menus, window titles). A text is untranslated
when it matches a source string of the catalogue whose translation differs from it: the
source's %1/%n placeholders match any filled-in value, so "Public contest, open from …" is
caught with its dates in it.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
PLACEHOLDER = re.compile(r"%(?:n|L?\d)")
LEFTOVER = re.compile(r"%(?:n|L?\d)(?!\d)")  # not "%100", how Azerbaijani writes 100 %
MNEMONIC = re.compile(r"&(?=[^&\s])")
RICH_TAG = re.compile(r"<[^>]+>")


def _plain(text: str) -> str:
    return MNEMONIC.sub("", text).strip()


@cache
def english_sources(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Source strings whose ``language`` translation reads differently, as patterns. A source
    kept as it is in any context ("Status" is Azerbaijani too) is a word of that language."""
    same: set[str] = set()
    differ: set[str] = set()
    for message in ET.parse(TRANSLATIONS / f"ideabank_{language}.ts").iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        source = _plain(message.findtext("source") or "")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        (same if any(_plain(t) == source for t in forms) else differ).add(source)
    found = []
    for source in sorted(differ - same):
        if sum(ch.isalpha() for ch in PLACEHOLDER.sub("", source)) < 3:
            continue  # "%1 %", "OK": nothing to tell apart
        pattern = ".+?".join(re.escape(p) for p in PLACEHOLDER.split(source))
        found.append((source, re.compile(pattern, re.DOTALL)))
    return tuple(found)


def visible_texts(root: QWidget) -> list[str]:
    """Every text a person can read in ``root`` as shown now."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            texts.append(RICH_TAG.sub("", widget.text()) if widget.textFormat()
                         != Qt.TextFormat.PlainText else widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
            texts.append(widget.toolTip())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(n) for n in range(widget.count()))
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(n) for n in range(widget.count()))
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                texts.append(action.text())
                if action.menu() is not None:
                    texts.extend(a.text() for a in action.menu().actions())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model, top = widget.model(), QModelIndex()
            try:
                columns = model.columnCount(top)
            except TypeError:  # a list model: its columnCount is private in PySide6
                columns = 1
            if not isinstance(widget, QListView):
                texts.extend(str(model.headerData(n, Qt.Orientation.Horizontal) or "")
                             for n in range(columns))
            for row in range(min(model.rowCount(top), 30)):
                texts.extend(str(model.index(row, column, top).data() or "")
                             for column in range(columns))
    return [t for t in (_plain(t) for t in texts) if t]


def untranslated(root: QWidget, language: str) -> list[str]:
    """Visible texts still in English (for "az" and "ru"), and unfilled %1/%n placeholders."""
    texts = visible_texts(root)
    left = [t for t in texts if LEFTOVER.search(t)]
    if language == "en":
        return left
    sources = english_sources(language)
    for text in texts:
        for line in {text, *text.splitlines()}:
            line = line.strip()
            match = next((s for s, p in sources if p.fullmatch(line)), None)
            if match is not None:
                left.append(f"{line!r} (source {match!r})")
    return left
