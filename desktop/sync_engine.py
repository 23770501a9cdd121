"""One sync: push the outbox, then pull every page. No Qt: the GUI runs it on its network
thread, tests run it directly.

Database work goes through ``run_db`` (the single database worker in the GUI), network
work happens here; the two never overlap on the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from desktop.api_client import ApiClient, ResyncRequired, ServerRefused
from desktop.integrity import differing, drop_contest, local_checksums
from desktop.local_store import LocalStore
from shared.wire import decode_time, encode_time

log = logging.getLogger(__name__)
T = TypeVar("T")
CLOCK_WARNING = dt.timedelta(minutes=10)
PUSH_BATCH = 500
# Records per pulled page, the server's maximum: one request each, and during ordinary
# syncs one local transaction (one disk flush) each.
PAGE_SIZE = 5000
# A download from the start stores this many pages per local transaction: fewer commits,
# each writing the index pages its records touched once, for about 30 MB more memory while
# they wait (full-size pages).
PAGES_PER_STORE = 4
# Checksums are compared at most this often: comparing reads every record the user may see
# on both sides (seconds for an organizer at 50,000 ideas), while a sync with nothing new
# must stay one request and a sync of a few records must stay quick.
INTEGRITY_EVERY = dt.timedelta(minutes=30)
INTEGRITY_KEY = "integrity_checked_at"


class Cancelled(Exception):
    """The user cancelled; everything stored so far stays stored."""


@dataclass
class SyncReport:
    pushed: int = 0
    rejected: int = 0
    conflicts: int = 0
    pulled: int = 0
    clock_skew: dt.timedelta | None = None  # set when the local clock is far off
    redownloaded: bool = False
    repaired: int = 0  # contests re-pulled because their checksum differed from the server's


def now() -> dt.datetime:
    """This machine's clock; only compared with the server's to warn. Tests replace it."""
    return dt.datetime.now(dt.UTC)


def _direct(fn: Callable[[], T]) -> T:
    return fn()


def sync_once(
    store: LocalStore,
    api: ApiClient,
    *,
    run_db: Callable[[Callable[[], Any]], Any] = _direct,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    page_size: int = PAGE_SIZE,
) -> SyncReport:
    """Push everything queued, then pull until the server has nothing more.

    Each pushed batch's results are stored before the next batch is sent; each pulled page
    is stored together with its cursor. A failure at any point leaves a consistent replica
    that the next sync continues from.
    """
    report = SyncReport()
    while True:
        batch = run_db(lambda: store.outbox_batch(PUSH_BATCH))
        if not batch:
            break
        answer = api.push(batch)
        results = answer["results"]
        run_db(lambda b=batch, r=results: store.store_push_results(b, r))
        report.pushed += len(batch)
        report.rejected += sum(r["status"] == "rejected" for r in results)
        report.conflicts += sum(r["status"] == "conflict" for r in results)
        if cancelled():
            raise Cancelled()
    reader = PageReader(api, page_size)
    # An empty replica: its secondary indexes are built once at the end (see
    # desktop.replica_indexes); a download stopped half-way gets them at the next open.
    empty = run_db(lambda: store.cursor) == 0
    if empty:
        run_db(store.suspend_indexes)
    try:
        from_start = _pull_all(store, api, run_db, report, reader, progress, cancelled, page_size)
    finally:
        reader.close()
        if empty:
            run_db(store.restore_indexes)
    if from_start:
        # Everything was just read from the server: as good as a comparison, and cheaper.
        run_db(lambda: store.set_state(INTEGRITY_KEY, encode_time(now())))
    elif _integrity_due(store, run_db):
        _repair(store, api, run_db, report, page_size)
    return report


class PageReader:
    """The pages of one pull, in order, read on threads of their own.

    A page is asked for as soon as the one before it has answered with its headers (which
    name the next cursor), so the server prepares the next page while this one is still
    being read and decoded; besides the page being read, at most ``AHEAD`` pages wait for
    the caller to take them. With a server that does not name the next cursor, the next page is asked for
    when the caller takes this one. The first page is read on the caller's thread: a sync
    with one page (most of them, and every sync with nothing new) starts no thread.
    """

    AHEAD = 1

    def __init__(self, api: ApiClient, page_size: int) -> None:
        self.api = api
        self.page_size = page_size
        self.pool: ThreadPoolExecutor | None = None
        self.lock = threading.Lock()
        self.generation = 0  # a restart or close leaves reads already started unheeded
        self.queue: deque[Future] = deque()
        self.asked: set[int] = set()  # the cursors already asked after, this generation
        self.waiting: int | None = None  # the next cursor, named while ``AHEAD`` pages wait

    def start(self, after: int) -> None:
        """Read from ``after`` on (again), counting what is left on the first page."""
        with self.lock:
            self.generation += 1
            generation = self.generation
            self.queue.clear()
            self.asked = {after}
            self.waiting = None
        future: Future = Future()
        try:
            future.set_result(self._read(generation, after, count=True))
        except Exception as exc:  # raised again where the page is taken, as from a thread
            future.set_exception(exc)
        with self.lock:
            self.queue.appendleft(future)

    def take(self) -> dict[str, Any]:
        with self.lock:
            future = self.queue.popleft()
            if self.waiting is not None and len(self.queue) <= self.AHEAD:
                self._ask(self.generation, self.waiting)
        page = future.result()
        if page["more"]:
            with self.lock:
                if page["cursor"] not in self.asked:  # the server did not name it
                    self._ask(self.generation, page["cursor"])
        return page

    def close(self) -> None:
        with self.lock:
            self.generation += 1
        if self.pool is not None:
            self.pool.shutdown(wait=True)

    def _read(self, generation: int, after: int, *, count: bool) -> dict[str, Any]:
        return self.api.pull(after, self.page_size, count=count,
                             on_next=lambda next_after: self._named(generation, next_after))

    def _named(self, generation: int, after: int) -> None:
        with self.lock:
            if generation != self.generation or after in self.asked:
                return
            # The queue holds the page that named ``after`` unless it was taken already.
            if len(self.queue) <= self.AHEAD:
                self._ask(generation, after)
            else:
                self.waiting = after

    def _ask(self, generation: int, after: int) -> None:  # the lock is held
        if self.pool is None:
            # Two: one page's body is read while the next one is asked for.
            self.pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="ideabank-pull")
        self.asked.add(after)
        self.waiting = None
        self.queue.append(self.pool.submit(self._read, generation, after, count=False))


def _pull_all(
    store: LocalStore,
    api: ApiClient,
    run_db: Callable[[Callable[[], Any]], Any],
    report: SyncReport,
    reader: PageReader,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool],
    page_size: int,
) -> bool:
    """Pull every page, stored with its cursor (in a download from the start, a few pages
    per transaction: ``PAGES_PER_STORE``). The next page is already being read
    (``PageReader``) while this one is stored: server and replica work at the same time.
    A page read ahead and not stored (an error, a cancel) is simply read again next time.
    True when the replica was read from the start (a first sync or a re-download)."""
    cursor = run_db(lambda: store.cursor)
    from_start = cursor == 0
    done = 0
    total: int | None = None  # from the first page's count; later pages are not counted
    unstored: list[dict[str, Any]] = []  # changes of pages read and not stored yet
    waiting = 0  # pages in ``unstored``
    reader.start(cursor)
    while True:
        try:
            page = reader.take()
        except ResyncRequired:
            # Everything unsent was pushed above (and stays in the outbox if not): drop the
            # replica's server data and read it again from the start. No side is chosen.
            run_db(store.reset_replica)
            report.redownloaded = True
            cursor, total, from_start, unstored, waiting = 0, None, True, [], 0
            reader.start(cursor)
            continue
        if total is None:
            total = done + len(page["changes"]) + page.get("remaining", 0)
        _check_clock(page, report)
        unstored += page["changes"]
        waiting += 1
        done += len(page["changes"])
        if progress is not None:
            progress(done, max(total, done))
        # A download from the start stores several pages per transaction: each commit
        # writes every index page the records touched, and records with random ids touch
        # most of them. Otherwise each page is stored as it comes.
        if page["more"] and from_start and waiting < PAGES_PER_STORE and not cancelled():
            continue
        run_db(lambda c=unstored, k=page["cursor"]: store.apply_page(c, k))
        cursor = page["cursor"]
        report.pulled += len(unstored)
        unstored, waiting = [], 0
        if not page["more"]:
            return from_start
        if cancelled():
            raise Cancelled()


def _integrity_due(store: LocalStore, run_db: Callable[[Callable[[], Any]], Any]) -> bool:
    last = decode_time(run_db(lambda: store.get_state(INTEGRITY_KEY)))
    return last is None or abs(now() - last) >= INTEGRITY_EVERY


def _repair(
    store: LocalStore,
    api: ApiClient,
    run_db: Callable[[Callable[[], Any]], Any],
    report: SyncReport,
    page_size: int,
) -> None:
    """Compare per-contest checksums with the server; re-pull each contest that differs.

    The re-pull reads that contest from the start without touching the main cursor, so
    nothing the main feed still has to deliver is skipped. No side is chosen: the server's
    copy replaces the local one, and unsent or refused local work is kept.
    """
    if run_db(store.pending_count):
        return  # edits made during this sync: their records cannot match yet
    try:
        remote = api.integrity()
    except ServerRefused as exc:  # a server without the endpoint: nothing to compare
        log.info("integrity check unavailable: %s", exc.message)
        return
    local = run_db(lambda: local_checksums(store))
    run_db(lambda: store.set_state(INTEGRITY_KEY, encode_time(now())))
    for contest_id in differing(local, remote):
        log.warning("contest %s differs from the server (local %s, server %s); re-pulling it",
                    contest_id, local.get(contest_id), remote.get(contest_id))
        run_db(lambda c=contest_id: drop_contest(store, c))
        after = 0
        while True:
            page = api.pull(after, page_size, contest=contest_id)
            run_db(lambda p=page: store.apply_page(p["changes"], None))
            after = page["cursor"]
            if not page["more"]:
                break
        report.repaired += 1


def _check_clock(page: dict[str, Any], report: SyncReport) -> None:
    server_time = decode_time(page.get("server_time"))
    if server_time is None:
        return
    skew = now() - server_time
    if abs(skew) > CLOCK_WARNING:
        report.clock_skew = skew
