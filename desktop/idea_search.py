"""Each idea's title and text folded for search, kept beside the idea in the replica.

Searching folded text (``shared.text``: İ/i and I/ı matched the Azerbaijani way in
Azerbaijani and Turkish ideas, Unicode's rules in the others) by folding every idea at query
time costs a Python call per idea and field: about 400 ms at 50,000 ideas. Here the folded
copy is written once, when an idea is stored, by triggers on the idea table, so that any
write keeps it right (a pulled page, an edit, a repair, a deletion); a search is then a
plain substring test (GLOB) over it.

One copy per idea, title and text together with a separator between them that a search
never contains (a match cannot span the two): one test per idea instead of two, about a
tenth less time for the scan. The copy starts with a mark of the rules it was folded by
(``TURKIC`` or ``OTHER``, judged from the idea's title and text together), and the query
folds its text both ways, each pattern bound to its mark: "INITIATIVE" then finds a German
"Initiative", while "ILHAM" still does not find an Azerbaijani "İlham". A text with none of
the letters that tell (ə, ı, ğ, İ), such as a title in capitals with no description, is
folded by Unicode's rules and found by "ıldırım" as well as "ildirim".
"""

from __future__ import annotations

from sqlalchemy import Column, Connection, Engine, MetaData, String, Table, Text, inspect, or_, select

from shared.text import az_fold, is_turkic, unicode_fold

TABLE = "idea_search"
TURKIC, OTHER = "\x01", "\x02"
SEPARATOR = "\x1f"  # between title and text; taken out of both and out of every query
# A search longer than this is cut: SQLite refuses GLOB patterns over 50,000 bytes, and a
# character takes up to 4 bytes (a wildcard character becomes 3: "[*]").
MAX_SEARCH = 1000


def _plain(text: str) -> str:
    # GLOB reads a text or a pattern only up to a NUL: a NUL in a title would hide the
    # text after it, and one in a query would cut the pattern short ("abc" + anything).
    return text.replace(SEPARATOR, " ").replace("\x00", " ")


def search_text(title: str | None, body: str | None) -> str:
    """The stored copy of an idea: the mark of the rules it is folded by, then its folded
    title and text. Registered as an SQL function."""
    title = _plain(title or "")
    body = _plain(body or "")
    if is_turkic(f"{title} {body}"):
        return f"{TURKIC}{az_fold(title)}{SEPARATOR}{az_fold(body)}"
    return f"{OTHER}{unicode_fold(title)}{SEPARATOR}{unicode_fold(body)}"


def add_search_table(metadata: MetaData) -> Table:
    return Table(
        TABLE,
        metadata,
        Column("id", String(36), primary_key=True),
        Column("text", Text, nullable=False),
    )


_NAMES = ("idea_search_insert", "idea_search_update", "idea_search_delete")
_TRIGGERS = (
    f"""CREATE TRIGGER IF NOT EXISTS {_NAMES[0]} AFTER INSERT ON idea BEGIN
        INSERT OR REPLACE INTO {TABLE} (id, text) VALUES (new.id, search_text(new.title, new.body));
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS {_NAMES[1]} AFTER UPDATE OF id, title, body ON idea BEGIN
        DELETE FROM {TABLE} WHERE id = old.id;
        INSERT OR REPLACE INTO {TABLE} (id, text) VALUES (new.id, search_text(new.title, new.body));
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS {_NAMES[2]} AFTER DELETE ON idea BEGIN
        DELETE FROM {TABLE} WHERE id = old.id;
    END""",
)


def install(engine: Engine, search: Table, *, existed: bool) -> None:
    """Create the triggers; fill the table from the ideas of a replica made before it. A
    replica made by an earlier version keeps two copies per idea (title, text) and triggers
    that write them: both are replaced."""
    with engine.begin() as conn:
        columns = _columns(conn) if existed else set()
        # The earlier layout by its own columns, whether or not a "text" was added to it.
        if existed and ({"title", "body"} & columns or "text" not in columns):
            for name in _NAMES:
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
            search.drop(conn)
            search.create(conn)
            existed = False
        for ddl in _TRIGGERS:
            conn.exec_driver_sql(ddl)
        if not existed:
            conn.exec_driver_sql(f"INSERT OR REPLACE INTO {TABLE} (id, text) "
                                 "SELECT id, search_text(title, body) FROM idea")


def _columns(conn: Connection) -> set[str]:
    return {row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info({TABLE})")}


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
    text = _plain(text[:MAX_SEARCH]).strip()
    # A text with no letter to tell its language ("ILDIRIM") was folded by Unicode's rules
    # ("ildirim"), so an Azerbaijani query ("ıldırım") looks for it with ı read as i.
    other = unicode_fold(text).replace("ı", "i")
    patterns = [f"{TURKIC}*{_glob_literal(az_fold(text))}*", f"{OTHER}*{_glob_literal(other)}*"]
    return id_column.in_(select(search.c.id).where(or_(*(
        search.c.text.op("GLOB")(pattern) for pattern in patterns))))
