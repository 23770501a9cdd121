"""Installing translations: ours from resources/translations, and Qt's own."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("az", "en", "ru")
DEFAULT_LANGUAGE = "az"


def translations_dir() -> Path:
    # PyInstaller unpacks data next to the executable under sys._MEIPASS.
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[1]))
    return base / "resources" / "translations"


_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str) -> bool:
    """Switch the application's language; returns False when our catalogue is missing."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    # English too has a catalogue: the source strings are English, but its plural forms
    # ("1 idea", "2 ideas") come from there.
    ours = QTranslator(app)
    found = ours.load(str(translations_dir() / f"ideabank_{language}.qm"))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    return found
