"""Sending the outbox over SMTP, one claimed message at a time.

For each message: claim it (status "sending", a fresh claim token, a lease) and commit;
talk SMTP; as soon as the server accepted the message, mark it "sent" and commit. So a
worker killed between two messages leaves every message either sent-and-marked or not sent
at all, and a restarted worker sends each remaining one once.

The one window left is inside a single SMTP transaction: killed after the server accepted
the data but before "sent" was committed, the message stays "sending"; when its lease runs
out it is sent again (at-least-once, never silently lost) with the same Message-ID (derived
from the dedupe key), which lets mail software recognise the copy. Killed before the server
accepted it, the resend is the only copy. See docs/audit_and_mail.md.

Failures are retried with exponential back-off; after ``MAX_ATTEMPTS`` a message is marked
"failed" and an audit entry tells the organization's organizers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
import smtplib
import ssl
import threading
import uuid
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from sqlalchemy import Engine, and_, distinct, func, or_, select, update

from sync_server import audit, notifications
from sync_server.tables import domain, mail_outbox

log = logging.getLogger(__name__)

MAX_ATTEMPTS = int(os.environ.get("IDEABANK_MAIL_MAX_ATTEMPTS", "6"))
BACKOFF_SECONDS = float(os.environ.get("IDEABANK_MAIL_BACKOFF_SECONDS", "60"))
BACKOFF_CAP = dt.timedelta(hours=6)
_ADDRESS = re.compile(r"[^\s<>@'\"]+@[^\s<>'\"]+")


@dataclass(frozen=True)
class SmtpSettings:
    host: str = "localhost"
    port: int = 587
    security: str = "starttls"  # starttls, tls or none
    user: str | None = None
    password: str | None = None
    sender: str = "Idea Bank <noreply@localhost>"
    timeout: float = 60.0

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> SmtpSettings:
        env = dict(os.environ if env is None else env)
        security = env.get("IDEABANK_SMTP_SECURITY", "starttls").lower()
        if security not in ("starttls", "tls", "none"):
            raise ValueError("IDEABANK_SMTP_SECURITY must be starttls, tls or none")
        default_port = {"starttls": 587, "tls": 465, "none": 25}[security]
        try:
            port = int(env.get("IDEABANK_SMTP_PORT") or default_port)
        except ValueError:
            raise ValueError("IDEABANK_SMTP_PORT must be a whole number") from None
        return cls(host=env.get("IDEABANK_SMTP_HOST", "localhost"), port=port, security=security,
                   user=env.get("IDEABANK_SMTP_USER") or None,
                   password=env.get("IDEABANK_SMTP_PASSWORD") or None,
                   sender=env.get("IDEABANK_MAIL_FROM", "Idea Bank <noreply@localhost>"))


def lease() -> dt.timedelta:
    """How long a claimed message belongs to its worker; past it, another worker may send
    it. Longer than any SMTP transaction (the socket timeout is 60 s)."""
    return dt.timedelta(seconds=float(os.environ.get("IDEABANK_MAIL_LEASE_SECONDS", "600")))


def reminder_hours() -> float:
    return float(os.environ.get("IDEABANK_REMINDER_HOURS", "48"))


def message_id(dedupe_key: str, sender: str) -> str:
    domain_part = sender.rpartition("@")[2].strip("> ") or "ideabank.local"
    return f"<{hashlib.sha256(dedupe_key.encode()).hexdigest()[:40]}@{domain_part}>"


def build_message(row: dict[str, Any], settings: SmtpSettings) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = settings.sender
    msg["To"] = row["recipient"]
    msg["Subject"] = row["subject"]
    msg["Date"] = format_datetime(dt.datetime.now(dt.UTC))
    msg["Message-ID"] = message_id(row["dedupe_key"], settings.sender)
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(row["text"])
    msg.add_alternative(row["html"], subtype="html")
    # After add_alternative: turning the message multipart moves Content-* headers inward.
    msg["Content-Language"] = row["language"]
    return msg


def _scrub(error: BaseException) -> str:
    """An error text fit for the log and the table: no addresses, no credentials."""
    text = f"{error.__class__.__name__}: {error}"
    return _ADDRESS.sub("<address>", text)[:500]


class Connector:
    """One SMTP connection, opened when the first message of a round needs it."""

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings
        self.smtp: smtplib.SMTP | None = None

    def get(self) -> smtplib.SMTP:
        if self.smtp is None:
            s = self.settings
            if s.security == "tls":
                smtp = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout,
                                        context=ssl.create_default_context())
            else:
                smtp = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
                if s.security == "starttls":
                    smtp.starttls(context=ssl.create_default_context())
            if s.user:
                smtp.login(s.user, s.password or "")
            self.smtp = smtp
        return self.smtp

    def close(self) -> None:
        if self.smtp is not None:
            try:
                self.smtp.quit()
            except (smtplib.SMTPException, OSError):
                pass
            self.smtp = None


def _claim(engine: Engine, now: dt.datetime) -> dict[str, Any] | None:
    """Take the next due message for this worker and commit the claim."""
    due = or_(and_(mail_outbox.c.status == "queued", mail_outbox.c.next_attempt_at <= now),
              and_(mail_outbox.c.status == "sending", mail_outbox.c.lease_until <= now))
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        query = select(mail_outbox.c.id).where(due).order_by(mail_outbox.c.id).limit(1)
        if conn.dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        row_id = conn.execute(query).scalar()
        if row_id is None:
            return None
        token = str(uuid.uuid4())
        claimed = conn.execute(
            update(mail_outbox).where(mail_outbox.c.id == row_id, due)
            .values(status="sending", claim_token=token, lease_until=now + lease(),
                    attempts=mail_outbox.c.attempts + 1)
        ).rowcount
        if not claimed:
            return None
        return dict(conn.execute(select(mail_outbox).where(mail_outbox.c.id == row_id))
                    .mappings().one())


def _mark_sent(engine: Engine, row: dict[str, Any]) -> None:
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        conn.execute(update(mail_outbox)
                     .where(mail_outbox.c.id == row["id"],
                            mail_outbox.c.claim_token == row["claim_token"])
                     .values(status="sent", sent_at=dt.datetime.now(dt.UTC), lease_until=None,
                             last_error=None))


def _mark_failed(engine: Engine, row: dict[str, Any], error: str, now: dt.datetime) -> str:
    attempts = row["attempts"]
    final = attempts >= MAX_ATTEMPTS
    delay = min(dt.timedelta(seconds=BACKOFF_SECONDS * 2 ** (attempts - 1)), BACKOFF_CAP)
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        conn.execute(update(mail_outbox)
                     .where(mail_outbox.c.id == row["id"],
                            mail_outbox.c.claim_token == row["claim_token"])
                     .values(status="failed" if final else "queued", lease_until=None,
                             next_attempt_at=now + delay, last_error=error))
        if final and row["org_id"]:
            # Organizers see it in their audit log: which notice, after how many attempts.
            audit.record(conn, action="mail.failed", org_id=row["org_id"], actor_id=None,
                         target_kind="mail", target_id=str(row["id"]),
                         details={"event": row["event"], "attempts": attempts,
                                  "error": error[:200]})
    return "failed" if final else "retry"


def send_due(engine: Engine, settings: SmtpSettings, *, limit: int = 100,
             now: dt.datetime | None = None) -> dict[str, int]:
    """Send up to ``limit`` due messages; returns counts of sent, retry and failed."""
    counts = {"sent": 0, "retry": 0, "failed": 0}
    connector = Connector(settings)
    try:
        for _ in range(limit):
            moment = now or dt.datetime.now(dt.UTC)
            row = _claim(engine, moment)
            if row is None:
                break
            try:
                smtp = connector.get()
                refused = smtp.send_message(build_message(row, settings))
                if refused:
                    raise smtplib.SMTPRecipientsRefused(refused)
            except (smtplib.SMTPException, OSError, ValueError) as exc:
                connector.close()  # start the next message on a fresh connection
                error = _scrub(exc)
                outcome = _mark_failed(engine, row, error, moment)
                counts[outcome] += 1
                log.warning("mail %s (%s) not sent, attempt %s: %s", row["id"], row["event"],
                            row["attempts"], error)
                continue
            _mark_sent(engine, row)
            counts["sent"] += 1
            log.info("mail %s (%s) sent", row["id"], row["event"])
    finally:
        connector.close()
    return counts


def queue_reminders(engine: Engine, *, now: dt.datetime | None = None,
                    hours: float | None = None) -> int:
    """Queue a reminder to every evaluator of every open stage whose deadline is within
    ``hours``; the dedupe key makes it once per stage and evaluator however often this runs."""
    now = now or dt.datetime.now(dt.UTC)
    horizon = now + dt.timedelta(hours=reminder_hours() if hours is None else hours)
    stage_t, assignment_t = domain["stage"], domain["assignment"]
    total = 0
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        stages = conn.execute(select(stage_t).where(
            stage_t.c.status == "open", stage_t.c.deadline.is_not(None),
            stage_t.c.deadline > now, stage_t.c.deadline <= horizon)).mappings().all()
        for stage in stages:
            rows = conn.execute(
                select(assignment_t.c.evaluator_id, func.count(distinct(assignment_t.c.idea_id)))
                .where(assignment_t.c.stage_id == stage["id"])
                .group_by(assignment_t.c.evaluator_id)).all()
            for evaluator_id, ideas in rows:
                total += notifications.evaluator_reminder(conn, dict(stage), evaluator_id, ideas,
                                                          now=now)
    return total


def run_forever(engine: Engine, settings: SmtpSettings, *, interval: float = 15.0,
                stop: threading.Event | None = None) -> None:
    """The worker loop: reminders, then due messages, then a pause; errors are logged and
    the loop goes on (a database or SMTP outage must not end it)."""
    stop = stop or threading.Event()
    while not stop.is_set():
        try:
            queue_reminders(engine)
            counts = send_due(engine, settings)
            if any(counts.values()):
                log.info("mail round: %(sent)s sent, %(retry)s to retry, %(failed)s failed",
                         counts)
        except Exception:  # keep serving; the next round tries again
            log.exception("mail round failed")
        stop.wait(interval)


def start_thread(engine: Engine, settings: SmtpSettings, *, interval: float = 15.0
                 ) -> tuple[threading.Thread, threading.Event]:
    stop = threading.Event()
    thread = threading.Thread(target=run_forever, args=(engine, settings),
                              kwargs={"interval": interval, "stop": stop},
                              name="ideabank-mail", daemon=True)
    thread.start()
    return thread, stop
