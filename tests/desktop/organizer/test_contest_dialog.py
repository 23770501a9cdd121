"""Creating a contest: the dialog, its checks, the outbox, and the sync that empties it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime

from desktop.ui.organizer.contest_dialog import ContestDialog
from desktop.ui.organizer.zones import WALL_CLOCK
from shared.evaluation import Importance
from tests.desktop.conftest import save_screenshot
from tests.desktop.organizer.helpers import call, english_locale, open_workspace, outbox_kinds, settle

TITLE = "Məktəblər üçün rəqəmsal həllər"


def wall(year: int, month: int, day: int, hour: int, minute: int = 0) -> QDateTime:
    return QDateTime(QDate(year, month, day), QTime(hour, minute), WALL_CLOCK)


def fill(dialog: ContestDialog) -> None:
    dialog.title.setText(TITLE)
    dialog.description.setPlainText("Nazirlik məktəblərdə rəqəmsal xidmətlər üçün ideyalar toplayır.")
    dialog.requirements.setPlainText("Bir il ərzində həyata keçirilə bilər\n\n"
                                     "Fərdi məlumatları ehtiva etmir\n")
    dialog.starts.setDateTime(wall(2030, 3, 1, 9))
    dialog.ends.setDateTime(wall(2030, 3, 31, 18))
    dialog.zone.setCurrentText("Asia/Baku")
    dialog.internal.setChecked(True)
    dialog.stage_title.setText("Ekspert qiymətləndirməsi")


def test_new_contest_is_listed_queued_and_sent(make_session, qtbot, monkeypatch):  # noqa: ANN001
    session = make_session("leyla")
    workspace = open_workspace(qtbot, session)
    token = session.api.token
    # Without a token the sync that every edit starts stops at once, so the queue stays
    # put long enough to be inspected; the real sync below sends it.
    monkeypatch.setattr(session.api, "token", None)
    qtbot.mouseClick(workspace.contests.new_button, Qt.MouseButton.LeftButton)
    dialog = workspace.contest_dialog
    assert dialog is not None and dialog.isVisible()
    assert [r.name.text() for r in dialog.criteria.rows] == ["Aktuallıq", "Kreativlik", "Səmərəlilik"]
    assert [r.weight.value() for r in dialog.criteria.rows] == [2.0, 1.0, 3.0]
    fill(dialog)
    dialog.criteria.rows[1].weight.setValue(1.5)  # a weight may differ from the default
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert dialog.result() == ContestDialog.DialogCode.Accepted

    qtbot.waitUntil(lambda: workspace.contests.current_id() == dialog.contest_id, timeout=5000)
    contest = workspace.contests.current_contest()
    assert contest["title"] == TITLE and contest["ideas"] == 0
    assert contest["visibility"] == "internal" and contest["timezone"] == "Asia/Baku"
    # Baku is UTC+4 all year: 09:00 and 18:00 local are 05:00 and 14:00 UTC.
    assert contest["starts_at"] == dt.datetime(2030, 3, 1, 5, 0, tzinfo=dt.UTC)
    assert contest["ends_at"] == dt.datetime(2030, 3, 31, 14, 0, tzinfo=dt.UTC)
    assert contest["requirements"] == ["Bir il ərzində həyata keçirilə bilər",
                                       "Fərdi məlumatları ehtiva etmir"]
    assert workspace.title.text() == TITLE
    # The deadline is shown as Baku wall-clock time again, not as 14:00 UTC.
    deadline = QLocale().toString(wall(2030, 3, 31, 18), QLocale.FormatType.ShortFormat)
    assert workspace.contests.model.details(contest) == (
        f"Internal · 0 idea(s)\nDeadline: {deadline} (Asia/Baku)")

    batch = call(qtbot, session, lambda store: store.outbox_batch())
    assert [m["kind"] for m in batch] == ["contest", "stage", "criterion", "criterion", "criterion"]
    criteria = [m["fields"] for m in batch if m["kind"] == "criterion"]
    assert [(c["name"], c["importance"], c["weight"]) for c in criteria] == [
        ("Aktuallıq", "medium", 2.0), ("Kreativlik", "low", 1.5), ("Səmərəlilik", "high", 3.0)]

    monkeypatch.setattr(session.api, "token", token)
    with qtbot.waitSignal(session.sync_finished, timeout=10000):
        session.sync_now()
    assert outbox_kinds(qtbot, session) == []
    assert call(qtbot, session, lambda store: store.rejections()) == []
    settle(qtbot, session)


def test_end_before_start_keeps_the_dialog_and_what_was_typed(make_session, qtbot):  # noqa: ANN001
    session = make_session("leyla")
    dialog = ContestDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog)
    dialog.ends.setDateTime(wall(2030, 2, 20, 18))
    dialog.criteria.rows[0].name.setText("Aktuallıq və ehtiyac")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.text() == "The contest must end after it starts."
    assert dialog.title.text() == TITLE
    assert dialog.description.toPlainText().startswith("Nazirlik məktəblərdə")
    assert dialog.requirements.toPlainText().startswith("Bir il ərzində")
    assert dialog.starts.dateTime() == wall(2030, 3, 1, 9)
    assert dialog.ends.dateTime() == wall(2030, 2, 20, 18)
    assert dialog.internal.isChecked()
    assert [r.name.text() for r in dialog.criteria.rows] == [
        "Aktuallıq və ehtiyac", "Kreativlik", "Səmərəlilik"]
    assert outbox_kinds(qtbot, session) == []  # nothing was saved


def test_every_problem_is_named(make_session, qtbot):  # noqa: ANN001
    session = make_session("leyla")
    dialog = ContestDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.zone.setCurrentText("Asia/Bakı")
    dialog.criteria.rows[2].name.clear()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text().splitlines() == [
        "Enter a title for the contest.",
        "“Asia/Bakı” is not a known time zone. Choose one from the list or type a name such "
        "as Asia/Baku.",
        "Criterion 3 has no name.",
    ]
    for row in list(dialog.criteria.rows):
        qtbot.mouseClick(row.remove, Qt.MouseButton.LeftButton)
    dialog.title.setText(TITLE)
    dialog.zone.setCurrentText("Europe/Paris")  # any valid IANA name may be typed
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Add at least one criterion."
    assert dialog.isVisible()

    row = dialog.criteria.add_row("Kreativlik", Importance.LOW)
    assert row.weight.value() == 1.0
    row.importance.setCurrentIndex(row.importance.findData("high"))
    assert row.weight.value() == 3.0  # choosing an importance brings its default weight


def test_new_contest_dialog_screenshot(make_session, qtbot):  # noqa: ANN001
    session = make_session("leyla")
    with english_locale():
        dialog = ContestDialog(session)
        qtbot.addWidget(dialog)
        fill(dialog)
        dialog.public.setChecked(True)
        dialog.requirements.setPlainText("Bir il ərzində həyata keçirilə bilər\n"
                                         "Fərdi məlumatları ehtiva etmir")
        dialog.criteria.rows[0].name.setFocus()
        dialog.criteria.add_row("Əhatə dairəsi", Importance.MEDIUM)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.layout().activate()
        dialog.resize(720, dialog.sizeHint().height())
        qtbot.wait(100)  # let the text boxes lay out their text at the final width
        path = save_screenshot(dialog, "organizer_new_contest")
    assert path.stat().st_size > 10_000
