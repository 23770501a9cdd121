"""The replica's secondary indexes during a download from the start.

Keeping non-unique indexes up to date row by row while hundreds of thousands of rows with
random ids arrive costs more than writing the rows; built once afterwards, from sorted keys,
they cost a fraction of that. Unique indexes stay: they guard the data. A download stopped
half-way leaves them out, so every opening of a replica puts back what is missing.
"""

from __future__ import annotations

from sqlalchemy import Engine, Index

from shared.schema import KINDS


def deferred(domain: dict) -> list[Index]:
    """The non-unique indexes of the server's records (``domain``: kind → table)."""
    return [index for kind in KINDS for index in domain[kind].indexes if not index.unique]


def suspend(engine: Engine, domain: dict) -> None:
    with engine.begin() as conn:
        for index in deferred(domain):
            conn.exec_driver_sql(f'DROP INDEX IF EXISTS "{index.name}"')


def restore(engine: Engine, domain: dict) -> None:
    with engine.begin() as conn:
        present = {name for (name,) in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}
        for index in deferred(domain):
            if index.name not in present:
                index.create(conn)
