"""The caption panel: the selected photograph larger, then its caption as a museum label.

Title and caption in the current language, or in another one with a discreet marker ("(EN)");
the date in words; reign, theme chips, place, photographer, credit, the book's plate/page.
The preview shows the thumbnail at once (RAM cache) and the original, decoded at panel size in a
worker, when it arrives.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsOpacityEffect,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from photobook.core import dates
from photobook.core.records import PhotoRecord, caption_for
from photobook.ui.models.vocabulary import Vocabulary
from photobook.ui.views.flow_layout import FlowLayout
from photobook.ui.views.image_canvas import ImageCanvas
from photobook.ui.views.image_decode import load_photo_image


@dataclass
class CaptionText:
    """What the label says, in one language: computed without widgets (and tested that way)."""

    title: str = ""
    text: str = ""
    text_lang: str = ""  # the language the caption is actually in
    marker: str = ""  # "(EN)" when it is not the interface language
    date: str = ""
    reigns: list[str] = field(default_factory=list)
    themes: list[tuple[str, str]] = field(default_factory=list)  # (label, colour)
    place: str = ""
    place_marker: str = ""  # "(FR)" when the place is not written in the interface language
    photographer: str = ""
    photographer_marker: str = ""  # "(FR)" as the place's, when written in another language
    credit: str = ""
    credit_marker: str = ""
    plate: str = ""
    status: str = ""
    file: str = ""  # the file name and its folder, for a photograph nobody has captioned yet
    folder: str = ""


def shown(text: str, limit: int) -> str:
    """At most ``limit`` characters of a text for a label: a caption of megabytes (imported before
    the limits, or written by another program) must not make the window lay it all out."""
    return text if len(text) <= limit else text[:limit].rstrip() + " …"


def caption_text(record: PhotoRecord, vocab: Vocabulary, lang: str) -> CaptionText:
    # the edit service's limits: loaded by the worker that read the record (not before the first frame)
    from photobook.services.edits import CAPTION_MAX, FIELD_MAX, TITLE_MAX

    used, cap = caption_for(record, lang)
    has = bool(cap)
    place_lang, place = record.place_for(lang)
    by_lang = {name: record.localized(name, lang) for name in ("photographer", "credit")}
    return CaptionText(
        title=shown(cap.title, TITLE_MAX),
        text=shown(cap.text, CAPTION_MAX),
        text_lang=used if has else lang,
        marker=f"({used.upper()})" if has and used != lang else "",
        date=dates.in_words(record.date or "", lang),
        reigns=[vocab.reign_name(s, lang) for s in record.reigns],
        themes=[
            (vocab.theme_label(s, lang), (vocab.theme(s).color if vocab.theme(s) else "#777777"))
            for s in record.themes
        ],
        place=shown(place, FIELD_MAX["place"]),
        place_marker=f"({place_lang.upper()})" if place and place_lang != lang else "",
        photographer=shown(by_lang["photographer"][1], FIELD_MAX["photographer"]),
        photographer_marker=_marker(*by_lang["photographer"], lang),
        credit=shown(by_lang["credit"][1], FIELD_MAX["credit"]),
        credit_marker=_marker(*by_lang["credit"], lang),
        plate=shown(record.plate or "", FIELD_MAX["plate"]),
        status=record.status or "",
        file="" if has else PurePath(record.path or "").name,
        folder="" if has else str(PurePath(record.source or "", record.path or "").parent),
    )


def _marker(used: str, value: str, lang: str) -> str:
    """The discreet marker of a value written in another language than the window's: "(FR)"."""
    return f"({used.upper()})" if value and used != lang else ""


def marked(value: str, marker: str) -> str:
    """A value with its marker: the value in its own direction (FSI … PDI), then "(FR)"."""
    return f"\u2068{value}\u2069 {marker}" if marker else value


def set_arabic(label: QWidget, arabic: bool) -> None:
    """Arabic script reads smaller than Latin at the same point size: the stylesheet enlarges
    labels marked ``arabic`` (a dynamic property; the style is re-applied when it changes)."""
    if bool(label.property("arabic")) != arabic:
        label.setProperty("arabic", arabic)
        label.style().unpolish(label)
        label.style().polish(label)


def leading(widget: QWidget) -> Qt.AlignmentFlag:
    """The interface's leading edge, whatever the text: a date of digits only ("1996") has no
    direction of its own and would otherwise sit on the left in the Arabic layout."""
    rtl = widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return (
        Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    ) | Qt.AlignmentFlag.AlignAbsolute


def _direction(lang: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight


class CaptionPanel(QWidget):
    openRequested = Signal()  # the preview was clicked: show the full view

    def __init__(self, tasks, thumbs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captionPanel")
        self.tasks = tasks
        self.thumbs = thumbs
        self.lang = "fr"
        self.vocab = Vocabulary()
        self.photo_id: int | None = None
        self.record: PhotoRecord | None = None
        self.image_is_original = False
        self.loaded = False  # the record for photo_id is shown (tests and screenshots wait on it)

        self.preview = ImageCanvas(self, background="#262421")
        self.preview.setObjectName("captionPreview")
        self.preview.setMinimumHeight(220)
        self.preview.clicked.connect(self.openRequested)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.date_label = self._label("captionDate")
        self.title_label = self._label("captionTitle")
        self.marker_label = self._label("langMarker")
        self.text_label = self._label("captionText")
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.chips = QWidget(self)
        self.chip_layout = FlowLayout(self.chips)
        self.meta = QGridLayout()
        self.meta.setHorizontalSpacing(14)
        self.meta.setVerticalSpacing(6)
        self._meta_rows: dict[str, tuple[QLabel, QLabel]] = {}
        for key in (
            "reign",
            "themes",
            "place",
            "photographer",
            "credit",
            "plate",
            "file",
            "folder",
            "status",
        ):
            k = self._label("metaKey")
            v = self._label("metaValue")
            v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row = len(self._meta_rows)
            self.meta.addWidget(k, row, 0, Qt.AlignmentFlag.AlignTop)
            if key == "themes":
                self.meta.addWidget(self.chips, row, 1)
                v.hide()
            else:
                self.meta.addWidget(v, row, 1)
            self._meta_rows[key] = (k, v)
        self.meta.setColumnStretch(1, 1)

        body = QWidget(self)
        body.setObjectName("captionBody")
        col = QVBoxLayout(body)
        col.setContentsMargins(22, 18, 22, 18)
        col.setSpacing(8)
        col.addWidget(self.date_label)
        col.addWidget(self.title_label)
        col.addWidget(self.text_label)
        col.addWidget(self.marker_label)
        self.hint_label = self._label("captionHint")
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addWidget(self.hint_label)
        rule = QFrame(body)
        rule.setObjectName("captionRule")
        rule.setFrameShape(QFrame.Shape.HLine)
        self.rule = rule
        col.addSpacing(6)
        col.addWidget(rule)
        col.addSpacing(4)
        col.addLayout(self.meta)
        col.addStretch(1)

        # a selected photograph the filters hide: kept, dimmed, and said to be outside the results
        self.filtered_out = False
        self.filtered_label = self._label("captionFilteredOut")
        self.filtered_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.filtered_label.setStyleSheet(
            "QLabel#captionFilteredOut { background: #e4ddd0; color: #6e4a2e; font-style: italic;"
            " padding: 5px 12px; border-bottom: 1px solid #d8d0c2; }"
        )
        self.filtered_label.hide()

        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("captionScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(body)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.preview, 0)
        layout.addWidget(self.filtered_label, 0)
        layout.addWidget(self.scroll, 1)

        self._decode_timer = QTimer(self, singleShot=True, interval=40)
        self._decode_timer.timeout.connect(self._decode)
        if thumbs is not None:
            thumbs.ready.connect(self._on_thumb)
        self.retranslate()
        self.show_record(None)

    def _label(self, name: str) -> QLabel:
        lab = QLabel(self)
        lab.setObjectName(name)
        lab.setWordWrap(True)
        lab.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        return lab

    # --- language -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        names = {
            "reign": self.tr("Reign"),
            "themes": self.tr("Themes"),
            "place": self.tr("Place"),
            "photographer": self.tr("Photographer"),
            "credit": self.tr("Credit"),
            "plate": self.tr("Plate / page"),
            "file": self.tr("File"),
            "folder": self.tr("Folder"),
            "status": self.tr("Status"),
        }
        for key, (k, _v) in self._meta_rows.items():
            k.setText(names[key])
        hints = {
            "select": self.tr("Select a photograph on the timeline"),
            "empty": self.tr(
                "The archive is empty.\n“Add folder…” (Ctrl+O) catalogues a folder of photographs."
            ),
            "nothing": self.tr("No photograph matches these filters."),
            "indexing": self.tr("Indexing…"),  # the first index is running: not "empty" yet
        }
        self.hint_label.setText(hints.get(getattr(self, "_hint", "select"), hints["select"]))
        self.marker_label.setToolTip(self.tr("No caption in this language yet: shown in another language"))
        self.filtered_label.setText(self.tr("hidden by the filters"))
        self.filtered_label.setToolTip(
            self.tr("The filters hide this photograph: it is not among the results.")
        )
        if self.record is None and self.photo_id is None:
            self.title_label.setText("")

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._render()

    def set_hint(self, kind: str) -> None:
        """What the empty panel says: "select", "empty" (no photographs yet), "indexing" (none yet,
        the index is running) or "nothing" (filtered out)."""
        if kind != getattr(self, "_hint", "select"):
            self._hint = kind
            self.retranslate()

    def set_filtered_out(self, hidden: bool) -> None:
        """The photograph shown is (or is no longer) hidden by the filters: dim it and say so."""
        hidden = bool(hidden) and self.photo_id is not None
        if hidden == self.filtered_out:
            return
        self.filtered_out = hidden
        self.filtered_label.setVisible(hidden)
        # a graphics effect is owned (and deleted) by its widget: new ones each time
        self.preview.setGraphicsEffect(self._dim() if hidden else None)  # type: ignore[arg-type]
        self.scroll.widget().setGraphicsEffect(self._dim() if hidden else None)  # type: ignore[arg-type]

    def _dim(self) -> QGraphicsOpacityEffect:
        effect = QGraphicsOpacityEffect(self)
        effect.setOpacity(0.45)
        return effect

    def set_vocabulary(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self._render()

    # --- content ------------------------------------------------------------------------------

    def show_photo(self, photo_id: int | None) -> None:
        """A new selection: show its thumbnail now; the record and the original follow."""
        if photo_id == self.photo_id:
            return
        self.photo_id = photo_id
        self.record = None
        self.loaded = False
        self.image_is_original = False
        if photo_id is None:
            self.set_filtered_out(False)
            self.tasks.cancel("preview")
            self.preview.set_image(None)
            self.show_record(None)
            return
        pix = self.thumbs.pixmap(photo_id) if self.thumbs is not None else None
        self.preview.set_image(pix)
        self._fit_preview()
        if pix is None and self.thumbs is not None:
            self.thumbs.request([photo_id])
        self._decode_timer.start()  # coalesce fast arrow-key browsing

    def refresh_preview(self) -> None:
        """Ask again for the picture (new thumbnails or originals appeared)."""
        if self.photo_id is not None:
            if self.thumbs is not None:
                self.thumbs.request([self.photo_id])
            self._decode_timer.start()

    def show_record(self, record: PhotoRecord | None) -> None:
        self.record = record
        if record is not None and self.photo_id is None:
            self.photo_id = record.id
        self.loaded = record is not None
        self._render()
        self._fit_preview()

    def caption(self) -> CaptionText | None:
        return caption_text(self.record, self.vocab, self.lang) if self.record else None

    def _render(self) -> None:
        c = self.caption()
        self.chip_layout.clear()
        empty = self.photo_id is None and c is None
        self.preview.setVisible(not empty)
        self.hint_label.setVisible(empty)
        self.rule.setVisible(c is not None)
        if c is None:
            for lab in (self.date_label, self.title_label, self.text_label, self.marker_label):
                lab.clear()
                lab.setVisible(False)
            for k, v in self._meta_rows.values():
                k.hide()
                v.hide()
            self.chips.hide()
            return
        self.date_label.setText(c.date)
        self.date_label.setAlignment(leading(self) | Qt.AlignmentFlag.AlignVCenter)
        self.marker_label.setAlignment(leading(self) | Qt.AlignmentFlag.AlignVCenter)
        self.title_label.setText(c.title or (self.tr("Untitled") if not c.text else ""))
        self.text_label.setText(c.text)
        self.marker_label.setText(c.marker)
        direction = _direction(c.text_lang)
        for lab in (self.title_label, self.text_label):
            lab.setLayoutDirection(direction)
            lab.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            set_arabic(lab, c.text_lang == "ar")
        self.date_label.setVisible(bool(c.date))
        self.title_label.setVisible(bool(self.title_label.text()))
        self.text_label.setVisible(bool(c.text))
        self.marker_label.setVisible(bool(c.marker))
        values = {
            "reign": " · ".join(c.reigns),
            # the place in its own direction (FSI … PDI), then the same marker as a caption's
            "place": marked(c.place, c.place_marker),
            "photographer": marked(c.photographer, c.photographer_marker),
            "credit": marked(c.credit, c.credit_marker),
            "plate": c.plate,
            "file": c.file,
            "folder": c.folder,
            "status": self.status_name(c.status),
        }
        ui_side = leading(self)
        for key, (k, v) in self._meta_rows.items():
            v.setAlignment(ui_side | Qt.AlignmentFlag.AlignTop)
            if key == "themes":
                k.setVisible(bool(c.themes))
                self.chips.setVisible(bool(c.themes))
                continue
            v.setText(values[key])
            k.setVisible(bool(values[key]))
            v.setVisible(bool(values[key]))
        for label, color in c.themes:
            chip = QLabel(label, self.chips)
            chip.setObjectName("themeChip")
            side = "left" if self.layoutDirection() == Qt.LayoutDirection.LeftToRight else "right"
            chip.setStyleSheet(f"QLabel#themeChip {{ border-{side}: 4px solid {color}; }}")
            self.chip_layout.addWidget(chip)
            chip.show()
        self.chips.updateGeometry()

    def status_name(self, status: str) -> str:
        """The catalogue status in words (every photograph says whether it is ready to show)."""
        names = {
            "draft": self.tr("Draft"),
            "reviewed": self.tr("Reviewed"),
            "published": self.tr("Published"),
        }
        return names.get(status, status)

    # --- preview image ------------------------------------------------------------------------

    def _decode(self) -> None:
        pid = self.photo_id
        if pid is None:
            return
        size = self.preview.size() * max(1.0, self.devicePixelRatioF())
        w, h = max(size.width(), 320), max(size.height(), 240)
        lib = self.tasks.library
        self.tasks.read(
            lambda: load_photo_image(lib, pid, w, h), self._on_image, key="preview", session=False
        )

    def _on_image(self, result: tuple[int, QImage | None, bool]) -> None:
        pid, image, original = result
        if pid != self.photo_id or image is None:
            return
        native = (
            QSize(self.record.width, self.record.height)
            if self.record and self.record.width and self.record.height
            else None
        )
        self.preview.set_image(image, native)
        self.image_is_original = original
        self._fit_preview()

    def _on_thumb(self, pid: int) -> None:
        if pid == self.photo_id and not self.preview.has_image():
            self.preview.set_image(self.thumbs.pixmap(pid))
            self._fit_preview()

    def _fit_preview(self) -> None:
        """As tall as the photograph is at the panel's width (no dark bands), within limits that
        leave room for the caption."""
        aspect = 0.0
        rec = self.record
        if rec and rec.id == self.photo_id and rec.width and rec.height:
            aspect = rec.width / rec.height
        elif self.preview.pixmap() is not None and not self.preview.pixmap().isNull():
            aspect = self.preview.pixmap().width() / max(1, self.preview.pixmap().height())
        height = int(self.width() / aspect) if aspect > 0 else int(self.height() * 0.5)
        self.preview.setFixedHeight(max(180, min(height, int(self.height() * 0.6))))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_preview()
        if self.photo_id is not None and self.image_is_original:
            pix = self.preview.pixmap()
            if pix is not None and (
                pix.width() < self.preview.width() * 0.8 and pix.height() < self.preview.height() * 0.8
            ):
                self._decode_timer.start(200)  # grown a lot: decode again at the new size
