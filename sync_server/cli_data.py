"""``ideabank-server`` commands that move data in or out: import, export, export-protocol,
purge, backup, restore and seed-demo."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sync_server.cli_common import UsageError, _database_url, _engine


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

