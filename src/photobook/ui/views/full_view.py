"""The full view: one photograph at screen size with its caption beneath.

Wheel and +/− zoom, drag pans (arrow keys pan when zoomed in), 0 fits, Escape returns, and the
arrow keys (following the layout direction) step through time when the picture is fitted.
The original is decoded in a worker at up to twice the screen size, so zooming stays sharp.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from photobook.core.records import PhotoRecord
from photobook.ui.keys import key_text
from photobook.ui.models.vocabulary import Vocabulary
from photobook.ui.views.caption_panel import caption_text, leading, marked, set_arabic
from photobook.ui.views.image_canvas import ImageCanvas
from photobook.ui.views.image_decode import load_photo_image


class FullView(QWidget):
    closeRequested = Signal()
    stepRequested = Signal(int)  # +1 next in time, -1 previous

    def __init__(self, tasks, thumbs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fullView")
        self.tasks = tasks
        self.thumbs = thumbs
        self.lang = "fr"
        self.vocab = Vocabulary()
        self.photo_id: int | None = None
        self.record: PhotoRecord | None = None
        self.image_is_original = False

        self.canvas = ImageCanvas(self, interactive=True, background="#12110f")
        self.canvas.setObjectName("fullCanvas")
        self.canvas.doubleClicked.connect(self._toggle_zoom)
        self.date_label = QLabel(self)
        self.date_label.setObjectName("fullDate")
        self.title_label = QLabel(self)
        self.title_label.setObjectName("fullTitle")
        self.title_label.setWordWrap(True)
        self.text_label = QLabel(self)
        self.text_label.setObjectName("fullText")
        self.text_label.setWordWrap(True)
        self.marker_label = QLabel(self)
        self.marker_label.setObjectName("langMarker")
        # the place, photographer and credit (the kiosk's visitors read who took it), each in the
        # window's language or with the caption's discreet marker "(FR)"
        self.credit_label = QLabel(self)
        self.credit_label.setObjectName("fullCredit")
        self.credit_label.setWordWrap(True)
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("fullHint")

        strip = QWidget(self)
        strip.setObjectName("fullCaption")
        text_col = QVBoxLayout()
        text_col.setSpacing(4)
        text_col.addWidget(self.date_label)
        text_col.addWidget(self.title_label)
        text_col.addWidget(self.text_label)
        text_col.addWidget(self.credit_label)
        row = QHBoxLayout(strip)
        row.setContentsMargins(36, 14, 36, 18)
        row.addLayout(text_col, 1)
        side = QVBoxLayout()
        side.addWidget(self.marker_label, 0, Qt.AlignmentFlag.AlignTrailing)
        side.addStretch(1)
        side.addWidget(self.hint_label, 0, Qt.AlignmentFlag.AlignTrailing)
        row.addLayout(side)

        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addWidget(self.canvas, 1)
        col.addWidget(strip, 0)
        self.setFocusProxy(self.canvas)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        # key names isolated left to right, so that "Esc:" keeps its order in Arabic
        self.hint_label.setText(
            self.tr("%1: back · %2 / %3: zoom in / out · drag: move")
            .replace("%1", key_text("Esc"))
            .replace("%2", key_text("+"))
            .replace("%3", key_text("-"))
        )

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._render()

    def set_vocabulary(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self._render()

    # --- content ------------------------------------------------------------------------------

    def show_photo(self, photo_id: int | None, record: PhotoRecord | None) -> None:
        same = photo_id == self.photo_id
        self.record = record
        self._render()
        if same and self.canvas.has_image():
            return
        self.photo_id = photo_id
        self.image_is_original = False
        pix = self.thumbs.pixmap(photo_id) if (self.thumbs is not None and photo_id is not None) else None
        self.canvas.set_image(pix, self._native())
        if photo_id is None:
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        size = screen.size() * screen.devicePixelRatio() if screen else QSize(1920, 1080)
        w, h = min(size.width() * 2, 5000), min(size.height() * 2, 5000)
        lib = self.tasks.library
        self.tasks.read(
            lambda: load_photo_image(lib, photo_id, w, h), self._on_image, key="full", session=False
        )

    def set_record(self, record: PhotoRecord | None) -> None:
        if record is not None and record.id == self.photo_id:
            self.record = record
            self._render()

    def _native(self) -> QSize | None:
        r = self.record
        if r and r.width and r.height and r.id == self.photo_id:
            return QSize(r.width, r.height)
        return None

    def _on_image(self, result: tuple[int, QImage | None, bool]) -> None:
        pid, image, original = result
        if pid != self.photo_id or image is None:
            return
        self.canvas.set_image(image, self._native(), keep_view=True)
        self.image_is_original = original

    def _render(self) -> None:
        c = caption_text(self.record, self.vocab, self.lang) if self.record else None
        self.date_label.setText(c.date if c else "")
        self.date_label.setAlignment(leading(self) | Qt.AlignmentFlag.AlignVCenter)
        self.title_label.setText(c.title if c else "")
        self.text_label.setText(c.text if c else "")
        self.marker_label.setText(c.marker if c else "")
        if c:
            d = Qt.LayoutDirection.RightToLeft if c.text_lang == "ar" else Qt.LayoutDirection.LeftToRight
            self.title_label.setLayoutDirection(d)
            self.text_label.setLayoutDirection(d)
            set_arabic(self.title_label, c.text_lang == "ar")
            set_arabic(self.text_label, c.text_lang == "ar")
        self.credit_label.setText(self.credit_line(c) if c else "")
        self.credit_label.setAlignment(leading(self) | Qt.AlignmentFlag.AlignVCenter)
        for lab in (self.date_label, self.title_label, self.text_label, self.marker_label, self.credit_label):
            lab.setVisible(bool(lab.text()))

    def credit_line(self, c) -> str:
        """ "Lieu : Casablanca · Photographe : H. Najibi (FR) · Crédit : …", the caption panel's
        names for them (its translations), each value marked when in another language."""
        colon = " : " if self.lang == "fr" else ": "
        parts = [
            QCoreApplication.translate("CaptionPanel", name) + colon + marked(value, marker)
            for name, value, marker in (
                ("Place", c.place, c.place_marker),
                ("Photographer", c.photographer, c.photographer_marker),
                ("Credit", c.credit, c.credit_marker),
            )
            if value
        ]
        return " · ".join(parts)

    # --- keys ---------------------------------------------------------------------------------

    def zoom_in(self) -> None:
        self.canvas.zoom_in()

    def zoom_out(self) -> None:
        self.canvas.zoom_out()

    def fit(self) -> None:
        self.canvas.fit()

    def _toggle_zoom(self) -> None:
        if self.canvas.is_fitted():
            self.canvas.set_scale(max(1.0, self.canvas.fit_scale() * 2))
        else:
            self.canvas.fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        if key == Qt.Key.Key_Escape:
            self.closeRequested.emit()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            forward = (key == Qt.Key.Key_Right) != rtl
            self.stepRequested.emit(1 if forward else -1)
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_PageDown):
            self.stepRequested.emit(1)
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_PageUp):
            self.stepRequested.emit(-1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()
