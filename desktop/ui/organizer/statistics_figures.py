"""From the replica's figures to what each dashboard card shows: the chart, the rows of its
table and CSV file (raw values: the table and the file format them), or guidance when empty."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QColor

from desktop.statistics_queries import CHANNELS, Statistics
from desktop.ui.organizer.statistics_chart import COLOURS, BarChart, LineChart, Series, number_text

#: Contests drawn in a chart across the organization; the table and the CSV have them all.
TOP_CONTESTS = 15
STATUS_ORDER = ("submitted", "shortlisted", "rejected", "winner", "withdrawn")


class Figure(NamedTuple):
    headers: list[str]
    rows: list[list[object]]
    draw: Callable[[], None]
    empty: str | None  # guidance shown instead of the chart, or None


def percent(part: int, whole: int) -> float | None:
    return None if whole == 0 else round(100.0 * part / whole, 2)


def percent_text(value: float | None) -> str:
    if value is None:
        return ""
    locale = QLocale()
    # English writes 25%; Azerbaijani and Russian put a space before the sign.
    space = "" if locale.language() == QLocale.Language.English else "\u00a0"
    return locale.toString(value, "f", 1) + space + locale.percent()


class StatisticsFigures(QObject):
    def channel_name(self, channel: str) -> str:
        return {"desktop": self.tr("Desktop"), "kiosk": self.tr("Kiosk"),
                "import": self.tr("Imported")}.get(channel, channel)

    def status_name(self, status: str) -> str:
        return {"submitted": self.tr("Submitted"), "withdrawn": self.tr("Withdrawn"),
                "shortlisted": self.tr("Shortlisted"), "rejected": self.tr("Rejected"),
                "winner": self.tr("Winner")}.get(status, status)

    def no_ideas(self) -> str:
        return self.tr("No ideas yet — they appear here as they arrive from desktops and kiosks "
                       "or are imported, even while this computer is offline.")

    def timeline(self, stats: Statistics, chart: LineChart) -> Figure:
        line = stats.timeline
        daily = line.granularity == "day"
        channels = [c for c in line.counts if c in CHANNELS or any(line.counts[c])]
        locale = QLocale()
        # A month on its own takes the standalone name: Russian "май 2026", not "мая 2026".
        labels = [locale.toString(b, "d MMM") if daily else
                  f"{locale.standaloneMonthName(b.month, QLocale.FormatType.ShortFormat)} {b.year}"
                  for b in line.buckets]
        rows = [[b if daily else b.strftime("%Y-%m"), *(line.counts[c][i] for c in channels),
                 sum(line.counts[c][i] for c in channels)] for i, b in enumerate(line.buckets)]
        series = [Series(self.channel_name(c), line.counts[c], COLOURS[n % len(COLOURS)])
                  for n, c in enumerate(channels)]
        return Figure([self.tr("Date") if daily else self.tr("Month"),
                       *(self.channel_name(c) for c in channels), self.tr("Total")], rows,
                      lambda: chart.set_data(labels, series), None if rows else self.no_ideas())

    def contests(self, stats: Statistics, chart: BarChart) -> Figure:
        if stats.contest_id is not None:
            counts = stats.contests[0].by_channel if stats.contests else {}
            rows = [[self.channel_name(c), counts.get(c, 0)] for c in CHANNELS]
            rows += [[self.channel_name(c), n] for c, n in sorted(counts.items())
                     if c not in CHANNELS]
            series = [Series(self.tr("Ideas"), [r[1] for r in rows], COLOURS[0])]
            return Figure([self.tr("Channel"), self.tr("Ideas")], rows,
                          lambda: chart.set_data([r[0] for r in rows], series),
                          None if stats.total_ideas else self.no_ideas())
        rows = [[c.title, *(c.by_channel.get(ch, 0) for ch in CHANNELS), c.total]
                for c in stats.contests]
        shown = rows[:TOP_CONTESTS]
        series = [Series(self.channel_name(ch), [r[1 + n] for r in shown], COLOURS[n])
                  for n, ch in enumerate(CHANNELS)]
        return Figure([self.tr("Contest"), *(self.channel_name(c) for c in CHANNELS),
                       self.tr("Total")], rows,
                      lambda: chart.set_data([r[0] for r in shown], series, mode="stacked"),
                      None if stats.total_ideas else self.no_ideas())

    def statuses(self, stats: Statistics, chart: BarChart) -> Figure:
        order = [s for s in STATUS_ORDER if s in stats.statuses]
        order += sorted(s for s in stats.statuses if s not in STATUS_ORDER)
        total = sum(stats.statuses.values())
        rows = [[self.status_name(s), stats.statuses[s], percent(stats.statuses[s], total)]
                for s in order]
        series = [Series(self.tr("Ideas"), [r[1] for r in rows], COLOURS[0])]

        def value(i: int) -> str:
            return f"{number_text(rows[i][1])} · {percent_text(rows[i][2])}"

        return Figure([self.tr("Status"), self.tr("Ideas"), self.tr("Share (%)")], rows,
                      lambda: chart.set_data([r[0] for r in rows], series, value_text=value),
                      None if total else self.no_ideas())

    def funnel(self, stats: Statistics, chart: BarChart) -> Figure:
        rows: list[list[object]] = []
        for step in stats.funnel:
            if step.key == "ideas":
                name = self.tr("Ideas received")
            elif step.key == "implemented":
                name = self.tr("Implemented")
            elif step.title:
                name = self.tr("Stage %1: %2").replace("%1", str(step.position)) \
                    .replace("%2", step.title)
            else:
                name = self.tr("Stage %1").replace("%1", str(step.position))
            if step.key == "stage":
                rows.append([name, step.ideas, step.decided, step.advanced, step.pass_rate])
            else:
                rows.append([name, step.ideas, None, None, None])
        series = [Series(self.tr("Ideas"), [r[1] for r in rows], COLOURS[2])]

        def value(i: int) -> str:
            step = stats.funnel[i]
            if step.key != "stage":
                return number_text(step.ideas)
            if not step.decided:
                return self.tr("%1 · no decision yet").replace("%1", number_text(step.ideas))
            return (self.tr("%1 · advanced: %2 of %3 (%4)")
                    .replace("%1", number_text(step.ideas))
                    .replace("%2", number_text(step.advanced))
                    .replace("%3", number_text(step.decided))
                    .replace("%4", percent_text(step.pass_rate)))

        return Figure([self.tr("Step"), self.tr("Ideas"), self.tr("Decided"),
                       self.tr("Advanced"), self.tr("Pass rate (%)")],
                      rows, lambda: chart.set_data([r[0] for r in rows], series, value_text=value),
                      None if stats.total_ideas else self.no_ideas())

    def criteria(self, stats: Statistics, chart: BarChart) -> Figure:
        stages = {m.stage_title for m in stats.criteria}
        rows = [[m.stage_title, m.name, m.mean, m.scale_min, m.scale_max, m.scores]
                for m in stats.criteria]
        labels = [(f"{m.stage_title} — {m.name}" if len(stages) > 1 else m.name)
                  if stats.contest_id else f"{m.name} ({m.scale_min}–{m.scale_max})"
                  for m in stats.criteria]
        series = [Series(self.tr("Average score"), [m.mean for m in stats.criteria], COLOURS[0])]
        highest = max((m.scale_max for m in stats.criteria), default=None)

        def value(i: int) -> str:
            m = stats.criteria[i]
            return self.tr("%1 of %2").replace("%1", QLocale().toString(m.mean, "f", 2)) \
                .replace("%2", number_text(m.scale_max))

        return Figure([self.tr("Stage"), self.tr("Criterion"), self.tr("Average score"),
                       self.tr("Scale from"), self.tr("Scale to"), self.tr("Scores")], rows,
                      lambda: chart.set_data(labels, series, maximum=highest, value_text=value),
                      None if rows else self.tr("No scores yet — averages appear as evaluators "
                                                "send their scores."))

    def progress(self, stats: Statistics, chart: BarChart) -> Figure:
        figures = stats.evaluators
        rows = [[f.name, f.assigned, f.done, percent(f.done, f.assigned)] for f in figures]
        series = [Series(self.tr("Assigned"), [f.assigned for f in figures], COLOURS[4]),
                  Series(self.tr("Done"), [f.done for f in figures], COLOURS[0])]

        def value(i: int) -> str:
            return self.tr("%1 of %2").replace("%1", number_text(figures[i].done)) \
                .replace("%2", number_text(figures[i].assigned))

        return Figure([self.tr("Evaluator"), self.tr("Assigned"), self.tr("Done"),
                       self.tr("Done (%)")], rows,
                      lambda: chart.set_data([f.name for f in figures], series, mode="overlay",
                                             value_text=value),
                      None if rows else self.tr("No evaluator is assigned yet — assign ideas to "
                                                "evaluators on the Assignment tab."))

    def leniency(self, stats: Statistics, chart: BarChart) -> Figure:
        figures = [f for f in stats.evaluators if f.compared]
        rows = [[f.name, round(f.leniency, 2), f.compared] for f in figures]
        series = [Series(self.tr("Leniency"), [f.leniency for f in figures], COLOURS[3])]

        def value(i: int) -> str:
            v = figures[i].leniency
            text = QLocale().toString(abs(v), "f", 2)
            return ("+" if v > 0.005 else "−" if v < -0.005 else "") + text

        return Figure([self.tr("Evaluator"), self.tr("Leniency (scale points)"),
                       self.tr("Finished scorings")], rows,
                      lambda: chart.set_data([f.name for f in figures], series, value_text=value),
                      None if rows else self.tr("No finished scoring yet — leniency appears once "
                                                "evaluators have scored every criterion of an "
                                                "idea."))

    def implemented(self, stats: Statistics, chart: BarChart) -> Figure:
        contests = [c for c in stats.contests if c.total]
        rows = [[c.title, c.total, c.tracked, c.implemented, percent(c.implemented, c.total)]
                for c in contests]
        shown = contests[:TOP_CONTESTS]
        # Drawn over each other: implemented ⊂ tracked ⊂ all ideas of the contest.
        series = [Series(self.tr("Ideas"), [c.total for c in shown], QColor("#c9d6e3")),
                  Series(self.tr("Taken up for implementation"), [c.tracked for c in shown], COLOURS[4]),
                  Series(self.tr("Implemented"), [c.implemented for c in shown], COLOURS[2])]

        def value(i: int) -> str:
            return self.tr("%1 of %2").replace("%1", number_text(shown[i].implemented)) \
                .replace("%2", number_text(shown[i].total))

        return Figure([self.tr("Contest"), self.tr("Ideas"), self.tr("Taken up for implementation"),
                       self.tr("Implemented"), self.tr("Implemented (%)")], rows,
                      lambda: chart.set_data([c.title for c in shown], series, mode="overlay",
                                             value_text=value),
                      None if rows else self.no_ideas())
