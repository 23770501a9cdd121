"""The contest protocol: built from a hand-checked contest, written as CSV, XLSX and PDF."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from shared.protocol import ContestRows, build_protocol, render
from tests.protocol_sample import (
    AYSEL,
    CONTEST,
    EXPECTED,
    IDEAS,
    NOW,
    RASHAD,
    STAGE1,
    sample_tables,
)


def sample_rows() -> ContestRows:
    t = sample_tables()
    return ContestRows(
        contest=t["contest"][0], organization=t["organization"][0]["name"], stages=t["stage"],
        criteria=t["criterion"], ideas={i["id"]: i["title"] for i in t["idea"]},
        assignments=t["assignment"], scores=t["score"],
        users={u["id"]: u["display_name"] for u in t["user"]}, decisions=t["decision"],
        checks=t["check"])


@pytest.fixture()
def protocol():  # noqa: ANN201
    return build_protocol(sample_rows(), now=NOW)


def test_ranking_ties_and_the_incomplete_idea(protocol) -> None:  # noqa: ANN001
    (stage,) = protocol.scores  # the screening stage has no score table
    assert stage.stage_id == STAGE1
    assert [(r.rank, r.title, r.score) for r in stage.results] == EXPECTED
    assert [r.complete for r in stage.results] == [True, True, True, False]
    # Lines: per idea in ranking order, evaluators in Azerbaijani order (Aysel, Rəşad).
    lines = [(s.idea_id, s.evaluator, s.weighted_mean) for s in stage.lines]
    assert [(i, e) for i, e, _ in lines[:2]] == [("idea-a", "Aysel Quliyeva"),
                                                  ("idea-a", "Rəşad Məmmədov")]
    assert lines[0][2] == pytest.approx(43 / 6)  # (1·7 + 2·9 + 3·6) / 6
    assert lines[1][2] == pytest.approx(47 / 6)  # (1·8 + 2·6 + 3·9) / 6
    # Idea D: Aysel left Səmərəlilik out, so her line has no mean; Rəşad's is 9.
    assert lines[6] == ("idea-d", "Aysel Quliyeva", None)
    assert lines[7] == ("idea-d", "Rəşad Məmmədov", 9.0)
    assert [(c.name, c.weight) for c in stage.criteria] == [
        ("Aktuallıq", 1.0), ("Kreativlik", 2.0), ("Səmərəlilik", 3.0)]


def test_times_are_in_the_contest_zone_and_evaluators_named(protocol) -> None:  # noqa: ANN001
    # 17:30 UTC is 21:30 in Baku (UTC+4, no summer time).
    assert protocol.generated_at.strftime("%Y-%m-%d %H:%M %z") == "2026-12-03 21:30 +0400"
    assert protocol.contest.starts_at.strftime("%H:%M") == "09:00"  # 05:00 UTC
    assert [(e.name, e.assigned) for e in protocol.evaluators] == [
        ("Aysel Quliyeva", {STAGE1: 4}), ("Rəşad Məmmədov", {STAGE1: 4})]
    assert {AYSEL, RASHAD} == {e.id for e in protocol.evaluators}


def _csv_sections(data: bytes, delimiter: str) -> dict[str, list[list[str]]]:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=delimiter))
    sections: dict[str, list[list[str]]] = {}
    current = None
    for previous, row in zip([[]] + rows, rows, strict=False):
        if previous == [] and row:
            current = row[0]
            sections[current] = []
        elif row and current is not None:
            sections[current].append(row)
    return sections


def test_csv_starts_with_the_bom_and_reads_back(protocol) -> None:  # noqa: ANN001
    data = render(protocol, fmt="csv", language="az")
    assert data.startswith(b"\xef\xbb\xbf")
    # Azerbaijani: semicolons and decimal commas, as Excel expects under az regional settings.
    sections = _csv_sections(data, ";")
    assert list(sections)[0] == "Müsabiqənin protokolu: Gənclərin ideyaları 2026"
    ranking = sections["Reytinq — Ekspert qiymətləndirməsi"]
    assert ranking[0] == ["Yer", "İdeya", "Bal", "Ekspert sayı", "Nəticə"]
    assert ranking[1:] == [
        ["1", IDEAS["idea-a"], "7,50", "2", "tam qiymətləndirilib"],
        ["2", IDEAS["idea-c"], "6,50", "2", "tam qiymətləndirilib"],
        ["2", IDEAS["idea-b"], "6,50", "2", "tam qiymətləndirilib"],
        ["", IDEAS["idea-d"], "", "2", "natamam — yer verilmir"]]
    scores = sections["Qiymətlər — Ekspert qiymətləndirməsi"]
    assert scores[0][3:6] == ["Aktuallıq (×1)", "Kreativlik (×2)", "Səmərəlilik (×3)"]
    # Aysel on idea A: 7, 9, 6 → 43/6 = 7.1667 → "7,17"; the idea's score 7.50.
    assert scores[1] == ["1", IDEAS["idea-a"], "Aysel Quliyeva", "7", "9", "6", "7,17", "7,50",
                         "tam qiymətləndirilib"]
    assert scores[7][2:7] == ["Aysel Quliyeva", "8", "7", "", ""]
    assert sections["Meyarlar və çəkilər"][1:] == [
        ["Ekspert qiymətləndirməsi", "Aktuallıq", "aşağı", "1", "1–10"],
        ["Ekspert qiymətləndirməsi", "Kreativlik", "orta", "2", "1–10"],
        ["Ekspert qiymətləndirməsi", "Səmərəlilik", "çox vacib", "3", "1–10"]]
    assert ["Protokolun tarixi", "2026-12-03 21:30"] in sections["Müsabiqə"]
    assert ["Nəticələr elan olunub", "hələ elan olunmayıb"] in sections["Müsabiqə"]
    assert [r[3] for r in sections["Mərhələlər"][1:]] == [
        "reytinqin ilk 2 yeri", "ekspertlərin çoxu bütün tələbləri ödənilmiş sayır"]
    # Decisions: advanced first, ideas in Azerbaijani order (Ö < Ş < Ü), times in Baku.
    assert sections["Qərarlar"][1:] == [
        ["Ekspert qiymətləndirməsi", IDEAS["idea-c"], "növbəti mərhələyə keçdi (sərhəddə bərabər bal)",
         "reytinqin ilk 2 yeri", "", "Leyla Həsənova", "2026-11-21 12:15"],
        ["Ekspert qiymətləndirməsi", IDEAS["idea-a"], "növbəti mərhələyə keçdi",
         "reytinqin ilk 2 yeri", "", "Leyla Həsənova", "2026-11-21 12:15"],
        ["Ekspert qiymətləndirməsi", IDEAS["idea-b"], "növbəti mərhələyə keçdi (sərhəddə bərabər bal)",
         "reytinqin ilk 2 yeri", "", "Leyla Həsənova", "2026-11-21 12:15"],
        ["Ekspert qiymətləndirməsi", IDEAS["idea-d"], "keçmədi", "təşkilatçının seçimi",
         "Ekspertlərdən biri qiymətləndirməni bitirməyib", "Leyla Həsənova", "2026-11-21 12:15"]]


def test_screening_checks_per_round(protocol) -> None:  # noqa: ANN001
    sections = _csv_sections(render(protocol, fmt="csv", language="az"), ";")
    # Ideas in Azerbaijani order (Ödənişsiz before Şəhər), then by round.
    assert sections["Yoxlama nəticələri — Yekun yoxlama"] == [
        ["İdeya", "Ekspert", "Yoxlama №", "Ödənilmiş tələblər", "Ödənilməmiş tələblər"],
        [IDEAS["idea-c"], "Aysel Quliyeva", "1", "Bakıda həyata keçirilə bilər", "Büdcəsi göstərilib"],
        [IDEAS["idea-c"], "Aysel Quliyeva", "2",
         "Bakıda həyata keçirilə bilər; Büdcəsi göstərilib", ""],
        [IDEAS["idea-a"], "Rəşad Məmmədov", "1",
         "Bakıda həyata keçirilə bilər; Büdcəsi göstərilib", ""]]
    # The screening stage has no scores: no score table or ranking of its own.
    assert not any(title.endswith("Yekun yoxlama") and title != "Yoxlama nəticələri — Yekun yoxlama"
                   for title in sections)


def test_no_decisions_yet_is_said_in_words(protocol) -> None:  # noqa: ANN001
    bare = build_protocol(replace(sample_rows(), decisions=(), checks=()), now=NOW)
    sections = _csv_sections(render(bare, fmt="csv", language="en"), ",")
    assert sections["Screening checks — Yekun yoxlama"] == [
        ["Idea", "Evaluator", "Check no.", "Requirements met", "Requirements not met"],
        ["No idea has been checked in this stage yet."]]
    assert sections["Decisions"] == [
        ["Stage", "Idea", "Decision", "Advancement rule", "Reason", "Decided by", "Date"],
        ["No decision has been recorded yet."]]


def test_english_csv_uses_commas_and_decimal_points(protocol) -> None:  # noqa: ANN001
    sections = _csv_sections(render(protocol, fmt="csv", language="en"), ",")
    assert sections["Ranking — Ekspert qiymətləndirməsi"][1] == [
        "1", IDEAS["idea-a"], "7.50", "2", "fully scored"]


def test_xlsx_reads_back_with_numbers_bold_headers_and_frozen_rows(protocol, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "protocol.xlsx"
    path.write_bytes(render(protocol, fmt="xlsx", language="ru"))
    book = load_workbook(path)
    assert book.sheetnames[:4] == ["Конкурс", "Этапы", "Критерии и веса", "Эксперты"]
    sheet = book["Рейтинг — Ekspert qiymətləndirm"]  # cut at 31 characters, Excel's limit
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1] == ("Место", "Идея", "Балл", "Экспертов", "Итог")
    assert [r[:3] for r in rows[2:]] == [(1, IDEAS["idea-a"], 7.5), (2, IDEAS["idea-c"], 6.5),
                                         (2, IDEAS["idea-b"], 6.5), (None, IDEAS["idea-d"], None)]
    assert rows[5][4] == "оценена не полностью — без места"
    assert sheet["A2"].font.bold and sheet.freeze_panes == "A3"
    assert sheet["C3"].number_format == "0.00"
    assert sheet.column_dimensions["B"].width == len(IDEAS["idea-a"]) + 2  # the longest title
    contest = list(book["Конкурс"].iter_rows(values_only=True))
    # Times are written in the contest's zone, as Excel has no zones: 21:30 in Baku.
    assert ("Дата протокола", NOW.replace(hour=21, tzinfo=None)) in contest


def test_pdf_text_has_every_rank_and_score_and_azerbaijani_letters(protocol) -> None:  # noqa: ANN001
    data = render(protocol, fmt="pdf", language="az")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    flat = re.sub(r"\s+", " ", text)
    for rank, title, score in EXPECTED:
        if rank is None:
            assert re.search(rf"— {re.escape(title)} — 2 natamam — yer verilmir", flat), title
        else:
            assert f"{rank} {title} {score:.2f}".replace(".", ",") + " 2 tam" in flat, title
    for letters in ("ə", "ı", "İ", "ğ", "ö", "ş", "ü", "ç", "Ə", "Ş", "Ç", "Ö", "Ü"):
        assert letters in text, letters
    assert "Səhifə 1 / " in text


def test_pdf_in_russian_keeps_cyrillic(protocol) -> None:  # noqa: ANN001
    data = render(protocol, fmt="pdf", language="ru")
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))
    assert "Протокол конкурса" in text and "Взвешенное среднее эксперта" in text
    assert "места рейтинга с 1 по 2" in text and "возвращена" not in text
    assert CONTEST not in text  # ids are not printed; names are


def test_unknown_format_or_language_is_refused(protocol) -> None:  # noqa: ANN001
    with pytest.raises(ValueError, match="csv, xlsx or pdf"):
        render(protocol, fmt="docx", language="az")
    with pytest.raises(ValueError, match="az, en or ru"):
        render(protocol, fmt="csv", language="de")


def test_long_pdf_tables_repeat_their_header_row_on_every_page() -> None:
    # 60 ideas, each scored 5 on every criterion by one evaluator: 60 score lines and 60
    # ranking rows, far more than one landscape A4 page holds.
    t = sample_tables()
    ideas = {f"idea-{n:02}": f"İdeya nömrə {n:02}" for n in range(60)}
    assignments = [{"stage_id": STAGE1, "idea_id": i, "evaluator_id": RASHAD} for i in ideas]
    scores = [{"stage_id": STAGE1, "idea_id": i, "evaluator_id": RASHAD, "criterion_id": c["id"],
               "value": 5.0} for i in ideas for c in t["criterion"]]
    rows = ContestRows(contest=t["contest"][0], organization="Təşkilat", stages=t["stage"],
                       criteria=t["criterion"], ideas=ideas, assignments=assignments,
                       scores=scores, users={RASHAD: "Rəşad Məmmədov"})
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(
        render(build_protocol(rows, now=NOW), fmt="pdf", language="az"))).pages]
    with_lines = [p for p in pages if "İdeya nömrə" in p]
    assert len(with_lines) >= 3
    for page in with_lines:  # each page of the tables starts them with the header row
        assert re.search(r"Yer\s+İdeya\s+(Ekspert|Bal)", page), page[:200]
    # All 60 ideas tie at 5.00, so all share rank 1.
    assert sum(len(re.findall(r"1 İdeya nömrə \d\d 5,00 1 tam", re.sub(r"\s+", " ", p)))
               for p in pages) == 60


def test_a_contest_without_stages_still_has_a_protocol() -> None:
    t = sample_tables()
    bare = ContestRows(contest=t["contest"][0], organization="Təşkilat", stages=[], criteria=[],
                       ideas={}, assignments=[], scores=[], users={})
    protocol = build_protocol(bare, now=NOW)
    for fmt in ("csv", "xlsx", "pdf"):
        assert render(protocol, fmt=fmt, language="en")  # every writer copes with empty tables
    sections = _csv_sections(render(protocol, fmt="csv", language="en"), ",")
    assert sections["Criteria and weights"][1] == ["This contest has no scoring stage."]
    assert sections["Evaluators"] == [["Evaluator", "Stage", "Ideas assigned"]]
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(
        render(protocol, fmt="pdf", language="en"))).pages)
    assert "This contest has no scoring stage." in text
