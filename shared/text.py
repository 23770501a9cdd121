"""Case-insensitive matching and alphabetical order that are right for Azerbaijani.

Python's own lower() maps "I" to "i" and "İ" to "i" plus a combining dot, so "İSMAYIL"
would never match "ismayıl". Azerbaijani pairs I/ı and İ/i instead, and its alphabet puts
ç, ə, ğ, ı, ö, ş, ü and the letters x and q where code-point order does not.

Those I/ı rules are right only for Azerbaijani and Turkish text: "INITIATIVE" in a German
or English idea is "initiative", not "ınıtıatıve". So search decides per text which rules
apply (``is_turkic``) and folds the rest by Unicode's rules.
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


def unicode_fold(s: str) -> str:
    """A search key that ignores case by Unicode's rules (English, Russian, German...)."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", s).casefold())


# Letters that occur in Azerbaijani or Turkish text and in no other language the product
# meets; ş, ç, ö and ü do not count (Romanian, French, German use them).
_TURKIC_LETTERS = frozenset("əƏıİğĞ")


def is_turkic(text: str) -> bool:
    """Whether ``text`` is Azerbaijani or Turkish, so that I↔ı and İ↔i apply to it.

    Ordinary Azerbaijani prose always has ə or ı; a text without any of these letters
    (a German comment, an English title, Russian) folds by Unicode's rules.
    """
    return not _TURKIC_LETTERS.isdisjoint(unicodedata.normalize("NFC", text))


def search_fold(text: str, context: str | None = None) -> str:
    """``text`` folded by the rules of its language, judged from ``context`` (the whole
    record it belongs to, so a short title takes the language of its description)."""
    return az_fold(text) if is_turkic(text if context is None else context) else unicode_fold(text)


def contains_folded(haystack: str, needle: str) -> bool:
    """Whether ``needle`` occurs in ``haystack`` ignoring case: by Azerbaijani rules when
    either is Azerbaijani or Turkish text ("ILDIRIM" has no letter to tell, "ıldırım" does),
    by Unicode's otherwise."""
    fold = az_fold if is_turkic(haystack) or is_turkic(needle) else unicode_fold
    return fold(needle) in fold(haystack)


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
