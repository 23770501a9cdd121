"""The contest protocol from the server database (``ideabank-server export-protocol``)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine

from shared.protocol import make_protocol, read_contest_rows, render
from sync_server.tables import domain


def export_protocol(engine: Engine, contest_id: str, *, fmt: str, language: str,
                    now: dt.datetime | None = None) -> tuple[str, bytes]:
    """The contest's title and its protocol as the bytes of a .csv, .xlsx or .pdf file.

    Raises ``shared.protocol.ProtocolError`` when there is no such contest.
    """
    with engine.connect() as conn:
        rows = read_contest_rows(conn, domain, contest_id)
    return rows.contest["title"], render(make_protocol(rows, now=now), fmt=fmt, language=language)
