"""E-mail notices: queued with their events, sent over a real loopback SMTP server."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from shared.roles import Role
from sync_server import mail_worker, notifications, record_events
from sync_server.caller import Caller
from sync_server.db import make_engine
from sync_server.mail_worker import SmtpSettings, queue_reminders, send_due
from sync_server.tables import audit_log, domain, mail_outbox, mail_subscription
from tests.sync_server.server_fixtures import contest_fields, iso, make_world, mutation
from tests.sync_server.smtp_sink import SmtpServer, SmtpSink
from tests.sync_server.wsgi_client import WsgiClient

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture()
def smtp():
    server = SmtpServer(SmtpSink())
    yield server
    server.stop()


def _settings(server: SmtpServer) -> SmtpSettings:
    return SmtpSettings.from_env(server.env())


def _staff(world, engine) -> None:  # noqa: ANN001
    """Addresses and languages: ev1 reads English, author1 Russian, ev2 has no address."""
    user_t = domain["user"]
    with engine.begin() as conn:
        conn.execute(update(user_t).where(user_t.c.username == "ev1").values(language="en"))
        conn.execute(update(user_t).where(user_t.c.username == "author1").values(language="ru"))
        for name in ("org_a", "ev1", "author1"):
            notifications.set_user_email(conn, world.users[name], f"{name}@example.org")


def _contest_run(world) -> dict:  # noqa: ANN001
    """Subscriptions, then a public contest from announcement to assignment."""
    anonymous = WsgiClient(world.app)
    with world.app.engine.connect() as conn:
        org_t = domain["organization"]
        org_ids = dict(conn.execute(select(org_t.c.name, org_t.c.id)).all())
    for body in ({"email": "sub.az@example.org"},
                 {"email": "sub.en@example.org", "language": "en", "org_id": org_ids["Org A"]},
                 {"email": "sub.en@example.org", "language": "en", "org_id": org_ids["Org A"]},
                 {"email": "sub.b@example.org", "language": "ru", "org_id": org_ids["Org B"]}):
        assert anonymous.request("POST", "/api/v1/subscriptions", body).status == 200
    org = world.client("org_a")
    ids = {k: str(uuid.uuid4()) for k in ("contest", "stage", "criterion", "idea_author",
                                          "idea_kiosk", "idea_silent")}
    pushed = org.request("POST", "/api/v1/push", {"mutations": [
        mutation("contest", ids["contest"], contest_fields("Təmiz hava", status="draft")),
        mutation("stage", ids["stage"], {"contest_id": ids["contest"], "title": "Ekspertiza",
                                         "deadline": iso(1)}),
        mutation("criterion", ids["criterion"], {"stage_id": ids["stage"], "name": "Təsir"}),
    ]})
    assert [r["status"] for r in pushed.body["results"]] == ["applied"] * 3
    publish = mutation("contest", ids["contest"], {"status": "open"}, base_rev=1,
                       base={"status": "draft"})
    assert org.request("POST", "/api/v1/push", {"mutations": [publish]}).body["results"][0][
        "status"] == "applied"
    author, kiosk = world.client("author1"), world.client("kiosk_a")
    idea = {"contest_id": ids["contest"], "title": "Ağaclar", "body": "Hər küçəyə ağac"}
    done = author.request("POST", "/api/v1/push", {"mutations": [
        mutation("idea", ids["idea_author"], idea)]})
    assert done.body["results"][0]["status"] == "applied"
    for key, extra in (("idea_kiosk", {"contact_email": "citizen@example.org",
                                       "tracking_code": "34679-ACDEF"}),
                       ("idea_silent", {"tracking_code": "34679-HJKMN"})):
        answer = kiosk.request("POST", "/api/v1/push", {"mutations": [
            mutation("idea", ids[key], {**idea, "title": "Velosiped yolu", **extra})]})
        assert answer.body["results"][0]["status"] == "applied"
    assignments = [mutation("assignment", str(uuid.uuid4()),
                            {"stage_id": ids["stage"], "idea_id": ids[i], "evaluator_id":
                             world.users[ev]})
                   for i in ("idea_author", "idea_kiosk") for ev in ("ev1", "ev2")]
    assert [r["status"] for r in org.request("POST", "/api/v1/push", {"mutations": assignments})
            .body["results"]] == ["applied"] * 4
    return ids


def test_a_contest_run_sends_exactly_these_messages_in_each_recipients_language(db_url, smtp):
    world = make_world(db_url)
    engine = world.app.engine
    _staff(world, engine)
    ids = _contest_run(world)
    # The stage deadline is 24 h away: within 48 h, so one reminder per evaluator with an
    # address (ev1 only); a second check adds nothing.
    assert queue_reminders(engine, hours=48) == 1
    assert queue_reminders(engine, hours=48) == 0
    counts = send_due(engine, _settings(smtp))
    assert counts == {"sent": 6, "retry": 0, "failed": 0}
    got = sorted((r.recipients[0], r.message["Content-Language"], r.message["Subject"])
                 for r in smtp.sink.received)
    assert got == [
        ("author1@example.org", "ru", "Ваша идея получена: Ağaclar"),
        ("citizen@example.org", "az", "İdeyanız qəbul edildi: Velosiped yolu"),
        ("ev1@example.org", "en", "Ideas were assigned to you for evaluation: Təmiz hava"),
        ("ev1@example.org", "en", "Reminder: the evaluation deadline is near"),
        ("sub.az@example.org", "az", "Yeni müsabiqə: Təmiz hava"),
        ("sub.en@example.org", "en", "New contest: Təmiz hava"),
    ]
    by_to = {r.recipients[0] + r.message["Subject"][:5]: r for r in smtp.sink.received}
    citizen = by_to["citizen@example.orgİdeya"]
    assert "İzləmə kodunuz: 34679-ACDEF" in citizen.part("plain")
    assert "34679-ACDEF" in citizen.part("html") and citizen.part("html").startswith("<!DOCTYPE")
    with engine.connect() as conn:
        code = conn.execute(select(domain["idea"].c.tracking_code)
                            .where(domain["idea"].c.id == ids["idea_author"])).scalar_one()
    assert f"Ваш код отслеживания: {code}" in by_to["author1@example.orgВаша "].part("plain")
    assert len({r.message_id for r in smtp.sink.received}) == 6
    reminder = by_to["ev1@example.orgRemin"].part("plain")
    deadline = notifications._when(_stage_deadline(engine, ids["stage"]), "Asia/Baku")
    assert f'"Ekspertiza" in the contest "Təmiz hava" is {deadline}.' in reminder
    assert "Ideas assigned to you: 2" in reminder
    # Nothing left to send, and every row is marked sent once.
    assert send_due(engine, _settings(smtp)) == {"sent": 0, "retry": 0, "failed": 0}
    with engine.connect() as conn:
        assert conn.execute(select(mail_outbox.c.status, func.count())
                            .group_by(mail_outbox.c.status)).all() == [("sent", 6)]
    engine.dispose()


def _contest_ends(engine) -> dt.datetime:  # noqa: ANN001
    with engine.connect() as conn:
        return conn.execute(select(domain["contest"].c.ends_at)).scalar_one()


def _stage_deadline(engine, stage_id: str) -> dt.datetime:  # noqa: ANN001
    stage_t = domain["stage"]
    with engine.connect() as conn:
        return conn.execute(select(stage_t.c.deadline).where(stage_t.c.id == stage_id)).scalar_one()


def test_return_decision_and_results_announcement_reach_the_authors_once(db_url, smtp):
    """A screening decision "returned" sends the evaluators' suggestions at once; announcing
    the results (a contest push) sends every author one notice listing its outcomes."""
    world = make_world(db_url)
    engine = world.app.engine
    _staff(world, engine)
    ids = _contest_run(world)
    idea_t, stage_t = domain["idea"], domain["stage"]
    now = dt.datetime.now(dt.UTC)
    organizer = Caller(user_id=world.users["org_a"], org_id="", role=Role.ORGANIZER,
                       username="org_a")
    with engine.begin() as conn:
        ideas = {r["id"]: dict(r) for r in conn.execute(select(idea_t)).mappings()}
        stage = dict(conn.execute(select(stage_t)).mappings().one())
        conn.execute(update(mail_outbox).values(status="sent"))  # the run's own notices
        author_idea, kiosk_idea = ideas[ids["idea_author"]], ideas[ids["idea_kiosk"]]
        base = {"stage_id": stage["id"], "contest_id": stage["contest_id"],
                "org_id": stage["org_id"]}
        for ev, text in (("ev2", "Xəritə əlavə edin"), ("ev1", "Xərcləri göstərin")):
            conn.execute(domain["check"].insert().values(
                id=str(uuid.uuid4()), idea_id=kiosk_idea["id"], evaluator_id=world.users[ev],
                round=1, met=[], unmet=["feasible"], suggestions=text, rev=1, **base))
        decisions = {}
        for idea, outcome in ((author_idea, "advanced"), (kiosk_idea, "returned")):
            row = {"id": str(uuid.uuid4()), "idea_id": idea["id"], "author_id": idea["author_id"],
                   "outcome": outcome, "rule": "all", "reason": "", "tied_at_cut": False,
                   "decided_by": organizer.user_id, "decided_at": now, "rev": 1, **base}
            conn.execute(domain["decision"].insert().values(**row))
            decisions[outcome] = row
        # What a pushed decision triggers (the server accepts decisions once their rules land).
        record_events.after_write(conn, organizer, "decision", None, decisions["advanced"], now=now)
        record_events.after_write(conn, organizer, "decision", None, decisions["returned"], now=now)
        record_events.after_write(conn, organizer, "decision", decisions["returned"],
                                  {**decisions["returned"], "reason": "x", "rev": 2}, now=now)
        # The exposed per-stage notice, for steps that release an outcome before the results:
        assert notifications.stage_decision(conn, kiosk_idea, stage, False) == 1
        assert notifications.stage_decision(conn, kiosk_idea, stage, False) == 0  # again: no-op
    with engine.begin() as conn:  # (closing a stage through the API is tested elsewhere)
        conn.execute(update(stage_t).values(status="closed"))
    org = world.client("org_a")
    announce = mutation("contest", ids["contest"], {"results_announced_at": iso(0)}, base_rev=2)
    assert org.request("POST", "/api/v1/push", {"mutations": [announce]}).body["results"][0][
        "status"] == "applied"
    again = mutation("contest", ids["contest"], {"title": "Təmiz hava 2027"}, base_rev=3)
    assert org.request("POST", "/api/v1/push", {"mutations": [again]}).body["results"][0][
        "status"] == "applied"  # a later edit announces nothing again
    # returned (1) + not passed (1) + results for the two authors with addresses (2); the
    # silent kiosk idea has no address
    assert send_due(engine, _settings(smtp))["sent"] == 4
    got = sorted((r.recipients[0], r.message["Subject"]) for r in smtp.sink.received)
    assert got == [
        ("author1@example.org", "Объявлены результаты конкурса: Təmiz hava"),
        ("citizen@example.org", "Müsabiqənin nəticələri elan edildi: Təmiz hava"),
        ("citizen@example.org", "İdeyanız növbəti mərhələyə keçmədi: Velosiped yolu"),
        ("citizen@example.org", "İdeyanız təkmilləşdirmə üçün qaytarıldı: Velosiped yolu"),
    ]
    by_subject = {r.message["Subject"]: r.part("plain") for r in smtp.sink.received}
    returned = by_subject["İdeyanız təkmilləşdirmə üçün qaytarıldı: Velosiped yolu"]
    assert "- Xərcləri göstərin\n- Xəritə əlavə edin" in returned
    ends = notifications._when(_contest_ends(engine), "Asia/Baku")  # no revision deadline set
    assert f"Düzəlişli variantı {ends} tarixinədək göndərin." in returned
    assert "Итоги по этапам:\n- Ekspertiza: прошла в следующий этап" in by_subject[
        "Объявлены результаты конкурса: Təmiz hava"]
    assert "Mərhələlər üzrə nəticə:\n- Ekspertiza: təkmilləşdirmə üçün qaytarıldı" in by_subject[
        "Müsabiqənin nəticələri elan edildi: Təmiz hava"]
    engine.dispose()


def test_refused_messages_back_off_then_fail_and_organizers_see_it(db_url, smtp):
    world = make_world(db_url)
    engine = world.app.engine
    _staff(world, engine)
    org_a = world.users["org_a"]
    with engine.begin() as conn:
        org = {"id": world_org(conn, "Org A"), "name": "Org A"}
        notifications.organization_approved(conn, org, [notifications.user_recipient(conn, org_a)])
    smtp.sink.refuse_data = 100
    start = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1)
    now, waits = start, []
    for _attempt in range(mail_worker.MAX_ATTEMPTS):
        counts = send_due(engine, _settings(smtp), now=now)
        with engine.connect() as conn:
            row = conn.execute(select(mail_outbox)).mappings().one()
        waits.append((row["next_attempt_at"] - now).total_seconds())
        assert "451" in row["last_error"] and "@" not in row["last_error"]
        now = row["next_attempt_at"]
    # back-off 60 s doubling: 60, 120, 240, 480, 960; the sixth failure is final
    assert waits[:5] == [60, 120, 240, 480, 960]
    assert counts == {"sent": 0, "retry": 0, "failed": 1}
    assert (row["status"], row["attempts"]) == ("failed", 6)
    assert send_due(engine, _settings(smtp), now=now + dt.timedelta(days=1))["sent"] == 0
    organizer = world.client("org_a")
    newest = organizer.request("GET", "/api/v1/audit?limit=2").body["entries"]
    assert newest[1]["action"] == "mail.failed"
    assert newest[1]["details"]["event"] == "organization_approved"
    assert newest[1]["details"]["attempts"] == 6
    engine.dispose()


def world_org(conn, name: str) -> str:  # noqa: ANN001
    org_t = domain["organization"]
    return conn.execute(select(org_t.c.id).where(org_t.c.name == name)).scalar_one()


def _worker(db_url: str, smtp: SmtpServer, log: Path) -> subprocess.Popen:
    env = {**os.environ, **smtp.env(), "PYTHONPATH": str(REPO),
           "IDEABANK_MAIL_LEASE_SECONDS": "1"}
    return subprocess.Popen([sys.executable, "-m", "sync_server", "--db", db_url, "mail-worker",
                             "--interval", "0.2"], cwd=REPO, env=env,
                            stdout=log.open("a"), stderr=subprocess.STDOUT)


def test_a_worker_killed_mid_batch_and_restarted_sends_each_message_once(db_url, tmp_path):
    """SIGKILL arrives as the worker starts the 5th of 12 SMTP transactions (4 were accepted
    and marked sent); the restarted worker sends the other 8: 12 distinct Message-IDs."""
    engine_world = make_world(db_url)
    engine = engine_world.app.engine
    with engine.begin() as conn:
        org = {"id": world_org(conn, "Org A"), "name": "Org A"}
        recipients = [notifications.Recipient(f"admin{n}@example.org", ("az", "en", "ru")[n % 3])
                      for n in range(12)]
        assert notifications.organization_approved(conn, org, recipients) == 12
    engine.dispose()
    worker: dict[str, subprocess.Popen] = {}
    killed: list[int] = []

    def kill_on_fifth(number: int) -> None:
        if number == 5 and not killed:
            worker["proc"].send_signal(signal.SIGKILL)
            worker["proc"].wait(timeout=10)
            killed.append(number)

    server = SmtpServer(SmtpSink(on_mail=kill_on_fifth))
    log = tmp_path / "worker.log"
    try:
        worker["proc"] = _worker(db_url, server, log)
        _wait(lambda: killed, "the first worker to reach the 5th message")
        assert worker["proc"].returncode == -signal.SIGKILL
        assert len(server.sink.received) == 4
        with engine.connect() as conn:
            states = sorted(conn.execute(select(mail_outbox.c.status)).scalars())
        assert states == ["queued"] * 7 + ["sending"] + ["sent"] * 4
        worker["proc"] = _worker(db_url, server, log)
        _wait(lambda: len(server.sink.received) >= 12 and _all_sent(engine), "all 12 sent")
        time.sleep(1.5)  # past the lease: a duplicate would have been sent by now
    finally:
        proc = worker.get("proc")
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=10)
        server.stop()
        engine.dispose()
    ids = [r.message_id for r in server.sink.received]
    assert len(ids) == 12 and len(set(ids)) == 12
    assert sorted(r.recipients[0] for r in server.sink.received) == sorted(
        r.email for r in recipients)
    text = log.read_text()
    assert "@example.org" not in text  # the worker's log names no address


def _all_sent(engine) -> bool:  # noqa: ANN001
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(mail_outbox)
                            .where(mail_outbox.c.status != "sent")).scalar_one() == 0


def _wait(condition, what: str, timeout: float = 60) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def test_subscriptions_refuse_bad_input_and_unsubscribe_by_code(db_url):
    world = make_world(db_url)
    client = WsgiClient(world.app)
    assert client.request("POST", "/api/v1/subscriptions", {"email": "not-an-address"}).body[
        "message"] == "email: that is not an e-mail address"
    assert client.request("POST", "/api/v1/subscriptions",
                          {"email": "a@example.org", "language": "de"}).status == 400
    assert client.request("POST", "/api/v1/subscriptions",
                          {"email": "a@example.org", "org_id": str(uuid.uuid4())}).status == 400
    assert client.request("POST", "/api/v1/subscriptions", {"email": "a@example.org"}).status == 200
    with world.app.engine.connect() as conn:
        token = conn.execute(select(mail_subscription.c.unsubscribe_token)).scalar_one()
    assert client.request("DELETE", f"/api/v1/subscriptions/{token}").status == 200
    assert client.request("DELETE", f"/api/v1/subscriptions/{token}").status == 404
    assert client.request("DELETE", "/api/v1/subscriptions/short").status == 400
    world.app.engine.dispose()


def test_approving_a_registered_organization_mails_its_contact_once(db_url, smtp, cheap_hashing):
    from sync_server import accounts

    engine = make_engine(db_url)
    org_id, admin_id = accounts.register_org(
        engine, name="Gənclər Fondu", contact_email="fond@example.az", admin_username="fond_admin",
        admin_display_name="", password="Fondun-parolu-2026", language="en")
    with engine.begin() as conn:
        notifications.set_user_email(conn, admin_id, "admin@example.az")
        assert conn.execute(select(func.count()).select_from(mail_outbox)).scalar_one() == 0
    assert accounts.decide_org(engine, "Gənclər Fondu", approve=True, by="operator") == "approved"
    assert accounts.decide_org(engine, "Gənclər Fondu", approve=True, by="operator") == "approved"
    assert send_due(engine, _settings(smtp))["sent"] == 2
    got = sorted((r.recipients[0], r.message["Subject"]) for r in smtp.sink.received)
    # the contact in the registration's language (en), the administrator in the account's (en)
    assert got == [("admin@example.az", "Your organization was approved: Gənclər Fondu"),
                   ("fond@example.az", "Your organization was approved: Gənclər Fondu")]
    with engine.connect() as conn:
        actions = [a for a in conn.execute(select(audit_log.c.action).where(
            audit_log.c.org_id == org_id).order_by(audit_log.c.seq)).scalars()]
    assert actions == ["organization.create", "user.create", "organization.approve"]
    engine.dispose()


def test_hidden_characters_are_refused_and_letter_case_makes_one_subscriber(db_url):
    world = make_world(db_url)
    client = WsgiClient(world.app)
    # A NUL, a right-to-left override (U+202E, category Cf), a zero-width space (Cf), a
    # bell (Cc) inside the address: all refused, nothing stored.
    for bad in ("a\u0000b@c.az", "a\u202eb@c.az", "ab@c\u200b.az", "a\u0007b@c.az"):
        answer = client.request("POST", "/api/v1/subscriptions", {"email": bad})
        assert (answer.status, answer.body["message"]) == (
            400, "email: that is not an e-mail address"), bad
    assert notifications.valid_email("Əli@Poçt.az")  # letters outside ASCII stay fine
    for typed in ("Ali@Example.AZ", "ali@example.az", "ALI@EXAMPLE.az"):
        assert client.request("POST", "/api/v1/subscriptions", {"email": typed}).status == 200
    with world.app.engine.connect() as conn:
        stored = conn.execute(select(mail_subscription.c.email)).scalars().all()
    # One subscription, kept as first typed with its domain lower-cased.
    assert stored == ["Ali@example.az"]
    world.app.engine.dispose()
