"""``ideabank-server`` commands that run or check the server: init, serve, mail-worker and
audit verify."""

from __future__ import annotations

import argparse
import sys

from shared.version import __version__
from sync_server import config
from sync_server.cli_common import UsageError, _database_url, _engine, _safe_url


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

