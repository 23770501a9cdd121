"""What the evaluation screens change: closing stages. Database worker only.

Each function is one local transaction that also queues its changes for the server, so a
stage is never closed here without its decisions, nor the other way round.
"""

from __future__ import annotations

from sqlalchemy import select

from desktop.local_store import LocalStore, domain
from desktop.stage_closing import Closing

stage_t = domain["stage"]


def close_stage(store: LocalStore, closing: Closing) -> None:
    """Close the stage the preview was made for; refuses one that is already closed."""
    with store.tx() as conn:
        status = conn.execute(select(stage_t.c.status)
                              .where(stage_t.c.id == closing.stage_id)).scalar_one()
        if status != "open":
            raise ValueError("this stage is already closed")
        store._save(conn, "stage", {"id": closing.stage_id, "status": "closed"})
