"""The statistics dashboard's figures, aggregated in SQL on the local replica.

Database worker only. ``contest_id`` None means the whole organization: an organizer's
replica holds its own organization's contests and nothing else. Every count is a GROUP BY in
SQLite; Python only fills gaps between time buckets and combines per-stage leniency, so a
contest of 50,000 ideas costs a handful of queries, not a loop over its rows.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass, field

from sqlalchemy import and_, case, func, select

from desktop.local_store import LocalStore
from desktop.replica_schema import domain, outbox
from shared.fairness import leniency
from shared.text import az_sort_key

(contest_t, stage_t, criterion_t, idea_t, assignment_t, score_t, user_t, implementation_t,
 decision_t, check_t) = (domain[k] for k in ("contest", "stage", "criterion", "idea",
                                             "assignment", "score", "user", "implementation",
                                             "decision", "check"))

CHANNELS = ("desktop", "kiosk", "import")
#: Implementation statuses (planned, in_progress, implemented, dropped): an idea counts as
#: implemented once its record says so, and as tracked while it is not dropped.
IMPLEMENTED, DROPPED = "implemented", "dropped"
ADVANCED, RETURNED = "advanced", "returned"  # decision outcomes (and "not_advanced")
#: Longest span still drawn day by day; longer spans are drawn month by month.
DAILY_SPAN_DAYS = 92


@dataclass(frozen=True)
class Timeline:
    granularity: str  # "day" or "month"
    buckets: list[dt.date]  # first day of each bucket, consecutive, in the scope's time zone
    counts: dict[str, list[int]]  # channel -> ideas received in each bucket


@dataclass(frozen=True)
class ContestCount:
    contest_id: str
    title: str
    by_channel: dict[str, int]
    total: int
    tracked: int  # ideas with an implementation record that is not dropped
    implemented: int


@dataclass(frozen=True)
class FunnelStep:
    key: str  # "ideas", "stage", "implemented"
    position: int  # the stage's position for "stage" steps, else 0
    title: str  # the stage's title in a one-contest scope, else ""
    ideas: int
    decided: int = 0  # stage steps: ideas with a final decision (advanced or not)
    advanced: int = 0  # stage steps: ideas decided to go on

    @property
    def pass_rate(self) -> float | None:
        """Advanced of decided, in per cent; None before the stage decided anything."""
        return None if not self.decided else round(100.0 * self.advanced / self.decided, 2)


@dataclass(frozen=True)
class CriterionMean:
    name: str
    stage_title: str  # "" in the whole-organization scope, where criteria are grouped by name
    mean: float
    scale_min: int
    scale_max: int
    scores: int


@dataclass(frozen=True)
class EvaluatorFigures:
    evaluator_id: str
    name: str
    assigned: int
    done: int
    leniency: float  # mean deviation from the panel, in scale points; + lenient, − harsh
    compared: int  # finished scorings the leniency is based on


@dataclass(frozen=True)
class Statistics:
    contest_id: str | None
    zone: str
    timeline: Timeline
    contests: list[ContestCount]
    statuses: dict[str, int]
    funnel: list[FunnelStep]
    criteria: list[CriterionMean]
    evaluators: list[EvaluatorFigures]
    total_ideas: int = field(default=0)


def statistics(store: LocalStore, contest_id: str | None,
               now: dt.datetime | None = None) -> Statistics:
    """Everything the dashboard shows for one scope, read in one trip to the database worker."""
    zone = _scope_zone(store, contest_id)
    contests = contest_counts(store, contest_id)
    return Statistics(
        contest_id=contest_id, zone=zone,
        timeline=timeline(store, contest_id, zone, now=now),
        contests=contests,
        statuses=status_counts(store, contest_id),
        funnel=funnel(store, contest_id),
        criteria=criterion_means(store, contest_id),
        evaluators=evaluator_figures(store, contest_id),
        total_ideas=sum(c.total for c in contests),
    )


#: The tables the figures read; a change to any of them may change a figure.
_READ = ("contest", "stage", "criterion", "idea", "assignment", "score", "user", "decision",
         "implementation", "check")


def change_stamp(store: LocalStore) -> tuple:
    """A value that differs after any change the figures could show: rows added or removed
    (count), changes pulled from the server (sum of revisions), local edits (the outbox's
    last sequence number only grows). A few scans of integer columns: milliseconds where
    the figures themselves take a second at 50,000 ideas."""
    parts = [select(func.count(), func.total(domain[k].c.rev)).select_from(domain[k])
             for k in _READ]
    with store.engine.connect() as conn:
        stamp = tuple(tuple(conn.execute(part).one()) for part in parts)
        return (*stamp, conn.execute(select(func.max(outbox.c.seq))).scalar())


def statistics_if_changed(store: LocalStore, contest_id: str | None, since: tuple | None,
                          now: dt.datetime | None = None) -> tuple[tuple, Statistics | None]:
    """(stamp, figures), or (stamp, None) when nothing changed since the stamp ``since``:
    a sync that brought nothing (every 30 s, and offline) costs no recount."""
    stamp = change_stamp(store)
    if since is not None and stamp == since:
        return stamp, None
    return stamp, statistics(store, contest_id, now=now)


def _scope_zone(store: LocalStore, contest_id: str | None) -> str:
    if contest_id is None:
        return "Asia/Baku"
    rows = store.rows(select(contest_t.c.timezone).where(contest_t.c.id == contest_id))
    return rows[0]["timezone"] if rows else "Asia/Baku"


def _in_scope(column, contest_id: str | None):  # noqa: ANN001, ANN202 - SQL expression
    return True if contest_id is None else column == contest_id


def _offset_minutes(zone: str, when: dt.datetime) -> int:
    try:
        offset = zoneinfo.ZoneInfo(zone).utcoffset(when.replace(tzinfo=None))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return 0
    return int(offset.total_seconds() // 60) if offset else 0


def timeline(store: LocalStore, contest_id: str | None, zone: str,
             now: dt.datetime | None = None) -> Timeline:
    """Ideas received per day (or month, over long spans) and channel, in ``zone``'s dates.

    The zone's current UTC offset shifts every time: exact for Asia/Baku and most zones of
    the region, which keep no daylight saving time. SQL counts per day (a few thousand rows
    at most, for ten years); days are summed into months here.
    """
    offset = _offset_minutes(zone, now or dt.datetime.now(dt.UTC))
    day = func.strftime("%Y-%m-%d", idea_t.c.created_at, f"{offset:+d} minutes").label("day")
    rows = store.rows(select(day, idea_t.c.channel, func.count().label("n"))
                      .where(_in_scope(idea_t.c.contest_id, contest_id))
                      .group_by(day, idea_t.c.channel))
    channels = list(CHANNELS) + sorted({r["channel"] for r in rows} - set(CHANNELS))
    if not rows:
        return Timeline("day", [], {c: [] for c in channels})
    days = [dt.date.fromisoformat(r["day"]) for r in rows]
    first, last = min(days), max(days)
    daily = (last - first).days < DAILY_SPAN_DAYS
    buckets = _days(first, last) if daily else _months(first, last)
    where = {b: i for i, b in enumerate(buckets)}
    counts = {c: [0] * len(buckets) for c in channels}
    for r, d in zip(rows, days, strict=True):
        counts[r["channel"]][where[d if daily else d.replace(day=1)]] += r["n"]
    return Timeline("day" if daily else "month", buckets, counts)


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


def _months(first: dt.date, last: dt.date) -> list[dt.date]:
    months, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(dt.date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def contest_counts(store: LocalStore, contest_id: str | None) -> list[ContestCount]:
    """Each contest's ideas by channel, and how many are tracked and implemented; most first."""
    rows = store.rows(
        select(idea_t.c.contest_id, idea_t.c.channel, func.count().label("n"))
        .where(_in_scope(idea_t.c.contest_id, contest_id))
        .group_by(idea_t.c.contest_id, idea_t.c.channel))
    tracking = {r["contest_id"]: r for r in store.rows(
        select(implementation_t.c.contest_id,
               func.sum(case((implementation_t.c.status != DROPPED, 1), else_=0)).label("tracked"),
               func.sum(case((implementation_t.c.status == IMPLEMENTED, 1), else_=0))
               .label("implemented"))
        .where(_in_scope(implementation_t.c.contest_id, contest_id))
        .group_by(implementation_t.c.contest_id))}
    contests = store.rows(select(contest_t.c.id, contest_t.c.title)
                          .where(_in_scope(contest_t.c.id, contest_id)))
    by_contest: dict[str, dict[str, int]] = {c["id"]: {} for c in contests}
    for r in rows:
        by_contest.setdefault(r["contest_id"], {})[r["channel"]] = r["n"]
    titles = {c["id"]: c["title"] for c in contests}
    result = [ContestCount(cid, titles.get(cid, ""), channels, sum(channels.values()),
                           int((tracking.get(cid) or {}).get("tracked") or 0),
                           int((tracking.get(cid) or {}).get("implemented") or 0))
              for cid, channels in by_contest.items()]
    result.sort(key=lambda c: (-c.total, az_sort_key(c.title), c.contest_id))
    return result


def status_counts(store: LocalStore, contest_id: str | None) -> dict[str, int]:
    rows = store.rows(select(idea_t.c.status, func.count().label("n"))
                      .where(_in_scope(idea_t.c.contest_id, contest_id))
                      .group_by(idea_t.c.status).order_by(idea_t.c.status))
    return {r["status"]: r["n"] for r in rows}


def funnel(store: LocalStore, contest_id: str | None) -> list[FunnelStep]:
    """Ideas received; for each stage the ideas taken into it (assigned to an evaluator or
    decided on there), how many were decided and how many advanced; then those implemented.

    A returned idea is not decided yet: it comes back to the same stage after revision.
    Across contests, stages are lined up by their position: an idea belongs to one contest,
    so the stages at one position never share an idea.
    """
    ideas = store.rows(select(func.count().label("n")).select_from(idea_t)
                       .where(_in_scope(idea_t.c.contest_id, contest_id)))[0]["n"]
    in_stage = (select(assignment_t.c.stage_id, assignment_t.c.idea_id)
                .where(_in_scope(assignment_t.c.contest_id, contest_id))
                .union(select(decision_t.c.stage_id, decision_t.c.idea_id)
                       .where(_in_scope(decision_t.c.contest_id, contest_id)))
                .subquery())
    taken = {r["stage_id"]: r["n"] for r in store.rows(
        select(in_stage.c.stage_id, func.count().label("n")).group_by(in_stage.c.stage_id))}
    decided = {r["stage_id"]: r for r in store.rows(
        select(decision_t.c.stage_id,
               func.sum(case((decision_t.c.outcome != RETURNED, 1), else_=0)).label("decided"),
               func.sum(case((decision_t.c.outcome == ADVANCED, 1), else_=0)).label("advanced"))
        .where(_in_scope(decision_t.c.contest_id, contest_id))
        .group_by(decision_t.c.stage_id))}
    stages = store.rows(select(stage_t.c.id, stage_t.c.position, stage_t.c.title)
                        .where(_in_scope(stage_t.c.contest_id, contest_id))
                        .order_by(stage_t.c.position, stage_t.c.id))
    per_position: dict[int, list[int]] = {}
    titles: dict[int, str] = {}
    for stage in stages:
        totals = per_position.setdefault(stage["position"], [0, 0, 0])
        figures = decided.get(stage["id"]) or {}
        totals[0] += taken.get(stage["id"], 0)
        totals[1] += int(figures.get("decided") or 0)
        totals[2] += int(figures.get("advanced") or 0)
        titles.setdefault(stage["position"], stage["title"])
    implemented = store.rows(select(func.count().label("n")).select_from(implementation_t)
                             .where(_in_scope(implementation_t.c.contest_id, contest_id),
                                    implementation_t.c.status == IMPLEMENTED))[0]["n"]
    steps = [FunnelStep("ideas", 0, "", ideas)]
    steps += [FunnelStep("stage", position, titles[position] if contest_id else "", n,
                         n_decided, n_advanced)
              for position, (n, n_decided, n_advanced) in sorted(per_position.items())]
    steps.append(FunnelStep("implemented", 0, "", implemented))
    return steps


def criterion_means(store: LocalStore, contest_id: str | None) -> list[CriterionMean]:
    """The mean score given on each criterion; across contests, criteria of the same name
    and scale are taken together (a mean over different scales would mean nothing)."""
    per_criterion = {r["criterion_id"]: r for r in store.rows(
        select(score_t.c.criterion_id, func.avg(score_t.c.value).label("mean"),
               func.count().label("n"))
        .where(_in_scope(score_t.c.contest_id, contest_id))
        .group_by(score_t.c.criterion_id))}
    if not per_criterion:
        return []
    criteria = store.rows(
        select(criterion_t.c.id, criterion_t.c.name, criterion_t.c.scale_min,
               criterion_t.c.scale_max, criterion_t.c.position,
               stage_t.c.title.label("stage_title"), stage_t.c.position.label("stage_position"))
        .join(stage_t, stage_t.c.id == criterion_t.c.stage_id)
        .where(criterion_t.c.id.in_(list(per_criterion))))
    if contest_id is not None:
        criteria.sort(key=lambda c: (c["stage_position"], c["position"], az_sort_key(c["name"])))
        return [CriterionMean(c["name"], c["stage_title"], float(per_criterion[c["id"]]["mean"]),
                              c["scale_min"], c["scale_max"], per_criterion[c["id"]]["n"])
                for c in criteria]
    # Σ mean·n / Σ n over the criteria of one name and scale: the mean of all their scores.
    pooled: dict[tuple[str, int, int], list[float]] = {}
    for c in criteria:
        figures = per_criterion[c["id"]]
        total = pooled.setdefault((c["name"], c["scale_min"], c["scale_max"]), [0.0, 0])
        total[0] += float(figures["mean"]) * figures["n"]
        total[1] += figures["n"]
    return [CriterionMean(name, "", total / n, low, high, int(n))
            for (name, low, high), (total, n) in sorted(
                pooled.items(), key=lambda item: (az_sort_key(item[0][0]), item[0][1:]))]


def evaluator_figures(store: LocalStore, contest_id: str | None) -> list[EvaluatorFigures]:
    """Per evaluator: ideas assigned, ideas finished, and leniency against the panel.

    An assignment is done when the evaluator scored every criterion of its stage (scoring),
    or answered every requirement of the contest in its check of the idea's current round
    (screening: the same count as the evaluator's own queue). Leniency
    (``shared.fairness.leniency``) compares finished scorings within each stage, where the
    panel used one scale; an evaluator's figure is the mean of its deviations over all the
    stages in scope, so each finished scoring counts once.
    """
    assigned = {r["evaluator_id"]: r["n"] for r in store.rows(
        select(assignment_t.c.evaluator_id, func.count().label("n"))
        .where(_in_scope(assignment_t.c.contest_id, contest_id))
        .group_by(assignment_t.c.evaluator_id))}
    if not assigned:
        return []
    n_criteria = (select(criterion_t.c.stage_id, func.count().label("n"))
                  .group_by(criterion_t.c.stage_id).subquery())
    scored = (select(score_t.c.stage_id, score_t.c.idea_id, score_t.c.evaluator_id,
                     func.count().label("n"),
                     (func.sum(score_t.c.value * criterion_t.c.weight)
                      / func.sum(criterion_t.c.weight)).label("mean"))
              .join(criterion_t, and_(criterion_t.c.id == score_t.c.criterion_id,
                                      criterion_t.c.stage_id == score_t.c.stage_id))
              .where(_in_scope(score_t.c.contest_id, contest_id))
              .group_by(score_t.c.stage_id, score_t.c.idea_id, score_t.c.evaluator_id)
              .subquery())
    # Finished scorings of ideas still assigned: each one's weighted mean feeds leniency.
    finished = (
        select(scored.c.stage_id, scored.c.idea_id, scored.c.evaluator_id, scored.c.mean)
        .join(n_criteria, n_criteria.c.stage_id == scored.c.stage_id)
        .join(assignment_t, and_(assignment_t.c.stage_id == scored.c.stage_id,
                                 assignment_t.c.idea_id == scored.c.idea_id,
                                 assignment_t.c.evaluator_id == scored.c.evaluator_id))
        .where(n_criteria.c.n > 0, scored.c.n >= n_criteria.c.n))
    by_stage: dict[str, dict[str, dict[str, float]]] = {}
    with store.engine.connect() as conn:  # plain tuples: one per finished scoring
        for stage_id, idea_id, evaluator_id, mean in conn.execute(finished):
            by_stage.setdefault(stage_id, {}).setdefault(evaluator_id, {})[idea_id] = mean
    deviation_sum: dict[str, float] = {}
    done: dict[str, int] = {}
    for panel in by_stage.values():
        for evaluator_id, value in leniency(panel).items():
            n = len(panel[evaluator_id])
            deviation_sum[evaluator_id] = deviation_sum.get(evaluator_id, 0.0) + value * n
            done[evaluator_id] = done.get(evaluator_id, 0) + n
    screened = _screenings_done(store, contest_id)
    names = {r["id"]: r["display_name"] or r["username"] for r in store.rows(
        select(user_t.c.id, user_t.c.display_name, user_t.c.username)
        .where(user_t.c.id.in_(list(assigned))))}
    result = [EvaluatorFigures(e, names.get(e, e[:8]), n, done.get(e, 0) + screened.get(e, 0),
                               deviation_sum[e] / done[e] if done.get(e) else 0.0, done.get(e, 0))
              for e, n in assigned.items()]
    result.sort(key=lambda f: (az_sort_key(f.name), f.evaluator_id))
    return result


def _screenings_done(store: LocalStore, contest_id: str | None) -> dict[str, int]:
    """Per evaluator: screening assignments whose check of the idea's current round answers
    as many requirements, met or not, as the contest announced."""
    answered = (func.json_array_length(check_t.c.met)
                + func.json_array_length(check_t.c.unmet))
    return {r["evaluator_id"]: r["n"] for r in store.rows(
        select(assignment_t.c.evaluator_id, func.count().label("n"))
        .join(stage_t, and_(stage_t.c.id == assignment_t.c.stage_id,
                            stage_t.c.kind == "screening"))
        .join(idea_t, idea_t.c.id == assignment_t.c.idea_id)
        .join(contest_t, contest_t.c.id == assignment_t.c.contest_id)
        .join(check_t, and_(check_t.c.stage_id == assignment_t.c.stage_id,
                            check_t.c.idea_id == assignment_t.c.idea_id,
                            check_t.c.evaluator_id == assignment_t.c.evaluator_id,
                            check_t.c.round == func.coalesce(idea_t.c.revision_number, 1)))
        .where(_in_scope(assignment_t.c.contest_id, contest_id),
               answered >= func.json_array_length(contest_t.c.requirements))
        .group_by(assignment_t.c.evaluator_id))}
