"""Throttling wrong kiosk PINs: pure logic with a fake clock, persisted in a small file."""

from __future__ import annotations

import json

from desktop.kiosk_settings import normalize_server_url
from desktop.ui.kiosk.pin_lock import LOCK_FILE, PinLock, wait_after
from tests.desktop.kiosk.conftest import FakeClock


def test_waits_start_after_three_wrong_pins_and_double_up_to_15_minutes():
    assert [wait_after(n) for n in range(1, 11)] == [0, 0, 30, 60, 120, 240, 480, 900, 900, 900]
    assert wait_after(10_000) == 900  # no overflow however long someone keeps trying


def test_lock_counts_down_resets_on_success_and_survives_a_restart(tmp_path):  # noqa: ANN001
    clock = FakeClock(1_800_000_000.0)
    path = tmp_path / LOCK_FILE
    lock = PinLock(path, clock)
    for _ in range(2):
        lock.record_failure()
    assert not lock.locked()
    lock.record_failure()
    assert lock.seconds_left() == 30
    clock.advance(12.5)
    assert lock.seconds_left() == 18  # 17.5 rounded up: never "0 seconds" while still locked
    # A restart reads the same state; the file holds a count and a time, nothing secret.
    assert json.loads(path.read_text()) == {"failures": 3, "locked_until": 1_800_000_030.0}
    again = PinLock(path, clock)
    assert again.failures == 3 and again.seconds_left() == 18
    clock.advance(18)
    assert not again.locked()
    again.record_failure()  # the 4th wrong PIN: 60 s
    assert again.seconds_left() == 60
    clock.advance(60)
    again.record_success()
    assert (again.failures, again.locked()) == (0, False)
    assert json.loads(path.read_text()) == {"failures": 0, "locked_until": 0.0}


def test_a_clock_set_back_cannot_lock_longer_than_the_longest_wait(tmp_path):  # noqa: ANN001
    clock = FakeClock(1_800_000_000.0)
    lock = PinLock(tmp_path / LOCK_FILE, clock)
    for _ in range(3):
        lock.record_failure()
    clock.advance(-86_400)  # someone set the clock back a day
    assert lock.seconds_left() == 900


def test_a_damaged_lock_file_means_no_lock(tmp_path):  # noqa: ANN001
    (tmp_path / LOCK_FILE).write_text("{not json", encoding="utf-8")
    lock = PinLock(tmp_path / LOCK_FILE, FakeClock(0))
    assert (lock.failures, lock.locked()) == (0, False)


def test_server_addresses():
    assert normalize_server_url(" https://ideas.example.az/ ") == "https://ideas.example.az"
    assert normalize_server_url("http://10.0.0.5:8765") == "http://10.0.0.5:8765"
    for bad in ("", "ideas.example.az", "ftp://ideas.example.az", "http://", "http://a b",
                "http://host:99999", "https://x.az/?a=1", "https://user:pw@x.az", "http://x:0"):
        assert normalize_server_url(bad) is None, bad
