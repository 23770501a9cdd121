"""Many clients pushing at once: ``python -m tests.bench.load PLAN.json`` prints one JSON line.

The plan lists, per client, a user name and its mutations. Every client logs in first;
then all start together, each sending its mutations in pushes of ``batch`` (a client that
syncs every few edits), timing every push. An error is a request that failed or a
mutation the server did not apply.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path

from desktop.api_client import ApiClient, SyncError
from tests.bench.dataset import PASSWORD


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    plan = json.loads(Path(args[0]).read_text())
    batch = plan["batch"]
    clients = []
    for entry in plan["clients"]:
        api = ApiClient(plan["server"], timeout=120)
        api.login(entry["username"], PASSWORD)
        clients.append((api, entry["mutations"]))
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(len(clients) + 1)

    def run(api: ApiClient, mutations: list[dict]) -> None:
        start.wait()
        for first in range(0, len(mutations), batch):
            chunk = mutations[first:first + batch]
            began = time.perf_counter()
            try:
                results = api.push(chunk)["results"]
                problems = [r for r in results if r["status"] != "applied"]
            except SyncError as exc:
                problems = [f"{exc.code}: {exc.message}"]
            took = time.perf_counter() - began
            with lock:
                latencies.append(took)
                errors.extend(str(p) for p in problems)

    threads = [threading.Thread(target=run, args=c) for c in clients]
    for t in threads:
        t.start()
    start.wait()
    began = time.perf_counter()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - began
    mutations = sum(len(m) for _, m in clients)
    print(json.dumps({"seconds": seconds, "mutations": mutations, "latencies": latencies,
                      "errors": len(errors), "first_errors": errors[:5]}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
