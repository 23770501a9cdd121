"""Reads of evaluation records on the organizer's replica: kept revisions and their
comparison, decisions. Database worker only (the close preview is
``desktop.closing_queries``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from desktop.local_store import LocalStore
from desktop.replica_schema import domain
from shared.revision_diff import FieldDiff, compare_revisions

revision_t, decision_t = domain["idea_revision"], domain["decision"]


def revisions(store: LocalStore, idea_id: str) -> list[dict[str, Any]]:
    """The idea's kept revisions, oldest first (number 1 is the text first sent)."""
    return store.rows(select(revision_t).where(revision_t.c.idea_id == idea_id)
                      .order_by(revision_t.c.number))


def compare(store: LocalStore, idea_id: str, older: int, newer: int) -> list[FieldDiff]:
    by_number = {r["number"]: r for r in revisions(store, idea_id)}
    return compare_revisions(by_number[older], by_number[newer])


def decisions(store: LocalStore, stage_id: str) -> dict[str, dict[str, Any]]:
    """idea_id -> its decision in the stage."""
    return {r["idea_id"]: r for r in store.rows(
        select(decision_t).where(decision_t.c.stage_id == stage_id))}
