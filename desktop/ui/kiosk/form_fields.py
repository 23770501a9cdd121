"""One form field with its label, live character counter and error message; the consent box."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.kiosk.common import label
from desktop.ui.kiosk.style import INK, PAPER, PRIMARY

Editor = QLineEdit | QPlainTextEdit


class FieldBlock(QWidget):
    """Label and counter on one line, the editor, then the error under it."""

    edited = Signal()

    def __init__(self, editor: Editor, *, limit: int | None = None, counter: bool = True,
                 min_height: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.limit = limit
        self.title = label("fieldLabel")
        self.title.setBuddy(editor)
        self.counter = QLabel()
        self.counter.setObjectName("counter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.counter.setVisible(counter and limit is not None)
        self.error = label("error")
        self.error.hide()
        if isinstance(editor, QPlainTextEdit):
            editor.setTabChangesFocus(True)  # Tab moves on, as in every other field
            editor.setMinimumHeight(min_height or 160)
            editor.textChanged.connect(self._changed)
        else:
            editor.textChanged.connect(self._changed)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.counter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(editor)
        layout.addWidget(self.error)
        self._show_count()

    def text(self) -> str:
        if isinstance(self.editor, QPlainTextEdit):
            return self.editor.toPlainText()
        return self.editor.text()

    def set_label(self, text: str) -> None:
        self.title.setText(text)
        self.editor.setAccessibleName(text)

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.editor.setProperty("invalid", bool(message))
        self._restyle(self.editor)

    def has_error(self) -> bool:
        return self.error.isVisible()

    def over_limit(self) -> bool:
        return self.limit is not None and len(self.text()) > self.limit

    def retranslate(self) -> None:
        self._show_count()

    def wipe(self) -> None:
        """Empty the field so that not even Undo brings the text back."""
        if isinstance(self.editor, QPlainTextEdit):
            self.editor.setPlainText("")
            self.editor.document().clearUndoRedoStacks()
            self.editor.verticalScrollBar().setValue(0)
        else:
            self.editor.setText("")  # also drops the line edit's undo history
            self.editor.setModified(False)
        self.set_error("")

    def _changed(self) -> None:
        self._show_count()
        self.edited.emit()

    def _show_count(self) -> None:
        if self.limit is None:
            return
        self.counter.setText(self.tr("%1 / %2").replace("%1", str(len(self.text())))
                             .replace("%2", str(self.limit)))
        self.counter.setProperty("over", self.over_limit())
        self._restyle(self.counter)

    @staticmethod
    def _restyle(widget: QWidget) -> None:
        # Dynamic properties only take effect in the style sheet after a re-polish.
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class BigCheckBox(QCheckBox):
    """A check box drawn large, with a clear tick: style sheets can size the indicator but
    then draw no tick without an image file."""

    SIDE = 48

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.SIDE, self.SIDE)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.sizeHint()

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 - Qt override
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(2, 2, self.SIDE - 4, self.SIDE - 4)
        checked = self.isChecked()
        painter.setPen(QPen(QColor(PRIMARY if checked else INK), 3))
        painter.setBrush(QColor(PRIMARY if checked else PAPER))
        painter.drawRoundedRect(box, 6, 6)
        if checked:
            painter.setPen(QPen(QColor(PAPER), 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                Qt.PenJoinStyle.RoundJoin))
            s = self.SIDE
            painter.drawPolyline([QPointF(s * 0.24, s * 0.52), QPointF(s * 0.42, s * 0.70),
                                  QPointF(s * 0.76, s * 0.30)])
        if self.hasFocus():
            painter.setPen(QPen(QColor(INK), 2, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(0.5, 0.5, self.SIDE - 1, self.SIDE - 1))
        painter.end()


class ConsentBox(QWidget):
    """A big check box whose wrapping text is part of the touch target."""

    toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consent")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.check = BigCheckBox()
        self.text = label()
        self.text.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(20)
        layout.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.setMinimumHeight(64)
        self.check.toggled.connect(self.toggled)

    def set_text(self, text: str) -> None:
        self.text.setText(text)
        self.check.setAccessibleName(text)

    def isChecked(self) -> bool:  # noqa: N802 - mirrors QCheckBox
        return self.check.isChecked()

    def setChecked(self, checked: bool) -> None:  # noqa: N802 - mirrors QCheckBox
        self.check.setChecked(checked)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        event.accept()  # so that the release comes here too

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        inside = self.rect().contains(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and inside:
            self.check.toggle()
            event.accept()
            return
        super().mouseReleaseEvent(event)
