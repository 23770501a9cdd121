"""A pulled record written as JSON by the database is the record ``shared.wire`` would send.

Every kind, every column type, with the values that differ between the two encodings:
times with and without a fraction, booleans (0/1 in SQLite), JSON columns, floats that
are whole numbers, text with quotes, backslashes, control characters and letters outside
Latin-1, and NULLs. On SQLite and PostgreSQL (the ``db_url`` fixture).
"""

from __future__ import annotations

import datetime as dt
import uuid

import orjson
from sqlalchemy import Boolean, Float, Integer, String, Text
from sqlalchemy.types import JSON

from shared.roles import Role
from shared.schema import UTCDateTime
from sync_server import feed
from sync_server.caller import Caller
from sync_server.db import make_engine
from sync_server.tables import domain

TRICKY = 'Əli "İlham" \\ ışıq\n\tçöl\x01 Щ 😀 </script>'
ORG = str(uuid.uuid4())


def _value(column, variant: int):  # noqa: ANN001, ANN202
    """The value of ``column`` in row ``variant`` (0 and 2: everything set, 1: NULL where
    allowed)."""
    kind = column.type
    if column.name == "id":
        return str(uuid.uuid4())
    if column.name == "org_id":
        return ORG
    if variant == 1 and column.nullable:
        return None
    if isinstance(kind, UTCDateTime):
        # A zero fraction (left out by isoformat) and a fraction of one microsecond.
        return dt.datetime(2026, 12, 4, 7, 51, 3, (0, 1, 123456)[variant], tzinfo=dt.UTC)
    if isinstance(kind, Boolean):
        return variant != 2
    if isinstance(kind, JSON):
        return ({"ə": ["İ", 1, 2.5, None, True], "q": '"\\'}, [], [[{}], "x"])[variant]
    if isinstance(kind, Float):
        # Whole, and with 16 and 17 significant digits.
        return (7.0, 0.30000000000000004, 7.333333333333333)[variant]
    if isinstance(kind, Integer):
        return (2**31 - 1, 0, -5)[variant]
    if isinstance(kind, Text):
        return TRICKY * 3
    if isinstance(kind, String):  # the variant first: some columns are unique
        return f"{variant}{TRICKY}"[: kind.length or None]
    raise AssertionError(f"no test value for {column.table.name}.{column.name} ({kind!r})")


def _page(engine, caller: Caller, *, as_json: bool) -> list[dict]:  # noqa: ANN001
    with engine.connect() as conn, conn.begin():
        page = feed.pull(conn, caller, after=0, limit=1000, as_json=as_json)
    if as_json:
        for change in page.changes:
            if change["kind"] != "contest" and not change["deleted"]:
                assert isinstance(change["data"], orjson.Fragment), change["kind"]
    return orjson.loads(orjson.dumps(page.changes))


def test_records_written_by_the_database_equal_the_python_encoding(db_url):
    engine = make_engine(db_url)
    written = 0
    with engine.connect() as conn, conn.begin():
        for kind, table in domain.items():
            for variant in (0, 1, 2):
                row = {c.name: _value(c, variant) for c in table.columns}
                if kind == "contest":
                    row.update(visibility="public", status="open")
                conn.execute(table.insert().values(**row))
                feed.record_changes(conn, [(kind, row)])
                written += 1
    pages = {}
    for role in (Role.ORGANIZER, Role.ADMIN):
        caller = Caller(user_id=str(uuid.uuid4()), org_id=ORG, role=role, username="o")
        pages[role] = _page(engine, caller, as_json=False)
        by_database = _page(engine, caller, as_json=True)
        assert by_database == pages[role]
        # Written out again, so 7 and 7.0 differ too (they are equal in Python).
        assert orjson.dumps(by_database) == orjson.dumps(pages[role])
    assert len(pages[Role.ORGANIZER]) == written - 3  # all but the organizations
    assert {c["kind"] for c in pages[Role.ADMIN]} == {"organization", "user"}
    # The values that differ between the encodings really are in the page, as sent.
    ideas = [c["data"] for c in pages[Role.ORGANIZER] if c["kind"] == "idea"]
    assert {i["created_at"] for i in ideas} == {"2026-12-04T07:51:03Z",
                                               "2026-12-04T07:51:03.000001Z",
                                               "2026-12-04T07:51:03.123456Z"}
    assert sorted(i["late_synced"] for i in ideas) == [False, True, True]
    assert ideas[0]["extra"]["ə"] == ["İ", 1, 2.5, None, True]
    assert sorted(i["rev"] for i in ideas) == [-5, 0, 2**31 - 1]
    length = domain["idea"].c.title.type.length
    assert {i["title"] for i in ideas} == {f"{n}{TRICKY}"[:length] for n in range(3)}
    # Floats come back as the same doubles, and as floats (7.0, not 7).
    values = [c["data"]["value"] for c in pages[Role.ORGANIZER] if c["kind"] == "score"]
    assert sorted(values) == [0.30000000000000004, 7.0, 7.333333333333333]
    assert all(type(v) is float for v in values)
    engine.dispose()
