"""The dashboard's figures, from the hand-made replica in ``statistics_replica``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from desktop import statistics_queries as sq
from desktop.local_store import LocalStore
from tests.desktop.organizer.statistics_replica import E1, E2, NOW, seeded_store


@pytest.fixture()
def replica(tmp_path) -> Iterator[tuple[LocalStore, dict[str, str]]]:  # noqa: ANN001
    store, ids = seeded_store(tmp_path / "replica.sqlite3")
    yield store, ids
    store.close()


def test_timeline_of_a_contest_by_day_in_its_time_zone(replica) -> None:  # noqa: ANN001
    store, ids = replica
    line = sq.timeline(store, ids["A"], "Asia/Baku", now=NOW)
    assert line.granularity == "day"
    # a1 19:30 UTC is 23:30 on 1 March in Baku; a2 20:30 UTC is already 00:30 on 2 March.
    assert line.buckets == [dt.date(2026, 3, d) for d in (1, 2, 3, 4)]
    assert line.counts == {"desktop": [1, 1, 0, 0],  # a1 | a3
                           "kiosk": [0, 1, 0, 1],  # a2 | a6
                           "import": [0, 0, 0, 2]}  # a4, a5


def test_timeline_of_the_organization_by_month(replica) -> None:  # noqa: ANN001
    store, _ = replica
    line = sq.timeline(store, None, "Asia/Baku", now=NOW)
    # 15 January to 20 June is more than 92 days: months January … June.
    assert line.granularity == "month"
    assert line.buckets == [dt.date(2026, m, 1) for m in range(1, 7)]
    assert line.counts == {"desktop": [1, 0, 2, 0, 0, 0],  # b1 | a1, a3
                           "kiosk": [0, 0, 2, 0, 0, 1],  # a2, a6 | b2
                           "import": [0, 0, 2, 0, 0, 0]}  # a4, a5


def test_empty_contest_has_an_empty_timeline(replica) -> None:  # noqa: ANN001
    store, ids = replica
    line = sq.timeline(store, ids["C"], "Asia/Baku", now=NOW)
    assert line.buckets == [] and line.counts == {"desktop": [], "kiosk": [], "import": []}


def test_contests_by_channel_and_implemented(replica) -> None:  # noqa: ANN001
    store, ids = replica
    counts = sq.contest_counts(store, None)
    assert [(c.title, c.by_channel, c.total, c.tracked, c.implemented) for c in counts] == [
        ("Kənd", {"desktop": 2, "kiosk": 2, "import": 2}, 6, 1, 1),  # a5 done, a4 dropped
        ("Şəhər", {"desktop": 1, "kiosk": 1}, 2, 1, 0),  # b2 in progress
        ("Boş", {}, 0, 0, 0)]
    assert [c.title for c in sq.contest_counts(store, ids["B"])] == ["Şəhər"]


def test_statuses_and_funnel_of_a_contest(replica) -> None:  # noqa: ANN001
    store, ids = replica
    assert sq.status_counts(store, ids["A"]) == {
        "rejected": 2, "shortlisted": 2, "submitted": 1, "winner": 1}
    steps = sq.funnel(store, ids["A"])
    # 6 ideas; a1…a5 in stage 1; a2, a3, a5 in stage 2; a5 implemented.
    assert [(s.key, s.position, s.title, s.ideas) for s in steps] == [
        ("ideas", 0, "", 6), ("stage", 1, "Yoxlama", 5), ("stage", 2, "Final", 3),
        ("implemented", 0, "", 1)]
    # Stage 1 decided a1, a2, a3, a5 (a4 was returned: not final); a2, a3, a5 advanced:
    # 3/4 = 75 %. Stage 2 has decided nothing yet.
    assert [(s.decided, s.advanced, s.pass_rate) for s in steps[1:3]] == [(4, 3, 75.0),
                                                                         (0, 0, None)]


def test_funnel_of_the_organization_lines_stages_up_by_position(replica) -> None:  # noqa: ANN001
    store, _ = replica
    steps = sq.funnel(store, None)
    # 8 ideas; stage 1: five of A + b1 (assigned) + b2 (decided) = 7; stage 2: 3;
    # implemented: a5 (b2 is in progress).
    assert [(s.key, s.position, s.ideas) for s in steps] == [
        ("ideas", 0, 8), ("stage", 1, 7), ("stage", 2, 3), ("implemented", 0, 1)]
    # Stage 1 decided 4 in A and b2 in B: 5; advanced 3 + 1 = 4, 4/5 = 80 %.
    assert (steps[1].decided, steps[1].advanced, steps[1].pass_rate) == (5, 4, 80.0)
    assert all(s.title == "" for s in steps)


def test_mean_score_per_criterion(replica) -> None:  # noqa: ANN001
    store, ids = replica
    means = sq.criterion_means(store, ids["A"])
    # Stage 1 Aktuallıq 8, 6, 9, 7, 5 → 35/5 = 7; Səmərəlilik 6, 4, 9, 5 → 24/4 = 6;
    # stage 2 Aktuallıq 10.
    assert [(m.stage_title, m.name, m.mean, m.scores) for m in means] == [
        ("Yoxlama", "Aktuallıq", 7.0, 5), ("Yoxlama", "Səmərəlilik", 6.0, 4),
        ("Final", "Aktuallıq", 10.0, 1)]
    # Across contests criteria of one name and scale go together: (35 + 10) / 6 = 7.5.
    assert [(m.stage_title, m.name, m.mean, m.scores, m.scale_max)
            for m in sq.criterion_means(store, None)] == [
        ("", "Aktuallıq", 7.5, 6, 10), ("", "Səmərəlilik", 6.0, 4, 10)]
    assert sq.criterion_means(store, ids["B"]) == []


def test_evaluator_progress_and_leniency(replica) -> None:  # noqa: ANN001
    store, ids = replica
    figures = sq.evaluator_figures(store, ids["A"])
    # Weighted means (weights 2 and 3): a1 E1 (16 + 18) / 5 = 6.8, a1 E2 (12 + 12) / 5 = 4.8,
    # a2 E1 9, a3 E2 5 (a2 E2 is unfinished); stage 2: a2 E1 10.
    # Stage 1 panel mean of a1 = 5.8: E1 +1.0, E2 −1.0; a2 and a3 had one finished
    # scoring each: deviation 0. Stage 2: a2 alone, 0.
    # E1: (1.0 + 0 + 0) / 3 = 1/3; E2: (−1.0 + 0) / 2 = −0.5.
    assert [(f.evaluator_id, f.name, f.assigned, f.done, f.compared) for f in figures] == [
        (E2, "Aysel Qasımova", 5, 2, 2), (E1, "Rəşad Əliyev", 8, 3, 3)]
    assert figures[0].leniency == pytest.approx(-0.5)
    assert figures[1].leniency == pytest.approx(1 / 3)
    # The organization adds the screening of b1 to both: done by Aysel (both requirements
    # answered), not by Rəşad (one of two). Screening has no scores: leniency is unchanged.
    everywhere = sq.evaluator_figures(store, None)
    assert [(f.name, f.assigned, f.done, f.compared) for f in everywhere] == [
        ("Aysel Qasımova", 6, 3, 2), ("Rəşad Əliyev", 9, 3, 3)]
    assert sq.evaluator_figures(store, ids["C"]) == []


def test_statistics_reads_every_figure_of_a_scope(replica) -> None:  # noqa: ANN001
    store, ids = replica
    figures = sq.statistics(store, ids["A"], now=NOW)
    assert figures.zone == "Asia/Baku" and figures.total_ideas == 6
    assert len(figures.timeline.buckets) == 4 and len(figures.funnel) == 4
    assert sq.statistics(store, None, now=NOW).total_ideas == 8


def test_figures_are_read_again_only_after_a_change(replica) -> None:  # noqa: ANN001
    store, ids = replica
    stamp, figures = sq.statistics_if_changed(store, ids["A"], None, now=NOW)
    assert figures is not None and sq.change_stamp(store) == stamp
    assert sq.statistics_if_changed(store, ids["A"], stamp, now=NOW) == (stamp, None)
    # The organizer records b2 as implemented: a local edit, queued in the outbox.
    store.save("implementation", {"id": ids["impl.b2"], "status": "implemented",
                                  "progress": 100})
    later, figures = sq.statistics_if_changed(store, None, stamp, now=NOW)
    assert later != stamp
    assert [c.implemented for c in figures.contests] == [1, 1, 0]  # Kənd a5, Şəhər b2, Boş
