"""PageReader: the next page is asked for while this one is read, in order, never too far ahead."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from desktop.api_client import Offline
from desktop.sync_engine import PageReader

PAGES = 6  # pages of the fake feed; page n has cursor n + 1


class FakeApi:
    """A feed of ``PAGES`` one-change pages. ``names_next``: the answer's headers name the
    next cursor (``on_next``) before the body is "read"."""

    def __init__(self, *, names_next: bool, read_seconds: float = 0.0) -> None:
        self.names_next = names_next
        self.read_seconds = read_seconds
        self.lock = threading.Lock()
        self.asked: list[int] = []
        self.asked_event = {n: threading.Event() for n in range(PAGES + 1)}
        self.fail_after: int | None = None

    def pull(self, after: int, limit: int, *, count: bool = True, on_next=None) -> dict[str, Any]:  # noqa: ANN001
        with self.lock:
            self.asked.append(after)
        self.asked_event[after].set()
        if self.fail_after == after:
            raise Offline("connection dropped", "offline")
        more = after + 1 < PAGES
        if more and self.names_next and on_next is not None:
            on_next(after + 1)
        time.sleep(self.read_seconds)  # the body being read and decoded
        return {"changes": [{"kind": "idea", "id": str(after)}], "cursor": after + 1,
                "more": more}


def _read_all(reader: PageReader) -> list[int]:
    cursors = []
    reader.start(0)
    while True:
        page = reader.take()
        cursors.append(page["cursor"])
        if not page["more"]:
            return cursors


def test_the_next_page_is_asked_for_before_this_one_is_read():
    api = FakeApi(names_next=True)
    waited: list[bool] = []
    pull = api.pull

    def pull_waiting_for_the_next_request(after: int, limit: int, **kw: Any) -> dict:
        page = pull(after, limit, **kw)
        if page["more"]:
            # Without pipelining the next request would only start after this returns.
            waited.append(api.asked_event[after + 1].wait(timeout=5))
        return page

    api.pull = pull_waiting_for_the_next_request
    reader = PageReader(api, 1)
    try:
        assert _read_all(reader) == [1, 2, 3, 4, 5, 6]
    finally:
        reader.close()
    assert waited == [True] * (PAGES - 1)
    assert api.asked == [0, 1, 2, 3, 4, 5]  # each page once, in order


def test_a_server_that_does_not_name_the_next_page_is_read_page_by_page():
    api = FakeApi(names_next=False)
    reader = PageReader(api, 1)
    try:
        assert _read_all(reader) == [1, 2, 3, 4, 5, 6]
    finally:
        reader.close()
    assert api.asked == [0, 1, 2, 3, 4, 5]


def test_a_slow_caller_has_at_most_two_pages_read_or_being_read_ahead():
    api = FakeApi(names_next=True)
    reader = PageReader(api, 1)
    try:
        reader.start(0)
        assert reader.take()["cursor"] == 1
        time.sleep(0.3)  # the caller stores page 0 slowly; the reader must not run off
        # Pages 1 and 2 are read and wait; page 3 is named by page 2 and not asked for.
        assert api.asked == [0, 1, 2]
        assert reader.take()["cursor"] == 2  # one page taken: one more is asked for
        time.sleep(0.3)
        assert api.asked == [0, 1, 2, 3]
        assert [reader.take()["cursor"] for _ in range(4)] == [3, 4, 5, 6]
        assert api.asked == [0, 1, 2, 3, 4, 5]
    finally:
        reader.close()


def test_a_failed_read_is_raised_where_that_page_is_taken():
    api = FakeApi(names_next=True)
    api.fail_after = 3
    reader = PageReader(api, 1)
    try:
        reader.start(0)
        assert [reader.take()["cursor"] for _ in range(3)] == [1, 2, 3]
        with pytest.raises(Offline):
            reader.take()
    finally:
        reader.close()


def test_starting_again_forgets_the_pages_read_ahead():
    api = FakeApi(names_next=True, read_seconds=0.05)
    reader = PageReader(api, 1)
    try:
        reader.start(0)
        assert reader.take()["cursor"] == 1
        reader.start(0)  # as after a resync: everything again from the start
        assert _read_all(reader) == [1, 2, 3, 4, 5, 6]
    finally:
        reader.close()
