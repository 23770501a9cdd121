"""``ideabank-server`` commands for organizations, contests listing, accounts and the kiosk
PIN."""

from __future__ import annotations

import argparse
import getpass
import json
import shlex
import sys

from shared.roles import Role
from sync_server.cli_common import UsageError, _engine, _read_password


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

