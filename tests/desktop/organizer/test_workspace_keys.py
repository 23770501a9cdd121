"""The organizer workspace in the main window, driven from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.main_window import MainWindow
from desktop.ui.organizer.workspace import OrganizerWorkspace
from tests.desktop.organizer.helpers import SAMPLE_CONTEST


def test_keyboard_new_contest_and_tabs(make_session, qtbot):  # noqa: ANN001
    session = make_session("leyla")
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    workspace = window.workspace
    assert isinstance(workspace, OrganizerWorkspace)
    qtbot.waitUntil(lambda: workspace.title.text() == SAMPLE_CONTEST, timeout=5000)
    # Shortcuts reach only the active window; windows of earlier tests may still hold it.
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    workspace.ideas.table.setFocus()

    qtbot.keyClick(workspace.ideas.table, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert workspace.tabs.currentWidget() is workspace.ranking
    qtbot.keyClick(workspace.ranking.table, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert workspace.tabs.currentWidget() is workspace.statistics
    qtbot.waitUntil(lambda: workspace.statistics.stats is not None, timeout=5000)
    assert workspace.statistics.stats.total_ideas == 12  # the sample contest's twelve ideas
    qtbot.keyClick(workspace.statistics.scope, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert workspace.tabs.currentWidget() is workspace.ideas

    qtbot.keyClick(workspace.ideas.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert workspace.ideas.search.hasFocus()

    qtbot.keyClick(workspace.ideas.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: workspace.contest_dialog is not None
                    and workspace.contest_dialog.isVisible(), timeout=5000)
    dialog = workspace.contest_dialog
    assert dialog.isModal() or dialog.windowModality() != Qt.WindowModality.NonModal
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
