"""What staff may do once the PIN is accepted: leave kiosk mode, or change its settings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QSpinBox, QWidget

from desktop.kiosk_settings import IDLE_MAX, IDLE_MIN, normalize_server_url
from desktop.ui.kiosk.common import button, label
from desktop.ui.kiosk.staff_entry import Overlay


class StaffMenu(Overlay):
    leave_requested = Signal()
    settings_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, card_width=640)
        self.heading = label("subheading", centre=True)
        self.status = label("muted", centre=True)
        self.status.hide()
        self.leave_button = button("primary")
        self.settings_button = button()
        self.back_button = button()
        self.leave_button.clicked.connect(self.leave_requested)
        self.settings_button.clicked.connect(self.settings_requested)
        self.back_button.clicked.connect(self._back)
        self.card_layout.addWidget(self.heading)
        self.card_layout.addWidget(self.status)
        for widget in (self.leave_button, self.settings_button, self.back_button):
            self.card_layout.addWidget(widget)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Staff menu"))
        self.leave_button.setText(self.tr("Leave kiosk mode"))
        self.settings_button.setText(self.tr("Settings"))
        self.back_button.setText(self.tr("Back to the kiosk"))
        self.status.setText(self.tr("The settings were saved."))

    def open_menu(self, *, saved: bool = False) -> None:
        self.status.setVisible(saved)
        self.show_over()

    def _back(self) -> None:
        self.hide()
        self.closed.emit()


class SettingsPanel(Overlay):
    """Server address and idle timeout; ``saved(server, idle_seconds)`` once both are valid."""

    saved = Signal(str, int)
    closed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, card_width=900)
        self.heading = label("subheading")
        self.server_label = label("fieldLabel")
        self.server = QLineEdit()
        self.server.setMaxLength(500)
        self.server_label.setBuddy(self.server)
        self.server_error = label("error")
        self.server_error.hide()
        self.failure = label("error")
        self.failure.hide()
        self.idle_label = label("fieldLabel")
        self.idle = QSpinBox()
        self.idle.setRange(IDLE_MIN, IDLE_MAX)
        self.idle.setSingleStep(30)
        self.idle_label.setBuddy(self.idle)
        self.idle_help = label("muted")
        self.save_button = button("primary")
        self.cancel_button = button()
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self._cancel)
        self.server.returnPressed.connect(self.save)
        for widget in (self.heading, self.server_label, self.server, self.server_error,
                       self.idle_label, self.idle, self.idle_help):
            self.card_layout.addWidget(widget)
        self.card_layout.addSpacing(8)
        self.card_layout.addWidget(self.failure)
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        buttons.addWidget(self.cancel_button, 1)
        buttons.addWidget(self.save_button, 1)
        self.card_layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Kiosk settings"))
        self.server_label.setText(self.tr("Server address"))
        self.server.setAccessibleName(self.tr("Server address"))
        self.server.setPlaceholderText("https://ideas.example.az")
        self.idle_label.setText(self.tr("Idle timeout in seconds"))
        self.idle.setAccessibleName(self.tr("Idle timeout in seconds"))
        self.idle_help.setText(self.tr("After this long without a touch, the kiosk clears the "
                                       "screen for the next visitor (%1 to %2 seconds).")
                               .replace("%1", str(IDLE_MIN)).replace("%2", str(IDLE_MAX)))
        if self.server_error.isVisible():
            self.server_error.setText(self._server_message())
        self.failure.setText(self.tr("The settings could not be saved on this computer. "
                                     "Please try again or call technical support."))
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))

    def _server_message(self) -> str:
        return self.tr("Enter a web address that starts with http:// or https://, for "
                       "example https://ideas.example.az.")

    def open_with(self, server: str, idle_seconds: int) -> None:
        self.server.setText(server)
        self.idle.setValue(max(IDLE_MIN, min(IDLE_MAX, int(idle_seconds))))
        self._show_server_error(False)
        self.failure.hide()
        self.show_over()
        self.server.setFocus()

    def show_failure(self) -> None:
        self.failure.show()

    def _show_server_error(self, shown: bool) -> None:
        self.server_error.setVisible(shown)
        self.server_error.setText(self._server_message() if shown else "")
        self.server.setProperty("invalid", shown)
        self.server.style().unpolish(self.server)
        self.server.style().polish(self.server)

    def save(self) -> None:
        self.idle.interpretText()  # a value typed but not yet committed by the spin box
        url = normalize_server_url(self.server.text())
        if url is None:
            self._show_server_error(True)
            self.server.setFocus()
            return
        self._show_server_error(False)
        self.hide()
        self.saved.emit(url, self.idle.value())

    def _cancel(self) -> None:
        self.hide()
        self.closed.emit()
