"""What an import produces: ideas, rows left out on purpose, and the error for a bad file.

The rules every format shares live here too (when a body is not worth importing, how a
title is made from a body), so the three readers cannot drift apart on them.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import datetime

#: Longest title an idea may carry (the ``title`` column of the domain schema).
TITLE_MAX = 300
#: Length of a title derived from a body: one readable line in a list, not the whole text.
DERIVED_TITLE_MAX = 120

ELLIPSIS = "…"


@dataclass(frozen=True)
class ImportedIdea:
    """One idea read from a file, before it belongs to any contest."""

    source_id: str
    title: str
    body: str
    created_at: datetime | None
    category: str = ""
    extra: dict = field(default_factory=dict)
    benefit: str = ""  # expected benefit, where the source has such a field


@dataclass(frozen=True)
class SkippedRow:
    """A well-formed row that was left out, with the reason shown to whoever imports."""

    source_id: str
    reason: str
    #: Where the row starts in the file (1-based physical line) and which column its id came
    #: from, so a report can say "comment-id 1359 (line 5)" instead of a bare number.
    line: int = 0
    id_column: str = ""

    def describe(self) -> str:
        """``comment-id 1359 (line 5): body is only punctuation``."""
        where = f" (line {self.line})" if self.line else ""
        name = f"{self.id_column} " if self.id_column else ""
        return f"{name}{self.source_id}{where}: {self.reason}"


@dataclass
class ImportResult:
    ideas: list[ImportedIdea]
    skipped: list[SkippedRow]


class ImportFormatError(ValueError):
    """The file is malformed; ``line`` is the 1-based physical line where the bad record starts."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line
        self.message = message

    def __reduce__(self) -> tuple[type[ImportFormatError], tuple[int, str]]:
        # The default would call cls(str(self)) and fail: rebuild from the two real arguments.
        return (type(self), (self.line, self.message))


EMPTY_BODY = "empty body"
PUNCTUATION_BODY = "body is only punctuation"


def skip_reason(body: str) -> str | None:
    """Why ``body`` should not become an idea, or None when it should.

    Unicode categories rather than an ASCII pattern: a body in Cyrillic, Greek or Arabic
    script is real text even though it holds no [A-Za-z0-9].
    """
    if not body.strip():
        return EMPTY_BODY
    if not any(unicodedata.category(ch)[0] in "LN" for ch in body):
        return PUNCTUATION_BODY
    return None


def derive_title(text: str, limit: int = DERIVED_TITLE_MAX) -> str:
    """A one-line title: the first non-blank line, whitespace collapsed, at most ``limit`` chars.

    A longer line is cut at the last word boundary that leaves room for "…", so the result
    including the ellipsis never exceeds ``limit``; a single word longer than that is cut
    inside the word, as there is no better place.
    """
    first = next((line for line in text.splitlines() if line.strip()), "")
    words = " ".join(first.split())
    if len(words) <= limit:
        return words
    head = words[: limit - 1]
    if words[limit - 1] != " ":
        # The cut falls inside a word: drop that partial word.
        space = head.rfind(" ")
        if space > 0:
            head = head[:space]
    return head.rstrip() + ELLIPSIS
