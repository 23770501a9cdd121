"""Settings: interface language, high-contrast theme, font size. Stored by desktop.settings.

Theme and font size apply at once, to every open window; the language applies from the
next start (the dialog says so), because every screen builds its texts once.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop import appearance, i18n, settings

# Each language is named in itself, so a person who cannot read the current one finds theirs.
LANGUAGE_NAMES = {"az": "Azərbaycanca", "en": "English", "ru": "Русский"}


class SettingsDialog(QDialog):
    def __init__(self, current_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.current_language = current_language
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Interface language"))
        for code in i18n.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        chosen = settings.get("language") or current_language
        self.language.setCurrentIndex(max(self.language.findData(chosen), 0))
        self.language_note = QLabel(self.tr("A new language is used from the next start of "
                                            "Idea Bank."))
        self.language_note.setWordWrap(True)
        self.high_contrast = QCheckBox(self.tr("&High contrast (white on black)"))
        self.high_contrast.setAccessibleName(self.tr("High-contrast theme"))
        self.high_contrast.setChecked(settings.get("high_contrast"))
        self.font_scale = QComboBox()
        self.font_scale.setAccessibleName(self.tr("Text size"))
        for scale in settings.OPTIONS["font_scale"].choices:
            self.font_scale.addItem(self.tr("%1%").replace("%1", str(scale)), scale)
        self.font_scale.setCurrentIndex(self.font_scale.findData(settings.get("font_scale")))
        self.applies_note = QLabel(self.tr("Theme and text size change at once."))
        self.applies_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("&Theme"), self.high_contrast)
        form.addRow(self.tr("Text &size"), self.font_scale)
        form.addRow("", self.applies_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.language.currentIndexChanged.connect(self._language_changed)
        self._language_changed()

    def _language_changed(self) -> None:
        changed = self.language.currentData() != self.current_language
        self.language_note.setText(
            self.tr("%1 is used from the next start of Idea Bank.")
            .replace("%1", self.language.currentText()) if changed else
            self.tr("A new language is used from the next start of Idea Bank."))

    def save(self) -> None:
        settings.put("language", self.language.currentData())
        settings.put("high_contrast", self.high_contrast.isChecked())
        settings.put("font_scale", self.font_scale.currentData())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            appearance.apply_saved(app)
        self.accept()
