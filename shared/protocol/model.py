"""The contest protocol as plain data: what the organizer signs, before any file format.

Built by ``shared.protocol.build`` from the rows of one contest; written by the CSV, XLSX and
PDF writers beside this module. Names are display names (the protocol is the organizer's own
document, so evaluators are named); times are aware datetimes in the contest's time zone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ContestInfo:
    title: str
    organization: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    timezone: str
    visibility: str  # public | internal
    status: str
    results_announced_at: dt.datetime | None = None


@dataclass(frozen=True)
class StageInfo:
    id: str
    position: int
    title: str
    kind: str  # scoring | screening
    rule: str  # all | majority | top_n | threshold | explicit; "" when none is recorded
    rule_value: float | None  # N of top_n, the minimum of threshold
    status: str
    deadline: dt.datetime | None


@dataclass(frozen=True)
class CriterionInfo:
    id: str
    stage_id: str
    name: str
    importance: str  # low | medium | high
    weight: float
    scale_min: int
    scale_max: int


@dataclass(frozen=True)
class EvaluatorInfo:
    id: str
    name: str
    assigned: dict[str, int]  # stage id -> ideas assigned to this evaluator in that stage


@dataclass(frozen=True)
class ScoreLine:
    """One evaluator's scores of one idea in a stage."""

    idea_id: str
    evaluator: str
    values: dict[str, float]  # criterion id -> score; a missing criterion is not scored yet
    weighted_mean: float | None  # Σ weight·score / Σ weight, None until every criterion is scored


@dataclass(frozen=True)
class IdeaResult:
    rank: int | None  # competition rank; None while the idea is incomplete
    idea_id: str
    title: str
    score: float | None
    evaluators: int
    complete: bool


@dataclass(frozen=True)
class StageScores:
    stage_id: str
    criteria: list[CriterionInfo]
    results: list[IdeaResult]  # ranked ideas by rank, then the incomplete ones
    lines: list[ScoreLine]  # in the order of ``results``, evaluators by name within an idea


@dataclass(frozen=True)
class CheckLine:
    """One evaluator's screening of one idea (one round: a revised idea is checked again)."""

    idea: str
    evaluator: str
    round: int
    met: list[str]  # the contest's requirements, as announced, found met
    unmet: list[str]


@dataclass(frozen=True)
class StageChecks:
    stage_id: str
    lines: list[CheckLine]  # by idea title, round, evaluator


@dataclass(frozen=True)
class Decision:
    stage_id: str
    idea: str
    outcome: str  # advanced | not_advanced | returned
    rule: str  # the rule the decision was taken under
    tied_at_cut: bool
    reason: str
    decided_by: str
    decided_at: dt.datetime


@dataclass(frozen=True)
class Protocol:
    contest: ContestInfo
    stages: list[StageInfo]
    evaluators: list[EvaluatorInfo]
    scores: list[StageScores]  # one per scoring stage, in stage order
    generated_at: dt.datetime  # in the contest's time zone
    decisions: list[Decision] = field(default_factory=list)
    checks: list[StageChecks] = field(default_factory=list)  # one per screening stage

    def stage(self, stage_id: str) -> StageInfo:
        return next(s for s in self.stages if s.id == stage_id)
