"""Case-insensitive matching and alphabetical order that are right for Azerbaijani.

Python's own lower() maps "I" to "i" and "İ" to "i" plus a combining dot, so "İSMAYIL"
would never match "ismayıl". Azerbaijani pairs I/ı and İ/i instead, and its alphabet puts
ç, ə, ğ, ı, ö, ş, ü and the letters x and q where code-point order does not.
"""

from __future__ import annotations

import unicodedata

AZ_ALPHABET = "abcçdeəfgğhxıijkqlmnoöprsştuüvyz"
_AZ_RANK = {letter: rank for rank, letter in enumerate(AZ_ALPHABET)}

# Groups of characters in sort order; inside a group, by alphabet rank or by code point.
_OTHER = 0  # spaces, punctuation, symbols: "Ali Veli" sorts before "Alim"
_DIGIT = 1
_AZ_LETTER = 2
_LATIN = 3  # Latin letters outside the Azerbaijani alphabet (w, ä, ß...) come after z
_CYRILLIC = 4
_OTHER_LETTER = 5


def az_fold(s: str) -> str:
    """A search key that ignores case the Azerbaijani way: I↔ı and İ↔i.

    NFC first, so a decomposed "I" + combining dot above counts as "İ"; then casefold,
    which also folds German ß to "ss"; NFC again because casefold may decompose.
    """
    text = unicodedata.normalize("NFC", s)
    text = text.replace("I", "ı").replace("İ", "i")
    return unicodedata.normalize("NFC", text.casefold())


def contains_folded(haystack: str, needle: str) -> bool:
    """Whether ``needle`` occurs in ``haystack`` ignoring case as Azerbaijani does."""
    return az_fold(needle) in az_fold(haystack)


def _char_key(ch: str) -> tuple[int, int]:
    if ch in _AZ_RANK:
        return (_AZ_LETTER, _AZ_RANK[ch])
    category = unicodedata.category(ch)
    if category[0] == "N":
        return (_DIGIT, ord(ch))
    if category[0] == "L":
        name = unicodedata.name(ch, "")
        if name.startswith("LATIN"):
            return (_LATIN, ord(ch))
        if name.startswith("CYRILLIC"):
            return (_CYRILLIC, ord(ch))
        return (_OTHER_LETTER, ord(ch))
    return (_OTHER, ord(ch))


def az_sort_key(s: str) -> tuple:
    """Sort key for Azerbaijani alphabetical order, ignoring case.

    Strings that fold to the same text are ordered by the original string, so the order
    is total: sorting never depends on the order the input came in.
    """
    return (tuple(_char_key(ch) for ch in az_fold(s)), s)
