"""A desktop client in its own process: the real sync engine, replica and HTTP client.

Run as ``python -m tests.bench.client_probe MODE --server URL --username U --replica PATH``;
prints one JSON line with what it measured. Its own process, so that peak memory (RSS) is
the client's alone.

Modes:
  first     log in and run the first sync into an empty replica
  nochange  run ``--runs`` syncs against a replica that is up to date, timing each
  offline   make ``--scores`` scores offline on an up-to-date evaluator replica, then sync
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.api_client import ApiClient
from desktop.local_store import LocalStore
from desktop.replica_schema import domain
from desktop.sync_engine import sync_once
from shared.roles import Role
from tests.bench.dataset import PASSWORD


class WireCounter:
    """Bytes of HTTP bodies each way, as they crossed the socket (compressed if they were)."""

    def __init__(self) -> None:
        self.received = 0
        self.sent = 0
        self.requests = 0

    def __call__(self, response: Any, *args: Any, **kwargs: Any) -> None:
        self.requests += 1
        length = response.headers.get("Content-Length")
        self.received += int(length) if length is not None else len(response.content)
        body = response.request.body
        self.sent += len(body) if body else 0


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_rss_mb() -> float:
    """This process's peak resident memory. Not ``ru_maxrss``: Linux carries that over from
    the parent across fork and exec, so a child of a big process reports the parent's size."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _open(args: argparse.Namespace) -> tuple[ApiClient, LocalStore, WireCounter]:
    api = ApiClient(args.server, timeout=300)
    user = api.login(args.username, PASSWORD)["user"]
    store = LocalStore(Path(args.replica), role=Role(user["role"]), user_id=user["id"],
                       org_id=user["org_id"])
    wire = WireCounter()
    api.session.hooks["response"].append(wire)
    return api, store, wire


def first(args: argparse.Namespace) -> dict[str, Any]:
    api, store, wire = _open(args)
    began, cpu = time.perf_counter(), cpu_seconds()
    report = sync_once(store, api)
    seconds, cpu = time.perf_counter() - began, cpu_seconds() - cpu
    counts = {kind: len(store.rows(select(domain[kind].c.id))) for kind in domain}
    store.close()
    return {"seconds": seconds, "cpu": cpu, "pulled": report.pulled, "repaired": report.repaired,
            "bytes_received": wire.received, "bytes_sent": wire.sent, "requests": wire.requests,
            "rss_mb": peak_rss_mb(), "counts": counts}


def nochange(args: argparse.Namespace) -> dict[str, Any]:
    api, store, wire = _open(args)
    sync_once(store, api)  # warm: connection open, nothing left to pull
    wire.received = wire.sent = wire.requests = 0
    times = []
    for _ in range(args.runs):
        began = time.perf_counter()
        report = sync_once(store, api)
        times.append(time.perf_counter() - began)
        if report.pulled or report.pushed:
            raise SystemExit(f"a no-change sync moved records: {report}")
    store.close()
    return {"times": times, "bytes_received": wire.received, "requests": wire.requests,
            "rss_mb": peak_rss_mb()}


def offline(args: argparse.Namespace) -> dict[str, Any]:
    api, store, wire = _open(args)
    sync_once(store, api)  # up to date before going offline
    scores = json.loads(Path(args.scores_file).read_text())
    # Made offline: each score is an ordinary local edit with its outbox row.
    for row in scores:
        store.save("score", {k: v for k, v in row.items() if k != "rev"})
    queued = store.pending_count()
    wire.received = wire.sent = wire.requests = 0
    began, cpu = time.perf_counter(), cpu_seconds()
    report = sync_once(store, api)
    seconds, cpu = time.perf_counter() - began, cpu_seconds() - cpu
    left = store.pending_count()
    store.close()
    return {"seconds": seconds, "cpu": cpu, "queued": queued, "pushed": report.pushed,
            "rejected": report.rejected, "left": left, "bytes_sent": wire.sent,
            "bytes_received": wire.received, "requests": wire.requests, "rss_mb": peak_rss_mb()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("first", "nochange", "offline"))
    parser.add_argument("--server", required=True)
    parser.add_argument("--username", required=True)
    parser.add_argument("--replica", required=True)
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--scores-file")
    args = parser.parse_args(argv)
    result = {"first": first, "nochange": nochange, "offline": offline}[args.mode](args)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
