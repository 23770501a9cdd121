"""The Statistics tab on the hand-made replica of ``statistics_replica``: what each card
shows, its CSV file to the byte, its PNG picture, empty states, and the three languages."""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QImage

from desktop.profile import Profile
from desktop.session import Session
from desktop.ui.organizer.statistics_tab import StatisticsTab
from tests.desktop.conftest import save_screenshot
from tests.desktop.organizer.statistics_replica import ORG, ORGANIZER, seeded_store
from tests.desktop.test_translations import installed_language


@pytest.fixture()
def replica_session(tmp_path) -> Iterator[tuple[Session, dict[str, str]]]:  # noqa: ANN001
    """An organizer's session on the seeded replica; never synced (no server, no token)."""
    profile = Profile(folder=tmp_path / "leyla", server="http://127.0.0.1:9", username="leyla",
                      user_id=ORGANIZER, org_id=ORG, role="organizer", display_name="Leyla")
    profile.folder.mkdir(parents=True)
    store, ids = seeded_store(profile.database)
    store.close()
    session = Session(profile, None)
    yield session, ids
    session.close()


def open_tab(qtbot, session: Session, contest_id: str | None,  # noqa: ANN001
             size: tuple[int, int] = (1200, 1500)) -> StatisticsTab:
    tab = StatisticsTab(session)
    qtbot.addWidget(tab)
    tab.resize(*size)
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.set_contest(None if contest_id is None else {"id": contest_id, "title": "Kənd"})
        tab.show()
    return tab


def rows(tab: StatisticsTab, key: str) -> list[list[object]]:
    return tab.cards[key].model.rows


def test_a_contest_figures_in_every_card(replica_session, qtbot, qtmodeltester, english) -> None:  # noqa: ANN001
    session, ids = replica_session
    tab = open_tab(qtbot, session, ids["A"])
    assert tab.scope.currentText() == "This contest"
    assert tab.summary.text() == "6 idea(s), from the data on this computer"
    # Days in Baku time: a1 on 1 March; a2 (00:30 Baku) and a3 on 2 March; a4–a6 on 4 March.
    assert [r[1:] for r in rows(tab, "timeline")] == [[1, 0, 0, 1], [1, 1, 0, 2], [0, 0, 0, 0],
                                                      [0, 1, 2, 3]]
    assert rows(tab, "contests") == [["Desktop", 2], ["Kiosk", 2], ["Imported", 2]]
    # Shares of 6 ideas: 1/6 = 16.67 %, 2/6 = 33.33 %.
    assert rows(tab, "statuses") == [["Submitted", 1, 16.67], ["Shortlisted", 2, 33.33],
                                     ["Rejected", 2, 33.33], ["Winner", 1, 16.67]]
    # Stage 1: 5 ideas, 4 decided (a4 returned), 3 advanced: 3/4 = 75 %; stage 2 undecided.
    assert rows(tab, "funnel") == [["Ideas received", 6, None, None, None],
                                   ["Stage 1: Yoxlama", 5, 4, 3, 75.0],
                                   ["Stage 2: Final", 3, 0, 0, None],
                                   ["Implemented", 1, None, None, None]]
    assert rows(tab, "criteria") == [["Yoxlama", "Aktuallıq", 7.0, 1, 10, 5],
                                     ["Yoxlama", "Səmərəlilik", 6.0, 1, 10, 4],
                                     ["Final", "Aktuallıq", 10.0, 1, 10, 1]]
    # Aysel 2 done of 5 = 40 %, Rəşad 3 of 8 = 37.5 %.
    assert rows(tab, "progress") == [["Aysel Qasımova", 5, 2, 40.0],
                                     ["Rəşad Əliyev", 8, 3, 37.5]]
    assert rows(tab, "leniency") == [["Aysel Qasımova", -0.5, 2], ["Rəşad Əliyev", 0.33, 3]]
    # a5 implemented (1 of 6 = 16.67 %); a4's dropped record counts nowhere.
    assert rows(tab, "implemented") == [["Kənd", 6, 1, 1, 16.67]]
    for card in tab.cards.values():
        assert card.stack.currentWidget() is card.chart
        assert card.png.isEnabled() and card.csv.isEnabled()
        qtmodeltester.check(card.model)
    funnel = tab.cards["funnel"]
    assert funnel.model.index(1, 4).data() == "75.00"
    assert funnel.chart.value_text(1) == "5 · advanced: 3 of 4 (75.0%)"
    assert funnel.chart.value_text(2) == "3 · no decision yet"
    assert tab.cards["leniency"].chart.value_text(0) == "−0.50"
    assert tab.cards["criteria"].chart.value_text(0) == "7.00 of 10"


def test_the_whole_organization(replica_session, qtbot, qtmodeltester, english) -> None:  # noqa: ANN001
    session, ids = replica_session
    tab = open_tab(qtbot, session, ids["A"])
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.scope.setCurrentIndex(tab.scope.findData("organization"))
    assert tab.summary.text() == "8 idea(s), from the data on this computer"
    assert tab.cards["contests"].title.text() == "Ideas per contest and channel"
    assert rows(tab, "contests") == [["Kənd", 2, 2, 2, 6], ["Şəhər", 1, 1, 0, 2],
                                     ["Boş", 0, 0, 0, 0]]
    # Months January … June: b1 | a1, a3 / a2, a6 / a4, a5 | b2.
    assert [r[0] for r in rows(tab, "timeline")] == [f"2026-0{m}" for m in range(1, 7)]
    assert rows(tab, "timeline")[2] == ["2026-03", 2, 2, 2, 6]
    # Stage 1: A's five + b1 + b2 = 7 ideas; decided 4 + 1, advanced 3 + 1: 4/5 = 80 %.
    assert [r[1:] for r in rows(tab, "funnel")] == [
        [8, None, None, None], [7, 5, 4, 80.0], [3, 0, 0, None], [1, None, None, None]]
    assert rows(tab, "criteria") == [["", "Aktuallıq", 7.5, 1, 10, 6],
                                     ["", "Səmərəlilik", 6.0, 1, 10, 4]]
    # Şəhər: b2 is being implemented, none finished yet.
    assert rows(tab, "implemented") == [["Kənd", 6, 1, 1, 16.67], ["Şəhər", 2, 1, 0, 0.0]]
    for card in tab.cards.values():
        qtmodeltester.check(card.model)


def test_an_empty_contest_guides_instead_of_drawing(replica_session, qtbot) -> None:  # noqa: ANN001
    session, ids = replica_session
    tab = open_tab(qtbot, session, ids["C"])
    for card in tab.cards.values():
        assert card.stack.currentWidget() is card.empty, card.key
        assert not card.png.isEnabled() and not card.csv.isEnabled()
    assert tab.cards["funnel"].empty.text().startswith("No ideas yet — ")
    assert tab.cards["progress"].empty.text() == (
        "No evaluator is assigned yet — assign ideas to evaluators on the Assignment tab.")


FUNNEL_CSV_EN = ("Step,Ideas,Decided,Advanced,Pass rate (%)\r\n"
                 "Ideas received,6,,,\r\n"
                 "Stage 1: Yoxlama,5,4,3,75.00\r\n"
                 "Stage 2: Final,3,0,0,\r\n"
                 "Implemented,1,,,\r\n")


def test_csv_export_is_exactly_the_numbers(replica_session, qtbot, tmp_path: Path, english) -> None:  # noqa: ANN001
    session, ids = replica_session
    tab = open_tab(qtbot, session, ids["A"])
    path = tmp_path / "funnel.csv"
    with qtbot.waitSignal(tab.cards["funnel"].exported, timeout=2000):
        tab.cards["funnel"].export_csv(path)
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert data[3:].decode("utf-8") == FUNNEL_CSV_EN
    assert not path.with_name("funnel.csv.part").exists()


def test_csv_in_azerbaijani_uses_semicolons_and_decimal_commas(replica_session, qtbot,  # noqa: ANN001
                                                                tmp_path: Path) -> None:
    session, ids = replica_session
    with installed_language("az"):
        tab = open_tab(qtbot, session, ids["A"])
        card = tab.cards["leniency"]
        card.export_csv(tmp_path / "yumsaqliq.csv")
        assert (tmp_path / "yumsaqliq.csv").read_bytes().decode("utf-8-sig") == (
            "Ekspert;Yumşaqlıq (şkala balı);Tamamlanmış qiymətləndirmələr\r\n"
            "Aysel Qasımova;-0,50;2\r\n"
            "Rəşad Əliyev;0,33;3\r\n")
        # The table reads the same figures in the Azerbaijani way.
        assert card.model.index(0, 1).data() == "-0,50"


def test_png_export_is_the_chart_at_its_size(replica_session, qtbot, tmp_path: Path,  # noqa: ANN001
                                             monkeypatch) -> None:
    session, ids = replica_session
    tab = open_tab(qtbot, session, ids["A"])
    card = tab.cards["progress"]
    # The save dialog is replaced by the path a person would choose (without the suffix).
    monkeypatch.setattr("desktop.ui.organizer.statistics_card.QFileDialog.getSaveFileName",
                        lambda *args: (str(tmp_path / "progress"), ""))
    with qtbot.waitSignal(card.exported, timeout=2000) as saved:
        qtbot.keyClick(card.png, Qt.Key.Key_Space)
    assert saved.args == [str(tmp_path / "progress.png")]
    image = QImage(str(tmp_path / "progress.png"))
    assert not image.isNull()
    ratio = card.chart.devicePixelRatioF()
    assert (image.width(), image.height()) == (round(card.chart.width() * ratio),
                                               round(card.chart.height() * ratio))
    assert card.chart.height() == card.chart.heightForWidth(card.chart.width())


def test_numbers_toggle_and_accessible_names(replica_session, qtbot, english) -> None:  # noqa: ANN001
    session, ids = replica_session
    tab = open_tab(qtbot, session, ids["A"])
    card = tab.cards["criteria"]
    qtbot.keyClick(card.numbers, Qt.Key.Key_Space)
    assert card.stack.currentWidget() is card.table and card.numbers.text() == "Show chart"
    qtbot.keyClick(card.numbers, Qt.Key.Key_Space)
    assert card.stack.currentWidget() is card.chart
    assert card.chart.accessibleName() == "Average score per criterion"
    assert card.chart.accessibleDescription().splitlines()[0] == (
        "Stage: Yoxlama; Criterion: Aktuallıq; Average score: 7.00; Scale from: 1; "
        "Scale to: 10; Scores: 5")
    assert card.csv.accessibleName() == "Save the numbers of Average score per criterion as a CSV file"
    for button in (card.numbers, card.png, card.csv):
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus


@pytest.mark.parametrize("language", ["az", "en", "ru"])
def test_screenshots_in_three_languages(replica_session, qtbot, language: str) -> None:  # noqa: ANN001
    session, ids = replica_session
    with installed_language(language):
        if language == "en":
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        tab = open_tab(qtbot, session, ids["A"], size=(1200, 1250))
        title = {"az": "Meyarlar üzrə orta bal", "en": "Average score per criterion",
                 "ru": "Средний балл по критериям"}[language]
        assert tab.cards["criteria"].title.text() == title
        qtbot.wait(100)
        assert save_screenshot(tab, f"organizer_statistics_{language}").stat().st_size > 10_000
        with qtbot.waitSignal(tab.loaded, timeout=5000):
            tab.scope.setCurrentIndex(tab.scope.findData("organization"))
        qtbot.wait(100)
        save_screenshot(tab, f"organizer_statistics_organization_{language}")


def test_axis_ticks_are_round_and_cover_the_values() -> None:
    from desktop.ui.organizer.statistics_chart import nice_ticks

    # 11 over about five ticks: raw step 11/4 = 2.75 → 5; 11 needs a tick at 15 above it.
    assert nice_ticks(0, 11, most=5) == [0, 5, 10, 15]
    # Counts never get half ticks: 1 over five ticks would step by 0.5.
    assert nice_ticks(0, 1, most=5) == [0, 1]
    # Leniency from −0.5 to +0.33: raw step 0.83/5 = 0.166 → 0.2, from −0.6 to 0.4.
    assert nice_ticks(-0.5, 0.33, most=6) == [-0.6, -0.4, -0.2, 0.0, 0.2, 0.4]


def test_figures_follow_changes_shown_at_once_or_on_showing(replica_session, qtbot) -> None:  # noqa: ANN001
    from desktop.replica_schema import domain
    from tests.desktop.organizer.helpers import call

    session, ids = replica_session
    tab = open_tab(qtbot, session, ids["A"])
    implementation_t = domain["implementation"]

    def finish(idea: str, status: str = "implemented") -> None:
        def write(store) -> None:  # noqa: ANN001
            with store.tx() as conn:
                # As a pull stores it: the server's new revision with the new status.
                conn.execute(implementation_t.update()
                             .where(implementation_t.c.idea_id == ids[idea])
                             .values(status=status, rev=implementation_t.c.rev + 1))
        call(qtbot, session, write)

    # A sync that brought nothing changes no figure: nothing is counted again.
    with qtbot.assertNotEmitted(tab.loaded, wait=500):
        session.data_changed.emit()
    # a4's record goes from dropped to implemented: 2 of 6 (33.33 %) while the tab is shown.
    finish("a4")
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        session.data_changed.emit()
    assert rows(tab, "implemented") == [["Kənd", 6, 2, 2, 33.33]]
    # Hidden, the tab reads nothing; shown again, it reads the change it missed.
    tab.hide()
    finish("a4", "dropped")
    with qtbot.assertNotEmitted(tab.loaded, wait=300):
        session.data_changed.emit()
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.show()
    assert rows(tab, "implemented") == [["Kənd", 6, 1, 1, 16.67]]


def test_the_chart_draws_the_largest_contests_and_the_numbers_keep_all(qtbot, english) -> None:  # noqa: ANN001
    from desktop.statistics_queries import ContestCount, Statistics, Timeline
    from desktop.ui.organizer.statistics_chart import BarChart
    from desktop.ui.organizer.statistics_figures import TOP_CONTESTS, StatisticsFigures

    # 20 contests with 20, 19, … 1 ideas, all from kiosks.
    contests = [ContestCount(f"c{n}", f"Müsabiqə {n}", {"kiosk": n}, n, 0, 0)
                for n in range(20, 0, -1)]
    stats = Statistics(None, "Asia/Baku", Timeline("day", [], {}), contests, {}, [], [], [],
                       total_ideas=sum(range(1, 21)))
    chart = BarChart()
    qtbot.addWidget(chart)
    figure = StatisticsFigures().contests(stats, chart)
    figure.draw()
    assert TOP_CONTESTS == 15
    assert chart.categories == [f"Müsabiqə {n}" for n in range(20, 5, -1)]  # 20 … 6
    assert len(figure.rows) == 20 and figure.rows[-1] == ["Müsabiqə 1", 0, 1, 0, 1]
    assert chart.value_text(0) == "20"  # the stacked total
