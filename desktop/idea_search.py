"""Each idea's title and text folded for search, kept beside the idea in the replica.

Searching folded text (``shared.text.az_fold``: İ/i and I/ı matched the Azerbaijani way)
by folding every idea at query time costs a Python call per idea and field: about 400 ms
at 50,000 ideas. Here the folded copies are written once, when an idea is stored, by
triggers on the idea table, so that any write keeps them right (a pulled page, an edit, a
repair, a deletion); a search is then a plain LIKE over them.
"""

from __future__ import annotations

from sqlalchemy import Column, Engine, MetaData, String, Table, Text, inspect, or_, select

from shared.text import az_fold

TABLE = "idea_search"


def add_search_table(metadata: MetaData) -> Table:
    return Table(
        TABLE,
        metadata,
        Column("id", String(36), primary_key=True),
        Column("title", Text, nullable=False),
        Column("body", Text, nullable=False),
    )


_FOLDED = "az_fold(coalesce(new.title, '')), az_fold(coalesce(new.body, ''))"
_TRIGGERS = (
    f"""CREATE TRIGGER IF NOT EXISTS idea_search_insert AFTER INSERT ON idea BEGIN
        INSERT OR REPLACE INTO {TABLE} (id, title, body) VALUES (new.id, {_FOLDED});
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS idea_search_update AFTER UPDATE OF id, title, body ON idea BEGIN
        DELETE FROM {TABLE} WHERE id = old.id;
        INSERT OR REPLACE INTO {TABLE} (id, title, body) VALUES (new.id, {_FOLDED});
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS idea_search_delete AFTER DELETE ON idea BEGIN
        DELETE FROM {TABLE} WHERE id = old.id;
    END""",
)


def install(engine: Engine, *, existed: bool) -> None:
    """Create the triggers; fill the table from the ideas of a replica made before it."""
    with engine.begin() as conn:
        for ddl in _TRIGGERS:
            conn.exec_driver_sql(ddl)
        if not existed:
            conn.exec_driver_sql(
                f"INSERT OR REPLACE INTO {TABLE} (id, title, body) "
                "SELECT id, az_fold(coalesce(title, '')), az_fold(coalesce(body, '')) FROM idea")


def table_exists(engine: Engine) -> bool:
    return inspect(engine).has_table(TABLE)


def matching(search: Table, id_column, text: str):  # noqa: ANN001, ANN201 - SQLAlchemy clause
    """``id_column`` is an idea whose title or text contains ``text``, folded."""
    needle = f"%{az_fold(text.strip())}%"
    return id_column.in_(select(search.c.id).where(or_(search.c.title.like(needle),
                                                       search.c.body.like(needle))))
