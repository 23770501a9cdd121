"""Comparing two revisions of an idea, field by field, for the organizer. Pure."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass

FIELDS: tuple[str, ...] = ("title", "body", "benefit")


@dataclass(frozen=True)
class Piece:
    """A run of words: ``same``, ``removed`` (only in the older text) or ``added``."""

    kind: str
    text: str


@dataclass(frozen=True)
class FieldDiff:
    field: str
    changed: bool
    pieces: tuple[Piece, ...]


def compare_revisions(older: Mapping[str, str], newer: Mapping[str, str]) -> list[FieldDiff]:
    """Word-level differences of title, body and benefit between two revisions.

    Words keep the whitespace that follows them, so joining a field's ``same`` and
    ``added`` pieces gives the newer text exactly, and ``same`` and ``removed`` the older.
    """
    result = []
    for name in FIELDS:
        a, b = _words(older.get(name) or ""), _words(newer.get(name) or "")
        pieces: list[Piece] = []
        matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                pieces.append(Piece("same", "".join(a[i1:i2])))
                continue
            if i2 > i1:
                pieces.append(Piece("removed", "".join(a[i1:i2])))
            if j2 > j1:
                pieces.append(Piece("added", "".join(b[j1:j2])))
        result.append(FieldDiff(name, a != b, tuple(pieces)))
    return result


def _words(text: str) -> list[str]:
    """Split into words each carrying its trailing whitespace (leading space kept apart)."""
    out: list[str] = []
    current = ""
    for ch in text:
        if not ch.isspace() and current and current[-1].isspace():
            out.append(current)
            current = ""
        current += ch
    if current:
        out.append(current)
    return out
