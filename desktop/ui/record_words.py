"""Records, fields and wire values as a person reads them, for the conflicts and refusals.

Values arrive as wire values (times as ISO strings in UTC, lists as JSON); a person reads
times in the contest's zone and lists as lists.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from desktop.replica_schema import domain
from desktop.ui.organizer.zones import format_in_zone
from shared.schema import UTCDateTime
from shared.wire import decode_time


class RecordWords(QObject):
    def kind(self, kind: str) -> str:
        kinds = {"contest": self.tr("Contest"), "stage": self.tr("Stage"),
                 "criterion": self.tr("Criterion"), "idea": self.tr("Idea"),
                 "assignment": self.tr("Assignment"), "score": self.tr("Score")}
        return kinds.get(kind, kind)

    def record(self, kind: str, label: str) -> str:
        return self.tr("%1 “%2”").replace("%1", self.kind(kind)).replace("%2", label)

    def field(self, field: str) -> str:
        names = {
            "title": self.tr("Title"), "description": self.tr("Description"),
            "requirements": self.tr("Requirements"), "starts_at": self.tr("Opens"),
            "ends_at": self.tr("Closes"), "timezone": self.tr("Time zone"),
            "visibility": self.tr("Visibility"), "status": self.tr("Status"),
            "categories": self.tr("Categories"), "position": self.tr("Position"),
            "kind": self.tr("Kind"), "deadline": self.tr("Deadline"), "name": self.tr("Name"),
            "importance": self.tr("Importance"), "weight": self.tr("Weight"),
            "scale_min": self.tr("Lowest score"), "scale_max": self.tr("Highest score"),
            "value": self.tr("Score"), "comment": self.tr("Comment"), "body": self.tr("Text"),
            "benefit": self.tr("Benefit"), "category": self.tr("Category"),
        }
        return names.get(field, field)

    def value(self, kind: str, field: str, value: Any, zone: str | None, *,
              one_line: bool = False) -> str:
        """A wire value as a person reads it; several lines for a list unless ``one_line``."""
        if value is None or value == "" or value == [] or value == {}:
            return self.tr("(empty)")
        table = domain.get(kind)
        column = table.c.get(field) if table is not None else None
        if column is not None and isinstance(column.type, UTCDateTime) and isinstance(value, str):
            try:
                when = decode_time(value)
            except ValueError:
                return value
            zone = zone or "UTC"
            return self.tr("%1 (%2 time)").replace("%1", format_in_zone(when, zone)) \
                .replace("%2", zone)
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, list):
            items = [_plain(item) for item in value]
            return "; ".join(items) if one_line else "\n".join(f"• {item}" for item in items)
        if isinstance(value, dict):
            pairs = [f"{k}: {_plain(v)}" for k, v in value.items()]
            return "; ".join(pairs) if one_line else "\n".join(pairs)
        return str(value)

    def fields(self, kind: str, fields: dict[str, Any], zone: str | None) -> str:
        """What a change sent, one "field: value" a line; ids of linked records left out."""
        lines = [f"{self.field(name)}: {self.value(kind, name, value, zone, one_line=True)}"
                 for name, value in fields.items() if name != "id" and not name.endswith("_id")]
        return "\n".join(lines)


def _plain(value: Any) -> str:
    return str(value) if not isinstance(value, (list, dict)) else repr(value)
