"""The protocol laid out as titled tables: the one layout the CSV, XLSX and PDF writers share.

Cells keep their type (text, whole number, score, time) so that a spreadsheet gets numbers
and each writer formats times and decimals its own way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from shared.protocol.labels import Labels
from shared.protocol.model import Protocol, StageInfo, StageScores

Cell = str | int | float | dt.datetime | None


@dataclass(frozen=True)
class Section:
    title: str
    headers: list[str] | None  # None: a two-column list of fields and values
    rows: list[list[Cell]]
    note: str = ""  # said instead of the rows when there are none
    score_columns: frozenset[int] = field(default_factory=frozenset)  # columns of scores


def stage_name(stage: StageInfo, labels: Labels) -> str:
    return stage.title or f"{labels['stage']} {stage.position}"


def protocol_sections(protocol: Protocol, labels: Labels) -> list[Section]:
    L = labels
    c = protocol.contest
    sections = [Section(L["contest"], None, [
        [L["title"], c.title],
        [L["organization"], c.organization],
        [L["visibility"], L.value(c.visibility)],
        [L["status"], L.value(c.status)],
        [L["starts_at"], c.starts_at],
        [L["ends_at"], c.ends_at],
        [L["timezone"], c.timezone],
        [L["announced_at"], c.results_announced_at or L["not_announced"]],
        [L["generated_at"], protocol.generated_at],
    ])]
    sections.append(Section(L["stages"], [L["number"], L["stage"], L["kind"], L["rule"],
                                          L["status"], L["deadline"]],
                            [[s.position, stage_name(s, L), L.value(s.kind),
                              rule_text(s.rule, s.rule_value, L), L.value(s.status), s.deadline]
                             for s in protocol.stages]))
    criteria_rows: list[list[Cell]] = []
    for stage_scores in protocol.scores:
        name = stage_name(protocol.stage(stage_scores.stage_id), L)
        criteria_rows += [[name, k.name, L.value(k.importance), _whole(k.weight),
                           f"{k.scale_min}–{k.scale_max}"] for k in stage_scores.criteria]
    sections.append(Section(L["criteria"], [L["stage"], L["criterion"], L["importance"],
                                            L["weight"], L["scale"]], criteria_rows,
                            note=L["no_scoring"]))
    stage_names = {s.id: stage_name(s, L) for s in protocol.stages}
    sections.append(Section(L["evaluators"], [L["evaluator"], L["stage"], L["assigned"]], [
        [e.name, stage_names.get(stage_id, stage_id), n]
        for e in protocol.evaluators
        for stage_id, n in sorted(e.assigned.items(),
                                  key=lambda item: protocol.stage(item[0]).position)]))
    scores = {s.stage_id: s for s in protocol.scores}
    checks = {c.stage_id: c for c in protocol.checks}
    for stage in protocol.stages:
        if stage.id in scores:
            sections += _scoring_sections(scores[stage.id], stage_name(stage, L), L)
        elif stage.id in checks:
            sections.append(Section(f"{L['checks']} — {stage_name(stage, L)}",
                                    [L["idea"], L["evaluator"], L["round"], L["met"], L["unmet"]],
                                    [[c.idea, c.evaluator, c.round, "; ".join(c.met),
                                      "; ".join(c.unmet)] for c in checks[stage.id].lines],
                                    note=L["no_checks"]))
    sections.append(Section(L["decisions"], [L["stage"], L["idea"], L["decision"], L["rule"],
                                             L["reason"], L["decided_by"], L["decided_at"]],
                            [[stage_names.get(d.stage_id, ""), d.idea, _outcome(d, L),
                              rule_text(d.rule, _rule_value(protocol, d), L), d.reason,
                              d.decided_by, d.decided_at]
                             for d in protocol.decisions], note=L["no_decisions"]))
    return sections


def _scoring_sections(stage_scores: StageScores, name: str, labels: Labels) -> list[Section]:
    L = labels
    criteria = stage_scores.criteria
    by_idea = {r.idea_id: r for r in stage_scores.results}
    headers = ([L["rank"], L["idea"], L["evaluator"]]
               + [f"{k.name} (×{L.weight(k.weight)})" for k in criteria]
               + [L["weighted_mean"], L["idea_score"], L["result"]])
    rows = []
    for line in stage_scores.lines:
        result = by_idea[line.idea_id]
        rows.append([result.rank, result.title, line.evaluator]
                    + [_whole_or_none(line.values.get(k.id)) for k in criteria]
                    + [line.weighted_mean, result.score,
                       L["complete"] if result.complete else L["incomplete"]])
    first_score = 3
    return [
        Section(f"{L['scores']} — {name}", headers, rows, note=L["no_ideas"],
                score_columns=frozenset(range(first_score, first_score + len(criteria) + 2))),
        Section(f"{L['ranking']} — {name}",
                [L["rank"], L["idea"], L["score"], L["panel"], L["result"]],
                [[r.rank, r.title, r.score, r.evaluators,
                  L["complete"] if r.complete else L["incomplete"]]
                 for r in stage_scores.results],
                note=L["no_ideas"], score_columns=frozenset({2})),
    ]


def rule_text(rule: str, value: float | None, labels: Labels) -> str:
    """The advancement rule in words; N and the minimum score are filled in when known."""
    if not rule:
        return ""
    text = labels.words.get(f"value.rule.{rule}", rule)
    if rule == "top_n":
        return text.replace("{n}", "N" if value is None else str(int(value)))
    if rule == "threshold":
        return text.replace("{value}", "—" if value is None else labels.number(value))
    return text


def _rule_value(protocol: Protocol, decision) -> float | None:  # noqa: ANN001
    # A decision names its rule, not N or the minimum: those are the stage's, when it is the same rule.
    stage = next((s for s in protocol.stages if s.id == decision.stage_id), None)
    return stage.rule_value if stage is not None and stage.rule == decision.rule else None


def _outcome(decision, labels: Labels) -> str:  # noqa: ANN001
    text = labels.value(decision.outcome)
    return f"{text} ({labels['tied_at_cut']})" if decision.tied_at_cut else text


def _whole(value: float) -> int | float:
    return int(value) if value == int(value) else value


def _whole_or_none(value: float | None) -> int | float | None:
    # A score given on the scale is usually whole: shown as 8, not 8.00.
    return None if value is None else _whole(value)


def text_of(cell: Cell, labels: Labels, *, empty: str = "") -> str:
    """A cell as text: scores with two decimals in the language's style, times to the minute."""
    if cell is None:
        return empty
    if isinstance(cell, dt.datetime):
        return cell.strftime("%Y-%m-%d %H:%M")
    if isinstance(cell, float):
        return labels.number(cell)
    return str(cell)
