"""The contest protocol from the local replica, written to a file. Database worker only.

Works offline: everything the protocol shows (contest, stages, criteria, assignments,
scores, evaluators' names, decisions) is in the organizer's replica.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from desktop.local_store import LocalStore
from desktop.replica_schema import domain
from shared.protocol import make_protocol, read_contest_rows, render


class ProtocolWriteError(OSError):
    """The protocol could not be written; ``path`` is the file the user chose."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(reason)
        self.path = path
        self.reason = reason


def export_protocol(store: LocalStore, contest_id: str, path: Path, *, fmt: str, language: str,
                    now: dt.datetime | None = None) -> Path:
    """Write the contest's protocol to ``path``; returns the path.

    The file is written beside the target and moved over it only when complete, so a full
    disk or a refused write leaves any earlier file with that name as it was.
    """
    with store.engine.connect() as conn:
        rows = read_contest_rows(conn, domain, contest_id)
    data = render(make_protocol(rows, now=now), fmt=fmt, language=language)
    try:
        handle, temporary = tempfile.mkstemp(prefix=".protocol-", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.chmod(temporary, 0o644)  # mkstemp makes it private; a protocol is a document
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise ProtocolWriteError(path, exc.strerror or str(exc)) from exc
    return path
