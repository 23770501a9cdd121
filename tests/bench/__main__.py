"""``make bench``: the data set at 10x the real system, measured against targets, a floor and Kinto.

Environment:
  IDEABANK_BENCH_SCALE     1 = 100 contests, 50,000 ideas, 500 evaluators, 500,000 scores;
                           0.1 for a quick run (default 1)
  IDEABANK_BENCH_BACKENDS  server databases to measure, default "sqlite,postgresql"
  IDEABANK_BENCH_GROWTH    smaller scales for the growth table, default SCALE x 0.1,0.25,0.5
  IDEABANK_BENCH_REPORT    where the Markdown report goes, default docs/benchmarks.md
  IDEABANK_TEST_PG         the PostgreSQL server (as for the tests)

Each figure runs the real server (waitress, in its own process) and the real desktop sync
engine in a client process of its own, so wall time, memory and bytes are the client's.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from shared.wire import encode_record
from sync_server.tables import domain
from tests.bench import dataset, floor
from tests.bench.peer import KintoServer
from tests.e2e.processes import ServerProcess, free_port

REPO = Path(__file__).resolve().parents[2]
PG_ADMIN_URL = os.environ.get("IDEABANK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
CLIENTS, MUTATIONS_EACH, LOAD_BATCH = 50, 100, 10
NO_CHANGE_RUNS = 100


@dataclass
class Figure:
    number: int
    what: str
    backend: str
    value: str
    target: str = ""
    ok: bool | None = None  # None: reported, no target

    @property
    def verdict(self) -> str:
        return "" if self.ok is None else ("PASS" if self.ok else "MISS")


def requests_text(n: int) -> str:
    return f"{n} request" if n == 1 else f"{n} requests"


def log(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", flush=True)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[math.ceil(0.95 * len(ordered)) - 1]


def run_module(module: str, *args: str, timeout: float = 3600) -> dict[str, Any]:
    """Run ``python -m module args`` from the repository; its last stdout line is JSON."""
    done = subprocess.run([sys.executable, "-m", module, *args], cwd=REPO, capture_output=True,
                          text=True, timeout=timeout,
                          env={**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"})
    if done.returncode != 0:
        raise RuntimeError(f"{module} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- server databases ---------------------------------------------------------------------

class Database:
    def __init__(self, backend: str, folder: Path) -> None:
        self.backend = backend
        self.name = f"ideabank_bench_{uuid.uuid4().hex[:10]}"
        if backend == "sqlite":
            self.url = f"sqlite:///{folder / (self.name + '.sqlite3')}"
        else:
            import psycopg

            with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{self.name}"')
            base = PG_ADMIN_URL.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
            self.url = f"{base}/{self.name}"

    def drop(self) -> None:
        if self.backend == "postgresql":
            import psycopg

            with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def serve(db: Database) -> ServerProcess:
    server = ServerProcess(db.url)
    server.start()
    return server


# --- the figures --------------------------------------------------------------------------

def process_cpu(pid: int) -> float:
    """CPU seconds a process has used (user + system), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def organizer_first_sync(data: dataset.DataSet, server: ServerProcess, replica: Path) -> dict:
    before = process_cpu(server.proc.pid)
    result = run_module("tests.bench.client_probe", "first", "--server", server.url,
                        "--username", data.organizer, "--replica", str(replica))
    result["server_cpu"] = process_cpu(server.proc.pid) - before
    return result


def load_plan(data: dataset.DataSet, url: str, path: Path) -> None:
    """Fifty evaluators, each changing the values of 100 of its own scores."""
    rng = random.Random(dataset.SEED + 5)
    evaluators = data.rows["user"][2:]
    scores_of: dict[str, list[dict]] = {}
    for row in data.rows["score"] + data.offline_scores:
        scores_of.setdefault(row["evaluator_id"], []).append(row)
    clients = []
    for n in range(CLIENTS):
        evaluator = evaluators[(n + 1) % len(evaluators)]
        mine = scores_of[evaluator["id"]][:MUTATIONS_EACH]
        clients.append({"username": evaluator["username"], "mutations": [
            {"id": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "kind": "score",
             "op": "upsert", "record_id": s["id"], "base_rev": s["rev"],
             "fields": {"value": float(s["value"] % 10 + 1)}, "base": {"value": s["value"]}}
            for s in mine]})
    path.write_text(json.dumps({"server": url, "batch": LOAD_BATCH, "clients": clients}))


def peer_records(data: dataset.DataSet) -> list[dict]:
    """The data set's ideas as a kiosk sends them (the fields a kiosk may write)."""
    idea_t = domain["idea"]
    writable = ("contest_id", "title", "body", "benefit", "category", "created_at",
                "contact_name", "contact_phone", "contact_email", "tracking_code")
    rng = random.Random(dataset.SEED + 7)
    return [{"id": r["id"], "mutation_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
             "fields": encode_record(idea_t, {k: r[k] for k in writable})}
            for r in data.rows["idea"]]


def measure_backend(backend: str, data: dataset.DataSet, work: Path) -> tuple[list[Figure], dict]:
    figures: list[Figure] = []
    raw: dict[str, Any] = {}
    db = Database(backend, work)
    try:
        log(f"{backend}: writing the data set")
        began = time.perf_counter()
        dataset.write(db.url, data)
        raw["load_seconds"] = time.perf_counter() - began
        server = serve(db)
        try:
            log(f"{backend}: 1. organizer first sync")
            replica = work / f"{backend}-organizer.sqlite3"
            r1 = organizer_first_sync(data, server, replica)
            raw["first_organizer"], raw["organizer_replica"] = r1, str(replica)
            figures += [
                Figure(1, "organizer first sync: wall time", backend,
                       f"{r1['seconds']:.1f} s (CPU: client {r1['cpu']:.1f} s, server "
                       f"{r1['server_cpu']:.1f} s)", "≤ 15 s", r1["seconds"] <= 15),
                Figure(1, "organizer first sync: peak client RSS", backend,
                       f"{r1['rss_mb']:.0f} MB", "≤ 400 MB", r1["rss_mb"] <= 400),
                Figure(1, "organizer first sync: bytes received / sent", backend,
                       f"{r1['bytes_received'] / 1e6:.1f} MB / {r1['bytes_sent'] / 1e3:.1f} kB "
                       f"in {requests_text(r1['requests'])}, {r1['pulled']:,} records"),
            ]
            log(f"{backend}: 2. evaluator first sync")
            evaluator = data.evaluator_names[1]
            r2 = run_module("tests.bench.client_probe", "first", "--server", server.url,
                            "--username", evaluator, "--replica", str(work / f"{backend}-ev1.sqlite3"))
            raw["first_evaluator"] = r2
            figures += [
                Figure(2, "evaluator first sync: wall time", backend, f"{r2['seconds']:.2f} s"),
                Figure(2, "evaluator first sync: peak client RSS", backend,
                       f"{r2['rss_mb']:.0f} MB", "≤ 400 MB", r2["rss_mb"] <= 400),
                Figure(2, "evaluator first sync: bytes received", backend,
                       f"{r2['bytes_received'] / 1e6:.2f} MB in {requests_text(r2['requests'])}, "
                       f"{r2['pulled']:,} records"),
            ]
            log(f"{backend}: 3. no-change syncs")
            for who, name, path in (("organizer", data.organizer, replica),
                                    ("evaluator", evaluator, work / f"{backend}-ev1.sqlite3")):
                r3 = run_module("tests.bench.client_probe", "nochange", "--server", server.url,
                                "--username", name, "--replica", str(path),
                                "--runs", str(NO_CHANGE_RUNS))
                raw[f"nochange_{who}"] = r3
                median, top = statistics.median(r3["times"]) * 1000, p95(r3["times"]) * 1000
                figures.append(Figure(3, f"no-change sync of the {who}: median / p95 of "
                                      f"{NO_CHANGE_RUNS}", backend,
                                      f"{median:.1f} / {top:.1f} ms "
                                      f"({requests_text(r3['requests'] // NO_CHANGE_RUNS)} each)",
                                      "p95 ≤ 30 ms", top <= 30))
            log(f"{backend}: 4. 1,000 offline scores")
            scores_file = work / "offline-scores.json"
            scores_file.write_text(json.dumps([encode_record(domain["score"], r)
                                               for r in data.offline_scores]))
            before = process_cpu(server.proc.pid)
            r4 = run_module("tests.bench.client_probe", "offline", "--server", server.url,
                            "--username", data.offline_evaluator,
                            "--replica", str(work / f"{backend}-ev0.sqlite3"),
                            "--scores-file", str(scores_file))
            # The server's share includes this evaluator's login and first sync before it.
            r4["server_cpu"] = process_cpu(server.proc.pid) - before
            raw["offline_scores"] = r4
            ok4 = r4["seconds"] <= 1 and r4["pushed"] == r4["queued"] and not r4["rejected"] \
                and r4["left"] == 0
            figures.append(Figure(4, f"upload of {r4['queued']:,} scores made offline", backend,
                                  f"{r4['seconds']:.2f} s (CPU: client {r4['cpu']:.2f} s, "
                                  f"server {r4['server_cpu']:.2f} s with the first sync; "
                                  f"{r4['rejected']} refused, "
                                  f"{r4['bytes_sent'] / 1e3:.0f} kB sent)", "≤ 1 s", ok4))
            log(f"{backend}: 5. {CLIENTS} concurrent clients")
            plan = work / "load-plan.json"
            load_plan(data, server.url, plan)
            r5 = run_module("tests.bench.load", str(plan))
            raw["load"] = {k: v for k, v in r5.items() if k != "latencies"}
            throughput = r5["mutations"] / r5["seconds"]
            figures += [
                Figure(5, f"{CLIENTS} clients x {MUTATIONS_EACH} mutations "
                          f"(pushes of {LOAD_BATCH}): throughput", backend,
                       f"{throughput:,.0f} mutations/s"),
                Figure(5, f"{CLIENTS} clients: p95 push latency", backend,
                       f"{p95(r5['latencies']) * 1000:,.0f} ms"),
                Figure(5, f"{CLIENTS} clients: errors", backend, str(r5["errors"]), "0",
                       r5["errors"] == 0),
            ]
        finally:
            server.stop()
    finally:
        db.drop()
    figures += measure_peer(backend, data, work, raw)
    return figures, raw


def measure_kinto(data: dataset.DataSet, work: Path) -> dict:
    """Kinto once: its memory backend does not depend on our server database."""
    log("7. the same ideas through Kinto")
    records = work / "peer-records.json"
    records.write_text(json.dumps(peer_records(data)))
    kinto = KintoServer(free_port())
    kinto.start()
    try:
        return run_module("tests.bench.peer", "--kinto", kinto.url, "--records", str(records),
                          "--server-pid", str(kinto.proc.pid))
    finally:
        kinto.stop()


def measure_peer(backend: str, data: dataset.DataSet, work: Path, raw: dict) -> list[Figure]:
    log(f"{backend}: 7. the same ideas through our server")
    db = Database(backend, work)
    try:
        accounts = replace(data, rows={k: data.rows[k] for k in ("organization", "user", "contest")})
        dataset.write(db.url, accounts)
        server = serve(db)
        records = work / "peer-records.json"
        records.write_text(json.dumps(peer_records(data)))
        try:
            r7 = run_module("tests.bench.peer", "--ours", server.url, "--records", str(records),
                            "--kiosk", data.kiosk, "--organizer", data.organizer,
                            "--server-pid", str(server.proc.pid))
        finally:
            server.stop()
    finally:
        db.drop()
    raw["peer"] = r7
    return []


def peer_figures(backend: str, ours: dict, theirs: dict, n: int) -> list[Figure]:
    figures = []
    for phase, target in (("push", 10), ("pull", 2)):
        ratio = theirs[phase] / ours[phase]
        cpu_ratio = theirs[f"{phase}_cpu"] / ours[f"{phase}_cpu"]
        what = "push" if phase == "push" else "full pull"
        figures.append(Figure(
            7, f"{what} of {n:,} ideas: ours / Kinto (memory backend, measured once for both)",
            backend,
            f"{n / ours[phase]:,.0f} / {n / theirs[phase]:,.0f} records/s = {ratio:.2f}x "
            f"(CPU of client and server: ours {ours[phase + '_cpu']:.2f} s, Kinto "
            f"{theirs[phase + '_cpu']:.2f} s, ratio {cpu_ratio:.2f}x)", f"≥ {target}x",
            ratio >= target))
    return figures


def organizer_rows(data: dataset.DataSet) -> dict[str, list[dict]]:
    """What the organizer's first sync stores: every record, the offline scores not yet."""
    return data.rows


def measure_floor(data: dataset.DataSet) -> dict:
    return floor.measure(organizer_rows(data))


def growth(scales: list[float], work: Path) -> list[dict]:
    """Organizer first sync and the floor at smaller sizes, on SQLite."""
    out: list[dict] = []
    for scale in scales:
        data = dataset.generate(scale)
        if any(row["ideas"] == data.sizes.ideas for row in out):
            continue  # at a small scale two sizes can round to the same data set
        log(f"growth: {data.sizes.ideas:,} ideas")
        db = Database("sqlite", work)
        try:
            dataset.write(db.url, data)
            server = serve(db)
            try:
                r = organizer_first_sync(data, server, work / f"growth-{scale:g}.sqlite3")
            finally:
                server.stop()
        finally:
            db.drop()
        f = measure_floor(data)
        out.append({"ideas": data.sizes.ideas, "records": r["pulled"], "seconds": r["seconds"],
                    "floor": f["seconds"], "rss_mb": r["rss_mb"],
                    "bytes": r["bytes_received"]})
    return out


# --- the report ---------------------------------------------------------------------------

def machine() -> dict[str, str]:
    info = {"cores": str(os.cpu_count()), "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version, "os": platform.platform()}
    try:
        mem = next(line for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal"))
        info["ram"] = f"{int(mem.split()[1]) / 1024 / 1024:.1f} GiB"
        cpu = next(line for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
        info["cpu"] = cpu.split(":", 1)[1].strip()
    except (OSError, StopIteration):
        pass
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN_URL, connect_timeout=3) as conn:
            info["postgresql"] = conn.execute("SHOW server_version").fetchone()[0]
    except Exception as exc:  # reported, not fatal: the SQLite figures still stand
        info["postgresql"] = f"unreachable ({exc.__class__.__name__})"
    return info


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def table(figures: list[Figure]) -> list[str]:
    lines = ["| # | figure | server DB | measured | target | |", "|---|---|---|---|---|---|"]
    for f in figures:
        lines.append(f"| {f.number} | {f.what} | {f.backend} | {f.value} | {f.target} | "
                     f"{f.verdict} |")
    return lines


def write_report(path: Path, *, data: dataset.DataSet, scale: float, figures: list[Figure],
                 growth_rows: list[dict], info: dict, started: str, loads: list[str],
                 seconds: float) -> None:
    s = data.sizes
    settings = sorted(f"{k}={v}" for k, v in os.environ.items() if k.startswith("IDEABANK_BENCH_")
                      and k != "IDEABANK_BENCH_SCALE")
    command = " ".join([f"IDEABANK_BENCH_SCALE={scale:g}", *settings, "make bench"])
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`python -m tests.bench`); do not edit by hand — the notes at "
        "the end come from `tests/bench/notes.md`.",
        "",
        f"Command: `{command}`, started {started} UTC, took {seconds / 60:.0f} min.",
        f"Load average (1/5/15 min) at the start, after each backend and at the end: "
        f"{' → '.join(loads)} (the benchmark's own server and client processes count in it).",
        "",
        f"Machine: {info.get('cores')} cores ({info.get('cpu', '?')}), {info.get('ram', '?')} "
        f"RAM, {info.get('os')}; Python {info['python']}, SQLite {info['sqlite']}, "
        f"PostgreSQL {info['postgresql']}.",
        "",
        f"Data set (seed {dataset.SEED}): {s.contests:,} contests, {s.ideas:,} ideas, "
        f"{s.evaluators:,} evaluators, {s.assignments:,} assignments, {s.scores:,} scores "
        f"({len(data.offline_scores):,} of them made offline in figure 4); "
        f"{sum(data.count().values()):,} records in the organizer's first sync.",
        "",
        *table(figures),
        "",
        "## Growth: organizer first sync on SQLite",
        "",
        "| ideas | records | first sync | per 1,000 records | floor | ratio to floor | "
        "peak RSS | received |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for g in growth_rows:
        lines.append(f"| {g['ideas']:,} | {g['records']:,} | {g['seconds']:.1f} s | "
                     f"{g['seconds'] / g['records'] * 1000 * 1000:.0f} ms | {g['floor']:.2f} s | "
                     f"{g['seconds'] / g['floor']:.1f}x | {g['rss_mb']:.0f} MB | "
                     f"{g['bytes'] / 1e6:.0f} MB |")
    notes = Path(__file__).with_name("notes.md")
    if scale != 1:
        # The notes speak of the full-scale run ("the run above"): not of this one.
        lines += ["", "What was found and what still misses, at full scale: the notes at the end "
                      "of `docs/benchmarks.md`."]
    elif notes.is_file():
        lines += ["", notes.read_text().rstrip()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    scale = float(os.environ.get("IDEABANK_BENCH_SCALE", "1"))
    backends = [b.strip() for b in os.environ.get("IDEABANK_BENCH_BACKENDS",
                                                    "sqlite,postgresql").split(",") if b.strip()]
    growth_env = os.environ.get("IDEABANK_BENCH_GROWTH")
    growth_scales = ([float(x) for x in growth_env.split(",") if x.strip()] if growth_env
                     else [scale * 0.1, scale * 0.25, scale * 0.5])
    report = Path(os.environ.get("IDEABANK_BENCH_REPORT", REPO / "docs" / "benchmarks.md"))
    started = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M")
    began = time.perf_counter()
    loads = [load_average()]
    info = machine()
    data = dataset.generate(scale)
    log(f"data set: {data.count()}")
    work = Path(tempfile.mkdtemp(prefix="ideabank-bench-"))
    figures: list[Figure] = []
    raws: dict[str, Any] = {}
    for backend in backends:
        found, raw = measure_backend(backend, data, work)
        figures += found
        raws[backend] = raw
        loads.append(load_average())
    kinto = measure_kinto(data, work)
    for backend in backends:
        figures += peer_figures(backend, raws[backend]["peer"]["ours"], kinto["kinto"],
                                kinto["records"])
    log("6. the organizer's Ideas table")
    first = raws[backends[0]]
    organizer = data.rows["user"][0]
    r6 = run_module("tests.bench.ideas_table", "--replica", first["organizer_replica"],
                    "--user-id", organizer["id"], "--org-id", data.org_id)
    figures += [
        Figure(6, f"Ideas table, {r6['ideas']:,} ideas: open (median of 5)", "replica",
               f"{r6['open'] * 1000:.0f} ms (CPU {r6['open_cpu'] * 1000:.0f} ms)", "≤ 300 ms",
               r6["open"] <= 0.3),
        Figure(6, "Ideas table: scroll to the last row (median of 5)", "replica",
               f"{r6['scroll'] * 1000:.0f} ms"),
        Figure(6, f"Ideas table: text filter ({r6['matched']} match, median of 5)", "replica",
               f"{r6['filter'] * 1000:.0f} ms (CPU {r6['filter_cpu'] * 1000:.0f} ms)", "≤ 100 ms",
               r6["filter"] <= 0.1),
    ]
    log("8. the floor")
    f8 = measure_floor(data)
    figures.append(Figure(8, f"floor: {f8['rows']:,} rows by executemany, one transaction",
                          "replica", f"{f8['seconds']:.2f} s"))
    for backend in backends:
        ratio = raws[backend]["first_organizer"]["seconds"] / f8["seconds"]
        figures.append(Figure(8, "organizer first sync / floor", backend, f"{ratio:.1f}x",
                              "≤ 3x", ratio <= 3))
    figures.sort(key=lambda f: (f.number, backends.index(f.backend) if f.backend in backends else 9))
    growth_rows = growth(growth_scales, work) if growth_scales else []
    if "sqlite" in raws:
        r1 = raws["sqlite"]["first_organizer"]
        growth_rows = [g for g in growth_rows if g["ideas"] != data.sizes.ideas]
        growth_rows.append({"ideas": data.sizes.ideas, "records": r1["pulled"],
                            "seconds": r1["seconds"], "floor": f8["seconds"],
                            "rss_mb": r1["rss_mb"], "bytes": r1["bytes_received"]})
    loads.append(load_average())
    print()
    width = max(len(f.what) for f in figures)
    for f in figures:
        print(f"{f.number}  {f.what:<{width}}  {f.backend:<10}  {f.value:<44}  {f.target:<12}  "
              f"{f.verdict}")
    print()
    for g in growth_rows:
        print(f"growth: {g['ideas']:>6,} ideas  {g['records']:>8,} records  first sync "
              f"{g['seconds']:6.1f} s  floor {g['floor']:5.2f} s")
    write_report(report, data=data, scale=scale, figures=figures, growth_rows=growth_rows,
                 info=info, started=started, loads=loads, seconds=time.perf_counter() - began)
    (work / "raw.json").write_text(json.dumps(raws, default=str, indent=1))
    print(f"\nReport: {report}; raw figures: {work / 'raw.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
