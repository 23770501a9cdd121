"""Each idea's title and text folded for search, kept beside the idea in the replica.

Searching folded text (``shared.text``: İ/i and I/ı matched the Azerbaijani way in
Azerbaijani and Turkish ideas, Unicode's rules in the others) by folding every idea at query
time costs a Python call per idea and field: about 400 ms at 50,000 ideas. Here the folded
copies are written once, when an idea is stored, by triggers on the idea table, so that any
write keeps them right (a pulled page, an edit, a repair, a deletion); a search is then a
plain substring test (GLOB) over them.

Each folded copy starts with a mark of the rules it was folded by (``TURKIC`` or ``OTHER``,
judged from the idea's title and text together), and the query folds its text both ways,
each pattern bound to its mark: "INITIATIVE" then finds a German "Initiative", while
"ILHAM" still does not find an Azerbaijani "İlham". A text with none of the letters that
tell (ə, ı, ğ, İ), such as a title in capitals with no description, is folded by Unicode's
rules and found by "ıldırım" as well as "ildirim".
"""

from __future__ import annotations

from sqlalchemy import Column, Engine, MetaData, String, Table, Text, inspect, or_, select

from shared.text import az_fold, is_turkic, unicode_fold

TABLE = "idea_search"
TURKIC, OTHER = "\x01", "\x02"


def search_key(text: str | None, context: str | None) -> str:
    """The stored copy of ``text``: the mark of the rules its idea (``context``: title and
    text together) is folded by, then the folded text. Registered as an SQL function."""
    text = text or ""
    if is_turkic(context or ""):
        return TURKIC + az_fold(text)
    return OTHER + unicode_fold(text)


def add_search_table(metadata: MetaData) -> Table:
    return Table(
        TABLE,
        metadata,
        Column("id", String(36), primary_key=True),
        Column("title", Text, nullable=False),
        Column("body", Text, nullable=False),
    )


_CONTEXT = "coalesce({0}.title, '') || ' ' || coalesce({0}.body, '')"
_FOLDED = (f"search_key(new.title, {_CONTEXT.format('new')}), "
           f"search_key(new.body, {_CONTEXT.format('new')})")
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
# A copy without a mark was folded by an earlier version (Azerbaijani rules for every text).
_STALE = (f"SELECT 1 FROM {TABLE} WHERE substr(title, 1, 1) NOT IN ('{TURKIC}', '{OTHER}') "
          "LIMIT 1")


def install(engine: Engine, *, existed: bool) -> None:
    """Create the triggers; fill the table from the ideas of a replica made before it, or
    folded by older rules."""
    with engine.begin() as conn:
        for ddl in _TRIGGERS:
            conn.exec_driver_sql(ddl)
        if not existed or conn.exec_driver_sql(_STALE).first() is not None:
            context = _CONTEXT.format("idea")
            conn.exec_driver_sql(
                f"INSERT OR REPLACE INTO {TABLE} (id, title, body) SELECT id, "
                f"search_key(title, {context}), search_key(body, {context}) FROM idea")


def table_exists(engine: Engine) -> bool:
    return inspect(engine).has_table(TABLE)


def _glob_literal(text: str) -> str:
    """``text`` as a GLOB pattern that matches only itself: ``*``, ``?`` and ``[`` are
    wildcards there, and each becomes a one-character set."""
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)


def matching(search: Table, id_column, text: str):  # noqa: ANN001, ANN201 - SQLAlchemy clause
    """``id_column`` is an idea whose title or text contains ``text``, ignoring case by the
    rules of the idea's language (see the module's docstring).

    GLOB, not instr() or LIKE: the copies are folded already, so an exact substring test
    does, and SQLite's GLOB skips to the next possible start of the text where instr()
    compares at every character (50,000 ideas: ~50 ms against ~125 ms for instr()). Each
    pattern starts with its mark, so a copy folded by the other rules fails at its first
    character.
    """
    text = text.strip()
    # A text with no letter to tell its language ("ILDIRIM") was folded by Unicode's rules
    # ("ildirim"), so an Azerbaijani query ("ıldırım") looks for it with ı read as i.
    other = unicode_fold(text).replace("ı", "i")
    patterns = [f"{TURKIC}*{_glob_literal(az_fold(text))}*", f"{OTHER}*{_glob_literal(other)}*"]
    return id_column.in_(select(search.c.id).where(or_(*(
        column.op("GLOB")(pattern) for pattern in patterns
        for column in (search.c.title, search.c.body)))))
