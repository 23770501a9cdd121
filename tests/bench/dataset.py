"""The benchmark's data set: seeded, so every run and every backend gets the same records.

At scale 1: 100 contests (one screening and one scoring stage each, five criteria on the
scoring stage), 500 ideas per contest (50,000), 500 evaluators, two evaluators per idea
(100,000 assignments) and a score per assignment and criterion (500,000). Evaluator 0's
1,000 scores are left out: they are the ones it makes offline and uploads in figure 4, so
the server holds 500,000 once that has run.

Contest ``c`` has a panel of ten evaluators, ``(5c + k) mod E`` for ``k`` in 0..9, so every
evaluator sits on two panels and judges 200 ideas at any scale. The rows are written
straight into the server database (COPY on PostgreSQL, one executemany per table on
SQLite), each with its change-feed entry, as if they had arrived one by one.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from dataclasses import dataclass, field
from typing import Any

from argon2 import PasswordHasher
from sqlalchemy import Engine, Table, update

from shared.ids import score_id
from shared.tracking import ALPHABET
from sync_server.db import make_engine, upgrade
from sync_server.feed import _visibility
from sync_server.tables import change_log, counter, credential, domain

SEED = 20261203
PASSWORD = "bench-password-1"
CRITERIA = (("Aktuallıq", "high", 3.0), ("Yaradıcılıq", "medium", 2.0),
            ("Səmərəlilik", "high", 3.0), ("Həyata keçirilə bilmə", "medium", 2.0),
            ("Xərc", "low", 1.0))
PANEL, PER_IDEA = 10, 2
WORDS = ("kənd", "yol", "su", "internet", "məktəb", "xəstəxana", "park", "işıq", "avtobus",
         "dayanacaq", "gənclər", "ağac", "təmir", "rəqəmsal", "xidmət", "vətəndaş", "bələdiyyə",
         "küçə", "körpü", "idman", "kitabxana", "ekologiya", "tullantı", "günəş", "enerji",
         "şəbəkə", "müraciət", "növbə", "sənəd", "poçt", "qaz", "istilik", "uşaq", "bağça",
         "səhiyyə", "turizm", "mədəniyyət", "nəqliyyat", "təhlükəsizlik", "kamera", "portal",
         "mobil", "tətbiq", "onlayn", "ödəniş", "qeydiyyat", "icarə", "torpaq", "suvarma")
NAMES = ("Əli", "Leyla", "Rəşad", "Aysel", "Kamran", "Günay", "Tural", "Nərmin", "Orxan",
         "Səbinə", "Elçin", "Könül", "İlqar", "Şəbnəm", "Ülvi", "Çinarə")
SURNAMES = ("Məmmədov", "Əliyeva", "Həsənov", "Qasımova", "İsmayılov", "Hüseynova",
            "Quliyev", "Rəhimova", "Səfərov", "Abbasova")


@dataclass
class Sizes:
    contests: int
    ideas_per_contest: int
    evaluators: int

    @classmethod
    def at(cls, scale: float) -> Sizes:
        contests = max(2, round(100 * scale))  # two at least: the table switches between them
        # Ten per panel, five apart: at least ten evaluators, a multiple of five.
        evaluators = max(PANEL, round(500 * scale / 5) * 5)
        return cls(contests=contests, ideas_per_contest=500, evaluators=evaluators)

    @property
    def ideas(self) -> int:
        return self.contests * self.ideas_per_contest

    @property
    def assignments(self) -> int:
        return self.ideas * PER_IDEA

    @property
    def scores(self) -> int:
        return self.assignments * len(CRITERIA)


@dataclass
class DataSet:
    sizes: Sizes
    org_id: str
    organizer: str = "bench-organizer"
    kiosk: str = "bench-kiosk"
    evaluator_names: list[str] = field(default_factory=list)
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    offline_scores: list[dict[str, Any]] = field(default_factory=list)  # evaluator 0's, figure 4

    @property
    def offline_evaluator(self) -> str:
        return self.evaluator_names[0]

    def count(self) -> dict[str, int]:
        return {kind: len(rows) for kind, rows in self.rows.items()}


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _text(rng: random.Random, low: int, high: int) -> str:
    words = rng.choices(WORDS, k=rng.randint(low, high))
    return " ".join(words).capitalize() + "."


def _code(rng: random.Random, seen: set[str]) -> str:
    while True:
        raw = "".join(rng.choices(ALPHABET, k=10))
        code = f"{raw[:5]}-{raw[5:]}"
        if code not in seen:
            seen.add(code)
            return code


def generate(scale: float) -> DataSet:
    """The records at ``scale``; the same seed gives the same ids and texts every time."""
    rng = random.Random(SEED)
    sizes = Sizes.at(scale)
    org_id = _uid(rng)
    data = DataSet(sizes=sizes, org_id=org_id)
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    end = dt.datetime(2027, 12, 31, tzinfo=dt.UTC)
    orgs = [{"id": org_id, "name": "Bench Nazirliyi", "status": "approved", "kiosk_pin_hash": None,
             "rev": 1}]
    users = [{"id": _uid(rng), "org_id": org_id, "username": data.organizer,
              "display_name": "Bench Təşkilatçı", "role": "organizer", "language": "az", "rev": 1},
             {"id": _uid(rng), "org_id": org_id, "username": data.kiosk,
              "display_name": "Bench köşk", "role": "kiosk", "language": "az", "rev": 1}]
    evaluators = []
    for n in range(sizes.evaluators):
        name = f"bench-evaluator-{n:03d}"
        data.evaluator_names.append(name)
        evaluators.append({"id": _uid(rng), "org_id": org_id, "username": name,
                           "display_name": f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}",
                           "role": "evaluator", "language": "az", "rev": 1})
    users += evaluators
    contests, stages, criteria, ideas, assignments, scores = [], [], [], [], [], []
    codes: set[str] = set()
    for c in range(sizes.contests):
        contest_id = _uid(rng)
        contests.append({"id": contest_id, "org_id": org_id, "title": f"Müsabiqə {c + 1}: "
                         + _text(rng, 3, 6), "description": _text(rng, 20, 40),
                         "requirements": [_text(rng, 4, 8) for _ in range(3)],
                         "starts_at": start, "ends_at": end, "timezone": "Asia/Baku",
                         "visibility": "public", "status": "open",
                         "categories": ["Nəqliyyat", "Səhiyyə", "Təhsil", "Ekologiya"], "rev": 1})
        screening, scoring = _uid(rng), _uid(rng)
        for position, (stage_id, kind) in enumerate(((screening, "screening"),
                                                     (scoring, "scoring")), start=1):
            stages.append({"id": stage_id, "contest_id": contest_id, "org_id": org_id,
                           "position": position, "kind": kind, "title": f"Mərhələ {position}",
                           "status": "closed" if kind == "screening" else "open",
                           "deadline": end, "rev": 1})
        crit_ids = []
        for position, (name, importance, weight) in enumerate(CRITERIA, start=1):
            crit_ids.append(_uid(rng))
            criteria.append({"id": crit_ids[-1], "stage_id": scoring, "contest_id": contest_id,
                             "org_id": org_id, "name": name, "description": _text(rng, 8, 15),
                             "importance": importance, "weight": weight, "scale_min": 1,
                             "scale_max": 10, "position": position, "rev": 1})
        panel = [evaluators[(5 * c + k) % sizes.evaluators] for k in range(PANEL)]
        for i in range(sizes.ideas_per_contest):
            idea_id = _uid(rng)
            ideas.append({"id": idea_id, "contest_id": contest_id, "org_id": org_id,
                          "title": _text(rng, 4, 9), "body": _text(rng, 40, 80),
                          "benefit": _text(rng, 10, 25), "category": rng.choice(
                              contests[-1]["categories"]), "channel": "kiosk", "source_id": None,
                          "author_id": None,
                          "contact_name": f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}",
                          "contact_phone": f"+99450{rng.randrange(10**7):07d}",
                          "contact_email": None, "tracking_code": _code(rng, codes),
                          "status": "submitted",
                          "created_at": start + dt.timedelta(minutes=c * 1000 + i),
                          "late_synced": False, "extra": {}, "rev": 1})
            for k in (i % PANEL, (i + PANEL // 2) % PANEL)[:PER_IDEA]:
                evaluator = panel[k]
                assignments.append({"id": _uid(rng), "stage_id": scoring,
                                    "contest_id": contest_id, "org_id": org_id,
                                    "idea_id": idea_id, "evaluator_id": evaluator["id"], "rev": 1})
                for crit in crit_ids:
                    row = {"id": score_id(evaluator_id=evaluator["id"], idea_id=idea_id,
                                          criterion_id=crit),
                           "stage_id": scoring, "contest_id": contest_id, "org_id": org_id,
                           "idea_id": idea_id, "evaluator_id": evaluator["id"],
                           "criterion_id": crit, "value": float(rng.randint(1, 10)),
                           "comment": "", "rev": 1}
                    if evaluator is evaluators[0]:
                        data.offline_scores.append(row)
                    else:
                        scores.append(row)
    data.rows = {"organization": orgs, "user": users, "contest": contests, "stage": stages,
                 "criterion": criteria, "idea": ideas, "assignment": assignments,
                 "score": scores}
    return data


def _copy(engine: Engine, table: Table, rows: list[dict[str, Any]]) -> None:
    """Rows into ``table`` the fastest way the backend has."""
    if not rows:
        return
    columns = list(rows[0])
    if engine.dialect.name == "postgresql":
        json_cols = {c.name for c in table.columns if c.type.__class__.__name__ == "JSON"}
        raw = engine.raw_connection()
        try:
            with raw.cursor() as cur:
                names = ", ".join(f'"{c}"' for c in columns)
                with cur.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
                    for row in rows:
                        copy.write_row([json.dumps(row[c]) if c in json_cols else row[c]
                                        for c in columns])
            raw.commit()
        finally:
            raw.close()
        return
    with engine.begin() as conn:
        conn.execute(table.insert(), rows)


def write(url: str, data: DataSet) -> None:
    """Create the schema at ``url`` and store the data set with its feed and accounts."""
    upgrade(url)
    engine = make_engine(url)
    try:
        password_hash = PasswordHasher().hash(PASSWORD)  # one hash serves every account
        seq = 0
        feed_rows = []
        changed_at = dt.datetime.now(dt.UTC)
        for kind, rows in data.rows.items():
            _copy(engine, domain[kind], rows)
            for row in rows:
                seq += 1
                entry = {"kind": kind, "record_id": row["id"], "seq": seq, "deleted": False,
                         "changed_at": changed_at, "org_id": None, "contest_id": None,
                         "idea_id": None, "owner_id": None, "public": False}
                entry.update(_visibility(kind, row))
                feed_rows.append(entry)
        _copy(engine, change_log, feed_rows)
        _copy(engine, credential, [{"user_id": u["id"], "password_hash": password_hash,
                                    "active": True} for u in data.rows["user"]])
        with engine.begin() as conn:
            conn.execute(update(counter).where(counter.c.name == "changes").values(value=seq))
        if engine.dialect.name == "postgresql":
            with engine.connect() as conn:
                conn.exec_driver_sql("ANALYZE")
                conn.commit()
    finally:
        engine.dispose()
