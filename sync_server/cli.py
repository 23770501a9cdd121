"""``ideabank-server``: the server's command line. The parser is in ``cli_parser``, the
commands in ``cli_server``, ``cli_accounts`` and ``cli_data``."""

from __future__ import annotations

import sys

from sync_server import config
from sync_server.cli_common import UsageError
from sync_server.cli_parser import build_parser


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
