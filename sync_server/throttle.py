"""Login throttling kept in the database, so every server process sees the same counts.

Only failures are recorded. An account is refused for a while after
``login_failures_per_account`` failures within the window, an address after
``login_failures_per_address``; a successful login clears the account's failures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, delete, select

from sync_server import config
from sync_server.tables import login_failure


@dataclass(frozen=True)
class Throttled:
    """Refused until ``until``; ``scope`` is "account" or "address"."""

    until: dt.datetime
    scope: str


def _window() -> dt.timedelta:
    return dt.timedelta(minutes=config.current().login_window_minutes)


def _lifted_at(conn: Connection, column, value: str, limit: int,  # noqa: ANN001
               now: dt.datetime) -> dt.datetime | None:
    """When the refusal on ``column == value`` lifts, or None when it is not refused.

    With n >= limit failures in the window, it lifts once the limit-th most recent failure
    leaves the window: from then on at most limit - 1 remain.
    """
    times = conn.execute(
        select(login_failure.c.at)
        .where(column == value, login_failure.c.at > now - _window())
        .order_by(login_failure.c.at.desc())
        .limit(limit)
    ).scalars().all()
    if len(times) < limit:
        return None
    return times[-1] + _window()


def check(conn: Connection, *, username: str, address: str, now: dt.datetime) -> Throttled | None:
    settings = config.current()
    account = _lifted_at(conn, login_failure.c.username, username,
                         settings.login_failures_per_account, now)
    if account is not None:
        return Throttled(account, "account")
    by_address = _lifted_at(conn, login_failure.c.address, address,
                            settings.login_failures_per_address, now)
    if by_address is not None:
        return Throttled(by_address, "address")
    return None


def record_failure(conn: Connection, *, username: str, address: str, now: dt.datetime) -> None:
    # Rows past the window count for nothing: drop them as new ones come (both are indexed).
    conn.execute(delete(login_failure).where(login_failure.c.at <= now - _window()))
    conn.execute(login_failure.insert().values(username=username[:100], address=address[:64],
                                               at=now))


def clear_account(conn: Connection, username: str) -> None:
    conn.execute(delete(login_failure).where(login_failure.c.username == username))
