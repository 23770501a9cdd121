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

from desktop.local_store import LocalStore, domain
from shared.fairness import leniency
from shared.text import az_sort_key

contest_t, stage_t, criterion_t, idea_t, assignment_t, score_t, user_t, implementation_t = (
    domain[k] for k in ("contest", "stage", "criterion", "idea", "assignment", "score", "user",
                        "implementation"))

CHANNELS = ("desktop", "kiosk", "import")
#: Implementation statuses (planned, in_progress, implemented, dropped): an idea counts as
#: implemented once its record says so, and as tracked while it is not dropped.
IMPLEMENTED, DROPPED = "implemented", "dropped"
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
    the region, which keep no daylight saving time.
    """
    offset = _offset_minutes(zone, now or dt.datetime.now(dt.UTC))
    local = func.datetime(idea_t.c.created_at, f"{offset:+d} minutes")
    scope = _in_scope(idea_t.c.contest_id, contest_id)
    span = store.rows(select(func.min(local).label("first"), func.max(local).label("last"))
                      .where(scope))[0]
    if span["first"] is None:
        return Timeline("day", [], {c: [] for c in CHANNELS})
    first = dt.date.fromisoformat(span["first"][:10])
    last = dt.date.fromisoformat(span["last"][:10])
    daily = (last - first).days < DAILY_SPAN_DAYS
    bucket = func.strftime("%Y-%m-%d" if daily else "%Y-%m-01", local).label("bucket")
    rows = store.rows(select(bucket, idea_t.c.channel, func.count().label("n"))
                      .where(scope).group_by(bucket, idea_t.c.channel))
    buckets = _days(first, last) if daily else _months(first, last)
    where = {b: i for i, b in enumerate(buckets)}
    channels = list(CHANNELS) + sorted({r["channel"] for r in rows} - set(CHANNELS))
    counts = {c: [0] * len(buckets) for c in channels}
    for r in rows:
        counts[r["channel"]][where[dt.date.fromisoformat(r["bucket"])]] = r["n"]
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
    """Ideas received, then those taken into each stage (assigned to an evaluator there),
    then those implemented. Across contests, stages are lined up by their position."""
    ideas = store.rows(select(func.count().label("n")).select_from(idea_t)
                       .where(_in_scope(idea_t.c.contest_id, contest_id)))[0]["n"]
    per_stage = store.rows(
        select(stage_t.c.position, func.min(stage_t.c.title).label("title"),
               func.count(func.distinct(assignment_t.c.stage_id + ":" + assignment_t.c.idea_id))
               .label("n"))
        .select_from(stage_t)
        .outerjoin(assignment_t, assignment_t.c.stage_id == stage_t.c.id)
        .where(_in_scope(stage_t.c.contest_id, contest_id))
        .group_by(stage_t.c.position).order_by(stage_t.c.position))
    implemented = store.rows(select(func.count().label("n")).select_from(implementation_t)
                             .where(_in_scope(implementation_t.c.contest_id, contest_id),
                                    implementation_t.c.status == IMPLEMENTED))[0]["n"]
    steps = [FunnelStep("ideas", 0, "", ideas)]
    steps += [FunnelStep("stage", r["position"], r["title"] if contest_id else "", r["n"])
              for r in per_stage]
    steps.append(FunnelStep("implemented", 0, "", implemented))
    return steps


def criterion_means(store: LocalStore, contest_id: str | None) -> list[CriterionMean]:
    """The mean score given on each criterion; across contests, criteria of the same name
    and scale are taken together (a mean over different scales would mean nothing)."""
    joined = (select(criterion_t.c.id, criterion_t.c.name, criterion_t.c.scale_min,
                     criterion_t.c.scale_max, criterion_t.c.position,
                     stage_t.c.title.label("stage_title"), stage_t.c.position.label("stage_pos"),
                     score_t.c.value)
              .select_from(score_t)
              .join(criterion_t, criterion_t.c.id == score_t.c.criterion_id)
              .join(stage_t, stage_t.c.id == criterion_t.c.stage_id)
              .where(_in_scope(score_t.c.contest_id, contest_id))
              .subquery())
    if contest_id is None:
        keys = (joined.c.name, joined.c.scale_min, joined.c.scale_max)
        order = (joined.c.name.collate("AZ"), joined.c.scale_min, joined.c.scale_max)
        stage_title = func.min("")
    else:
        keys = (joined.c.id, joined.c.name, joined.c.scale_min, joined.c.scale_max,
                joined.c.stage_title, joined.c.stage_pos, joined.c.position)
        order = (joined.c.stage_pos, joined.c.position, joined.c.name.collate("AZ"))
        stage_title = joined.c.stage_title
    rows = store.rows(select(*keys, stage_title.label("title_of_stage"),
                             func.avg(joined.c.value).label("mean"),
                             func.count().label("n"))
                      .group_by(*keys).order_by(*order))
    return [CriterionMean(r["name"], r["title_of_stage"] or "", float(r["mean"]),
                          r["scale_min"], r["scale_max"], r["n"]) for r in rows]


def evaluator_figures(store: LocalStore, contest_id: str | None) -> list[EvaluatorFigures]:
    """Per evaluator: ideas assigned, ideas fully scored, and leniency against the panel.

    An assignment is done when the evaluator scored every criterion of its stage. Leniency
    (``shared.fairness.leniency``) compares finished scorings within each stage, where the
    panel used one scale; an evaluator's figure is the mean of its deviations over all the
    stages in scope, so each finished scoring counts once.
    """
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
    finished = and_(n_criteria.c.n > 0, scored.c.n >= n_criteria.c.n)
    progress = store.rows(
        select(assignment_t.c.evaluator_id, func.count().label("assigned"),
               func.sum(case((finished, 1), else_=0)).label("done"))
        .outerjoin(n_criteria, n_criteria.c.stage_id == assignment_t.c.stage_id)
        .outerjoin(scored, and_(scored.c.stage_id == assignment_t.c.stage_id,
                                scored.c.idea_id == assignment_t.c.idea_id,
                                scored.c.evaluator_id == assignment_t.c.evaluator_id))
        .where(_in_scope(assignment_t.c.contest_id, contest_id))
        .group_by(assignment_t.c.evaluator_id))
    # Only finished scorings leave the database: leniency needs each one's weighted mean.
    by_stage: dict[str, dict[str, dict[str, float]]] = {}
    for r in store.rows(select(scored.c.stage_id, scored.c.idea_id, scored.c.evaluator_id,
                               scored.c.mean)
                        .join(n_criteria, n_criteria.c.stage_id == scored.c.stage_id)
                        .where(finished)):
        by_stage.setdefault(r["stage_id"], {}).setdefault(r["evaluator_id"], {})[
            r["idea_id"]] = float(r["mean"])
    deviation_sum: dict[str, float] = {}
    compared: dict[str, int] = {}
    for panel in by_stage.values():
        for evaluator_id, value in leniency(panel).items():
            n = len(panel[evaluator_id])
            deviation_sum[evaluator_id] = deviation_sum.get(evaluator_id, 0.0) + value * n
            compared[evaluator_id] = compared.get(evaluator_id, 0) + n
    ids = [r["evaluator_id"] for r in progress]
    names = {r["id"]: r["display_name"] or r["username"] for r in store.rows(
        select(user_t.c.id, user_t.c.display_name, user_t.c.username)
        .where(user_t.c.id.in_(ids)))} if ids else {}
    result = [EvaluatorFigures(r["evaluator_id"], names.get(r["evaluator_id"], r["evaluator_id"][:8]),
                               r["assigned"], int(r["done"] or 0),
                               _mean(deviation_sum, compared, r["evaluator_id"]),
                               compared.get(r["evaluator_id"], 0))
              for r in progress]
    result.sort(key=lambda f: (az_sort_key(f.name), f.evaluator_id))
    return result


def _mean(sums: dict[str, float], counts: dict[str, int], key: str) -> float:
    return sums[key] / counts[key] if counts.get(key) else 0.0
