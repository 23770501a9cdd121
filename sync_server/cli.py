"""``ideabank-server``: the server's command line."""

from __future__ import annotations

import argparse
import getpass
import json
import shlex
import sys
from pathlib import Path

from shared.roles import Role
from shared.version import __version__
from sync_server import config


class UsageError(Exception):
    """Bad input on the command line; printed as one ``error:`` line, exit status 2."""


def _read_password(username: str) -> str:
    """From standard input when piped, else an interactive prompt; never from argv."""
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    first = getpass.getpass(f"Password for {username}: ")
    if getpass.getpass("Repeat the password: ") != first:
        raise UsageError("the two passwords differ; nothing was changed")
    return first


#: The database backends the server is built and tested for, as (backend, driver) pairs.
_SUPPORTED_DATABASES = {("sqlite", "pysqlite"), ("postgresql", "psycopg")}


def _database_url(args: argparse.Namespace) -> str:
    """The chosen database URL, refused in one line when no supported driver would open it
    (a mysql:// URL would otherwise end in a ModuleNotFoundError traceback)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    url = config.database_url(args.db)
    try:
        parsed = make_url(url)
        backend = (parsed.get_backend_name(), parsed.get_driver_name())
    except (ArgumentError, ValueError):
        backend = None
    if backend not in _SUPPORTED_DATABASES:
        shown = _safe_url(url) if backend else url.split("://", 1)[0] + "://…"
        raise UsageError(f"unsupported database {shown}: use sqlite:///PATH or "
                         "postgresql+psycopg://USER@HOST/NAME")
    return url


def _engine(args: argparse.Namespace):  # noqa: ANN202
    from sync_server.db import make_engine, require_current_schema

    url = _database_url(args)
    require_current_schema(url)
    return make_engine(url)


def cmd_init(args: argparse.Namespace) -> int:
    from sync_server.db import upgrade

    url = _database_url(args)
    upgrade(url)
    print(f"Database ready: {_safe_url(url)}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import waitress

    from sync_server import logs
    from sync_server.app import Application

    settings = config.current()
    host = args.host or settings.host
    port = settings.port if args.port is None else args.port
    threads = settings.threads if args.threads is None else args.threads
    if not 1 <= port <= 65535:
        raise UsageError("--port must be between 1 and 65535")
    if not 1 <= threads <= 256:
        raise UsageError("--threads must be between 1 and 256")
    engine = _engine(args)
    logs.configure(level=settings.log_level, fmt=settings.log_format)
    smtp = _smtp_settings() if args.mail else None
    proxy = {}
    if settings.trusted_proxy:
        # waitress then takes the client's address from X-Forwarded-For (login throttling).
        proxy = {"trusted_proxy": settings.trusted_proxy, "trusted_proxy_count": 1,
                 "trusted_proxy_headers": "x-forwarded-for x-forwarded-proto",
                 "clear_untrusted_proxy_headers": True}
    # A pulled page is up to several megabytes; waitress would spool any answer above 1 MB
    # through a temporary file on disk (outbuf_overflow) before sending it.
    try:
        # create_server binds the socket: a taken port (OSError) or an address that is no
        # address (ValueError) fails here, before the banner claims the server is up.
        server = waitress.create_server(Application(engine), host=host, port=port,
                                        threads=threads, ident="ideabank",
                                        outbuf_overflow=16 * 1024 * 1024, **proxy)
    except ValueError as exc:
        raise UsageError(f"cannot listen on {host}:{port}: {exc}") from None
    if smtp is not None:
        from sync_server.mail_worker import start_thread

        start_thread(engine, smtp)
    print(f"Idea Bank server {__version__} on http://{host}:{port}/api/v1/ "
          f"(database {_safe_url(_database_url(args))})", flush=True)
    server.run()
    return 0


def _smtp_settings():  # noqa: ANN202
    from sync_server.mail_worker import SmtpSettings

    try:
        return SmtpSettings.from_env()
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def cmd_mail_worker(args: argparse.Namespace) -> int:
    from sync_server.mail_worker import queue_reminders, run_forever, send_due

    if not 0.1 <= args.interval <= 3600:
        raise UsageError("--interval must be between 0.1 and 3600 seconds")
    settings = _smtp_settings()
    engine = _engine(args)
    from sync_server import logs

    settings_file = config.current()
    logs.configure(level=settings_file.log_level, fmt=settings_file.log_format)
    if args.once:
        queued = queue_reminders(engine)
        counts = send_due(engine, settings, limit=10**9)
        print(f"{queued} reminders queued; {counts['sent']} sent, {counts['retry']} to retry, "
              f"{counts['failed']} failed")
        return 0
    print(f"Sending mail through {settings.host}:{settings.port} ({settings.security}); "
          "Ctrl+C stops", flush=True)
    try:
        run_forever(engine, settings, interval=args.interval)
    except KeyboardInterrupt:
        pass
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from sync_server.audit import verify

    engine = _engine(args)
    with engine.connect() as conn:
        count, problems = verify(conn)
    if problems:
        print(f"audit log broken: {problems[0]}", file=sys.stderr)
        for problem in problems[1:]:
            print(f"  also {problem}", file=sys.stderr)
        return 1
    print(f"{count} entries, chain intact")
    return 0


def cmd_create_org(args: argparse.Namespace) -> int:
    from sync_server.accounts import create_org

    org_id = create_org(_engine(args), args.name)
    print(f"Created organization {args.name!r} ({org_id})")
    return 0


def cmd_list_orgs(args: argparse.Namespace) -> int:
    from sync_server.accounts import list_orgs

    rows = list_orgs(_engine(args), pending_only=args.pending)
    if args.json:
        print(json.dumps([{**r, "requested_at": r["requested_at"].isoformat()
                           if r["requested_at"] else None} for r in rows], ensure_ascii=False))
        return 0
    if not rows:
        print("No organizations are waiting for approval." if args.pending else
              "No organizations yet.")
    for r in rows:
        asked = f"  asked {r['requested_at']:%Y-%m-%d %H:%M} UTC" if r["requested_at"] else ""
        contact = f"  contact {r['contact_email']}" if r["contact_email"] else ""
        print(f"{r['status']:<9} {r['name']}{contact}{asked}")
    return 0


def cmd_list_contests(args: argparse.Namespace) -> int:
    from sync_server.accounts import list_contests

    rows = list_contests(_engine(args), org=args.org)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    if not rows:
        print("No contests yet.")
    for r in rows:
        print(f"{r['id']}  {r['status']:<9} {r['ideas']:>5} ideas  {r['organization']}: "
              f"{r['title']}")
    return 0


def cmd_decide_org(args: argparse.Namespace) -> int:
    from sync_server.accounts import decide_org, org_admin_usernames

    approve = args.command == "approve-org"
    engine = _engine(args)
    status = decide_org(engine, args.name, approve=approve, by="command line")
    note = ""
    if approve:
        # An organization made with create-org (or seed-demo before it had one) has nobody
        # who may log in as its administrator; say so instead of promising a login.
        admins = org_admin_usernames(engine, args.name)
        note = (f"; its administrator {', '.join(admins)} can log in" if admins else
                "; it has no administrator yet, make one with: ideabank-server create-user "
                f"--org {shlex.quote(args.name)} --role organizer --org-admin USERNAME")
    print(f"Organization {args.name!r} is now {status}{note}")
    return 0


def cmd_create_user(args: argparse.Namespace) -> int:
    from sync_server.accounts import create_user

    # Invitations check the organizer's role as well as the flag, so the flag alone on an
    # evaluator would give nothing.
    if args.org_admin and args.role != Role.ORGANIZER.value:
        raise UsageError("--org-admin needs --role organizer (the organization's "
                         "administrator is an organizer who may invite staff)")
    password = _read_password(args.username)
    if not password:
        raise UsageError("no password was given (standard input was empty); nothing was "
                         "changed")
    user_id = create_user(_engine(args), org=args.org, role=Role(args.role),
                          username=args.username, password=password,
                          display_name=args.display_name or "", language=args.language,
                          email=args.email, org_admin=args.org_admin)
    admin = f", the administrator of {args.org!r}" if args.org_admin else ""
    print(f"Created {args.role} {args.username!r} ({user_id}){admin}")
    return 0


def _read_kiosk_pin(org: str) -> str:
    """Like ``_read_password``: from standard input when piped, else asked twice."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().strip()
    first = getpass.getpass(f"Kiosk PIN for {org}: ")
    if getpass.getpass("Repeat the PIN: ") != first:
        raise UsageError("the two PINs differ; nothing was changed")
    return first.strip()


#: Shorter PINs are accepted but warned about.
SAFE_KIOSK_PIN = 6


def check_kiosk_pin(pin: str) -> None:
    # ASCII digits only: str.isdigit() would also take Arabic-Indic digits no pad can type.
    if not (4 <= len(pin) <= 12 and all(ch in "0123456789" for ch in pin)):
        raise UsageError("the kiosk PIN must have 4 to 12 digits (0-9); nothing was changed")


def set_kiosk_pin(engine, org: str, pin: str) -> str:  # noqa: ANN001
    """Store the Argon2id hash of ``pin`` on ``org`` and put the organization in the change
    feed (rev + 1, same transaction), so its kiosks receive it; returns the organization id."""
    from argon2 import PasswordHasher
    from sqlalchemy import select, update

    from sync_server import feed
    from sync_server.accounts import find_org
    from sync_server.tables import domain

    check_kiosk_pin(pin)
    org_t = domain["organization"]
    pin_hash = PasswordHasher().hash(pin)
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        org_id = find_org(conn, org)
        conn.execute(update(org_t).where(org_t.c.id == org_id)
                     .values(kiosk_pin_hash=pin_hash, rev=org_t.c.rev + 1))
        row = dict(conn.execute(select(org_t).where(org_t.c.id == org_id)).mappings().one())
        feed.record_changes(conn, [("organization", row)])
    return org_id


def cmd_set_kiosk_pin(args: argparse.Namespace) -> int:
    pin = _read_kiosk_pin(args.org)
    check_kiosk_pin(pin)  # before opening the database: a typo costs nothing
    set_kiosk_pin(_engine(args), args.org, pin)
    print(f"Kiosk PIN set for {args.org!r}; its kiosks receive it at their next sync")
    if len(pin) < SAFE_KIOSK_PIN:
        # Kiosks hold the PIN's hash; whoever copies it off a kiosk can try all 10,000
        # four-digit PINs (100,000 for five) on their own computer in little time.
        print(f"warning: a {len(pin)}-digit PIN can be guessed offline from a kiosk's copy "
              f"of its hash; {SAFE_KIOSK_PIN} or more digits are recommended", file=sys.stderr)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from shared.importers import SkippedRow, read_csv, read_pabulib, read_polis
    from sync_server.importing import import_ideas

    path = Path(args.file)
    if len(args.delimiter) != 1:
        raise UsageError("--delimiter must be exactly one character")
    if args.new_contest is not None and not 0 < len(args.new_contest.strip()) <= 300:
        raise UsageError("--new-contest needs a title of 1 to 300 characters")
    if path.is_dir():
        raise UsageError(f"{path} is a folder; name the file to import")
    if not path.is_file():
        raise UsageError(f"no such file: {path}")
    if args.format == "csv":
        if not (args.id_col and args.body_col):
            raise UsageError("--format csv needs --id-col and --body-col")
        result = read_csv(path, id_col=args.id_col, body_col=args.body_col,
                          title_col=args.title_col, created_col=args.created_col,
                          category_col=args.category_col, delimiter=args.delimiter)
    elif args.format == "polis":
        result = read_polis(path)
    else:
        result = read_pabulib(path)
    if not args.contest and not args.new_contest:
        raise UsageError("name --contest ID, or --new-contest TITLE with --org NAME")
    report = import_ideas(_engine(args), result, contest_id=args.contest,
                          new_contest=args.new_contest, org=args.org)
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        print(f"Contest {report.contest}: imported {report.imported}, "
              f"already present {report.already_present}, skipped {len(report.skipped)}")
        for s in report.skipped:
            print(f"  skipped {SkippedRow(**s).describe()}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from sync_server.exporting import contest_ideas, to_csv, to_json

    ideas = contest_ideas(_engine(args), args.contest)
    data = to_csv(ideas) if args.format == "csv" else to_json(ideas)
    if args.output:
        Path(args.output).write_bytes(data)
        print(f"Wrote {len(ideas)} ideas to {args.output}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
    return 0


def cmd_export_protocol(args: argparse.Namespace) -> int:
    from sync_server.protocol_export import export_protocol

    out = Path(args.out)
    if not out.parent.is_dir():
        raise UsageError(f"no such folder for --out: {out.parent}")
    title, data = export_protocol(_engine(args), args.contest_id, fmt=args.format,
                                  language=args.lang)
    out.write_bytes(data)
    print(f"Wrote the protocol of {title!r} to {out} ({len(data)} bytes)", file=sys.stderr)
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    import datetime as dt

    from sync_server.purge import purge

    if not 0 <= args.older_than <= 36500:
        raise UsageError("--older-than must be between 0 and 36500 days")
    removed = purge(_engine(args), older_than=dt.timedelta(days=args.older_than))
    print(f"Removed {removed} tombstones older than {args.older_than} days")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from sync_server.backup import backup

    print(backup(_database_url(args), Path(args.file)))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from sync_server.backup import restore

    print(restore(_database_url(args), Path(args.file), force=args.force))
    return 0


def cmd_seed_demo(args: argparse.Namespace) -> int:
    from sync_server.demo import seed_demo

    seed_demo(_database_url(args), shared_data=Path(args.shared_data)
              if args.shared_data else None)
    return 0


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ideabank-server", description="Idea Bank sync server")
    parser.add_argument("--version", action="version", version=f"ideabank-server {__version__}")
    parser.add_argument("--self-check", action="store_true",
                        help="init a temporary database, serve it, ask for health, and exit")
    parser.add_argument("--config", metavar="FILE",
                        help="TOML settings file (default: $IDEABANK_CONFIG); IDEABANK_<KEY> "
                             "variables override its keys (see docs/operations.md)")
    parser.add_argument("--db", help="database URL, sqlite:///PATH or "
                                     "postgresql+psycopg://USER@HOST/NAME (default: "
                                     "$IDEABANK_DB, then the settings file's db, else a SQLite "
                                     "file in the user's data folder)")
    sub = parser.add_subparsers(dest="command")

    sub.add_parser("init", help="create or upgrade the database").set_defaults(func=cmd_init)

    p = sub.add_parser("serve", help="serve the HTTP API with waitress")
    p.add_argument("--host", help="address to listen on (settings: host, default 127.0.0.1)")
    p.add_argument("--port", type=int, help="settings: port, default 8765")
    p.add_argument("--threads", type=int, help="settings: threads, default 8")
    p.add_argument("--mail", action="store_true",
                   help="also send the e-mail outbox from a thread (SMTP from IDEABANK_SMTP_*)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("mail-worker", help="send the e-mail outbox over SMTP (settings from "
                                            "IDEABANK_SMTP_* and IDEABANK_MAIL_FROM)")
    p.add_argument("--once", action="store_true", help="send what is due now, then exit")
    p.add_argument("--interval", type=float, default=15.0, metavar="SECONDS",
                   help="pause between rounds (default 15)")
    p.set_defaults(func=cmd_mail_worker)

    p = sub.add_parser("audit", help="the audit log")
    audit_sub = p.add_subparsers(dest="audit_command", required=True)
    p = audit_sub.add_parser("verify", help="recompute the hash chain; exit 1 naming the first "
                                            "broken entry")
    p.add_argument("--db", default=argparse.SUPPRESS, help="as the --db before the command")
    p.set_defaults(func=cmd_audit_verify)

    p = sub.add_parser("create-org", help="create an organization (approved at once)")
    p.add_argument("name")
    p.set_defaults(func=cmd_create_org)

    p = sub.add_parser("list-contests", help="list contests: id, organization, title, status "
                                              "and number of ideas")
    p.add_argument("--org", metavar="NAME_OR_ID", help="only this organization's contests")
    p.add_argument("--json", action="store_true", help="print one JSON array")
    p.set_defaults(func=cmd_list_contests)

    p = sub.add_parser("list-orgs", help="list organizations and their status")
    p.add_argument("--pending", action="store_true", help="only those waiting for approval")
    p.add_argument("--json", action="store_true", help="print one JSON array")
    p.set_defaults(func=cmd_list_orgs)

    for name, text in (("approve-org", "approve an organization that registered; its "
                                       "administrator can then log in"),
                       ("reject-org", "reject an organization's registration")):
        p = sub.add_parser(name, help=text)
        p.add_argument("name", help="the organization's name")
        p.set_defaults(func=cmd_decide_org)

    p = sub.add_parser("backup", help="copy the SQLite database to FILE while the server runs "
                                      "(PostgreSQL: prints the pg_dump command)")
    p.add_argument("file")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="replace the SQLite database with a backup FILE (stop "
                                       "the server first; PostgreSQL: prints pg_restore)")
    p.add_argument("--force", action="store_true",
                   help="replace a database that already holds data")
    p.add_argument("file")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("create-user", help="create a user; the password is read from stdin "
                                            "or a prompt")
    p.add_argument("--org", required=True)
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--display-name")
    p.add_argument("--language", default="az", choices=["az", "en", "ru"])
    p.add_argument("--email", help="where the user receives notices (kept on the server only)")
    p.add_argument("--org-admin", action="store_true",
                   help="with --role organizer: the organization's administrator, who may "
                        "invite its staff (admin is the platform's administrator instead)")
    p.add_argument("username")
    p.set_defaults(func=cmd_create_user)

    p = sub.add_parser("set-kiosk-pin", help="set the PIN that unlocks the organization's "
                                              "kiosks; read from stdin or a prompt")
    p.add_argument("--org", required=True)
    p.set_defaults(func=cmd_set_kiosk_pin)

    p = sub.add_parser("import", help="import ideas from a file into a contest")
    p.add_argument("--format", required=True, choices=["polis", "pabulib", "csv"])
    p.add_argument("--contest", help="id of an existing contest")
    p.add_argument("--new-contest", metavar="TITLE", help="create (or reuse) a contest by title")
    p.add_argument("--org", help="organization of the new contest")
    p.add_argument("--json", action="store_true", help="print the report as one JSON object")
    p.add_argument("--id-col")
    p.add_argument("--body-col")
    p.add_argument("--title-col")
    p.add_argument("--created-col")
    p.add_argument("--category-col")
    p.add_argument("--delimiter", default=",")
    p.add_argument("file")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="export a contest's ideas")
    p.add_argument("--contest", required=True)
    p.add_argument("--format", required=True, choices=["csv", "json"])
    p.add_argument("-o", "--output")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("export-protocol", help="write a contest's protocol (contest, stages, "
                                                "criteria, evaluators, scores, ranking, decisions)")
    p.add_argument("contest_id", metavar="CONTEST_ID")
    p.add_argument("--format", required=True, choices=["csv", "xlsx", "pdf"])
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--lang", default="az", choices=["az", "en", "ru"],
                   help="language of the protocol (default az)")
    p.set_defaults(func=cmd_export_protocol)

    p = sub.add_parser("purge", help="remove tombstones older than DAYS; older clients re-download")
    p.add_argument("--older-than", type=int, required=True, metavar="DAYS")
    p.set_defaults(func=cmd_purge)

    p = sub.add_parser("seed-demo", help="demo organization, accounts and contests (idempotent)")
    p.add_argument("--shared-data", help="folder with the Polis sample file")
    p.set_defaults(func=cmd_seed_demo)
    return parser


def main(argv: list[str] | None = None) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from shared.importers import ImportFormatError
    from shared.protocol import ProtocolError
    from sync_server.accounts import AccountError
    from sync_server.backup import BackupError
    from sync_server.db import SchemaError
    from sync_server.exporting import ExportError
    from sync_server.importing import ImportTargetError

    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        config.use(config.load(args.config))
    except config.ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.self_check:
        from sync_server.self_check import run

        return run()
    if args.command is None:
        parser.error("a command is required (see --help)")
    try:
        return args.func(args)
    except ImportFormatError as exc:
        print(f"error: {args.file}: {exc}; nothing was imported", file=sys.stderr)
    except (AccountError, ImportTargetError, ExportError, ProtocolError, SchemaError,
            UsageError, BackupError) as exc:
        print(f"error: {exc}", file=sys.stderr)
    except OSError as exc:  # a port in use, an unwritable output file, a missing folder
        print(f"error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
    except (SQLAlchemyError, ImportError) as exc:  # a bad --db URL or an unreachable database
        from sync_server.db import one_line

        print(f"error: database: {one_line(exc)}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
