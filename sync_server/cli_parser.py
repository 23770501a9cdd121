"""The ``ideabank-server`` argument parser: every command, its options and its handler."""

from __future__ import annotations

import argparse

from shared.roles import Role
from shared.version import __version__
from sync_server.cli_accounts import (
    cmd_create_org,
    cmd_create_user,
    cmd_decide_org,
    cmd_list_contests,
    cmd_list_orgs,
    cmd_set_kiosk_pin,
)
from sync_server.cli_data import (
    cmd_backup,
    cmd_export,
    cmd_export_protocol,
    cmd_import,
    cmd_purge,
    cmd_restore,
    cmd_seed_demo,
)
from sync_server.cli_server import cmd_audit_verify, cmd_init, cmd_mail_worker, cmd_serve


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

