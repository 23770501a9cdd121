"""A QR code drawn with QPainter from qrcode's module matrix (no image library needed)."""

from __future__ import annotations

import qrcode
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4  # modules of white border that scanners need around the code


def qr_matrix(text: str) -> list[list[bool]]:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=QUIET_ZONE)
    code.add_data(text)
    code.make(fit=True)
    return code.get_matrix()


class QrWidget(QWidget):
    """Square, as large as its space allows; empty when there is no text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: list[list[bool]] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(200, 200)

    def set_text(self, text: str) -> None:
        self.matrix = qr_matrix(text) if text else []
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(320, 320)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return min(width, 320)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if not self.matrix:
            return
        painter = QPainter(self)
        side = min(self.width(), self.height())
        n = len(self.matrix)
        module = side // n  # whole pixels per module keep the edges sharp for scanners
        size = module * n
        left, top = (self.width() - size) // 2, (self.height() - size) // 2
        painter.fillRect(QRectF(left, top, size, size), QColor("white"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for y, row in enumerate(self.matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(QRectF(left + x * module, top + y * module, module, module))
        painter.end()
