"""Editing a scoring stage's criteria: name, importance and weight, one row each."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.edits import CriterionSpec
from shared.evaluation import DEFAULT_WEIGHTS, Importance
from shared.text import az_fold

# The demo ministry's usual criteria. They are data in Azerbaijani, not interface text,
# so they are not translated.
DEFAULT_CRITERIA = (
    ("Aktuallıq", Importance.MEDIUM),
    ("Kreativlik", Importance.LOW),
    ("Səmərəlilik", Importance.HIGH),
)

_IMPORTANCE_WIDTH, _WEIGHT_WIDTH, _REMOVE_WIDTH = 150, 80, 90


class CriterionRow(QWidget):
    """One criterion; choosing an importance resets the weight to that importance's default."""

    changed = Signal()
    remove_requested = Signal(object)  # this row

    def __init__(self, name: str, importance: Importance, weight: float | None,
                 parent: QWidget | None = None, *, criterion_id: str | None = None) -> None:
        super().__init__(parent)
        self.criterion_id = criterion_id  # None until the criterion is saved
        self.name = QLineEdit(name)
        self.name.setPlaceholderText(self.tr("Criterion name"))
        self.importance = QComboBox()
        for value, label in ((Importance.LOW, self.tr("Low")),
                             (Importance.MEDIUM, self.tr("Medium")),
                             (Importance.HIGH, self.tr("Very important"))):
            self.importance.addItem(label, value.value)
        self.importance.setFixedWidth(_IMPORTANCE_WIDTH)
        self.weight = QDoubleSpinBox()
        self.weight.setRange(0.1, 100.0)
        self.weight.setDecimals(1)
        self.weight.setSingleStep(0.5)
        self.weight.setFixedWidth(_WEIGHT_WIDTH)
        self.weight.setToolTip(self.tr("How much this criterion counts in the weighted mean"))
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setFixedWidth(_REMOVE_WIDTH)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.importance)
        layout.addWidget(self.weight)
        layout.addWidget(self.remove)
        self.importance.setCurrentIndex(self.importance.findData(importance.value))
        self.weight.setValue(DEFAULT_WEIGHTS[importance] if weight is None else weight)
        self.importance.currentIndexChanged.connect(self._importance_chosen)
        self.name.textChanged.connect(self.changed)
        self.weight.valueChanged.connect(self.changed)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

    def _importance_chosen(self) -> None:
        self.weight.setValue(DEFAULT_WEIGHTS[self.importance_value()])
        self.changed.emit()

    def importance_value(self) -> Importance:
        return Importance(self.importance.currentData())

    def spec(self) -> CriterionSpec:
        return CriterionSpec(name=self.name.text().strip(), importance=self.importance_value(),
                             weight=self.weight.value())


class CriteriaEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, defaults: bool = True) -> None:
        super().__init__(parent)
        self.rows: list[CriterionRow] = []
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        for text, width in ((self.tr("Criterion"), None),
                            (self.tr("Importance"), _IMPORTANCE_WIDTH),
                            (self.tr("Weight"), _WEIGHT_WIDTH), ("", _REMOVE_WIDTH)):
            label = QLabel(text)
            label.setStyleSheet("font-weight: bold")
            if width is None:
                header.addWidget(label, 1)
            else:
                label.setFixedWidth(width)
                header.addWidget(label)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("&Add criterion"))
        self.add_button.clicked.connect(lambda: self.add_row().name.setFocus())
        footer = QHBoxLayout()
        footer.addWidget(self.add_button)
        footer.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(self.rows_layout)
        layout.addLayout(footer)
        if defaults:
            for name, importance in DEFAULT_CRITERIA:
                self.add_row(name, importance)

    def add_row(self, name: str = "", importance: Importance = Importance.MEDIUM,
                weight: float | None = None, criterion_id: str | None = None) -> CriterionRow:
        row = CriterionRow(name, importance, weight, self, criterion_id=criterion_id)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self.remove_row)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        self.changed.emit()
        return row

    def remove_row(self, row: CriterionRow) -> None:
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.deleteLater()
        self.changed.emit()

    def specs(self) -> list[CriterionSpec]:
        return [row.spec() for row in self.rows]

    def entries(self) -> list[tuple[str | None, CriterionSpec]]:
        """(saved id or None, spec) of every row, in order."""
        return [(row.criterion_id, row.spec()) for row in self.rows]

    def set_criteria(self, criteria: list[dict]) -> None:
        """Show saved criteria (rows of the criterion table) instead of what is there."""
        for row in list(self.rows):
            self.remove_row(row)
        for c in criteria:
            self.add_row(c["name"], Importance(c["importance"]), float(c["weight"]), c["id"])

    def set_locked(self, locked: bool) -> None:
        """Read-only while scores exist: weights must not change under the evaluators."""
        for row in self.rows:
            for widget in (row.name, row.importance, row.weight, row.remove):
                widget.setEnabled(not locked)
        self.add_button.setEnabled(not locked)

    def problems(self) -> list[str]:
        """What must be fixed before the criteria can be saved; empty when all is well."""
        if not self.rows:
            return [self.tr("Add at least one criterion.")]
        found = []
        seen: set[str] = set()
        for number, row in enumerate(self.rows, start=1):
            name = row.name.text().strip()
            if not name:
                found.append(self.tr("Criterion %1 has no name.").replace("%1", str(number)))
            elif az_fold(name) in seen:
                found.append(self.tr("Two criteria are called “%1”.").replace("%1", name))
            seen.add(az_fold(name))
        return found
