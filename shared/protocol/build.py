"""From the rows of one contest to a ``Protocol``. Pure: no database, no clock, no Qt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from shared.evaluation import idea_scores, ranking, weighted_mean
from shared.protocol.model import (
    CheckLine,
    ContestInfo,
    CriterionInfo,
    Decision,
    EvaluatorInfo,
    IdeaResult,
    Protocol,
    ScoreLine,
    StageChecks,
    StageInfo,
    StageScores,
)
from shared.text import az_sort_key


@dataclass(frozen=True)
class ContestRows:
    """What the protocol needs of one contest, as read by ``shared.protocol.reader``."""

    contest: dict[str, Any]
    organization: str
    stages: list[dict[str, Any]]
    criteria: list[dict[str, Any]]
    ideas: dict[str, str]  # idea id -> title
    assignments: list[dict[str, Any]]  # stage_id, idea_id, evaluator_id
    scores: list[dict[str, Any]]  # stage_id, idea_id, evaluator_id, criterion_id, value
    users: dict[str, str]  # user id -> display name
    decisions: Sequence[dict[str, Any]] = field(default_factory=tuple)  # decision rows
    checks: Sequence[dict[str, Any]] = field(default_factory=tuple)  # screening check rows


def contest_zone(name: str) -> ZoneInfo:
    """The contest's zone; UTC when the name is unknown here (an old tz database)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def build_protocol(rows: ContestRows, *, now: dt.datetime) -> Protocol:
    """The protocol as of ``now`` (aware); every time is shown in the contest's zone."""
    c = rows.contest
    zone = contest_zone(c["timezone"])
    contest = ContestInfo(title=c["title"], organization=rows.organization,
                          starts_at=c["starts_at"].astimezone(zone),
                          ends_at=c["ends_at"].astimezone(zone), timezone=c["timezone"],
                          visibility=c["visibility"], status=c["status"],
                          results_announced_at=_local(c.get("results_announced_at"), zone))
    ordered = sorted(rows.stages, key=lambda s: (s["position"], s["id"]))
    stages = [StageInfo(id=s["id"], position=s["position"], title=s["title"], kind=s["kind"],
                        rule=s.get("rule") or "", rule_value=s.get("rule_value"),
                        status=s["status"], deadline=_local(s["deadline"], zone))
              for s in ordered]
    names = {uid: rows.users.get(uid) or uid[:8] for uid in
             {a["evaluator_id"] for a in rows.assignments} | {c["evaluator_id"] for c in rows.checks}}
    scores = [_stage_scores(s, rows, names) for s in stages if s.kind == "scoring"]
    assigned: dict[str, dict[str, int]] = {}
    for a in rows.assignments:
        per_stage = assigned.setdefault(a["evaluator_id"], {})
        per_stage[a["stage_id"]] = per_stage.get(a["stage_id"], 0) + 1
    evaluators = sorted((EvaluatorInfo(uid, names[uid], assigned[uid]) for uid in assigned),
                        key=lambda e: (az_sort_key(e.name), e.id))
    position = {s.id: s.position for s in stages}
    decisions = sorted(
        (Decision(stage_id=d["stage_id"], idea=rows.ideas.get(d["idea_id"], ""),
                  outcome=d["outcome"], rule=d["rule"], tied_at_cut=bool(d["tied_at_cut"]),
                  reason=d["reason"], decided_by=rows.users.get(d["decided_by"], ""),
                  decided_at=d["decided_at"].astimezone(zone))
         for d in rows.decisions),
        key=lambda d: (position.get(d.stage_id, 0), d.outcome != "advanced",
                       az_sort_key(d.idea)))
    checks = [_stage_checks(s, rows, names) for s in stages if s.kind == "screening"]
    return Protocol(contest=contest, stages=stages, evaluators=evaluators, scores=scores,
                    generated_at=now.astimezone(zone), decisions=decisions, checks=checks)


def _stage_checks(stage: StageInfo, rows: ContestRows, names: dict[str, str]) -> StageChecks:
    lines = [CheckLine(idea=rows.ideas.get(c["idea_id"], ""), evaluator=names[c["evaluator_id"]],
                       round=c["round"], met=list(c["met"]), unmet=list(c["unmet"]))
             for c in rows.checks if c["stage_id"] == stage.id]
    lines.sort(key=lambda line: (az_sort_key(line.idea), line.round, az_sort_key(line.evaluator)))
    return StageChecks(stage.id, lines)


def _local(when: dt.datetime | None, zone: ZoneInfo) -> dt.datetime | None:
    return None if when is None else when.astimezone(zone)


def _stage_scores(stage: StageInfo, rows: ContestRows, names: dict[str, str]) -> StageScores:
    own = sorted((c for c in rows.criteria if c["stage_id"] == stage.id),
                 key=lambda c: (c["position"], az_sort_key(c["name"])))
    criteria = [CriterionInfo(id=c["id"], stage_id=c["stage_id"], name=c["name"],
                              importance=c["importance"], weight=float(c["weight"]),
                              scale_min=c["scale_min"], scale_max=c["scale_max"]) for c in own]
    weights = {c.id: c.weight for c in criteria}
    pairs = [(a["idea_id"], a["evaluator_id"]) for a in rows.assignments
             if a["stage_id"] == stage.id]
    given = [(s["idea_id"], s["evaluator_id"], s["criterion_id"], float(s["value"]))
             for s in rows.scores if s["stage_id"] == stage.id]
    scored = idea_scores(weights=weights, assignments=pairs, scores=given)
    panel = {s.idea_id: s.evaluators for s in scored}
    title = rows.ideas.get
    # Ideas sharing a rank are listed in Azerbaijani alphabetical order of their titles.
    results = sorted((IdeaResult(r.rank, r.idea_id, title(r.idea_id, ""), r.score,
                                 panel[r.idea_id], True) for r in ranking(scored)),
                     key=lambda r: (r.rank, az_sort_key(r.title), r.idea_id))
    results += sorted((IdeaResult(None, s.idea_id, title(s.idea_id, ""), None, s.evaluators, False)
                       for s in scored if not s.complete),
                      key=lambda r: (az_sort_key(r.title), r.idea_id))
    values: dict[tuple[str, str], dict[str, float]] = {}
    for idea_id, evaluator_id, criterion_id, value in given:
        if criterion_id in weights:
            values.setdefault((idea_id, evaluator_id), {})[criterion_id] = value
    panels: dict[str, set[str]] = {}
    for idea_id, evaluator_id in pairs:
        panels.setdefault(idea_id, set()).add(evaluator_id)
    lines = []
    for result in results:
        for evaluator_id in sorted(panels[result.idea_id], key=lambda e: (az_sort_key(names[e]), e)):
            own = values.get((result.idea_id, evaluator_id), {})
            mean = weighted_mean(own, weights) if weights and all(c in own for c in weights) else None
            lines.append(ScoreLine(result.idea_id, names[evaluator_id], own, mean))
    return StageScores(stage.id, criteria, results, lines)
