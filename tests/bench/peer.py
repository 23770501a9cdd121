"""The same idea records through our server and through Kinto: push, then a full pull.

``python -m tests.bench.peer --ours URL --kinto URL --records FILE`` prints one JSON line.
Ours: a kiosk pushes the ideas in the batches the sync engine sends, then the organizer
pulls everything in the pages the sync engine asks for, reading them as it does. Kinto: the kinto-http client
creates the same records in batches of the same size (its server is configured to take
them) and reads the collection back with ``get_records``. Both pulls keep the decoded
records in memory and write nothing to disk, so the two sides do the same work.

``KintoServer`` runs ``kinto start`` on a memory backend for the orchestrator.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import requests

from desktop.api_client import ApiClient
from desktop.sync_engine import PAGE_SIZE, PUSH_BATCH, PageReader
from tests.bench.dataset import PASSWORD

KINTO_INI = """\
[app:main]
use = egg:kinto
kinto.storage_backend = kinto.core.storage.memory
kinto.storage_url =
kinto.cache_backend = kinto.core.cache.memory
kinto.cache_url =
kinto.permission_backend = kinto.core.permission.memory
kinto.permission_url =
kinto.userid_hmac_secret = 6d1f2c0b9e5a4f3e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e
multiauth.policies = basicauth
kinto.bucket_create_principals = system.Authenticated
kinto.batch_max_requests = {batch}

[server:main]
use = egg:waitress#main
host = 127.0.0.1
port = {port}
threads = 8

[loggers]
keys = root

[handlers]
keys = console

[formatters]
keys = plain

[logger_root]
level = WARNING
handlers = console

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = WARNING
formatter = plain

[formatter_plain]
format = %(levelname)s %(message)s
"""


class KintoServer:
    def __init__(self, port: int) -> None:
        self.port = port
        self.url = f"http://127.0.0.1:{port}/v1"
        self.folder = Path(tempfile.mkdtemp(prefix="ideabank-bench-kinto-"))
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        ini = self.folder / "kinto.ini"
        ini.write_text(KINTO_INI.format(port=self.port, batch=PUSH_BATCH))
        kinto = Path(sys.executable).with_name("kinto")
        self.proc = subprocess.Popen([str(kinto), "start", "--ini", str(ini)],
                                     stdout=subprocess.DEVNULL,
                                     stderr=open(self.folder / "kinto.log", "wb"))  # noqa: SIM115
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"kinto exited: {(self.folder / 'kinto.log').read_text()[-2000:]}")
            try:
                if requests.get(f"{self.url}/", timeout=1).status_code == 200:
                    return
            except requests.RequestException:
                time.sleep(0.2)
        raise RuntimeError("kinto did not answer within 60 s")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=15)
        self.proc = None


class Meter:
    """Wall time, and CPU time of this client and of the server process, for one phase.

    On a machine shared with other work, wall time depends on who else runs; the CPU
    seconds both sides spent do not, so both are reported."""

    def __init__(self, server_pid: int | None) -> None:
        self.server_pid = server_pid

    def _server_cpu(self) -> float:
        if self.server_pid is None:
            return 0.0
        fields = Path(f"/proc/{self.server_pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def __enter__(self) -> Meter:
        self._wall, self._cpu, self._server = (time.perf_counter(), time.process_time(),
                                               self._server_cpu())
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self._wall
        self.cpu = (time.process_time() - self._cpu) + (self._server_cpu() - self._server)


def ours(url: str, kiosk: str, organizer: str, records: list[dict[str, Any]],
         server_pid: int | None) -> dict[str, Any]:
    api = ApiClient(url, timeout=600)
    api.login(kiosk, PASSWORD)
    with Meter(server_pid) as push:
        _push_ours(api, records)
    reader = ApiClient(url, timeout=600)
    reader.login(organizer, PASSWORD)
    with Meter(server_pid) as pull:
        pulled = _pull_ours(reader)
    return {"push": push.wall, "pull": pull.wall, "push_cpu": push.cpu, "pull_cpu": pull.cpu,
            "pulled": len(pulled)}


def _push_ours(api: ApiClient, records: list[dict[str, Any]]) -> None:
    for first in range(0, len(records), PUSH_BATCH):
        batch = [{"id": r["mutation_id"], "kind": "idea", "op": "upsert", "record_id": r["id"],
                  "base_rev": 0, "fields": r["fields"], "base": {}}
                 for r in records[first:first + PUSH_BATCH]]
        results = api.push(batch)["results"]
        refused = [r for r in results if r["status"] != "applied"]
        if refused:
            raise SystemExit(f"our server refused ideas: {refused[:3]}")


def _pull_ours(api: ApiClient) -> list[dict[str, Any]]:
    """Every page, read as the sync engine reads them (``PageReader``)."""
    pulled: list[dict[str, Any]] = []
    reader = PageReader(api, PAGE_SIZE)
    try:
        reader.start(0)
        while True:
            page = reader.take()
            pulled.extend(c for c in page["changes"] if c["kind"] == "idea")
            if not page["more"]:
                return pulled
    finally:
        reader.close()


def kinto(url: str, records: list[dict[str, Any]], server_pid: int | None) -> dict[str, Any]:
    from kinto_http import Client

    client = Client(server_url=url, auth=("bench", "bench-secret"), bucket="bench",
                    collection="ideas", timeout=600)
    client.create_bucket(if_not_exists=True)
    client.create_collection(if_not_exists=True)
    with Meter(server_pid) as push, client.batch() as batch:  # sent in the server's batch size
        for r in records:
            batch.create_record(data={"id": r["id"], **r["fields"]})
    with Meter(server_pid) as pull:
        pulled = client.get_records()
    return {"push": push.wall, "pull": pull.wall, "push_cpu": push.cpu, "pull_cpu": pull.cpu,
            "pulled": len(pulled)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ours")
    parser.add_argument("--kinto")
    parser.add_argument("--records", required=True)
    parser.add_argument("--kiosk")
    parser.add_argument("--organizer")
    parser.add_argument("--server-pid", type=int, help="the measured server's process")
    args = parser.parse_args(argv)
    records = json.loads(Path(args.records).read_text())
    result: dict[str, Any] = {"records": len(records)}
    if args.ours:
        result["ours"] = ours(args.ours, args.kiosk, args.organizer, records, args.server_pid)
    if args.kinto:
        result["kinto"] = kinto(args.kinto, records, args.server_pid)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
