"""Where the TrueType fonts of the PDF protocol are: resources/fonts (see its licence file)."""

from __future__ import annotations

import sys
from pathlib import Path

REGULAR = "DejaVuSansCondensed.ttf"
BOLD = "DejaVuSansCondensed-Bold.ttf"


def fonts_dir() -> Path:
    # PyInstaller unpacks data under sys._MEIPASS; from a checkout it is the repository root.
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    return base / "resources" / "fonts"
