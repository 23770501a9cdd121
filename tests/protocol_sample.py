"""One small contest for the protocol tests, as table rows any database of the shared
schema can take (the server's and a desktop replica), with the expected values worked out.

Two evaluators, three criteria weighted 1 / 2 / 3 (Σ = 6), four ideas:
  A Şəhər parkında günəş panelləri   Rəşad 8,6,9 → (1·8+2·6+3·9)/6 = 47/6 = 7.8333
                                      Aysel 7,9,6 → (1·7+2·9+3·6)/6 = 43/6 = 7.1667
                                      idea (47/6 + 43/6)/2 = 90/12 = 7.50 → rank 1
  B İçməli su üçün ağıllı sayğac      Rəşad 6,6,6 → 6;  Aysel 7,7,7 → 7;  idea 6.50
  C Ödənişsiz Wi-Fi kitabxanada      Rəşad 5,8,6 → (5+16+18)/6 = 39/6 = 6.5
                                      Aysel 8,5,7 → (8+10+21)/6 = 39/6 = 6.5; idea 6.50
                                      B and C tie: both rank 2 (then rank 4 would follow)
  D Çay sahilində velosiped yolu      Rəşad 9,9,9 → 9; Aysel only 8,7 (no Səmərəlilik)
                                      → incomplete, no score, no rank
Stage 1 advances the top 2: ranks 1, 2, 2, so A, B and C pass (B and C tied at the cut);
the organizer recorded D as not advancing, by explicit choice, with a reason.
Stage 2 (screening): Rəşad found A meeting both requirements; Aysel found C short of the
budget in round 1 and, after its revision, meeting both in round 2.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

UTC = dt.UTC
ORG, CONTEST, STAGE1, STAGE2 = "org-1", "contest-1", "stage-1", "stage-2"
RASHAD, AYSEL, LEYLA = "user-rashad", "user-aysel", "user-leyla"
IDEAS = {"idea-a": "Şəhər parkında günəş panelləri", "idea-b": "Ümumi binalarda ağıllı sayğac",
         "idea-c": "Ödənişsiz Wi-Fi kitabxanada", "idea-d": "Çay sahilində velosiped yolu"}
CRITERIA = [("crit-1", "Aktuallıq", "low", 1.0), ("crit-2", "Kreativlik", "medium", 2.0),
            ("crit-3", "Səmərəlilik", "high", 3.0)]
GIVEN = {  # (idea, evaluator) -> values of crit-1, crit-2, crit-3 (None: not scored)
    ("idea-a", RASHAD): (8, 6, 9), ("idea-a", AYSEL): (7, 9, 6),
    ("idea-b", RASHAD): (6, 6, 6), ("idea-b", AYSEL): (7, 7, 7),
    ("idea-c", RASHAD): (5, 8, 6), ("idea-c", AYSEL): (8, 5, 7),
    ("idea-d", RASHAD): (9, 9, 9), ("idea-d", AYSEL): (8, 7, None),
}
# Expected ranking: (rank, title, score); tied ideas in Azerbaijani alphabetical order
# (Ödənişsiz before Ümumi: Ö < Ü); the incomplete idea last, without rank or score.
EXPECTED = [(1, IDEAS["idea-a"], 7.5), (2, IDEAS["idea-c"], 6.5), (2, IDEAS["idea-b"], 6.5),
            (None, IDEAS["idea-d"], None)]
REQUIREMENTS = ["Bakıda həyata keçirilə bilər", "Büdcəsi göstərilib"]
NOW = dt.datetime(2026, 12, 3, 17, 30, tzinfo=UTC)  # 21:30 in Baku (UTC+4)
DECIDED = dt.datetime(2026, 11, 21, 8, 15, tzinfo=UTC)  # 12:15 in Baku


def sample_tables() -> dict[str, list[dict[str, Any]]]:
    """Rows by record kind, in the dependency order of ``shared.schema.KINDS``."""
    common = {"contest_id": CONTEST, "org_id": ORG, "rev": 1}
    rows: dict[str, list[dict[str, Any]]] = {
        "organization": [{"id": ORG, "name": "Bakı Gənclər Mərkəzi", "status": "approved",
                          "rev": 1}],
        "user": [
            {"id": RASHAD, "org_id": ORG, "username": "rashad", "display_name": "Rəşad Məmmədov",
             "role": "evaluator", "language": "az", "rev": 1},
            {"id": AYSEL, "org_id": ORG, "username": "aysel", "display_name": "Aysel Quliyeva",
             "role": "evaluator", "language": "az", "rev": 1},
            {"id": LEYLA, "org_id": ORG, "username": "leyla", "display_name": "Leyla Həsənova",
             "role": "organizer", "language": "az", "rev": 1},
        ],
        "contest": [{"id": CONTEST, "org_id": ORG, "title": "Gənclərin ideyaları 2026",
                     "description": "", "requirements": REQUIREMENTS, "categories": [],
                     "starts_at": dt.datetime(2026, 9, 1, 5, 0, tzinfo=UTC),
                     "ends_at": dt.datetime(2026, 10, 31, 19, 59, tzinfo=UTC),
                     "timezone": "Asia/Baku", "visibility": "public", "status": "open",
                     "rev": 1}],
        "stage": [
            {"id": STAGE1, "position": 1, "kind": "scoring", "title": "Ekspert qiymətləndirməsi",
             "status": "closed", "deadline": dt.datetime(2026, 11, 20, 16, 0, tzinfo=UTC),
             "rule": "top_n", "rule_value": 2.0, **common},
            {"id": STAGE2, "position": 2, "kind": "screening", "title": "Yekun yoxlama",
             "status": "open", "deadline": None, "rule": "majority", "rule_value": None,
             **common},
        ],
        "criterion": [{"id": cid, "stage_id": STAGE1, "name": name, "description": "",
                       "importance": importance, "weight": weight, "scale_min": 1,
                       "scale_max": 10, "position": n, **common}
                      for n, (cid, name, importance, weight) in enumerate(CRITERIA, start=1)],
        "idea": [{"id": iid, "title": title, "body": title, "benefit": "", "category": "",
                  "channel": "desktop", "status": "submitted", "late_synced": False, "extra": {},
                  "created_at": dt.datetime(2026, 9, 2 + n, 8, 0, tzinfo=UTC), **common}
                 for n, (iid, title) in enumerate(IDEAS.items())],
        "assignment": [{"id": f"as-{iid}-{uid}", "stage_id": STAGE1, "idea_id": iid,
                        "evaluator_id": uid, **common} for iid, uid in GIVEN],
        "score": [],
        "check": [
            {"id": f"chk-{n}", "stage_id": STAGE2, "idea_id": iid, "evaluator_id": uid,
             "round": rnd, "met": met, "unmet": unmet, "suggestions": "", **common}
            for n, (iid, uid, rnd, met, unmet) in enumerate([
                ("idea-a", RASHAD, 1, [REQUIREMENTS[0], REQUIREMENTS[1]], []),
                ("idea-c", AYSEL, 1, [REQUIREMENTS[0]], [REQUIREMENTS[1]]),
                ("idea-c", AYSEL, 2, [REQUIREMENTS[0], REQUIREMENTS[1]], [])])],
        "decision": [
            {"id": f"dec-{iid}", "stage_id": STAGE1, "idea_id": iid, "outcome": outcome,
             "rule": rule, "reason": reason, "score": score, "rank": rank, "tied_at_cut": tied,
             "decided_by": LEYLA, "decided_at": DECIDED, **common}
            for iid, outcome, rule, reason, score, rank, tied in [
                ("idea-a", "advanced", "top_n", "", 7.5, 1, False),
                ("idea-b", "advanced", "top_n", "", 6.5, 2, True),
                ("idea-c", "advanced", "top_n", "", 6.5, 2, True),
                ("idea-d", "not_advanced", "explicit",
                 "Ekspertlərdən biri qiymətləndirməni bitirməyib", None, None, False)]],
    }
    for (iid, uid), values in GIVEN.items():
        for (cid, _, _, _), value in zip(CRITERIA, values, strict=True):
            if value is not None:
                rows["score"].append({"id": f"sc-{iid}-{uid}-{cid}", "stage_id": STAGE1,
                                      "idea_id": iid, "evaluator_id": uid, "criterion_id": cid,
                                      "value": float(value), "comment": "", **common})
    return rows


def insert_sample(conn, tables: dict[str, Any]) -> None:  # noqa: ANN001
    """Insert the sample into a database of the shared schema (caller commits)."""
    from sqlalchemy import insert

    for kind, rows in sample_tables().items():
        if rows:
            conn.execute(insert(tables[kind]), rows)
