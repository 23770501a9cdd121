"""The Qt binding keeps Python's reference counts: a client open all day calls Qt setters
millions of times, and each lost reference to None or a bool brings the process closer to
an abort ("none_dealloc" / "bool_dealloc")."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QPushButton


def test_calls_returning_nothing_keep_the_reference_count_of_none(qapp) -> None:  # noqa: ANN001
    holder = QObject()
    button = QPushButton()
    before = sys.getrefcount(None)
    for n in range(1000):
        holder.setObjectName("x")  # returns nothing
        button.setEnabled(n % 2 == 0)
        QCoreApplication.processEvents()
    # 3,000 calls; a binding that drops one reference per call would show −3,000 here.
    assert abs(sys.getrefcount(None) - before) < 50
