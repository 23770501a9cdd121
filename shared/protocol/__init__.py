"""The contest protocol: built from one contest's rows, written as CSV, XLSX or PDF."""

from __future__ import annotations

import datetime as dt

from shared.protocol.build import ContestRows, build_protocol
from shared.protocol.labels import LANGUAGES, Labels, labels_for
from shared.protocol.model import Protocol
from shared.protocol.reader import ProtocolError, read_contest_rows
from shared.protocol.sections import protocol_sections

FORMATS = ("csv", "xlsx", "pdf")

__all__ = ["FORMATS", "LANGUAGES", "ContestRows", "Labels", "Protocol", "ProtocolError",
           "build_protocol", "labels_for", "make_protocol", "protocol_sections", "read_contest_rows",
           "render"]


def render(protocol: Protocol, *, fmt: str, language: str) -> bytes:
    """The protocol as the bytes of a .csv, .xlsx or .pdf file in ``language``."""
    labels = labels_for(language)
    sections = protocol_sections(protocol, labels)
    heading = labels["document"]
    if fmt == "csv":
        from shared.protocol.csv_writer import write_csv

        return write_csv(sections, labels, heading=f"{heading}: {protocol.contest.title}")
    if fmt == "xlsx":
        from shared.protocol.xlsx_writer import write_xlsx

        return write_xlsx(sections, labels, heading=f"{heading}: {protocol.contest.title}")
    if fmt == "pdf":
        from shared.protocol.pdf_writer import write_pdf

        stamp = protocol.generated_at.strftime("%Y-%m-%d %H:%M")
        return write_pdf(sections, labels, heading=heading,
                         subtitle=f"{protocol.contest.title} · {protocol.contest.organization} · "
                                  f"{stamp} ({protocol.contest.timezone})")
    raise ValueError(f"the protocol is written as csv, xlsx or pdf, not {fmt!r}")


def make_protocol(rows: ContestRows, *, now: dt.datetime | None = None) -> Protocol:
    return build_protocol(rows, now=now or dt.datetime.now(dt.UTC))
