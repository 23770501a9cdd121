"""The kiosk's look: big type, big targets, strong contrast, for a touch screen in a hall.

Sizes are minimums only, so the same pages reflow on 1920×1080 and 1080×1920 screens.
Colours keep at least 7:1 contrast against their background (WCAG AAA for body text).
"""

from __future__ import annotations

#: The widest a column of text may grow: long lines are hard to read on a landscape screen.
COLUMN_MAX_WIDTH = 1200

INK = "#111111"
PAPER = "#ffffff"
PRIMARY = "#0a4a8f"  # 9.3:1 against white
PRIMARY_DOWN = "#06325f"
ERROR = "#a4000f"  # 8.3:1 against white
MUTED = "#3d3d3d"  # 11:1 against white
WARN_BG = "#ffd84d"

KIOSK_STYLE = f"""
QWidget {{
    font-size: 20pt;
    color: {INK};
}}
QWidget#kioskWindow, QStackedWidget, QScrollArea, QWidget#kioskColumn, QWidget#kioskViewport {{
    background: {PAPER};
}}
QLabel#heading {{
    font-size: 36pt;
    font-weight: bold;
}}
QLabel#subheading {{
    font-size: 26pt;
    font-weight: bold;
}}
QLabel#muted {{
    color: {MUTED};
}}
QLabel#fieldLabel {{
    font-weight: bold;
}}
QLabel#counter {{
    color: {MUTED};
    font-size: 16pt;
}}
QLabel#counter[over="true"] {{
    color: {ERROR};
    font-weight: bold;
}}
QLabel#error {{
    color: {ERROR};
    font-weight: bold;
}}
QLabel#trackingCode {{
    font-size: 64pt;
    font-weight: bold;
    font-family: "DejaVu Sans Mono", "Consolas", "Courier New", monospace;
    letter-spacing: 4px;
}}
QLabel#statusText {{
    font-size: 26pt;
    font-weight: bold;
}}
QPushButton {{
    min-height: 64px;
    min-width: 160px;
    padding: 8px 28px;
    border: 3px solid {PRIMARY};
    border-radius: 12px;
    background: {PAPER};
    color: {PRIMARY};
    font-weight: bold;
}}
QPushButton:pressed {{
    background: #dfe9f5;
}}
QPushButton:focus {{
    border-color: {INK};
}}
QPushButton#primary {{
    background: {PRIMARY};
    color: {PAPER};
}}
QPushButton#primary:pressed {{
    background: {PRIMARY_DOWN};
}}
QPushButton:disabled, QPushButton#primary:disabled {{
    background: #d6d6d6;
    border-color: #8a8a8a;
    color: #3d3d3d;
}}
QPushButton#language:checked, QPushButton#category:checked {{
    background: {PRIMARY};
    color: {PAPER};
}}
QPushButton#category {{
    min-height: 80px;
    padding: 8px 20px;
}}
QPushButton#category[invalid="true"] {{
    border-color: {ERROR};
}}
QPushButton#contest {{
    text-align: left;
    padding: 20px 28px;
    background: #eef4fb;
}}
QPushButton#contest QLabel {{
    background: transparent;
    color: {INK};
}}
QPushButton#contest QLabel#contestArrow {{
    font-size: 48pt;
    font-weight: bold;
    color: {PRIMARY};
}}
QPushButton#contest QLabel#contestTitle {{
    font-size: 26pt;
    font-weight: bold;
    color: {PRIMARY};
}}
QLineEdit, QPlainTextEdit {{
    border: 2px solid #5a5a5a;
    border-radius: 8px;
    padding: 8px 12px;
    background: {PAPER};
    color: {INK};
    selection-background-color: {PRIMARY};
    selection-color: {PAPER};
}}
QLineEdit {{
    min-height: 48px;
}}
QLineEdit:focus, QPlainTextEdit:focus {{
    border: 3px solid {PRIMARY};
}}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{
    border: 3px solid {ERROR};
}}
QLineEdit:disabled {{
    background: #ececec;
    border-color: #9a9a9a;
    color: {MUTED};
}}
QLineEdit#codeInput {{
    font-size: 36pt;
    font-family: "DejaVu Sans Mono", "Consolas", "Courier New", monospace;
    min-height: 72px;
}}
QWidget#consent {{
    background: #f3f3f3;
    border: 2px solid #5a5a5a;
    border-radius: 8px;
}}
QWidget#consent QLabel, QWidget#consent QCheckBox {{
    background: transparent;
}}
QFrame#idleBanner {{
    background: {WARN_BG};
    border-bottom: 4px solid {INK};
}}
QFrame#idleBanner QLabel {{
    font-size: 26pt;
    font-weight: bold;
    background: transparent;
}}
QFrame#buttonBar {{
    background: {PAPER};
    border-top: 2px solid #c8c8c8;
}}
QScrollBar:vertical {{
    width: 28px;
}}
QFrame#staffCard {{
    background: {PAPER};
    border: 3px solid {INK};
    border-radius: 16px;
}}
QFrame#staffCard QLabel {{
    background: transparent;
}}
QLabel#pinDisplay {{
    font-size: 32pt;
    font-weight: bold;
    letter-spacing: 10px;
    min-height: 64px;
    border: 2px solid #5a5a5a;
    border-radius: 8px;
    background: #f3f3f3;
}}
QLabel#pinMessage[error="true"] {{
    color: {ERROR};
    font-weight: bold;
}}
QPushButton#pinKey, QPushButton#pinErase, QPushButton#pinOk {{
    min-width: 100px;
    min-height: 72px;
    padding: 0px 8px;
    font-size: 30pt;
}}
QPushButton#pinErase, QPushButton#pinOk {{
    font-size: 20pt;
}}
QPushButton#pinOk {{
    background: {PRIMARY};
    color: {PAPER};
}}
QPushButton#pinKey:disabled, QPushButton#pinErase:disabled, QPushButton#pinOk:disabled {{
    background: #d6d6d6;
    border-color: #8a8a8a;
    color: #3d3d3d;
}}
QSpinBox {{
    min-height: 56px;
    border: 2px solid #5a5a5a;
    border-radius: 8px;
    padding: 4px 12px;
    background: {PAPER};
}}
QSpinBox::up-button, QSpinBox::down-button {{
    width: 56px;
}}
"""
