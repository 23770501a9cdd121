"""Pabulib ``.pb`` import, on the real Katowice (Zarzecze) 2024 file and on small files."""

from __future__ import annotations

from pathlib import Path

import pytest

from shared.importers import FORMATS, ImportFormatError, SkippedRow, read_pabulib

DATA_DIR = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"
PB_FILE = "pabulib_Poland_Katowice_2024_Zarzecze.pb"

# Copied by hand from the PROJECTS section of the real file (lines 24-32), in file order:
# project_id, cost, votes, score, selected -> outcome.
REAL_PROJECTS = [
    ("L20/01/XI", 220000, 272, 732, "funded"),
    ("L20/02/XI", 39500, 101, 258, "funded"),
    ("L20/03/XI", 37000, 80, 162, "funded"),
    ("L20/07/XI", 30820, 55, 130, "funded"),
    ("L20/04/XI", 40500, 54, 101, "not_funded"),
    ("L20/05/XI", 33600, 34, 53, "funded"),
    ("L20/06/XI", 5500, 37, 52, "funded"),
    ("L20/09/XI", 19900, 6, 9, "below_threshold"),
    ("L20/08/XI", 8500, 4, 4, "below_threshold"),
]


@pytest.fixture
def real_file() -> Path:
    if not DATA_DIR.is_dir():
        pytest.skip(f"real input data folder {DATA_DIR} is absent (it sits beside the repo)")
    return DATA_DIR / PB_FILE


def test_real_projects_by_value(real_file: Path) -> None:
    result = read_pabulib(real_file)
    assert result.skipped == []
    assert [
        (
            idea.source_id,
            idea.extra["cost"],
            idea.extra["votes"],
            idea.extra["score"],
            idea.extra["outcome"],
        )
        for idea in result.ideas
    ] == REAL_PROJECTS
    for idea in result.ideas:
        assert idea.created_at is None
        assert idea.extra["budget"] == 367337
        assert idea.extra["currency"] == "PLN"
        assert idea.extra["project_id"] == idea.source_id
        assert idea.body == idea.title  # no description column: the body is the name
    # Funded: 220000 + 39500 + 37000 + 30820 + 33600 + 5500 = 366420, within 367337.
    funded = [idea.extra["cost"] for idea in result.ideas if idea.extra["outcome"] == "funded"]
    assert sum(funded) == 366420


def test_real_names_categories_and_selected(real_file: Path) -> None:
    ideas = {idea.source_id: idea for idea in read_pabulib(real_file).ideas}
    first = ideas["L20/01/XI"]
    assert first.title == "Bezpieczny Rowerzysta IV w Zarzeczu – kontynuacja"
    assert first.category == "public transit and roads"
    assert first.extra == {
        "cost": 220000,
        "votes": 272,
        "score": 732,
        "selected": 1,
        "outcome": "funded",
        "currency": "PLN",
        "budget": 367337,
        "project_id": "L20/01/XI",
    }
    assert ideas["L20/04/XI"].title == "Festyn Śląski w Zarzeczu"
    assert ideas["L20/04/XI"].extra["selected"] == 0
    assert ideas["L20/08/XI"].category == "welfare"
    assert ideas["L20/08/XI"].extra["selected"] == 2


def test_real_file_with_crlf_line_endings(real_file: Path, tmp_path: Path) -> None:
    crlf = tmp_path / "crlf.pb"
    crlf.write_bytes(real_file.read_bytes().replace(b"\n", b"\r\n"))
    assert read_pabulib(crlf) == read_pabulib(real_file)


# --- small files ------------------------------------------------------------------------

SMALL = """META
key;value
budget;1000
currency;AZN
PROJECTS
project_id;cost;name;description;category
A/1;600;Park;"Trees; benches
and ""quiet"" paths";green
A/2;300;Library;;culture
A/3;50;...;;culture
VOTES
voter_id;vote
v1;A/1,A/2
"""


def write(tmp_path: Path, text: str, name: str = "small.pb") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def test_description_column_and_missing_optional_columns(tmp_path: Path) -> None:
    for name, text in (("lf.pb", SMALL), ("crlf.pb", SMALL.replace("\n", "\r\n"))):
        result = read_pabulib(write(tmp_path, text, name))
        park, library = result.ideas
        eol = "\r\n" if name == "crlf.pb" else "\n"
        assert park.body == f'Park\n\nTrees; benches{eol}and "quiet" paths'
        assert (park.title, park.category) == ("Park", "green")
        assert park.extra == {
            "cost": 600,
            "votes": None,
            "score": None,
            "selected": None,
            "outcome": None,
            "currency": "AZN",
            "budget": 1000,
            "project_id": "A/1",
        }
        assert library.body == "Library"  # an empty description adds nothing
        # META is line 1; A/1 spans lines 7-8 (a quoted line break), A/2 is 9, A/3 is 10.
        assert result.skipped == [SkippedRow("A/3", "body is only punctuation", 10, "project_id")]


def test_file_without_meta_has_no_budget_or_currency(tmp_path: Path) -> None:
    text = "PROJECTS\nproject_id;cost;name\n1;10;Bench\n"
    [idea] = read_pabulib(write(tmp_path, text)).ideas
    assert "budget" not in idea.extra and "currency" not in idea.extra
    assert (idea.source_id, idea.extra["cost"], idea.category) == ("1", 10, "")


# --- malformed files --------------------------------------------------------------------


def error_for(tmp_path: Path, text: str) -> ImportFormatError:
    with pytest.raises(ImportFormatError) as caught:
        read_pabulib(write(tmp_path, text))
    return caught.value


def test_unknown_section(tmp_path: Path) -> None:
    error = error_for(tmp_path, SMALL.replace("VOTES", "BALLOTS"))
    assert error.line == 11
    assert "unknown section 'BALLOTS'" in error.message


def test_missing_projects_section(tmp_path: Path) -> None:
    error = error_for(tmp_path, "META\nkey;value\nbudget;5\n")
    assert (error.line, error.message) == (3, "the file has no PROJECTS section")


def test_project_row_with_wrong_field_count(tmp_path: Path) -> None:
    error = error_for(tmp_path, SMALL.replace("A/2;300;Library;;culture", "A/2;300;Library"))
    assert (error.line, error.message) == (9, "expected 5 fields, found 3")


def test_non_integer_cost(tmp_path: Path) -> None:
    error = error_for(tmp_path, SMALL.replace("A/2;300;", "A/2;300.50;"))
    assert (error.line, error.message) == (9, "cost '300.50' is not an integer")


def test_vote_row_with_wrong_field_count(tmp_path: Path) -> None:
    error = error_for(tmp_path, SMALL + "v2;A/1;extra\n")
    assert (error.line, error.message) == (14, "expected 2 fields, found 3")


def test_duplicate_project_id_names_both_lines(tmp_path: Path) -> None:
    error = error_for(tmp_path, SMALL.replace("A/2;300", "A/1;300"))
    assert (error.line, error.message) == (9, "duplicate project_id 'A/1': also on line 7")


def test_selected_outside_zero_to_two(tmp_path: Path) -> None:
    text = "PROJECTS\nproject_id;cost;name;selected\n1;10;Bench;3\n"
    error = error_for(tmp_path, text)
    assert (error.line, error.message) == (3, "selected 3 is not 0, 1 or 2")


def test_missing_cost_column(tmp_path: Path) -> None:
    error = error_for(tmp_path, "PROJECTS\nproject_id;name\n1;Bench\n")
    assert error.line == 2
    assert error.message == "no column 'cost'; columns are: project_id, name"


def test_repeated_header_column(tmp_path: Path) -> None:
    error = error_for(tmp_path, "PROJECTS\nproject_id;cost;cost\n1;2;3\n")
    assert (error.line, error.message) == (2, "column 'cost' appears twice")


def test_formats_registry() -> None:
    assert FORMATS["pabulib"] is read_pabulib
