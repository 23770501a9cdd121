"""What the screenshot tests of this folder share: the desktop window size, ``shoot`` and
the signed-in main windows (the ``language`` fixture is in conftest.py)."""

from __future__ import annotations

import pytest

from desktop.session import Session
from tests.desktop.conftest import save_screenshot
from tests.desktop.organizer.helpers import SAMPLE_CONTEST
from tests.desktop.visible_texts import untranslated

DESKTOP = (1280, 800)

AZ_ONLY = pytest.mark.parametrize("language", ["az"], indirect=True)


def shoot(qtbot, widget, name: str, size: tuple[int, int]) -> None:  # noqa: ANN001
    """``name`` starts with the language: its texts are checked against that catalogue."""
    widget.resize(*size)
    qtbot.wait(150)  # let wrapped labels lay out at the final size
    assert widget.size().toTuple() == size
    assert untranslated(widget, name.split("_")[0]) == []
    assert save_screenshot(widget, name).stat().st_size > 10_000


def main_window(qtbot, session: Session, monkeypatch):  # noqa: ANN001, ANN201
    from desktop.ui.main_window import MainWindow

    monkeypatch.setattr(session, "close", lambda: None)  # the make_session fixture closes it
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(*DESKTOP)
    window.show()
    return window


def organizer_window(qtbot, session: Session, monkeypatch):  # noqa: ANN001, ANN201
    """Leyla's window with the sample contest selected and its twelve ideas listed."""
    window = main_window(qtbot, session, monkeypatch)
    workspace = window.workspace
    qtbot.waitUntil(lambda: workspace.contests.model.rowCount() > 0, timeout=5000)
    sample = next(c for c in workspace.contests.model.contests if c["title"] == SAMPLE_CONTEST)
    workspace.contests.select_contest(sample["id"])
    qtbot.waitUntil(lambda: workspace.ideas.model.rowCount() == 12, timeout=5000)
    return window

