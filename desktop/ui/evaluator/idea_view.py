"""The idea under review: title, description and expected benefit, read-only.

Blind review: only the text of the idea is shown. The evaluator's replica holds no author
identity and this view must never ask for one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.queries import QueueItem


def _text_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    # Plain text: idea texts come from the public and must never be read as HTML.
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


class IdeaView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Tab goes from the queue straight to the scores; the text is read, not edited.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.title = _text_label("ideaTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold")
        self.body_caption = QLabel(self.tr("Description"))
        self.body = _text_label("ideaBody")
        self.benefit_caption = QLabel(self.tr("Expected benefit"))
        self.benefit = _text_label("ideaBenefit")
        for caption in (self.body_caption, self.benefit_caption):
            caption.setStyleSheet("font-weight: bold; color: #455a64")
        self.placeholder = QLabel(self.tr("Select an idea in the list on the left to read and "
                                          "score it."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #546e7a")
        page = QWidget()
        page.setObjectName("ideaPage")
        # A white "sheet" sets the text apart from the scoring form below it.
        page.setStyleSheet("#ideaPage { background: white; }")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.title)
        layout.addSpacing(4)
        for w in (self.body_caption, self.body, self.benefit_caption, self.benefit):
            layout.addWidget(w)
        layout.addStretch(1)
        self.setWidget(page)
        self.show_item(None)

    def show_item(self, item: QueueItem | None) -> None:
        shown = (item.title, item.body, item.benefit) if item else None
        if shown == getattr(self, "_shown", ()):
            return  # a reload of the same text must not scroll the reader back to the top
        self._shown = shown
        self.placeholder.setVisible(item is None)
        self.title.setText(item.title if item else "")
        self.body.setText(item.body if item else "")
        benefit = item.benefit.strip() if item else ""
        self.benefit.setText(benefit or (self.tr("No expected benefit was given.") if item else ""))
        self.benefit.setStyleSheet("" if benefit else "color: #607d8b; font-style: italic")
        for w in (self.title, self.body_caption, self.body, self.benefit_caption, self.benefit):
            w.setVisible(item is not None)
        self.verticalScrollBar().setValue(0)
