"""The protocol as one CSV file, for spreadsheet programs.

One file with titled sections separated by a blank row, rather than a zip of one file per
table: an organizer double-clicks a .csv and Excel opens it as it is, while a zip has to
be unpacked first and its files open in no particular order. UTF-8 with a byte-order mark,
or Excel reads ə, ş and Cyrillic in the local code page. Delimiter and decimal mark follow
the protocol's language (see ``Labels``): a semicolon and a decimal comma for az and ru,
which is what Excel expects under Azerbaijani and Russian regional settings.
"""

from __future__ import annotations

import csv
import io

from shared.protocol.labels import Labels
from shared.protocol.sections import Section, text_of


def write_csv(sections: list[Section], labels: Labels, *, heading: str) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=labels.delimiter)
    writer.writerow([heading])
    for section in sections:
        writer.writerow([])
        writer.writerow([section.title])
        if section.headers is not None:
            writer.writerow(section.headers)
        if not section.rows and section.note:
            writer.writerow([section.note])
        for row in section.rows:
            writer.writerow([text_of(cell, labels) for cell in row])
    return out.getvalue().encode("utf-8-sig")
