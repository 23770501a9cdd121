"""Structured logs: one JSON object a line, without secrets or contact details.

Request lines carry the route template (``/api/v1/track/{code}``), never the path or the
query, so tracking codes do not reach the log; bodies and headers are never logged. As a
second guard every line passes through ``redact``, which blanks values under keys that name
secrets or contact details and masks email addresses, phone numbers and bearer tokens
wherever they appear in a message.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from typing import Any

_SECRET_KEYS = re.compile(r"pass|token|secret|authorization|cookie|pin|email|phone|contact",
                          re.IGNORECASE)
_EMAIL = re.compile(r"[^\s@\"'<>]+@[^\s@\"'<>]+\.[A-Za-z]{2,}")
# Not inside a word or an id: "446655440000" in a UUID is no phone number.
_PHONE = re.compile(r"(?<![\w-])\+?\d[\d ()-]{7,}\d(?![\w-])")
_BEARER = re.compile(r"(?i)bearer\s+\S+")
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


def redact_text(text: str) -> str:
    text = _BEARER.sub("Bearer [redacted]", text)
    text = _EMAIL.sub("[email]", text)
    return _PHONE.sub("[phone]", text)


def redact(value: Any, key: str = "") -> Any:
    if key and _SECRET_KEYS.search(key):
        return "[redacted]"
    if isinstance(value, dict):
        return {k: redact(v, str(k)) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [redact(v) for v in value]
    if isinstance(value, str):
        return redact_text(value)
    return value


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_") and value is not None:
                entry[key] = value
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        when = dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds")
        return json.dumps({"time": when, **redact(entry)}, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact_text(super().format(record))


def configure(*, level: str = "INFO", fmt: str = "json", stream: Any = None) -> logging.Handler:
    """Send the root logger's records to ``stream`` (stderr) in ``fmt``; returns the handler."""
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter() if fmt == "json" else
                         TextFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_ideabank", False):
            root.removeHandler(old)
    handler._ideabank = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return handler
