"""The replica's side of the integrity check: per-contest counts and checksums.

Computed exactly as the server computes them (``shared.wire.contest_checksums`` over
``kind:id:rev``), so equal numbers mean the replica holds what the server would send.
Records with rev 0 were never confirmed by the server (unsent, or refused and kept for
the user to see) and are left out, as the server does not have them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select

from desktop.local_store import LocalStore
from desktop.replica_schema import domain, outbox
from shared.wire import CONTEST_KINDS, contest_checksums


def local_checksums(store: LocalStore) -> dict[str, dict[str, Any]]:
    records: list[tuple[str, str, int, str]] = []
    with store.engine.connect() as conn:
        for kind in CONTEST_KINDS:
            table = domain[kind]
            contest_col = table.c.id if kind == "contest" else table.c.contest_id
            query = select(table.c.id, table.c.rev, contest_col.label("contest_of")).where(
                table.c.rev > 0)
            records.extend((kind, r.id, r.rev, r.contest_of) for r in conn.execute(query))
    return contest_checksums(records)


def differing(local: dict[str, dict[str, Any]], remote: dict[str, dict[str, Any]]) -> list[str]:
    """Contest ids whose count or checksum differ, in a stable order."""
    return sorted(c for c in set(local) | set(remote) if local.get(c) != remote.get(c))


def drop_contest(store: LocalStore, contest_id: str) -> None:
    """Forget the server's copy of one contest's records, before re-pulling them.

    Records with unsent outbox rows, and records the server never confirmed (rev 0: not
    yet sent, or refused and kept for the user to see), are kept.
    """
    unsent = select(outbox.c.record_id)
    with store.tx() as conn:
        for kind in reversed(CONTEST_KINDS):
            table = domain[kind]
            of_contest = table.c.id if kind == "contest" else table.c.contest_id
            conn.execute(delete(table).where(of_contest == contest_id, table.c.rev > 0,
                                             table.c.id.not_in(unsent)))
