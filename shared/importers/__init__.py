"""Read ideas from files other tools produce: Polis comments, Pabulib projects, any CSV.

Every reader returns an :class:`ImportResult` or raises :class:`ImportFormatError` naming
the line at fault; a malformed file imports nothing, so a half-read file never lands.
"""

from __future__ import annotations

from collections.abc import Callable

from .csv_table import read_csv
from .model import ImportedIdea, ImportFormatError, ImportResult, SkippedRow
from .pabulib import read_pabulib
from .polis import read_polis

#: Format name (as offered to the user) -> reader.
FORMATS: dict[str, Callable[..., ImportResult]] = {
    "polis": read_polis,
    "pabulib": read_pabulib,
    "csv": read_csv,
}

__all__ = [
    "FORMATS",
    "ImportFormatError",
    "ImportResult",
    "ImportedIdea",
    "SkippedRow",
    "read_csv",
    "read_pabulib",
    "read_polis",
]
