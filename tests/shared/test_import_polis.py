"""Polis comments import, on the real Austrian climate-council export and on small files."""

from __future__ import annotations

import csv
import pickle
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from shared.importers import (
    FORMATS,
    ImportFormatError,
    SkippedRow,
    read_csv,
    read_polis,
)

DATA_DIR = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"
POLIS_FILE = "polis_austria_klimarat_ernaehrung_comments.csv"
HEADER = "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body"


@pytest.fixture
def real_file() -> Path:
    if not DATA_DIR.is_dir():
        pytest.skip(f"real input data folder {DATA_DIR} is absent (it sits beside the repo)")
    return DATA_DIR / POLIS_FILE


def raw_rows(path: Path) -> list[dict[str, str]]:
    # Read independently of the importer, so the comparison below checks it.
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def write(tmp_path: Path, text: str, name: str = "comments.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


# --- the real file -----------------------------------------------------------------------


def test_real_file_counts_and_skips(real_file: Path) -> None:
    result = read_polis(real_file)
    assert len(raw_rows(real_file)) == 1452
    assert len(result.ideas) == 1448
    # The four junk bodies in the file, in file order: ".", ".....", "..." and "-", on the
    # lines `grep -n` finds them (no quoted line break comes before them in their rows).
    punctuation = "body is only punctuation"
    assert result.skipped == [
        SkippedRow("1359", punctuation, 95, "comment-id"),
        SkippedRow("239", punctuation, 1183, "comment-id"),
        SkippedRow("237", punctuation, 1185, "comment-id"),
        SkippedRow("140", punctuation, 1282, "comment-id"),
    ]
    assert result.skipped[0].describe() == "comment-id 1359 (line 95): body is only punctuation"


def test_real_bodies_are_the_raw_fields(real_file: Path) -> None:
    rows = raw_rows(real_file)
    skipped = {"1359", "239", "237", "140"}
    result = read_polis(real_file)
    assert [idea.source_id for idea in result.ideas] == [
        row["comment-id"] for row in rows if row["comment-id"] not in skipped
    ]
    by_id = {row["comment-id"]: row for row in rows}
    for idea in result.ideas:
        assert idea.body == by_id[idea.source_id]["comment-body"]
    # Doubled quotes inside a quoted field come back as one quote.
    assert by_id["1442"]["comment-body"].startswith("Keine Luftwärmepumpen")
    ideas = {idea.source_id: idea for idea in result.ideas}
    assert 'können nicht"direct cooling", Lärm' in ideas["1442"].body
    # A no-break space inside a body is kept as it is (the title shows a plain space).
    assert "Humus\xa0bindet" in ideas["5"].body


def test_real_created_at_worked_by_hand(real_file: Path) -> None:
    ideas = {idea.source_id: idea for idea in read_polis(real_file).ideas}
    # 1651824402645 ms: 2022-05-06 starts at 19118 days * 86400 = 1651795200 s;
    # 1651824402 - 1651795200 = 29202 s = 08:06:42 -> 2022-05-06T08:06:42.645Z
    # (the file's datetime column says "Fri May 06 15:06:42 WIB 2022", i.e. UTC+7).
    assert ideas["1451"].created_at == datetime(2022, 5, 6, 8, 6, 42, 645000, tzinfo=UTC)
    # 1651757205127 ms: 1651757205 - 1651708800 (2022-05-05) = 48405 s = 13:26:45
    # -> 2022-05-05T13:26:45.127Z ("Thu May 05 20:26:45 WIB 2022").
    assert ideas["1442"].created_at == datetime(2022, 5, 5, 13, 26, 45, 127000, tzinfo=UTC)
    # 1651005614779 ms: 1651005614 - 1650931200 (2022-04-26) = 74414 s = 20:40:14
    # -> 2022-04-26T20:40:14.779Z: the day before the WIB text "Wed Apr 27 03:40:14".
    assert ideas["0"].created_at == datetime(2022, 4, 26, 20, 40, 14, 779000, tzinfo=UTC)
    # 1651511156006 ms: 1651511156 - 1651449600 (2022-05-02) = 61556 s = 17:05:56
    # -> 2022-05-02T17:05:56.006Z; the leading-zero milliseconds survive.
    assert ideas["1301"].created_at == datetime(2022, 5, 2, 17, 5, 56, 6000, tzinfo=UTC)
    assert ideas["1301"].created_at.isoformat() == "2022-05-02T17:05:56.006000+00:00"


def test_real_created_at_agrees_with_the_zone_text(real_file: Path) -> None:
    # Independent check on every row: the ignored datetime text is UTC+7 to the second.
    texts = {row["comment-id"]: row["datetime"] for row in raw_rows(real_file)}
    for idea in read_polis(real_file).ideas:
        local = datetime.strptime(texts[idea.source_id], "%a %b %d %H:%M:%S WIB %Y")
        assert idea.created_at.replace(microsecond=0) == (local - timedelta(hours=7)).replace(
            tzinfo=UTC
        )


def test_real_titles_and_extra(real_file: Path) -> None:
    ideas = {idea.source_id: idea for idea in read_polis(real_file).ideas}
    short = ideas["1451"]
    assert short.title == short.body  # 118 characters: no cut
    assert short.extra == {"author_ref": "3406", "agrees": 21, "disagrees": 4, "moderated": 1}
    assert short.category == ""
    # 134 characters; the first 119 end inside "belästigen", so the cut falls after "(W)".
    assert ideas["1442"].title == (
        'Keine Luftwärmepumpen, diese sind weniger effektiv, können nicht"direct cooling", '
        "Lärm, Hitze (S) und Kaltluft (W)…"
    )
    assert ideas["1442"].extra == {
        "author_ref": "3360",
        "agrees": 1,
        "disagrees": 0,
        "moderated": -1,
    }
    # The no-break space is collapsed to a plain space in the title only.
    assert ideas["5"].title == (
        "Bodenorganismen wie Pilze oder Bakterien können organische Bestandteile im Boden "
        "zu Humus umbauen. Dieser Humus bindet…"
    )
    assert all(len(idea.title) <= 120 for idea in ideas.values())


def test_real_file_with_crlf_line_endings(real_file: Path, tmp_path: Path) -> None:
    raw = real_file.read_bytes()
    # No body in this file spans lines, so converting every LF changes only record ends.
    assert not any("\n" in row["comment-body"] for row in raw_rows(real_file))
    crlf = tmp_path / "crlf.csv"
    crlf.write_bytes(raw.replace(b"\n", b"\r\n"))
    lf_result, crlf_result = read_polis(real_file), read_polis(crlf)
    assert crlf_result.ideas == lf_result.ideas
    assert crlf_result.skipped == lf_result.skipped


def test_real_file_through_the_generic_reader(real_file: Path) -> None:
    result = read_csv(real_file, id_col="comment-id", body_col="comment-body")
    assert len(result.ideas) == 1448
    assert [row.source_id for row in result.skipped] == ["1359", "239", "237", "140"]


# --- small files ------------------------------------------------------------------------


def test_line_breaks_inside_quotes_are_kept_exactly(tmp_path: Path) -> None:
    text = (
        f"{HEADER}\n"
        '1000,x,1,7,0,0,0,"first line\r\nsecond ""quoted"" line\nthird"\n'
        "1001,x,2,7,0,0,0,Ещё одна идея\n"
    )
    for name, content in (("lf.csv", text), ("crlf.csv", text.replace("\n", "\r\n"))):
        ideas = read_polis(write(tmp_path, content, name)).ideas
        assert ideas[1].body == "Ещё одна идея"
        assert ideas[0].title == "first line"
        assert ideas[0].created_at == datetime(1970, 1, 1, 0, 0, 1, tzinfo=UTC)
    lf, crlf = read_polis(tmp_path / "lf.csv").ideas, read_polis(tmp_path / "crlf.csv").ideas
    assert lf[0].body == 'first line\r\nsecond "quoted" line\nthird'
    # Converting the copy turned every LF into CRLF, the quoted ones included.
    assert crlf[0].body == 'first line\r\r\nsecond "quoted" line\r\nthird'


def test_byte_order_mark_is_tolerated(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + f"{HEADER}\n5,x,9,7,1,2,1,Idee\n".encode())
    [idea] = read_polis(path).ideas
    assert (idea.source_id, idea.body, idea.extra["agrees"]) == ("9", "Idee", 1)


def test_empty_and_punctuation_bodies_are_skipped_in_any_script(tmp_path: Path) -> None:
    bodies = ['""', '"   "', ".", "-", '"…!?"', "«»", "Привет", "٣", "水", "ə"]
    lines = [f"{n},x,{n},1,0,0,0,{body}" for n, body in enumerate(bodies)]
    result = read_polis(write(tmp_path, "\n".join([HEADER, *lines]) + "\n"))
    # The header is line 1, so comment n is on line n + 2.
    assert result.skipped == [
        SkippedRow("0", "empty body", 2, "comment-id"),
        SkippedRow("1", "empty body", 3, "comment-id"),
        SkippedRow("2", "body is only punctuation", 4, "comment-id"),
        SkippedRow("3", "body is only punctuation", 5, "comment-id"),
        SkippedRow("4", "body is only punctuation", 6, "comment-id"),
        SkippedRow("5", "body is only punctuation", 7, "comment-id"),
    ]
    # Cyrillic, an Arabic-Indic digit, a CJK ideograph and schwa are all real text.
    assert [idea.body for idea in result.ideas] == ["Привет", "٣", "水", "ə"]


# --- malformed files --------------------------------------------------------------------


def error_for(tmp_path: Path, text: str) -> ImportFormatError:
    with pytest.raises(ImportFormatError) as caught:
        read_polis(write(tmp_path, text))
    return caught.value


def test_missing_column(tmp_path: Path) -> None:
    error = error_for(tmp_path, "timestamp,comment-id,author-id,agrees,disagrees,moderated\n")
    assert error.line == 1
    assert "'comment-body'" in error.message
    assert str(error) == f"line 1: {error.message}"


def test_wrong_number_of_fields(tmp_path: Path) -> None:
    text = f'{HEADER}\n1,x,1,1,0,0,0,"two\nlines"\n2,x,2,1,0,0,Kein Feld\n'
    error = error_for(tmp_path, text)
    # Line 2 holds a record spanning two lines, so the short record starts on line 4.
    assert (error.line, error.message) == (4, "expected 8 fields, found 7")


def test_non_integer_timestamp(tmp_path: Path) -> None:
    error = error_for(tmp_path, f"{HEADER}\n1,x,1,1,0,0,0,A\n2022-05-06,x,2,1,0,0,0,B\n")
    assert (error.line, error.message) == (3, "timestamp '2022-05-06' is not an integer")


def test_duplicate_id_names_both_lines(tmp_path: Path) -> None:
    text = f"{HEADER}\n1,x,7,1,0,0,0,A\n2,x,8,1,0,0,0,B\n3,x,7,1,0,0,0,C\n"
    error = error_for(tmp_path, text)
    assert (error.line, error.message) == (4, "duplicate comment-id '7': also on line 2")


def test_unterminated_quote(tmp_path: Path) -> None:
    text = f'{HEADER}\n1,x,1,1,0,0,0,A\n2,x,2,1,0,0,0,"never closed\n3,x,3,1,0,0,0,C\n'
    error = error_for(tmp_path, text)
    assert error.line == 3
    assert "unterminated quoted field" in error.message


def test_error_survives_pickling() -> None:
    error = pickle.loads(pickle.dumps(ImportFormatError(12, "bad")))
    assert (error.line, error.message, str(error)) == (12, "bad", "line 12: bad")


def test_formats_registry() -> None:
    assert FORMATS["polis"] is read_polis
    assert sorted(FORMATS) == ["csv", "pabulib", "polis"]
