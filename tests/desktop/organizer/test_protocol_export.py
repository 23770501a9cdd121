"""Export protocol… on the Ranking tab: scores from two evaluators' own sessions, the file
written from Leyla's replica off the GUI thread, the file dialog replaced by a seam."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from tests.desktop.conftest import save_screenshot
from tests.desktop.organizer.helpers import english_locale, settle
from tests.desktop.organizer.test_ranking import FIRST_IDEA, open_ranking, score_as
from tests.desktop.test_translations import installed_language


def pdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


def test_export_writes_a_pdf_with_every_rank_and_score(make_session, qtbot, tmp_path) -> None:  # noqa: ANN001
    leyla = make_session("leyla")
    with english_locale():
        workspace = open_ranking(qtbot, leyla)
        tab = workspace.ranking
        ideas = [i["title"] for i in workspace.ideas.model.ideas[:6]]
        # Weights: Aktuallıq 2, Kreativlik 1, Səmərəlilik 3 (Σ 6), as in test_ranking.
        # FIRST_IDEA: Rəşad 49/6, Aysel 41/6 → 7.50, rank 1.
        # ideas[1]: Rəşad 6,6,6 → 6; Aysel 7,7,7 → 7 → 6.50; ideas[2] the same → tie at rank 2.
        assert ideas[0] == FIRST_IDEA
        score_as(qtbot, make_session("rashad"), {
            ideas[0]: {"Aktuallıq": 8, "Kreativlik": 6, "Səmərəlilik": 9},
            ideas[1]: {"Aktuallıq": 6, "Kreativlik": 6, "Səmərəlilik": 6},
            ideas[2]: {"Aktuallıq": 6, "Kreativlik": 6, "Səmərəlilik": 6}})
        score_as(qtbot, make_session("aysel"), {
            ideas[0]: {"Aktuallıq": 7, "Kreativlik": 9, "Səmərəlilik": 6},
            ideas[1]: {"Aktuallıq": 7, "Kreativlik": 7, "Səmərəlilik": 7},
            ideas[2]: {"Aktuallıq": 7, "Kreativlik": 7, "Səmərəlilik": 7}})
        with qtbot.waitSignal(leyla.sync_finished, timeout=10000):
            leyla.sync_now()
        qtbot.waitUntil(lambda: sum(r.complete for r in tab.model.rows) == 3, timeout=5000)

        target = tmp_path / "protocol.pdf"
        asked: list[str] = []
        tab.exporter.choose_file = lambda suggested: asked.append(suggested) or (target, "pdf")
        assert tab.export_button.isEnabled()
        with qtbot.waitSignal(tab.exporter.exported, timeout=15000) as done:
            qtbot.keyClick(tab, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        assert done.args == [str(target)]
        assert asked[0].startswith("Kəndlər üçün rəqəmsal xidmətlər 20")  # title and date
        assert tab.export_note.text() == f"Protocol saved to {target}"
        assert tab.export_button.isEnabled()
        text = pdf_text(target)
        # English (the interface's language here): decimal points.
        assert f"1 {FIRST_IDEA} 7.50 2 fully scored" in text
        for title in ideas[1:3]:
            assert f"2 {title} 6.50 2 fully scored" in text
        for title in ideas[3:]:  # assigned, not scored: listed without rank or score
            assert f"— {title} — 2 incomplete — not ranked" in text
        assert "Rəşad" in text and "Aysel" in text  # evaluators named in the organizer's document
        qtbot.wait(100)
        save_screenshot(workspace, "organizer_ranking_protocol_exported")
    settle(qtbot, leyla)


def test_an_unwritable_file_is_named_and_nothing_is_left_behind(make_session, qtbot, tmp_path) -> None:  # noqa: ANN001
    leyla = make_session("leyla")
    with english_locale():
        tab = open_ranking(qtbot, leyla).ranking
        # A folder already has the name chosen (the tests run as root, so a read-only folder
        # would not refuse): the write fails when the finished file is moved into place.
        folder = tmp_path / "protocols"
        target = folder / "protocol.xlsx"
        target.mkdir(parents=True)
        shown: list[str] = []
        tab.exporter.choose_file = lambda suggested: (target, "xlsx")
        tab.exporter.show_error = shown.append
        with qtbot.waitSignal(tab.exporter.failed, timeout=15000):
            tab.export_button.click()
        assert shown == [f"The protocol could not be written to {target}: Is a directory. "
                         "Choose another folder, or free some disk space, and export again."]
        assert tab.export_note.text() == shown[0]
        assert list(folder.iterdir()) == [target]  # the half-way file was removed
        assert tab.export_button.isEnabled()

        # Cancelling the dialog does nothing at all.
        tab.exporter.choose_file = lambda suggested: None
        tab.export_button.click()
        assert not tab.exporter.busy and tab.export_note.text() == shown[0]
    settle(qtbot, leyla)


def test_azerbaijani_tab_and_protocol(make_session, qtbot, tmp_path) -> None:  # noqa: ANN001
    leyla = make_session("leyla")
    with installed_language("az"):
        workspace = open_ranking(qtbot, leyla)
        tab = workspace.ranking
        assert tab.export_button.text() == "Protokolu ixrac et…"
        target = tmp_path / "protokol.csv"
        tab.exporter.choose_file = lambda suggested: (target, "csv")
        with qtbot.waitSignal(tab.exporter.exported, timeout=15000):
            tab.export_button.click()
        data = target.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")
        text = data.decode("utf-8-sig")
        assert "Reytinq — Ekspert qiymətləndirməsi" in text
        # Nobody has scored: 6 ideas × 2 evaluators = 12 score lines, plus 6 ranking rows,
        # each saying the idea is incomplete.
        assert text.count("natamam — yer verilmir") == 18
        qtbot.wait(100)
        save_screenshot(workspace, "az_organizer_ranking_protocol")
    settle(qtbot, leyla)
