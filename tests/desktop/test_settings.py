"""Settings: the registry in QSettings, the dialog, and the workspaces at 150% in high contrast."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from desktop import appearance, settings
from tests.desktop.conftest import save_screenshot
from tests.desktop.screenshots.helpers import main_window, organizer_window
from tests.desktop.test_translations import installed_language

DESKTOP = (1280, 800)


@pytest.fixture()
def app_look(qapp) -> Iterator[float]:  # noqa: ANN001
    """The application's normal font size; font and theme are put back afterwards."""
    base = qapp.font().pointSizeF()
    yield base
    appearance.apply(qapp, font_scale=100, high_contrast=False)
    assert qapp.font().pointSizeF() == base


def test_registry_keeps_only_valid_values(tmp_path) -> None:  # noqa: ANN001
    assert (settings.get("language"), settings.get("high_contrast"),
            settings.get("font_scale")) == ("", False, 100)
    settings.put("font_scale", 150)
    settings.put("high_contrast", True)
    settings.put("language", "ru")
    assert (settings.get("language"), settings.get("high_contrast"),
            settings.get("font_scale")) == ("ru", True, 150)
    text = (tmp_path / "settings.ini").read_text()
    assert "font_scale=150" in text and "language=ru" in text
    for name, bad in (("font_scale", 175), ("language", "de"), ("high_contrast", "yes")):
        with pytest.raises(ValueError):
            settings.put(name, bad)
    # Edited by hand into nonsense: the default comes back, nothing crashes.
    raw = settings.store()
    raw.setValue("ui/font_scale", "huge")
    raw.setValue("ui/language", "klingon")
    raw.sync()
    assert settings.get("font_scale") == 100 and settings.get("language") == ""


def test_dialog_applies_theme_and_size_at_once_and_language_at_next_start(
        make_session, qtbot, monkeypatch, app_look) -> None:  # noqa: ANN001
    window = main_window(qtbot, make_session("leyla"), monkeypatch)
    # Reached from the File menu and by Ctrl+, (the shortcut common to settings dialogs).
    action = next(a for a in window.menuBar().actions()[0].menu().actions()
                  if a.shortcut() == QKeySequence("Ctrl+,"))
    action.trigger()
    dialog = window.settings_dialog
    qtbot.waitExposed(dialog)
    assert dialog.language.currentData() == "az" or dialog.language.currentData() == "en"
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    assert dialog.language_note.text() == "Русский is used from the next start of Idea Bank."
    dialog.high_contrast.setChecked(True)
    dialog.font_scale.setCurrentIndex(dialog.font_scale.findData(150))
    assert dialog.font_scale.currentText() == "150%"
    save_screenshot(dialog, "settings_en")
    dialog.save()
    app = QApplication.instance()
    # 150% of the platform size, and the high-contrast sheet's yellow focus frame.
    assert app.font().pointSizeF() == pytest.approx(app_look * 1.5)
    assert "#ffff00" in app.styleSheet()
    assert (settings.get("language"), settings.get("high_contrast"),
            settings.get("font_scale")) == ("ru", True, 150)


def test_workspaces_hold_at_150_percent_in_high_contrast(make_session, qtbot, monkeypatch,  # noqa: ANN001
                                                         app_look) -> None:
    app = QApplication.instance()
    with installed_language("az"):
        appearance.apply(app, font_scale=150, high_contrast=True)
        window = organizer_window(qtbot, make_session("leyla"), monkeypatch)
        window.workspace.ideas.table.selectRow(0)
        window.workspace.ideas.search.setFocus()
        qtbot.wait(150)
        save_screenshot(window, "az_organizer_150_high_contrast")
        ideas = window.workspace.ideas
        # The window keeps its size; each filter shows its whole "any …" text; the idea's
        # text keeps a readable width beside the table.
        assert window.size().toTuple() == DESKTOP
        for combo in (ideas.status_filter, ideas.stage_filter, ideas.channel_filter):
            assert combo.width() > combo.fontMetrics().horizontalAdvance(combo.itemText(0))
        assert ideas.detail_body.width() >= 24 * ideas.fontMetrics().averageCharWidth() - 10

        evaluator = main_window(qtbot, make_session("rashad"), monkeypatch)
        form = evaluator.workspace.form
        qtbot.waitUntil(lambda: form.item is not None and len(form.rows) == 3, timeout=10000)
        form.rows[0].spin.setFocus()
        qtbot.wait(150)
        save_screenshot(evaluator, "az_evaluator_150_high_contrast")

        from desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog("az", evaluator)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.windowTitle() == "Parametrlər"
        assert dialog.language_note.text() == "Yeni dil İdeya Bankının növbəti açılışından istifadə olunur."
        dialog.resize(dialog.sizeHint())
        save_screenshot(dialog, "az_settings_150_high_contrast")


def test_high_contrast_reaches_widget_tints_and_gives_them_back(qtbot, app_look) -> None:  # noqa: ANN001
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QLabel, QStyledItemDelegate, QTreeView

    app = QApplication.instance()
    hint = QLabel("hint")
    hint.setStyleSheet("color: #607d8b; font-style: italic")
    qtbot.addWidget(hint)
    view = QTreeView()
    model = QStandardItemModel()
    model.appendRow(QStandardItem("row"))
    view.setModel(model)
    qtbot.addWidget(view)
    appearance.apply(app, font_scale=125, high_contrast=True)
    assert hint.styleSheet() == "color: #ffffff; font-style: italic"
    assert type(view.itemDelegate()).__name__ == "_WhiteText"
    # A widget created, or restyled, while the theme is on is rewritten too.
    later = QLabel("later")
    qtbot.addWidget(later)
    later.setStyleSheet("background: white; border: 1px solid #e57373")
    assert later.styleSheet() == "background: #000000; border: 1px solid #ffffff"
    appearance.apply(app, font_scale=100, high_contrast=False)
    assert hint.styleSheet() == "color: #607d8b; font-style: italic"
    assert later.styleSheet() == "background: white; border: 1px solid #e57373"
    assert type(view.itemDelegate()) is QStyledItemDelegate
    assert app.styleSheet() == ""
