"""The contest's categories as big touch buttons: one must be chosen, none is preselected."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QPushButton, QVBoxLayout, QWidget

from desktop.ui.kiosk.common import button, label

COLUMNS = 2  # two buttons a row fit long Azerbaijani words even on a portrait screen


class CategoryChoice(QWidget):
    """Hidden while the contest has no categories. ``chosen()`` is "" until a tap."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label("fieldLabel")
        self.error = label("error")
        self.error.hide()
        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        for column in range(COLUMNS):
            self.grid.setColumnStretch(column, 1)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.buttonClicked.connect(lambda _button: self.changed.emit())
        self.buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addLayout(self.grid)
        layout.addWidget(self.error)
        self.hide()

    def set_categories(self, categories: list[str]) -> None:
        """New buttons, none checked: a fresh visitor has chosen nothing yet."""
        for old in self.buttons:
            self.group.removeButton(old)
            self.grid.removeWidget(old)
            old.deleteLater()
        self.buttons = []
        for index, name in enumerate(categories):
            choice = button("category")
            choice.setCheckable(True)
            # The organization's own words, not translated; "&&" shows an ampersand as typed.
            choice.setText(name.replace("&", "&&"))
            choice.setProperty("category", name)
            self.group.addButton(choice)
            self.grid.addWidget(choice, index // COLUMNS, index % COLUMNS)
            self.buttons.append(choice)
        self.set_error("")
        self.setVisible(bool(categories))

    def needed(self) -> bool:
        return bool(self.buttons)

    def chosen(self) -> str:
        checked = self.group.checkedButton()
        return str(checked.property("category")) if checked is not None else ""

    def set_label(self, text: str) -> None:
        self.title.setText(text)
        for choice in self.buttons:
            choice.setAccessibleDescription(text)

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        for choice in self.buttons:  # red like the other fields the summary points at
            choice.setProperty("invalid", bool(message))
            choice.style().unpolish(choice)
            choice.style().polish(choice)

    def focus_first(self) -> None:
        if self.buttons:
            self.buttons[0].setFocus()

    def wipe(self) -> None:
        self.set_categories([])
