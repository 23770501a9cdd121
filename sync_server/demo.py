"""Demo data for ``make run``: one organization, its accounts, and two contests.

Passwords are random and printed once, when the accounts are created; they are kept
nowhere else. Running it again adds nothing and says so.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
import uuid
from pathlib import Path

from sqlalchemy import select

from shared.evaluation import DEFAULT_WEIGHTS, Importance
from shared.importers import ImportedIdea, ImportResult, read_polis
from shared.roles import Role
from sync_server import feed
from sync_server.accounts import create_org, create_user
from sync_server.db import make_engine, upgrade
from sync_server.importing import import_ideas
from sync_server.tables import domain

ORG = "Rəqəmsal İnkişaf Nazirliyi (demo)"
SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample" / "kend_reqemsal_xidmetler.json"
POLIS_FILE = "polis_austria_klimarat_ernaehrung_comments.csv"
POLIS_TITLE = "Klimarat: Ernährung und Landnutzung (Polis)"

ACCOUNTS = [
    ("leyla", Role.ORGANIZER, "Leyla Məmmədova"),
    ("rashad", Role.EVALUATOR, "Rəşad Əliyev"),
    ("aysel", Role.EVALUATOR, "Aysel Qasımova"),
    ("kamran", Role.AUTHOR, "Kamran İsmayılov"),
    ("kiosk1", Role.KIOSK, "ASAN xidmət mərkəzi №1 — köşk"),
]
#: The organizer who is also the organization's administrator, as registration makes its
#: first organizer: the one who may invite staff.
ORG_ADMIN = "leyla"


def seed_demo(url: str, *, shared_data: Path | None = None, sample: Path = SAMPLE,
              kiosk_pin: bool = True) -> dict[str, str]:
    """Create the demo once; return the passwords it created (empty when already seeded)."""
    upgrade(url)
    engine = make_engine(url)
    org_t = domain["organization"]
    with engine.connect() as conn:
        exists = conn.execute(select(org_t.c.id).where(org_t.c.name == ORG)).first()
    passwords: dict[str, str] = {}
    if exists:
        print("Demo data already present (its passwords were printed when it was created).")
    else:
        create_org(engine, ORG)
        for username, role, name in ACCOUNTS:
            passwords[username] = secrets.token_urlsafe(9)
            create_user(engine, org=ORG, role=role, username=username,
                        password=passwords[username], display_name=name,
                        org_admin=username == ORG_ADMIN)
        sample_id, sample_title = _seed_sample_contest(engine, sample)
        if kiosk_pin:
            from sync_server.cli_accounts import set_kiosk_pin

            passwords["kiosk PIN"] = "".join(secrets.choice("0123456789") for _ in range(6))
            set_kiosk_pin(engine, ORG, passwords["kiosk PIN"])
        print("Demo accounts (shown only now; write them down):")
        for username, role, _ in ACCOUNTS:
            admin = ("  (the organization's administrator: may invite staff)"
                     if username == ORG_ADMIN else "")
            print(f"  {role.value:<10} {username:<8} {passwords[username]}{admin}")
        if kiosk_pin:
            print(f"  kiosk PIN (to leave kiosk mode): {passwords['kiosk PIN']}")
        print(f"Contest {sample_id}: {sample_title}")
    if shared_data is not None and (shared_data / POLIS_FILE).is_file():
        report = import_ideas(engine, read_polis(shared_data / POLIS_FILE),
                              new_contest=POLIS_TITLE, org=ORG)
        print(f"Contest {report.contest}: {POLIS_TITLE}; imported {report.imported}, "
              f"already present {report.already_present}, skipped {len(report.skipped)}")
    elif shared_data is not None:
        print(f"No {POLIS_FILE} in {shared_data}: the Polis contest was skipped")
    engine.dispose()
    return passwords


def _seed_sample_contest(engine, sample: Path) -> tuple[str, str]:  # noqa: ANN001
    """Create the sample contest; return its id and title."""
    spec = json.loads(sample.read_text(encoding="utf-8"))
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    users_t, contest_t, stage_t, criterion_t, assignment_t = (
        domain[k] for k in ("user", "contest", "stage", "criterion", "assignment"))
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        org_id = conn.execute(select(domain["organization"].c.id)
                              .where(domain["organization"].c.name == ORG)).scalar_one()
        contest = {
            "id": str(uuid.uuid4()), "org_id": org_id, "title": spec["title"],
            "description": spec["description"], "requirements": spec["requirements"],
            "starts_at": now - dt.timedelta(days=7),
            "ends_at": now + dt.timedelta(days=spec["days_open"]),
            "timezone": spec["timezone"], "visibility": spec["visibility"], "status": "open",
            "categories": [], "rev": 1,
        }
        stage = {"id": str(uuid.uuid4()), "contest_id": contest["id"], "org_id": org_id,
                 "position": 1, "kind": "scoring", "title": spec["stage"]["title"],
                 "status": "open", "deadline": contest["ends_at"] + dt.timedelta(days=14), "rev": 1}
        criteria = []
        for position, c in enumerate(spec["stage"]["criteria"], start=1):
            importance = Importance(c["importance"])
            criteria.append({
                "id": str(uuid.uuid4()), "stage_id": stage["id"], "contest_id": contest["id"],
                "org_id": org_id, "name": c["name"], "description": c["description"],
                "importance": importance.value, "weight": DEFAULT_WEIGHTS[importance],
                "scale_min": 1, "scale_max": 10, "position": position, "rev": 1,
            })
        conn.execute(contest_t.insert().values(**contest))
        conn.execute(stage_t.insert().values(**stage))
        conn.execute(criterion_t.insert(), criteria)
        feed.record_changes(conn, [("contest", contest), ("stage", stage)]
                            + [("criterion", c) for c in criteria])
    ideas = ImportResult(
        ideas=[ImportedIdea(source_id=i["source_id"], title=i["title"], body=i["body"],
                            created_at=now - dt.timedelta(days=6, hours=-n), extra={},
                            benefit=i.get("benefit", ""))
               for n, i in enumerate(spec["ideas"])],
        skipped=[],
    )
    import_ideas(engine, ideas, contest_id=contest["id"])
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        evaluators = conn.execute(select(users_t.c.id).where(users_t.c.role == "evaluator")
                                  .order_by(users_t.c.username)).scalars().all()
        idea_ids = conn.execute(select(domain["idea"].c.id)
                                .where(domain["idea"].c.contest_id == contest["id"])
                                .order_by(domain["idea"].c.created_at)).scalars().all()
        # Both experts get the first six ideas, so each demo evaluator has a queue to score.
        assignments = [
            {"id": str(uuid.uuid4()), "stage_id": stage["id"], "contest_id": contest["id"],
             "org_id": org_id, "idea_id": idea_id, "evaluator_id": ev, "rev": 1}
            for idea_id in idea_ids[:6] for ev in evaluators
        ]
        conn.execute(assignment_t.insert(), assignments)
        feed.record_changes(conn, [("assignment", a) for a in assignments])
    return contest["id"], contest["title"]
