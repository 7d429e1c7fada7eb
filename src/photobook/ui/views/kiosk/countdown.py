"""The kiosk's look (large type, high contrast: light text on near-black, about 15:1) and the
"Still there? Touch to continue" screen laid over the whole window during the idle countdown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

KIOSK_STYLE = """
#kiosk { background: #12110f; }
#kiosk QLabel { color: #f4efe6; }
#kiosk QPushButton { background: #2b2925; color: #f4efe6; border: 2px solid #57524a; border-radius: 12px;
    padding: 8px 20px; font-size: 20px; }
#kiosk QPushButton#kioskChip { font-size: 18px; padding: 8px 16px; }
#kioskChipsScroll, #kioskChips { background: transparent; }
#kiosk QPushButton:checked { background: #f4efe6; color: #12110f; border-color: #f4efe6; }
#kiosk QPushButton#kioskKey { font-size: 30px; }
#kioskCountdown { background: rgba(10, 9, 8, 230); }
#kioskCountdown QLabel#kioskStill { font-size: 56px; font-weight: bold; }
#kioskCountdown QLabel#kioskTouch { font-size: 34px; }
#kioskCountdown QLabel#kioskSeconds { font-size: 96px; font-weight: bold; color: #ffd98a; }
#kioskInvite { font-size: 34px; padding: 18px; }
#kioskAttractCaption { font-size: 22px; }
#kioskUnavailable { font-size: 30px; }
#kioskPinTitle { font-size: 34px; }
#kioskPinMessage { font-size: 22px; color: #ffd98a; }
#kioskPinField { font-size: 30px; }
"""


#: A short screen (a 1280×800 kiosk): the bar's chips and buttons smaller, so that the theme chips
#: take two or three rows there rather than four and the timeline keeps its room.
COMPACT_STYLE = """
#kiosk QPushButton { padding: 4px 14px; font-size: 18px; }
#kiosk QPushButton#kioskChip { font-size: 16px; padding: 4px 12px; }
"""


#: The A+ button: larger captions, chips and attract text for visitors who need them.
LARGE_TEXT_STYLE = """
#kiosk QLabel#fullDate { font-size: 17pt; }
#kiosk QLabel#fullTitle { font-size: 28pt; }
#kiosk QLabel#fullTitle[arabic="true"] { font-size: 30pt; }
#kiosk QLabel#fullText { font-size: 20pt; }
#kiosk QLabel#fullCredit { font-size: 15pt; }
#kiosk QPushButton#kioskChip { font-size: 24px; }
#kioskAttractCaption { font-size: 30px; }
"""


class Countdown(QWidget):
    """ "Still there? Touch to continue" with the seconds left, over the whole window."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("kioskCountdown")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.still = QLabel(self)
        self.still.setObjectName("kioskStill")
        self.touch = QLabel(self)
        self.touch.setObjectName("kioskTouch")
        self.seconds = QLabel(self)
        self.seconds.setObjectName("kioskSeconds")
        col = QVBoxLayout(self)
        col.addStretch(1)
        for w in (self.still, self.seconds, self.touch):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            col.addWidget(w)
        col.addStretch(1)
        self.hide()
