"""E-mail notifications: rendered from templates and put in the outbox with their event.

``enqueue`` runs inside the transaction that carries out the event, so a notice exists
exactly when the event committed. Each row has a dedupe key (event, record, recipient) that
is unique in ``mail_outbox``: enqueueing the same notice again — a retried request, a second
reminder check — adds nothing. ``sync_server.mail_worker`` sends the rows.

Messages are in the recipient's language (az, en, ru): staff use their account's language;
a kiosk visitor gets the language used at the kiosk when the idea stored it, else az.
Templates live in ``sync_server/mail_templates``: ``EVENT.LANG.txt`` whose first line is the
subject, rendered with ``string.Template``; the HTML alternative is the same text in
``layout.html`` (escaped, one paragraph per blank-line-separated block).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
import unicodedata
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from string import Template
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.dialects import postgresql, sqlite

from shared.sqlutil import by_id
from shared.text import az_sort_key
from sync_server.tables import domain, mail_outbox, mail_subscription, user_email

TEMPLATES = Path(__file__).with_name("mail_templates")
LANGUAGES = ("az", "en", "ru")

#: Every event a notice can be about; each has a template per language.
EVENTS = (
    "idea_received",        # to the author or the kiosk visitor, with the tracking code
    "idea_returned",        # returned for improvement, with the suggestions
    "stage_passed",         # the idea goes on to the next stage
    "stage_not_passed",     # the idea stops at this stage
    "results_announced",    # the contest's results are out
    "evaluator_assigned",   # an evaluator has new ideas to judge
    "evaluator_reminder",   # a stage deadline is near
    "organization_approved",
    "contest_announced",    # a new public contest, to subscribers
)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class Recipient:
    email: str
    language: str = "az"


def valid_email(value: str | None) -> bool:
    """A plausible address. Control and format characters (a NUL, a right-to-left override)
    are refused: they make an address look like another one, or cut it short in a mail
    header."""
    return (bool(value) and len(value) <= 254 and _EMAIL.match(value) is not None
            and not any(unicodedata.category(ch) in ("Cc", "Cf") for ch in value))


def normalized_email(value: str) -> str:
    """The address as stored: trimmed, its domain lower-cased (domains ignore case; the local
    part is kept as typed, since its case may matter to the receiving server)."""
    local, _, domain_part = value.strip().rpartition("@")
    return f"{local}@{domain_part.lower()}"


def _language(value: str | None) -> str:
    return value if value in LANGUAGES else "az"


def render(event: str, language: str, values: dict[str, Any]) -> tuple[str, str, str]:
    """(subject, plain text, HTML) of ``event`` in ``language``."""
    if event not in EVENTS:
        raise ValueError(f"unknown notification event {event!r}")
    source = (TEMPLATES / f"{event}.{_language(language)}.txt").read_text(encoding="utf-8")
    strings = {k: "" if v is None else str(v) for k, v in values.items()}
    text = Template(source).safe_substitute(strings)
    subject, _, body = text.partition("\n")
    body = body.strip("\n") + "\n"
    paragraphs = "\n".join(
        "<p>" + html.escape(block).replace("\n", "<br>\n") + "</p>"
        for block in re.split(r"\n\s*\n", body.strip()) if block.strip())
    page = Template((TEMPLATES / "layout.html").read_text(encoding="utf-8")).substitute(
        lang=_language(language), subject=html.escape(subject), body=paragraphs)
    return subject.strip(), body, page


def dedupe_key(event: str, record_id: str, email: str) -> str:
    # The address is hashed: the key stays short and names nobody.
    who = hashlib.sha256(email.strip().lower().encode()).hexdigest()[:24]
    return f"{event}:{record_id}:{who}"


def enqueue(
    conn: Connection,
    event: str,
    record: dict[str, Any],
    recipients: Iterable[Recipient],
    *,
    values: dict[str, Any] | None = None,
    org_id: str | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Queue ``event`` about ``record`` (a dict with its ``id``) for each recipient, inside
    ``conn``'s open transaction; returns how many rows were new. Recipients without a valid
    address are skipped; a notice already queued for the same key is left as it is."""
    now = now or dt.datetime.now(dt.UTC)
    rows, seen = [], set()
    for recipient in recipients:
        if not valid_email(recipient.email):
            continue
        key = dedupe_key(event, str(record["id"]), recipient.email)
        if key in seen:
            continue
        seen.add(key)
        subject, text, page = render(event, recipient.language, values or {})
        rows.append({"event": event, "org_id": org_id or record.get("org_id"),
                     "recipient": recipient.email.strip(), "language": _language(recipient.language),
                     "subject": subject[:300], "text": text, "html": page, "dedupe_key": key,
                     "status": "queued", "attempts": 0, "next_attempt_at": now,
                     "created_at": now})
    if not rows:
        return 0
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    # RETURNING counts the new rows on both backends (rowcount is not reliable here).
    inserted = conn.execute(dialect.insert(mail_outbox).values(rows)
                            .on_conflict_do_nothing(index_elements=["dedupe_key"])
                            .returning(mail_outbox.c.id)).all()
    return len(inserted)


# --- who receives what ------------------------------------------------------------------------

def set_user_email(conn: Connection, user_id: str, email: str) -> None:
    """Where a staff member receives notices (kept on the server only)."""
    if not valid_email(email):
        raise ValueError("that is not an e-mail address")
    email = normalized_email(email)
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(user_email).values(user_id=user_id, email=email)
    conn.execute(stmt.on_conflict_do_update(index_elements=["user_id"],
                                            set_={"email": email}))


def user_recipient(conn: Connection, user_id: str | None) -> Recipient | None:
    if not user_id:
        return None
    user_t = domain["user"]
    row = conn.execute(select(user_email.c.email, user_t.c.language)
                       .join(user_t, user_t.c.id == user_email.c.user_id)
                       .where(user_email.c.user_id == user_id)).first()
    return Recipient(row.email, _language(row.language)) if row else None


def author_recipient(conn: Connection, idea: dict[str, Any]) -> Recipient | None:
    """The author's account address, or the contact address given at the kiosk."""
    if idea.get("author_id"):
        return user_recipient(conn, idea["author_id"])
    if valid_email(idea.get("contact_email")):
        language = (idea.get("extra") or {}).get("language")
        return Recipient(idea["contact_email"], _language(language))
    return None


def _contest(conn: Connection, contest_id: str) -> dict[str, Any]:
    # The statement built once: a kiosk's push reads the contest for each of its ideas.
    return dict(conn.execute(by_id(domain["contest"]), {"record_id": contest_id}).mappings().one())


def _when(value: dt.datetime | None, zone: str) -> str:
    if value is None:
        return ""
    try:
        tz = zoneinfo.ZoneInfo(zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        tz, zone = dt.UTC, "UTC"
    return value.astimezone(tz).strftime("%d.%m.%Y %H:%M") + f" ({zone})"


def _idea_values(conn: Connection, idea: dict[str, Any]) -> dict[str, Any]:
    contest = _contest(conn, idea["contest_id"])
    return {"idea_title": idea.get("title", ""), "contest_title": contest["title"],
            "tracking_code": idea.get("tracking_code") or "",
            "contest_ends": _when(contest["ends_at"], contest["timezone"])}


# --- one function per event, for the code that carries the event out -------------------------

def idea_received(conn: Connection, idea: dict[str, Any], *, now: dt.datetime | None = None) -> int:
    recipient = author_recipient(conn, idea)
    if recipient is None:  # a kiosk idea without an address: nothing to write, nothing to read
        return 0
    return enqueue(conn, "idea_received", idea, [recipient], values=_idea_values(conn, idea),
                   now=now)


def idea_returned(conn: Connection, idea: dict[str, Any], suggestions: Iterable[str],
                  *, revision_deadline: dt.datetime | None = None, round_id: str | None = None,
                  now: dt.datetime | None = None) -> int:
    """Returned for improvement. ``round_id`` tells returns apart when an idea is returned
    more than once (each return is its own notice); default: the idea's revision."""
    values = _idea_values(conn, idea)
    contest = _contest(conn, idea["contest_id"])
    values["suggestions"] = "\n".join(f"- {s}" for s in suggestions if s) or "-"
    # No deadline of its own: the revision must still come before the contest closes.
    values["revision_deadline"] = _when(revision_deadline or contest["ends_at"], contest["timezone"])
    record = {"id": f"{idea['id']}:{round_id or idea.get('revision_number') or 1}",
              "org_id": idea["org_id"]}
    return enqueue(conn, "idea_returned", record, _only(author_recipient(conn, idea)),
                   values=values, now=now)


def stage_decision(conn: Connection, idea: dict[str, Any], stage: dict[str, Any], passed: bool,
                   *, now: dt.datetime | None = None) -> int:
    values = {**_idea_values(conn, idea), "stage_title": stage.get("title", "")}
    event = "stage_passed" if passed else "stage_not_passed"
    record = {"id": f"{stage['id']}:{idea['id']}", "org_id": idea["org_id"]}
    return enqueue(conn, event, record, _only(author_recipient(conn, idea)), values=values, now=now)


#: A stage outcome in words, per language, for the results notice.
OUTCOME_WORDS = {
    "az": {"advanced": "növbəti mərhələyə keçdi", "not_advanced": "növbəti mərhələyə keçmədi",
           "returned": "təkmilləşdirmə üçün qaytarıldı"},
    "en": {"advanced": "went on to the next stage", "not_advanced": "did not go on",
           "returned": "returned for improvement"},
    "ru": {"advanced": "прошла в следующий этап", "not_advanced": "не прошла дальше",
           "returned": "возвращена на доработку"},
}


def _outcomes(conn: Connection, idea_id: str, language: str) -> str:
    """One line per stage that decided about the idea, in stage order."""
    if "decision" not in domain:
        return "-"
    decision_t, stage_t = domain["decision"], domain["stage"]
    rows = conn.execute(
        select(stage_t.c.title, stage_t.c.position, decision_t.c.outcome)
        .join(stage_t, stage_t.c.id == decision_t.c.stage_id)
        .where(decision_t.c.idea_id == idea_id).order_by(stage_t.c.position)).all()
    words = OUTCOME_WORDS[_language(language)]
    return "\n".join(f"- {r.title or r.position}: {words.get(r.outcome, r.outcome)}"
                     for r in rows) or "-"


def results_announced(conn: Connection, contest: dict[str, Any],
                      *, now: dt.datetime | None = None) -> int:
    """To the author of every idea in the contest (one notice per idea, listing the
    idea's outcome in each stage: authors learn their outcomes at the announcement)."""
    idea_t = domain["idea"]
    total = 0
    for row in conn.execute(select(idea_t).where(idea_t.c.contest_id == contest["id"])).mappings():
        idea = dict(row)
        recipient = author_recipient(conn, idea)
        if recipient is None:
            continue
        values = {**_idea_values(conn, idea),
                  "outcomes": _outcomes(conn, idea["id"], recipient.language)}
        total += enqueue(conn, "results_announced", idea, [recipient], values=values, now=now)
    return total


def decision_returned(conn: Connection, decision: dict[str, Any],
                      *, now: dt.datetime | None = None) -> int:
    """A screening decision "returned": the evaluators' suggestions go to the author now
    (they are released at once), once per round of the idea."""
    idea_t, stage_t = domain["idea"], domain["stage"]
    idea = conn.execute(select(idea_t).where(idea_t.c.id == decision["idea_id"])).mappings().first()
    stage = conn.execute(select(stage_t).where(stage_t.c.id == decision["stage_id"])).mappings().first()
    if idea is None or stage is None:
        return 0
    idea, stage = dict(idea), dict(stage)
    suggestions: list[str] = []
    for kind, column, where in (("check", "suggestions", ()),
                                ("feedback", "text", ("purpose", "revision"))):
        table = domain.get(kind)
        if table is None:
            continue
        query = select(table.c[column]).where(table.c.stage_id == stage["id"],
                                              table.c.idea_id == idea["id"])
        if where:
            query = query.where(table.c[where[0]] == where[1])
        for text in conn.execute(query).scalars():
            if text and text.strip() and text.strip() not in suggestions:
                suggestions.append(text.strip())
    suggestions.sort(key=az_sort_key)  # the same order whatever order the rows come in
    deadline = idea.get("revision_due") or stage.get("revision_deadline")
    round_id = f"{decision['id']}:{idea.get('revision_number') or 1}"
    return idea_returned(conn, idea, suggestions, revision_deadline=deadline, round_id=round_id,
                         now=now)


def evaluator_assigned(conn: Connection, assignment: dict[str, Any],
                       *, now: dt.datetime | None = None) -> int:
    """One notice per evaluator and stage, however many ideas are assigned (the first
    assignment in a stage tells them; the reminder gives the count)."""
    stage = _stage(conn, assignment["stage_id"])
    contest = _contest(conn, assignment["contest_id"])
    values = {"contest_title": contest["title"], "stage_title": stage.get("title", ""),
              "deadline": _when(stage.get("deadline"), contest["timezone"])}
    record = {"id": f"{stage['id']}:{assignment['evaluator_id']}", "org_id": assignment["org_id"]}
    return enqueue(conn, "evaluator_assigned", record,
                   _only(user_recipient(conn, assignment["evaluator_id"])), values=values, now=now)


def evaluator_reminder(conn: Connection, stage: dict[str, Any], evaluator_id: str, ideas: int,
                       *, now: dt.datetime | None = None) -> int:
    contest = _contest(conn, stage["contest_id"])
    values = {"contest_title": contest["title"], "stage_title": stage.get("title", ""),
              "deadline": _when(stage.get("deadline"), contest["timezone"]), "ideas": ideas}
    record = {"id": f"{stage['id']}:{evaluator_id}", "org_id": stage["org_id"]}
    return enqueue(conn, "evaluator_reminder", record, _only(user_recipient(conn, evaluator_id)),
                   values=values, now=now)


def organization_approved(conn: Connection, org: dict[str, Any], recipients: Iterable[Recipient],
                          *, now: dt.datetime | None = None) -> int:
    return enqueue(conn, "organization_approved", {"id": org["id"], "org_id": org["id"]},
                   recipients, values={"organization": org.get("name", "")}, now=now)


def contest_announced(conn: Connection, contest: dict[str, Any],
                      *, now: dt.datetime | None = None) -> int:
    """To everyone subscribed to this organization's contests or to all contests."""
    org_t = domain["organization"]
    org_name = conn.execute(select(org_t.c.name).where(org_t.c.id == contest["org_id"])).scalar()
    total = 0
    for sub in conn.execute(select(mail_subscription).where(
            mail_subscription.c.org_id.in_(("", contest["org_id"])))).mappings():
        values = {"contest_title": contest["title"], "organization": org_name or "",
                  "contest_starts": _when(contest["starts_at"], contest["timezone"]),
                  "contest_ends": _when(contest["ends_at"], contest["timezone"]),
                  "description": contest.get("description", ""),
                  "unsubscribe_token": sub["unsubscribe_token"]}
        total += enqueue(conn, "contest_announced", contest,
                         [Recipient(sub["email"], sub["language"])], values=values, now=now)
    return total


def _stage(conn: Connection, stage_id: str) -> dict[str, Any]:
    t = domain["stage"]
    return dict(conn.execute(select(t).where(t.c.id == stage_id)).mappings().one())


def _only(recipient: Recipient | None) -> list[Recipient]:
    return [recipient] if recipient is not None else []
