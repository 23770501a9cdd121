"""``ideabank-server export-protocol``: the hand-checked sample contest read from the server
database on SQLite and PostgreSQL, written by the real command line."""

from __future__ import annotations

import csv
import io
import re

from openpyxl import load_workbook
from pypdf import PdfReader

from sync_server.db import make_engine
from sync_server.tables import domain
from tests.e2e.processes import server_cli
from tests.protocol_sample import CONTEST, EXPECTED, IDEAS, insert_sample


def _with_sample(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        with engine.connect().execution_options(write=True) as conn, conn.begin():
            insert_sample(conn, domain)
    finally:
        engine.dispose()


def test_pdf_protocol_from_the_server_has_every_rank_and_score(db_url, tmp_path) -> None:  # noqa: ANN001
    _with_sample(db_url)
    out = tmp_path / "protokol.pdf"
    done = server_cli(db_url, "export-protocol", CONTEST, "--format", "pdf", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "Gənclərin ideyaları 2026" in done.stderr
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(out).pages))
    # Ranking from the sample's arithmetic: 7.50 → 1; 6.50 and 6.50 → 2 and 2; D incomplete.
    for rank, title, score in EXPECTED:
        expected = (f"— {title} — 2 natamam" if rank is None
                    else f"{rank} {title} {score:.2f} 2 tam".replace(".", ","))
        assert expected in text, expected
    assert "Leyla Həsənova" in text and "reytinqin ilk 2 yeri" in text


def test_csv_and_xlsx_in_english_from_the_server(db_url, tmp_path) -> None:  # noqa: ANN001
    _with_sample(db_url)
    csv_path, xlsx_path = tmp_path / "p.csv", tmp_path / "p.xlsx"
    for fmt, path in (("csv", csv_path), ("xlsx", xlsx_path)):
        done = server_cli(db_url, "export-protocol", CONTEST, "--format", fmt, "--out", str(path),
                          "--lang", "en")
        assert done.returncode == 0, done.stderr
    data = csv_path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    start = rows.index(["Ranking — Ekspert qiymətləndirməsi"])
    assert rows[start + 2] == ["1", IDEAS["idea-a"], "7.50", "2", "fully scored"]
    sheet = load_workbook(xlsx_path)["Ranking — Ekspert qiymətləndirm"]  # 31 characters at most
    assert [r[0].value for r in sheet.iter_rows(min_row=3)] == [1, 2, 2, None]


def test_unknown_contest_and_unwritable_file_are_clear_errors(db_url, tmp_path) -> None:  # noqa: ANN001
    _with_sample(db_url)
    missing = server_cli(db_url, "export-protocol", "no-such-contest", "--format", "pdf",
                         "--out", str(tmp_path / "x.pdf"))
    assert missing.returncode == 2
    assert missing.stderr.strip() == "error: no contest with id no-such-contest"
    nowhere = server_cli(db_url, "export-protocol", CONTEST, "--format", "csv",
                         "--out", str(tmp_path / "absent" / "p.csv"))
    assert nowhere.returncode == 2
    assert f"no such folder for --out: {tmp_path / 'absent'}" in nowhere.stderr
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "p.csv").mkdir()  # a folder where the file should go
    clash = server_cli(db_url, "export-protocol", CONTEST, "--format", "csv",
                       "--out", str(tmp_path / "locked" / "p.csv"))
    assert clash.returncode == 2
    assert "Is a directory" in clash.stderr and str(tmp_path / "locked" / "p.csv") in clash.stderr
