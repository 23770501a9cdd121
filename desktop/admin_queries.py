"""What the platform administrator's screen reads and writes. Database worker only."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from desktop.local_store import LocalStore
from desktop.replica_schema import domain, outbox

organization_t, user_t = domain["organization"], domain["user"]


def organizations(store: LocalStore, *, pending_only: bool) -> list[dict[str, Any]]:
    """Organizations with their people count and whether a decision is still unsent,
    pending ones first, then by name in Azerbaijani order."""
    people = (select(user_t.c.org_id, func.count().label("people"))
              .group_by(user_t.c.org_id).subquery())
    unsent = select(outbox.c.record_id).where(outbox.c.kind == "organization")
    query = (select(organization_t.c.id, organization_t.c.name, organization_t.c.status,
                    func.coalesce(people.c.people, 0).label("people"),
                    organization_t.c.id.in_(unsent).label("unsent"))
             .outerjoin(people, people.c.org_id == organization_t.c.id)
             .order_by((organization_t.c.status != "pending"), organization_t.c.name.collate("AZ")))
    if pending_only:
        query = query.where(organization_t.c.status == "pending")
    return store.rows(query)


def decide(store: LocalStore, org_id: str, *, approve: bool) -> None:
    """Record the decision locally and queue it for the server (sent at the next sync)."""
    store.save("organization", {"id": org_id, "status": "approved" if approve else "rejected"})
