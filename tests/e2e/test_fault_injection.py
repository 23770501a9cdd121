"""Randomized fault injection: whatever is lost, repeated, reordered or killed, every replica
ends equal to what the server would send it, and every mutation is applied exactly once.

Each run is reproducible from its seed (``random.Random(seed)``); a failure names the seed.
``IDEABANK_FAULT_RUNS`` (default 200) runs on SQLite, ``IDEABANK_FAULT_RUNS_PG`` (default
20) on PostgreSQL; ``IDEABANK_FAULT_SEED`` runs the one seed given.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, select, text

from sync_server.tables import domain, mutation_log
from tests.e2e.fault_harness import Run, build_template
from tests.sync_server.desktop_clients import assert_replica_equals_server

STEPS = 24


def _runs(db_url: str) -> list[int]:
    if os.environ.get("IDEABANK_FAULT_SEED"):
        return [int(os.environ["IDEABANK_FAULT_SEED"])]
    if db_url.startswith("sqlite"):
        return list(range(int(os.environ.get("IDEABANK_FAULT_RUNS", "200"))))
    return list(range(int(os.environ.get("IDEABANK_FAULT_RUNS_PG", "20"))))


@contextmanager
def _copy_of(template_url: str, folder: Path) -> Iterator[str]:
    """A fresh server database equal to the template, for one run."""
    if template_url.startswith("sqlite"):
        target = folder / "server.sqlite3"
        shutil.copyfile(template_url.removeprefix("sqlite:///"), target)
        yield f"sqlite:///{target}"
        return
    base, template_name = template_url.rsplit("/", 1)
    name = f"{template_name}_r{uuid.uuid4().hex[:8]}"
    admin = create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template_name}"'))
        yield f"{base}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _check(run: Run) -> None:
    seed = run.seed
    for c in run.clients:
        try:
            assert_replica_equals_server(c.store, c.api, f"seed {seed}, {c.name}:")
        except AssertionError as exc:
            raise AssertionError(f"seed {seed}: {exc}; faults {run.events}") from None
        assert c.store.pending_count() == 0, f"seed {seed}: {c.name} outbox not empty"
        assert c.store.rejections() == [], f"seed {seed}: {c.name} {c.store.rejections()}"
    with run.engine.connect() as conn:
        logged = list(conn.execute(select(mutation_log.c.mutation_id)).scalars())
        idea = domain["idea"]
        kiosk_ideas = list(conn.execute(select(idea.c.id).where(idea.c.channel == "kiosk"))
                           .scalars())
    assert len(logged) == len(set(logged)) and set(logged) == run.created, (
        f"seed {seed}: mutation log {len(logged)} rows vs {len(run.created)} created; "
        f"faults {run.events}")
    assert sorted(kiosk_ideas) == sorted(run.kiosk_ideas), (
        f"seed {seed}: kiosk ideas on the server {len(kiosk_ideas)} "
        f"(distinct {len(set(kiosk_ideas))}) vs {len(run.kiosk_ideas)} made")


def test_random_faults_never_lose_duplicate_or_leak(db_url, tmp_path):  # noqa: ANN001
    template = build_template(db_url)
    if db_url.startswith("sqlite"):
        engine = create_engine(db_url)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        engine.dispose()
    seeds = _runs(db_url)
    events: dict[str, int] = {}
    started = time.perf_counter()
    shm = Path("/dev/shm") if Path("/dev/shm").is_dir() else tmp_path
    for seed in seeds:
        folder = Path(tempfile.mkdtemp(prefix=f"fault{seed}_", dir=shm))
        try:
            with _copy_of(db_url, folder) as url:
                run = Run(seed, url, folder, template)
                try:
                    run.play(STEPS)
                    run.settle()
                    _check(run)
                    for k, v in run.events.items():
                        events[k] = events.get(k, 0) + v
                finally:
                    run.close()
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    elapsed = time.perf_counter() - started
    print(f"\n{len(seeds)} fault runs on {db_url.split(':')[0]} in {elapsed:.1f} s; {events}")
    assert events.get("drop_response", 0) > 0 or len(seeds) < 5
