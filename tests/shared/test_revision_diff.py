"""Comparing two revisions of an idea word by word."""

from __future__ import annotations

from shared.revision_diff import Piece, compare_revisions


def test_word_changes_between_two_revisions() -> None:
    older = {"title": "Parkda skamya", "body": "Parkda iki skamya qoyulsun", "benefit": ""}
    newer = {"title": "Parkda skamya", "body": "Parkda dörd skamya və işıq qoyulsun",
             "benefit": "Yaşlılar dincələ bilər"}
    title, body, benefit = compare_revisions(older, newer)
    assert (title.field, title.changed, title.pieces) == (
        "title", False, (Piece("same", "Parkda skamya"),))
    assert body.changed
    assert body.pieces == (
        Piece("same", "Parkda "), Piece("removed", "iki "), Piece("added", "dörd "),
        Piece("same", "skamya "), Piece("added", "və işıq "), Piece("same", "qoyulsun"))
    assert benefit.pieces == (Piece("added", "Yaşlılar dincələ bilər"),)
    # Same + added rebuilds the newer text, same + removed the older one.
    assert "".join(p.text for p in body.pieces if p.kind != "removed") == newer["body"]
    assert "".join(p.text for p in body.pieces if p.kind != "added") == older["body"]
