"""A record's wire JSON written by the database itself, for pulled pages.

Turning each pulled row into Python values and a dict, and the dict into JSON, cost the
server most of a full pull (50,000 ideas: ~2.7 s of ~3 s). SQLite's ``json_object`` and
PostgreSQL's ``json_build_object`` write the same object in C; the page then embeds the text
as it is (``orjson.Fragment``). The values must be exactly what ``shared.wire`` sends:

- times as ``encode_time`` writes them: ``2026-12-04T07:51:00.123456Z``, no fraction when
  the microseconds are 0;
- booleans as ``true``/``false`` (SQLite keeps 0/1), JSON columns as JSON, not as text;
- floats that read back as the same double, and as a float: SQLite's ``json_object`` keeps
  15 digits, PostgreSQL writes 7.0 as ``7``.

``tests/sync_server/test_record_json.py`` compares this with the Python encoding for every
kind and column type, on both databases.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    LargeBinary,
    String,
    Text,
    and_,
    case,
    cast,
    func,
    literal_column,
    null,
)
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.types import JSON

from shared.schema import UTCDateTime

#: PostgreSQL takes at most 100 arguments to a function: 50 name/value pairs.
MAX_COLUMNS = 50


def _name(column: Column) -> ColumnElement:
    # Column names come from our own schema (identifiers), never from a request.
    return literal_column("'" + str(column.name) + "'")


def _sql(text: str) -> ColumnElement:
    """A constant written into the statement: bound parameters would be processed anew for
    each page (and an ``IN`` list expanded), for values that never change."""
    return literal_column(text)


def _sqlite_value(column: Column) -> ColumnElement:
    if isinstance(column.type, UTCDateTime):
        # Stored as "YYYY-MM-DD HH:MM:SS.ffffff" (SQLAlchemy's SQLite format, always six
        # digits); isoformat leaves out a zero fraction.
        text = func.replace(func.substr(column, _sql("1"), _sql("19")), _sql("' '"), _sql("'T'"),
                            type_=String)
        fraction = func.substr(column, _sql("20"), type_=String)
        return case((column.is_(None), null()),
                    (fraction.in_([_sql("''"), _sql("'.000000'")]), text + _sql("'Z'")),
                    else_=text + fraction + _sql("'Z'"))
    if isinstance(column.type, Boolean):
        return func.json(case((column.is_(None), null()),
                              (column == _sql("0"), _sql("'false'")),
                              else_=_sql("'true'")))
    if isinstance(column.type, JSON):
        return func.json(column)
    if isinstance(column.type, Float):
        # json_object writes 15 digits (7.33333333333333); 17 give back the same double.
        return case((column.is_(None), null()),
                    else_=func.json(func.printf(_sql("'%!.17g'"), column)))
    return column


def _postgresql_value(column: Column) -> ColumnElement:
    if isinstance(column.type, UTCDateTime):
        # One to_char per value (each costs more than the rest of the object): with the
        # fraction, which is then taken out where it is zero.
        text = func.to_char(func.timezone(_sql("'UTC'"), column),
                            _sql("'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'"), type_=String)
        return func.replace(text, _sql("'.000000Z'"), _sql("'Z'"), type_=String)
    if isinstance(column.type, Float):
        # PostgreSQL writes a whole double without a point ("7"), which reads back as an
        # integer; Python's encoder writes "7.0". Other doubles: the shortest exact form.
        whole = and_(column == func.trunc(column), func.abs(column) < _sql("1e15"))
        return case((whole, cast(cast(column, Text) + _sql("'.0'"), JSON)),
                    else_=func.to_json(column, type_=JSON))
    return column


def record_json(dialect_name: str, columns: list[Column]) -> ColumnElement | None:
    """The SQL expression giving each row as its wire JSON text, or None where this
    database cannot (the caller then encodes in Python)."""
    if len(columns) > MAX_COLUMNS:
        return None
    if dialect_name == "sqlite":
        build, value = func.json_object, _sqlite_value
    elif dialect_name == "postgresql":
        build, value = func.json_build_object, _postgresql_value
    else:
        return None
    args: list[ColumnElement] = []
    for column in columns:
        args += [_name(column), value(column)]
    expression = build(*args)
    # As bytes: decoding tens of megabytes into str only for orjson to encode them again
    # cost more than writing the JSON (and the driver would parse PostgreSQL's json).
    if dialect_name == "postgresql":
        return func.convert_to(cast(expression, Text), literal_column("'UTF8'"),
                               type_=LargeBinary)
    return cast(expression, LargeBinary)
