"""Contest time zones: showing stored UTC times in the contest's zone, and back."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

DEFAULT_ZONE = "Asia/Baku"

#: Offered in the time zone combo; any other valid IANA name may be typed.
COMMON_ZONES = (
    "Asia/Baku",
    "Asia/Tbilisi",
    "Europe/Istanbul",
    "Europe/Moscow",
    "Asia/Tashkent",
    "Asia/Almaty",
    "Europe/Berlin",
    "Europe/London",
    "UTC",
)


WALL_CLOCK = QTimeZone.utc()


def zone_or_none(name: str) -> zoneinfo.ZoneInfo | None:
    """The zone called ``name``, or None when it is not a valid IANA name."""
    name = name.strip()
    if not name:
        return None
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _zone(name: str | None) -> dt.tzinfo:
    # A replica holds what the server accepted, but stay readable if a name is unknown here.
    return zone_or_none(name or "") or dt.UTC


def in_zone(when: dt.datetime, zone: str | None) -> QDateTime:
    """``when`` (aware) as the wall-clock date-time of ``zone``, for QLocale formatting.

    The result is labelled UTC only so that Qt leaves the wall-clock fields alone: a
    local-time QDateTime would be shifted by this computer's own zone and its DST gaps.
    Widgets editing such values must use ``WALL_CLOCK`` as their time zone too.
    """
    local = when.astimezone(_zone(zone))
    return QDateTime(QDate(local.year, local.month, local.day),
                     QTime(local.hour, local.minute, local.second), WALL_CLOCK)


def format_in_zone(when: dt.datetime | None, zone: str | None) -> str:
    if when is None:
        return ""
    return QLocale().toString(in_zone(when, zone), QLocale.FormatType.ShortFormat)


def format_date_in_zone(when: dt.datetime | None, zone: str | None) -> str:
    if when is None:
        return ""
    return QLocale().toString(in_zone(when, zone).date(), QLocale.FormatType.ShortFormat)


def to_utc(local: QDateTime, zone: zoneinfo.ZoneInfo) -> dt.datetime:
    """A wall-clock date-time typed for ``zone`` as an aware UTC datetime."""
    d, t = local.date(), local.time()
    wall = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=zone)
    return wall.astimezone(dt.UTC)


def now_in_zone(zone: str) -> QDateTime:
    return in_zone(dt.datetime.now(dt.UTC), zone)
