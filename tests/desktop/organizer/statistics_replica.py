"""A small organizer replica whose statistics are worked out by hand in the tests.

Contest A "Kənd" (Asia/Baku, UTC+4), six ideas:
  idea  created (UTC)      Baku date  channel  status       stage 1      stage 2
  a1    2026-03-01 19:30   1 March    desktop  submitted    E1, E2
  a2    2026-03-01 20:30   2 March    kiosk    shortlisted  E1, E2       E1
  a3    2026-03-02 10:00   2 March    desktop  shortlisted  E1, E2       E1
  a4    2026-03-04 08:00   4 March    import   rejected     E1, E2
  a5    2026-03-04 09:00   4 March    import   winner       E1, E2       E1
  a6    2026-03-04 12:00   4 March    kiosk    rejected
Stage 1 criteria: Aktuallıq (weight 2) and Səmərəlilik (weight 3), both 1–10;
stage 2: Aktuallıq (weight 1), 1–10. E1 = Rəşad Əliyev, E2 = Aysel Qasımova.
Scores: stage 1 a1 E1 8/6, a1 E2 6/4, a2 E1 9/9, a2 E2 7/–, a3 E2 5/5; stage 2 a2 E1 10.

Contest B "Şəhər" (UTC), two requirements: b1 2026-01-15 desktop submitted, assigned to E1
and E2 in its one stage, a screening (E2 answered both requirements, E1 one); b2 2026-06-20
kiosk winner. Contest C "Boş" has no ideas.

Implementation records: a5 implemented, b2 in progress, a4 dropped.
Decisions in stage 1 of A: a2, a3, a5 advanced; a1 not advanced; a4 returned (not final).
In B's stage b2 advanced by the organizer's choice, without an evaluator assigned.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from desktop.local_store import LocalStore
from desktop.replica_schema import domain
from shared.roles import Role

ORG, ORGANIZER, E1, E2 = "org-1", "user-leyla", "user-rashad", "user-aysel"
NOW = dt.datetime(2026, 7, 1, tzinfo=dt.UTC)


def _utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


def seeded_store(path: Path) -> tuple[LocalStore, dict[str, str]]:
    """The replica above, and the ids of its contests, stages and criteria by short name."""
    store = LocalStore(path, role=Role.ORGANIZER, user_id=ORGANIZER, org_id=ORG)
    ids: dict[str, str] = {}
    rows: dict[str, list[dict]] = {k: [] for k in domain}

    def add(kind: str, key: str, /, **values) -> str:  # noqa: ANN003
        ids[key] = values.setdefault("id", str(uuid.uuid4()))
        rows[kind].append({"rev": 1, **values})
        return ids[key]

    add("organization", "org", id=ORG, name="Nazirlik")
    for user_id, username, display in ((ORGANIZER, "leyla", "Leyla Məmmədova"),
                                       (E1, "rashad", "Rəşad Əliyev"),
                                       (E2, "aysel", "Aysel Qasımova")):
        add("user", username, id=user_id, org_id=ORG, username=username, display_name=display,
            role="organizer" if user_id == ORGANIZER else "evaluator", language="az")
    for name, title, zone in (("A", "Kənd", "Asia/Baku"), ("B", "Şəhər", "UTC"),
                              ("C", "Boş", "Asia/Baku")):
        add("contest", name, org_id=ORG, title=title, description="",
            requirements=["Bir ilə həyata keçirilə bilər", "Fərdi məlumat yoxdur"]
            if name == "B" else [],
            starts_at=_utc("2026-01-01 00:00"), ends_at=_utc("2026-12-31 00:00"),
            timezone=zone, visibility="public", status="open", categories=[])
    for name, contest, position, title in (("A1", "A", 1, "Yoxlama"), ("A2", "A", 2, "Final"),
                                           ("B1", "B", 1, "İlkin baxış")):
        add("stage", name, contest_id=ids[contest], org_id=ORG, position=position,
            kind="screening" if name == "B1" else "scoring", title=title, status="open")
    for name, stage, criterion, weight, position in (
            ("A1.akt", "A1", "Aktuallıq", 2.0, 1), ("A1.sem", "A1", "Səmərəlilik", 3.0, 2),
            ("A2.akt", "A2", "Aktuallıq", 1.0, 1)):
        add("criterion", name, stage_id=ids[stage], contest_id=ids[stage[0]], org_id=ORG,
            name=criterion, description="", importance="medium", weight=weight,
            scale_min=1, scale_max=10, position=position)
    for name, created, channel, status in (
            ("a1", "2026-03-01 19:30", "desktop", "submitted"),
            ("a2", "2026-03-01 20:30", "kiosk", "shortlisted"),
            ("a3", "2026-03-02 10:00", "desktop", "shortlisted"),
            ("a4", "2026-03-04 08:00", "import", "rejected"),
            ("a5", "2026-03-04 09:00", "import", "winner"),
            ("a6", "2026-03-04 12:00", "kiosk", "rejected"),
            ("b1", "2026-01-15 12:00", "desktop", "submitted"),
            ("b2", "2026-06-20 12:00", "kiosk", "winner")):
        contest = ids[name[0].upper()]
        add("idea", name, contest_id=contest, org_id=ORG, title=f"İdeya {name}", body="",
            benefit="", category="", channel=channel, status=status,
            created_at=_utc(created), late_synced=False, extra={})
    pairs = ([("A1", i, e) for i in ("a1", "a2", "a3", "a4", "a5") for e in (E1, E2)]
             + [("A2", i, E1) for i in ("a2", "a3", "a5")] + [("B1", "b1", E2), ("B1", "b1", E1)])
    for stage, idea, evaluator in pairs:
        add("assignment", f"{stage}.{idea}.{evaluator}", stage_id=ids[stage],
            contest_id=ids[stage[0]], org_id=ORG, idea_id=ids[idea], evaluator_id=evaluator)
    for criterion, idea, evaluator, value in (
            ("A1.akt", "a1", E1, 8), ("A1.sem", "a1", E1, 6),
            ("A1.akt", "a1", E2, 6), ("A1.sem", "a1", E2, 4),
            ("A1.akt", "a2", E1, 9), ("A1.sem", "a2", E1, 9),
            ("A1.akt", "a2", E2, 7),
            ("A1.akt", "a3", E2, 5), ("A1.sem", "a3", E2, 5),
            ("A2.akt", "a2", E1, 10)):
        stage = criterion.split(".")[0]
        add("score", f"{criterion}.{idea}.{evaluator}", stage_id=ids[stage],
            contest_id=ids[stage[0]], org_id=ORG, idea_id=ids[idea], evaluator_id=evaluator,
            criterion_id=ids[criterion], value=float(value), comment="")
    for idea, status, progress in (("a5", "implemented", 100), ("b2", "in_progress", 40),
                                   ("a4", "dropped", 0)):
        add("implementation", f"impl.{idea}", idea_id=ids[idea], contest_id=ids[idea[0].upper()],
            org_id=ORG, status=status, progress=progress, notes="",
            updated_at=_utc("2026-06-30 09:00"))
    for idea, outcome in (("a2", "advanced"), ("a3", "advanced"), ("a5", "advanced"),
                          ("a1", "not_advanced"), ("a4", "returned"), ("b2", "advanced")):
        stage = "A1" if idea[0] == "a" else "B1"
        add("decision", f"{stage}.{idea}", stage_id=ids[stage], contest_id=ids[stage[0]], org_id=ORG,
            idea_id=ids[idea], outcome=outcome, rule="top_n", reason="", decided_by=ORGANIZER,
            decided_at=_utc("2026-04-01 09:00"))
    # Screening of b1 in round 1: Aysel answered both requirements, Rəşad only one.
    for evaluator, met, unmet in ((E2, ["Bir ilə həyata keçirilə bilər"], ["Fərdi məlumat yoxdur"]),
                                  (E1, ["Bir ilə həyata keçirilə bilər"], [])):
        add("check", f"B1.b1.{evaluator}", stage_id=ids["B1"], contest_id=ids["B"], org_id=ORG,
            idea_id=ids["b1"], evaluator_id=evaluator, round=1, met=met, unmet=unmet,
            suggestions="")
    with store.tx() as conn:
        for kind, kind_rows in rows.items():
            if kind_rows:
                conn.execute(domain[kind].insert(), kind_rows)
    return store, ids
