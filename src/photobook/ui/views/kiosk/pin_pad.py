"""The staff PIN pad shown after the hidden gesture: large digit keys, a masked field, OK and
Cancel. Wrong codes are rate-limited by :class:`~photobook.ui.views.kiosk.pin.PinGate`."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from photobook.ui.views.kiosk.pin import MAX_DIGITS, PinGate
from photobook.ui.views.kiosk.texts import t


class PinPad(QWidget):
    accepted = Signal()
    cancelled = Signal()

    def __init__(self, gate: PinGate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskPinPad")
        self.gate = gate
        self.lang = "fr"
        self.title = QLabel(self)
        self.title.setObjectName("kioskPinTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field = QLineEdit(self)
        self.field.setObjectName("kioskPinField")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(MAX_DIGITS)
        self.field.setMinimumHeight(64)
        self.field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.field.returnPressed.connect(self.submit)
        self.message = QLabel(self)
        self.message.setObjectName("kioskPinMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.digits: list[QPushButton] = []
        for i, d in enumerate("123456789"):
            grid.addWidget(self._key(d), i // 3, i % 3)
        self.erase = self._key("⌫")
        self.erase.clicked.disconnect()
        self.erase.clicked.connect(self.field.backspace)
        grid.addWidget(self.erase, 3, 0)
        grid.addWidget(self._key("0"), 3, 1)
        self.ok = self._key("✓")
        self.ok.clicked.disconnect()
        self.ok.clicked.connect(self.submit)
        grid.addWidget(self.ok, 3, 2)
        self.cancel = QPushButton(self)
        self.cancel.setObjectName("kioskButton")
        self.cancel.setMinimumSize(200, 64)
        self.cancel.clicked.connect(self._cancel)
        col = QVBoxLayout(self)
        col.addStretch(1)
        col.addWidget(self.title)
        col.addWidget(self.field, 0, Qt.AlignmentFlag.AlignHCenter)
        col.addWidget(self.message)
        col.addLayout(grid)
        col.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignHCenter)
        col.addStretch(1)
        self.field.setFixedWidth(3 * 96 + 24)
        self.retranslate()

    def _key(self, label: str) -> QPushButton:
        b = QPushButton(label, self)
        b.setObjectName("kioskKey")
        b.setFixedSize(96, 80)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        b.clicked.connect(lambda _=False, d=label: self.field.insert(d))
        if label.isdigit():
            b.setAccessibleName(label)
            self.digits.append(b)
        return b

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(t(self.lang, "pin_title"))
        self.field.setAccessibleName(t(self.lang, "pin_field"))
        self.erase.setAccessibleName(t(self.lang, "erase"))
        self.ok.setAccessibleName(t(self.lang, "ok"))
        self.cancel.setText(t(self.lang, "cancel"))
        self.cancel.setAccessibleName(t(self.lang, "cancel"))
        self.message.setText("" if self.gate.stored else t(self.lang, "pin_none"))

    def reset(self) -> None:
        self.field.clear()
        self.retranslate()
        self.field.setFocus()

    def submit(self) -> None:
        result = self.gate.attempt(self.field.text())
        self.field.clear()
        if result == "ok":
            self.accepted.emit()
        elif result == "wait":
            self.message.setText(t(self.lang, "pin_wait", n=self.gate.wait_left()))
        elif result == "unset":
            self.message.setText(t(self.lang, "pin_none"))
        else:
            wait = self.gate.wait_left()
            self.message.setText(t(self.lang, "pin_wait", n=wait) if wait else t(self.lang, "pin_wrong"))

    def _cancel(self) -> None:
        self.field.clear()
        self.cancelled.emit()
