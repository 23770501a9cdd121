"""After Send: thanks, the tracking code large and as a QR code, and Done."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.session import Session
from desktop.ui.kiosk.common import button, button_bar, label, scrolling_column
from desktop.ui.kiosk.qr_widget import QrWidget


class ConfirmationPage(QWidget):
    done = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.code = ""
        self.scroll, column = scrolling_column(self)
        self.heading = label("heading", centre=True)
        self.code_intro = label(centre=True)
        self.code_label = label("trackingCode", centre=True)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.qr = QrWidget()
        self.write_down = label("subheading", centre=True)
        self.offline = label("muted", centre=True)
        column.addStretch(1)  # with the one below: centred on a tall portrait screen
        for widget in (self.heading, self.code_intro, self.code_label):
            column.addWidget(widget)
        column.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.write_down)
        column.addWidget(self.offline)
        column.addStretch(1)
        self.done_button = button("primary")
        self.done_button.setMinimumWidth(360)
        self.done_button.clicked.connect(self.done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(button_bar(None, self.done_button, None))
        session.data_changed.connect(self._show_online_state)  # emitted after every sync
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Thank you! Your idea was received."))
        self.code_intro.setText(self.tr("Your tracking code:"))
        self.write_down.setText(self.tr("Write down this code to follow your idea."))
        self.offline.setText(self.tr("It will be sent as soon as the kiosk is online."))
        self.done_button.setText(self.tr("Done"))
        self.qr.setAccessibleName(self.tr("QR code of your tracking code"))

    def show_code(self, code: str) -> None:
        self.code = code
        self.code_label.setText(code)
        self.code_label.setAccessibleName(" ".join(code))  # read out one character at a time
        self.qr.set_text(code)
        self.scroll.verticalScrollBar().setValue(0)
        self._show_online_state()

    def wipe(self) -> None:
        self.code = ""
        self.code_label.clear()
        self.code_label.setAccessibleName("")
        self.qr.set_text("")

    def _show_online_state(self) -> None:
        self.offline.setVisible(self.session.online is not True)
