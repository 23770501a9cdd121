"""Export protocol… on the Ranking tab: scores from two evaluators' own sessions, the file
written from Leyla's replica off the GUI thread, the file dialog replaced by a seam."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from desktop.closing_edits import close_stage
from desktop.stage_closing import scoring_closing
from tests.desktop.conftest import save_screenshot
from tests.desktop.organizer.helpers import call, english_locale, settle
from tests.desktop.organizer.test_ranking import FIRST_IDEA, open_ranking, score_as
from tests.desktop.test_translations import installed_language
from tests.e2e.processes import server_cli


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


def csv_section(data: bytes, title: str) -> list[list[str]]:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    start = rows.index([title]) + 1
    end = next((i for i in range(start, len(rows)) if rows[i] == []), len(rows))
    return rows[start:end]


def test_decisions_of_a_closed_stage_reach_both_protocols(make_session, demo_server, qtbot,
                                                         tmp_path) -> None:  # noqa: ANN001
    """Leyla closes the stage (top 1) on her replica; the protocol she exports lists every
    decision with its rule and reason; the server's protocol has the same ranking."""
    leyla = make_session("leyla")
    with english_locale():
        workspace = open_ranking(qtbot, leyla)
        tab = workspace.ranking
        ideas = [i["title"] for i in workspace.ideas.model.ideas[:6]]
        # As above: ideas[0] 7.50 (rank 1); ideas[1] and ideas[2] 6.50 (rank 2); the rest unscored.
        given = {ideas[0]: ({"Aktuallıq": 8, "Kreativlik": 6, "Səmərəlilik": 9},
                            {"Aktuallıq": 7, "Kreativlik": 9, "Səmərəlilik": 6}),
                 ideas[1]: ({"Aktuallıq": 6, "Kreativlik": 6, "Səmərəlilik": 6},
                            {"Aktuallıq": 7, "Kreativlik": 7, "Səmərəlilik": 7}),
                 ideas[2]: ({"Aktuallıq": 6, "Kreativlik": 6, "Səmərəlilik": 6},
                            {"Aktuallıq": 7, "Kreativlik": 7, "Səmərəlilik": 7})}
        score_as(qtbot, make_session("rashad"), {t: v[0] for t, v in given.items()})
        score_as(qtbot, make_session("aysel"), {t: v[1] for t, v in given.items()})
        with qtbot.waitSignal(leyla.sync_finished, timeout=10000):
            leyla.sync_now()
        qtbot.waitUntil(lambda: sum(r.complete for r in tab.model.rows) == 3, timeout=5000)

        # Top 1: ideas[0] advances; the two at 6.50 (rank 2) do not; the three unscored ideas
        # cannot be judged by the rule, so Leyla turns them down herself, with a reason.
        reason = "Not fully scored by the deadline"
        closing = scoring_closing(stage_id=tab.overview.stage_id, rule="top_n", n=1, reason=reason,
                                  scores={r.idea_id: r.score for r in tab.model.rows})
        assert closing.problems == []
        call(qtbot, leyla, lambda store: close_stage(store, closing))
        with qtbot.waitSignal(leyla.sync_finished, timeout=10000):
            leyla.sync_now()
        assert call(qtbot, leyla, lambda store: store.outbox_batch()) == []

        target = tmp_path / "protocol.csv"
        tab.exporter.choose_file = lambda suggested: (target, "csv")
        with qtbot.waitSignal(tab.exporter.exported, timeout=15000):
            tab.export_button.click()
        data = target.read_bytes()
        stages = csv_section(data, "Stages")
        assert stages[1][3:5] == ["top 1 of the ranking", "closed"]
        decisions = csv_section(data, "Decisions")
        assert decisions[0] == ["Stage", "Idea", "Decision", "Advancement rule", "Reason",
                                "Decided by", "Date"]
        by_idea = {row[1]: row[2:6] for row in decisions[1:]}
        assert len(by_idea) == 6
        assert by_idea[ideas[0]] == ["advanced", "top 1 of the ranking", "", "Leyla Məmmədova"]
        for title in ideas[1:3]:
            assert by_idea[title] == ["did not advance", "top 1 of the ranking", "",
                                      "Leyla Məmmədova"]
        for title in ideas[3:6]:
            assert by_idea[title] == ["did not advance", "the organizer's choice", reason,
                                      "Leyla Məmmədova"]
        assert decisions[1][1] == ideas[0]  # the idea that advanced comes first

        # The same scores and ranks from the server database, by its command line. (Its
        # decisions section stays empty until the server accepts decision records.)
        out = tmp_path / "server.pdf"
        done = server_cli(demo_server.db_url, "export-protocol", workspace.contest["id"],
                          "--format", "pdf", "--out", str(out), "--lang", "en")
        assert done.returncode == 0, done.stderr
        text = pdf_text(out)
        assert f"1 {FIRST_IDEA} 7.50 2 fully scored" in text
        for title in ideas[1:3]:
            assert f"2 {title} 6.50 2 fully scored" in text
    settle(qtbot, leyla)
