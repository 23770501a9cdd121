"""What the kiosk reads from its replica beyond ``desktop.queries``. Database worker only."""

from __future__ import annotations

from sqlalchemy import select

from desktop.local_store import LocalStore
from desktop.replica_schema import domain


def idea_waiting_here(store: LocalStore, tracking_code: str) -> bool:
    """Whether an idea with this code is still on this kiosk, i.e. not yet accepted by the
    server (the kiosk deletes each idea once the server has it)."""
    idea = domain["idea"]
    return bool(store.rows(select(idea.c.id).where(idea.c.tracking_code == tracking_code).limit(1)))
