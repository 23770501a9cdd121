"""The QR code is painted from qrcode's matrix with whole-pixel modules and a quiet zone."""

from __future__ import annotations

from PySide6.QtGui import QColor

from desktop.ui.kiosk.qr_widget import QUIET_ZONE, QrWidget, qr_matrix


def test_qr_widget_paints_the_matrix(qtbot):  # noqa: ANN001
    code = "7KD3F-QX9AT"
    matrix = qr_matrix(code)
    # 11 alphanumeric characters fit QR version 1 (21×21 modules), plus 4 quiet modules a side.
    assert len(matrix) == 21 + 2 * QUIET_ZONE
    widget = QrWidget()
    qtbot.addWidget(widget)
    widget.set_text(code)
    widget.resize(290, 290)  # 29 modules of exactly 10 px
    image = widget.grab().toImage()

    def dark(module_x: int, module_y: int) -> bool:
        pixel = QColor(image.pixel(module_x * 10 + 5, module_y * 10 + 5))
        return pixel.lightness() < 128

    for y in range(len(matrix)):
        for x in range(len(matrix)):
            assert dark(x, y) == matrix[y][x], (x, y)
    # The top-left finder pattern: dark ring, light ring, dark centre, after the quiet zone.
    assert not dark(0, 0) and dark(4, 4) and not dark(5, 5) and dark(7, 7)
    widget.set_text("")
    assert widget.matrix == []
