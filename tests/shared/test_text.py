"""Azerbaijani case folding and alphabetical order, checked against orders written by hand."""

from __future__ import annotations

import random

from shared.text import az_fold, az_sort_key, contains_folded


def test_fold_pairs_dotted_and_dotless_i() -> None:
    assert az_fold("İSMAYIL") == "ismayıl"
    assert az_fold("ILQAR") == "ılqar"
    assert az_fold("ŞƏKİ") == "şəki"
    assert az_fold("ĞÖÜÇ") == "ğöüç"
    # A decomposed capital I + combining dot above is the same letter as "İ".
    assert az_fold("I\u0307SMAYIL") == "ismayıl"
    # C + combining cedilla composes to ç before folding.
    assert az_fold("C\u0327AY") == "çay"


def test_fold_other_scripts() -> None:
    assert az_fold("МОСКВА") == "москва"
    assert az_fold("Straße") == az_fold("STRASSE") == "strasse"


def test_contains_folded() -> None:
    assert contains_folded("İSTANBUL", "istanbul")
    assert contains_folded("ILDIRIM", "ıldırım")
    assert not contains_folded("İlham", "ılham")
    assert contains_folded("Bakı şəhəri", "BAKI")
    assert not contains_folded("Bakı", "BAKİ")
    assert contains_folded("Yeni ideya", "")


NAMES_IN_ORDER = [
    "007",  # digits before letters
    "Aydın",
    "Babək",
    "Ceyhun",
    "Çingiz",  # ç after c
    "Dilarə",
    "Elnur",
    "Əli",  # ə after e
    "Fuad",
    "Günel",
    "Ğarğa",  # ğ after g
    "Həsən",
    "Xəyal",  # x right after h
    "Ilqar",  # ı ("ılqar") before i
    "Ismayıl",
    "İlham",
    "İsmayıl",
    "Jalə",
    "Kamran",
    "Qasım",  # q right after k
    "Lalə",
    "Murad",
    "Nigar",
    "Orxan",
    "Ömər",  # ö after o
    "Pərviz",
    "Rəşad",
    "Samir",
    "Şahin",  # ş after s
    "Tural",
    "Ulviyyə",
    "Üzeyir",  # ü after u
    "Vüqar",
    "Yusif",
    "Zaur",
    "Zəfər",  # a < ə in second place
    "Wolfgang",  # w is not in the alphabet: after z
    "Ähnlich",  # ä (U+00E4) after w (U+0077) by code point
    "Анар",  # Cyrillic after Latin
    "Борис",
]


def test_sort_order_of_the_alphabet() -> None:
    shuffled = NAMES_IN_ORDER[:]
    random.Random(7).shuffle(shuffled)
    assert sorted(shuffled, key=az_sort_key) == NAMES_IN_ORDER


def test_sort_order_of_the_brief_list() -> None:
    names = [
        "Zaur", "Əli", "İlham", "Ilqar", "Çingiz", "Xəyal", "Həsən", "Qasım",
        "Kamran", "Aydın", "Şahin", "Ömər", "Üzeyir", "Ceyhun", "Günel", "Ğarğa",
    ]  # fmt: skip
    assert sorted(names, key=az_sort_key) == [
        "Aydın", "Ceyhun", "Çingiz", "Əli", "Günel", "Ğarğa", "Həsən", "Xəyal",
        "Ilqar", "İlham", "Kamran", "Qasım", "Ömər", "Şahin", "Üzeyir", "Zaur",
    ]  # fmt: skip


def test_sort_ignores_case_and_breaks_ties_by_the_original() -> None:
    # "ALI" folds to "alı", which precedes "ali"; the other three all fold to "ali"
    # and fall back to code-point order: "ALİ" (L = 76) < "Ali" (l = 108) < "ali" (a = 97
    # vs A = 65 in first place).
    words = ["ali", "Ali", "ALI", "ALİ"]
    assert sorted(words, key=az_sort_key) == ["ALI", "ALİ", "Ali", "ali"]
    assert sorted(reversed(words), key=az_sort_key) == ["ALI", "ALİ", "Ali", "ali"]
    assert sorted(["zaur", "Aydın", "ZAUR", "aydın"], key=az_sort_key) == [
        "Aydın",
        "aydın",
        "ZAUR",
        "zaur",
    ]


def test_space_and_prefix_sort_first() -> None:
    assert sorted(["Alim", "Ali Veli", "Ali"], key=az_sort_key) == ["Ali", "Ali Veli", "Alim"]
    assert sorted(["b2", "b10", "bə", "ba"], key=az_sort_key) == ["b10", "b2", "ba", "bə"]


def test_the_rules_follow_the_language_of_the_text() -> None:
    # English, German and Russian text fold by Unicode's rules: I is i there.
    assert contains_folded("INNOVATION HUB", "innovation")
    assert contains_folded("Initiative für Schulessen", "INITIATIVE")
    assert contains_folded("ОТКРЫТЬ ЦЕНТР", "открыть")
    # Azerbaijani text (it has ə, ı, ğ or İ): I is ı.
    assert contains_folded("İnnovasiya mərkəzi", "İNNOVASİYA")
    assert not contains_folded("İlham verən", "ILHAM")
    assert contains_folded("Küçələrdə ışıq", "IŞIQ")
    assert contains_folded("ÇİÇƏK BAZARI", "çiçək")
    assert contains_folded("Şəki", "ŞƏKİ")
