"""Generic CSV import with a caller-given column mapping."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from shared.importers import FORMATS, ImportedIdea, ImportFormatError, SkippedRow, read_csv

TABLE = (
    "no,text,heading,when,topic,votes\n"
    '1,"Parkda kölgəlik\nvə su bulaqları","",2024-03-01T09:30:00Z,Yaşıllıq,12\n'
    '2,"Велодорожки ""по всему"" городу",Velo yollar,2024-03-01T12:00:00+04:00, nəqliyyat ,3\n'
    "3,  ,,2024-03-02T00:00:00+00:00,Digər,0\n"
)


def write(tmp_path: Path, text: str, name: str = "table.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def read_table(path: Path, **mapping: str) -> object:
    return read_csv(
        path,
        id_col="no",
        body_col="text",
        title_col="heading",
        created_col="when",
        category_col="topic",
        **mapping,
    )


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_mapped_columns(tmp_path: Path, eol: str) -> None:
    result = read_table(write(tmp_path, TABLE.replace("\n", eol)))
    assert result.ideas == [
        ImportedIdea(
            source_id="1",
            # An empty title column falls back to the body's first line.
            title="Parkda kölgəlik",
            body=f"Parkda kölgəlik{eol}və su bulaqları",
            created_at=datetime(2024, 3, 1, 9, 30, tzinfo=UTC),
            category="Yaşıllıq",
            extra={"votes": "12"},
        ),
        ImportedIdea(
            source_id="2",
            title="Velo yollar",
            body='Велодорожки "по всему" городу',
            # 12:00 at +04:00 (Baku) is 08:00 UTC.
            created_at=datetime(2024, 3, 1, 8, 0, tzinfo=UTC),
            category="nəqliyyat",
            extra={"votes": "3"},
        ),
    ]
    # Header on line 1, row 1 spans lines 2-3 (a quoted line break), row 2 is line 4: row 3
    # starts on line 5.
    assert result.skipped == [SkippedRow("3", "empty body", 5, "no")]
    assert result.skipped[0].describe() == "no 3 (line 5): empty body"


def test_semicolon_delimiter_bom_and_defaults(tmp_path: Path) -> None:
    path = tmp_path / "semi.csv"
    path.write_bytes("\ufeffid;body\nx/1;Bir iki\n".encode())
    [idea] = read_csv(path, id_col="id", body_col="body", delimiter=";").ideas
    assert idea == ImportedIdea("x/1", "Bir iki", "Bir iki", None, "", {})


def test_long_title_column_is_cut_at_300(tmp_path: Path) -> None:
    heading = "söz " * 100  # 400 characters, 100 words of 3 letters
    path = write(tmp_path, f"id,body,heading\n1,Mətn,{heading}\n")
    [idea] = read_csv(path, id_col="id", body_col="body", title_col="heading").ideas
    # 75 words fill 75 * 4 - 1 = 299 characters and end on a word boundary, leaving
    # exactly one character for "…": 300 in all. A 76th word would not fit.
    assert idea.title == " ".join(["söz"] * 75) + "…"
    assert len(idea.title) == 300


# --- malformed files --------------------------------------------------------------------


def error_for(path: Path, **mapping: str) -> ImportFormatError:
    with pytest.raises(ImportFormatError) as caught:
        read_table(path, **mapping)
    return caught.value


def test_missing_mapped_column(tmp_path: Path) -> None:
    path = write(tmp_path, "no,body,heading,when,topic\n1,a,b,,c\n")
    error = error_for(path)
    assert (error.line, error.message) == (
        1,
        "no column 'text'; columns are: no, body, heading, when, topic",
    )
    assert str(error) == "line 1: no column 'text'; columns are: no, body, heading, when, topic"


def test_naive_time_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, TABLE.replace("2024-03-02T00:00:00+00:00", "2024-03-02 00:00"))
    error = error_for(path)
    assert error.line == 5  # record 1 spans lines 2-3, record 2 is line 4
    assert "needs a zone" in error.message


def test_time_that_is_not_iso(tmp_path: Path) -> None:
    path = write(tmp_path, TABLE.replace("2024-03-01T09:30:00Z", "01.03.2024"))
    error = error_for(path)
    assert (error.line, error.message) == (2, "when '01.03.2024' is not an ISO 8601 time")


def test_duplicate_ids_name_both_lines(tmp_path: Path) -> None:
    path = write(tmp_path, TABLE.replace("3,  ,", "1,  ,"))
    error = error_for(path)
    assert (error.line, error.message) == (5, "duplicate no '1': also on line 2")


def test_wrong_field_count_and_unterminated_quote(tmp_path: Path) -> None:
    short = write(tmp_path, TABLE + "4,only three,fields\n", "short.csv")
    assert (error_for(short).line, error_for(short).message) == (6, "expected 6 fields, found 3")
    open_quote = write(tmp_path, TABLE + '4,"no end,,,,\n5,x,,,,\n', "quote.csv")
    error = error_for(open_quote)
    assert error.line == 6
    assert "unterminated quoted field" in error.message


def test_invalid_utf8_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("id,body\n1,ok\n2,Stra\xdfe\n".encode("latin-1"))
    with pytest.raises(ImportFormatError) as caught:
        read_csv(path, id_col="id", body_col="body")
    assert caught.value.line == 3


def test_empty_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError) as caught:
        read_csv(write(tmp_path, ""), id_col="id", body_col="body")
    assert caught.value.line == 1


def test_formats_registry() -> None:
    assert FORMATS["csv"] is read_csv
