"""The presenter's console, on the other screen (or on demand, to rehearse): the current and the next
photograph, this slide's notes, the time since the talk began (it starts when slide 1 is first
left, so the title can stand while the room fills) and the clock. Its keys are the stage's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from photobook.ui.models.vocabulary import Vocabulary
from photobook.ui.views.image_canvas import ImageCanvas
from photobook.ui.views.presenter.deck import BLACK, WHITE, Deck
from photobook.ui.views.presenter.stage import slide_text

PACE_SLACK_S = 60  # within a minute of the plan is on time


def clock_text(seconds: float) -> str:
    """ "12:34", "1:02:03"; a time past zero as "−00:42"."""
    sign = "−" if seconds <= -1 else ""
    s = int(abs(seconds))
    h, m, sec = s // 3600, (s // 60) % 60, s % 60
    return sign + (f"{h}:{m:02d}:{sec:02d}" if h else f"{m:02d}:{sec:02d}")


class Console(QWidget):
    def __init__(
        self,
        deck: Deck,
        vocab: Vocabulary,
        lang: str,
        wall: Callable[[], datetime] = datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("presentConsole")
        self.deck = deck
        self.vocab = vocab
        self.lang = lang
        self.wall = wall
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(
            "#presentConsole { background: #161513; } QLabel { color: #efe9df; }"
            " #consoleElapsed { font-size: 56px; font-weight: 600; color: #ffffff; }"
            " #consoleClock { font-size: 32px; color: #cfc6b6; }"
            " #consoleNotes { font-size: 28px; }"
            " #consolePace { font-size: 28px; }"
            " #consoleCaption, #consoleNextCaption, #consolePosition { font-size: 22px; color: #cfc6b6; }"
        )
        self.current = ImageCanvas(self, background="#000000")
        self.current.setObjectName("consoleCurrent")
        self.next = ImageCanvas(self, background="#000000")
        self.next.setObjectName("consoleNext")
        for canvas in (self.current, self.next):
            canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.caption = self._label("consoleCaption")
        self.next_caption = self._label("consoleNextCaption")
        self.position = self._label("consolePosition")
        self.notes = self._label("consoleNotes")
        self.elapsed = self._label("consoleElapsed")
        self.clock = self._label("consoleClock")
        self.pace = self._label("consolePace")

        grid = QGridLayout(self)
        grid.setContentsMargins(24, 24, 24, 24)
        grid.setHorizontalSpacing(24)
        left = QVBoxLayout()
        left.addWidget(self.current, 1)
        left.addWidget(self.caption)
        left.addWidget(self.position)
        right = QVBoxLayout()
        right.addWidget(self.next, 1)
        right.addWidget(self.next_caption)
        right.addWidget(self.elapsed)
        right.addWidget(self.pace)
        right.addWidget(self.clock)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addWidget(self.notes, 1, 0, 1, 2)
        from photobook.ui.views.presenter.overview import SlideStrip

        self.strip = SlideStrip(deck, self)  # the tour, to jump in (Tab opens all of it)
        grid.addWidget(self.strip, 2, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)

        deck.changed.connect(self.refresh)
        self._tick = QTimer(self, interval=500)
        self._tick.timeout.connect(self.refresh_time)
        self._tick.start()
        self.refresh()

    def _label(self, name: str) -> QLabel:
        lab = QLabel(self)
        lab.setObjectName(name)
        lab.setWordWrap(True)
        lab.setTextFormat(Qt.TextFormat.PlainText)
        # the interface's leading edge, whatever the text's own direction (an English note, digits)
        edge = Qt.AlignmentFlag.AlignRight if self.lang == "ar" else Qt.AlignmentFlag.AlignLeft
        lab.setAlignment(edge | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop)
        return lab

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        d = self.deck
        cur, nxt = d.current(), d.next_slide()
        self.current.set_image(d.pixmap(cur))
        self.next.set_image(d.pixmap(nxt))
        self.next.set_placeholder(self.tr("End of the presentation") if nxt is None else "")
        ct = slide_text(cur, d.record(cur), self.lang) if cur else None
        nt = slide_text(nxt, d.record(nxt), self.lang) if nxt else None
        self.caption.setText(" · ".join(x for x in (ct.date, ct.title) if x) if ct else "")
        self.next_caption.setText(
            self.tr("Next: %1").replace("%1", " · ".join(x for x in (nt.date, nt.title) if x)) if nt else ""
        )
        mode = {BLACK: self.tr("(black screen)"), WHITE: self.tr("(white screen)")}.get(d.mode, "")
        typed = f"  → {d.typed}" if d.typed else ""
        self.position.setText(
            self.tr("Slide %1 of %2")
            .replace("%1", str(d.index + 1 if len(d) else 0))
            .replace("%2", str(len(d)))
            + (f"  {mode}" if mode else "")
            + typed
        )
        has_notes = bool(cur and cur.notes)
        self.notes.setText(cur.notes if cur and has_notes else self.tr("No notes for this slide."))
        self.notes.setStyleSheet("" if has_notes else "color: #7d766b;")
        self.refresh_time()

    def refresh_time(self) -> None:
        left = self.deck.remaining()
        if self.deck.timer_mode in ("down", "until") and left is not None:
            self.elapsed.setText(clock_text(left))
            over = left < 0
            end = self.deck.end_at
            self.elapsed.setToolTip(
                self.tr("Time left until %1").replace("%1", end.strftime("%H:%M"))
                if self.deck.timer_mode == "until" and end is not None
                else self.tr("Time left")
            )
        else:
            self.elapsed.setText(clock_text(self.deck.elapsed()))
            over = False
            self.elapsed.setToolTip(self.tr("Time since the start"))
        pace = self.deck.pace()
        if pace is None or abs(pace) < PACE_SLACK_S:
            self.pace.setText(self.tr("On time") if pace is not None else "")
            self.pace.setStyleSheet("")
        elif pace > 0:
            self.pace.setText(self.tr("%1 ahead: slow down").replace("%1", clock_text(pace)))
            self.pace.setStyleSheet("color: #7fc8ff;")
        else:
            self.pace.setText(self.tr("%1 behind: speed up").replace("%1", clock_text(-pace)))
            self.pace.setStyleSheet("color: #ffb000;")
        if bool(self.elapsed.property("over")) != over:  # past the talk's duration: in red
            self.elapsed.setProperty("over", over)
            self.elapsed.setStyleSheet("color: #ff5a4f;" if over else "")
        self.clock.setText(self.wall().strftime("%H:%M"))

    def focusNextPrevChild(self, next: bool) -> bool:
        return False  # Tab is the presenter's key (the overview), not focus navigation

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.deck.handle_key(event, self.layoutDirection() == Qt.LayoutDirection.RightToLeft):
            event.accept()
        else:
            super().keyPressEvent(event)
