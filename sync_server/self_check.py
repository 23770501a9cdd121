"""``ideabank-server self-check``: prove an installed or packaged server works.

It does what an operator would do first, on a throw-away SQLite database: ``init`` (the
Alembic migrations must be inside the package), ``serve`` on a free loopback port, and one
request to ``/api/v1/health``; and every notification e-mail rendered in every language (the
templates must be inside the package too). Exit 0 when all is well, else 1 with the reason.
"""

from __future__ import annotations

import json
import sys
import tempfile
import threading
import urllib.request
from pathlib import Path


def run() -> int:
    try:
        from waitress.server import create_server

        from shared.version import __version__
        from sync_server.app import Application
        from sync_server.db import make_engine, require_current_schema, upgrade
        from sync_server.notifications import EVENTS, LANGUAGES, render

        for event in EVENTS:
            for language in LANGUAGES:
                render(event, language, {})

        with tempfile.TemporaryDirectory(prefix="ideabank-server-check-") as folder:
            url = f"sqlite:///{Path(folder) / 'check.sqlite3'}"
            upgrade(url)
            require_current_schema(url)
            engine = make_engine(url)
            server = create_server(Application(engine), host="127.0.0.1", port=0, threads=1)
            port = server.socket.getsockname()[1]
            thread = threading.Thread(target=server.run, daemon=True)
            thread.start()
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/health",
                                            timeout=10) as response:
                    health = json.load(response)
            finally:
                server.close()
                engine.dispose()
        if health.get("status") != "ok" or health.get("version") != __version__:
            print(f"self-check failed: unexpected health answer {health}", file=sys.stderr)
            return 1
        print("self-check passed: database created and migrated, server answered on "
              f"127.0.0.1:{port}, {len(EVENTS) * len(LANGUAGES)} e-mail templates rendered")
        return 0
    except Exception as exc:  # report any failure as the reason, for a packaging check
        print(f"self-check failed: {exc.__class__.__name__}: {exc}", file=sys.stderr)
        return 1
