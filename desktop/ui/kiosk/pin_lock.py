"""Throttling wrong kiosk PINs, kept across restarts of the program.

Pure logic with an injectable clock. After ``FREE_ATTEMPTS`` wrong PINs the pad locks for
30 s; each further wrong PIN doubles the wait, up to 15 minutes. A correct PIN clears it.
The state lives in a small JSON file in the profile folder (a count and a time, no secret),
so pulling the plug does not reset it. Wall-clock time, since it must survive a restart.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path

from desktop.kiosk_settings import read_json, write_json

LOCK_FILE = "kiosk_pin_lock.json"
FREE_ATTEMPTS = 3
FIRST_WAIT = 30.0
MAX_WAIT = 15 * 60.0

Clock = Callable[[], float]


def wait_after(failures: int) -> float:
    """Seconds to wait after ``failures`` wrong PINs in a row: 0, 0, 0, 30, 60, 120, … 900."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(FIRST_WAIT * 2 ** min(failures - FREE_ATTEMPTS, 16), MAX_WAIT)


class PinLock:
    def __init__(self, path: Path | None = None, clock: Clock = time.time) -> None:
        self.path = path
        self.clock = clock
        data = read_json(path) if path is not None else {}
        failures, until = data.get("failures", 0), data.get("locked_until", 0.0)
        self.failures = failures if isinstance(failures, int) and failures >= 0 else 0
        self.locked_until = float(until) if isinstance(until, int | float) else 0.0

    def seconds_left(self) -> int:
        """Whole seconds until a PIN may be tried again (0: now)."""
        now = self.clock()
        # A clock set back (or a doctored file) must not lock the kiosk for longer than
        # the longest wait there is.
        self.locked_until = min(self.locked_until, now + MAX_WAIT)
        return max(0, math.ceil(self.locked_until - now))

    def locked(self) -> bool:
        return self.seconds_left() > 0

    def record_failure(self) -> None:
        self.failures += 1
        wait = wait_after(self.failures)
        if wait:
            self.locked_until = self.clock() + wait
        self._save()

    def record_success(self) -> None:
        self.failures = 0
        self.locked_until = 0.0
        self._save()

    def _save(self) -> None:
        if self.path is not None:
            write_json(self.path, {"failures": self.failures, "locked_until": self.locked_until})
