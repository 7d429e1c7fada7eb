"""``photobook tour pdf``: a handout of a tour, one page a slide — the photograph, its title and
caption (the slide's own for the talk, else the catalogue's), the date in words, the place, the
photographer and the credit — in one language, Arabic shaped and right to left.

Qt's own PDF writer (QPdfWriter) draws it, with the fonts the window uses (Noto Sans, Noto Naskh
Arabic, embedded in the PDF): no other PDF library, and Arabic is shaped by Qt's text engine as on
screen. The pictures are decoded from the originals (the thumbnail when an original is missing)
with the app's guarded decoder, at most 2400 px, in this thread: the command has no window.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from photobook.core.tours import Tour, TourSlide
from photobook.db import queries
from photobook.ui.views.image_decode import load_photo_image
from photobook.ui.views.presenter.stage import slide_text

IMAGE_PX = 2400  # the longest side a handout's picture is decoded at (300 dpi over 20 cm)
DPI = 300

LABELS = {
    "fr": {"place": "Lieu", "photographer": "Photographe", "credit": "Crédit", "slide": "Diapositive"},
    "en": {"place": "Place", "photographer": "Photographer", "credit": "Credit", "slide": "Slide"},
    "ar": {"place": "المكان", "photographer": "المصوّر", "credit": "حقوق الصورة", "slide": "الشريحة"},
}


def _app() -> QGuiApplication:
    app = QGuiApplication.instance()
    if app is None:
        # a QApplication (not a bare QGuiApplication): one process has one application, and a
        # window opened later in it (the tests, a future "print" in the window) needs widgets
        from PySide6.QtWidgets import QApplication

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["photobook"])
    from photobook.ui.app import load_fonts

    load_fonts()
    assert isinstance(app, QGuiApplication)
    return app


def write_handout(library, tour: Tour, out: Path, lang: str, *, include_hidden: bool = False) -> int:
    """Write the handout to ``out`` (through ``out.part``, renamed when complete). Returns the
    number of pages: one per slide, hidden slides left out unless ``include_hidden``."""
    _app()
    from photobook.ui.fonts import app_font

    slides = [sl for sl in tour.slides if include_hidden or not sl.hidden]
    if not slides:
        raise ValueError("the tour has no slides to print")
    with library.Session() as s:
        records = {r.id: r for r in queries.photo_records(s, [sl.photo_id for sl in slides])}
    part = out.with_name(out.name + ".part")
    writer = QPdfWriter(str(part))
    writer.setTitle(tour.title)
    writer.setCreator("photobook")
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15)
        )
    )
    rtl = lang == "ar"
    labels = LABELS.get(lang, LABELS["en"])
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {out}")
    try:
        page = writer.pageLayout().paintRectPixels(DPI)
        width, height = float(page.width()), float(page.height())
        for n, sl in enumerate(slides):
            if n:
                writer.newPage()
            record = records.get(sl.photo_id)
            _, image, _ = load_photo_image(library, sl.photo_id, IMAGE_PX, IMAGE_PX)
            box = QRectF(0, 0, width, height * 0.58)
            text_top = height * 0.1
            if image is not None and not image.isNull():
                size = QSizeF(image.size()).scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
                target = QRectF(
                    box.x() + (box.width() - size.width()) / 2, box.y(), size.width(), size.height()
                )
                painter.drawImage(target, image)
                text_top = target.bottom() + DPI * 0.25  # a quarter inch under the picture
            doc = QTextDocument()
            font = app_font(11.0 * (1.12 if rtl else 1.0))
            doc.setDefaultFont(font)
            option = QTextOption()
            option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
            option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            doc.setDefaultTextOption(option)
            doc.setHtml(_page_html(sl, len(tour.slides), record, lang, labels, rtl))
            # the page is 300 dpi: lay the text out at 72 dpi width and scale, so point sizes hold
            scale = DPI / 72.0
            doc.setTextWidth(width / scale)
            painter.save()
            painter.translate(0, text_top)
            painter.scale(scale, scale)
            doc.drawContents(painter, QRectF(0, 0, width / scale, (height - text_top) / scale))
            painter.restore()
    finally:
        painter.end()
    try:
        part.replace(out)
    except OSError:
        part.unlink(missing_ok=True)
        raise
    return len(slides)


def _page_html(slide: TourSlide, total, record, lang, labels, rtl) -> str:
    shown = slide_text(slide, record, lang)  # what the room reads on the stage for this slide
    esc = html.escape
    parts = [f'<div dir="{"rtl" if rtl else "ltr"}">']
    if shown.date:
        parts.append(f'<p style="color:#8a1c1c; font-size:13pt; font-weight:600">{esc(shown.date)}</p>')
    if shown.title:
        parts.append(f'<p style="font-size:20pt; font-weight:600">{esc(shown.title)}</p>')
    if shown.text:
        parts.append(f'<p style="font-size:12pt">{esc(shown.text)}</p>')
    rows = []
    if record is not None:
        for key in ("place", "photographer", "credit"):
            # in the handout's language, else in another with the window's discreet marker "(FR)"
            used, value = record.localized(key, lang)
            if value:
                shown = f"\u2068{esc(value)}\u2069 ({used.upper()})" if used != lang else esc(value)
                rows.append(
                    f'<tr><td style="color:#666; padding-right:12px">{esc(labels[key])}</td><td>{shown}</td></tr>'
                )
    if rows:
        parts.append(f'<table style="font-size:10pt">{"".join(rows)}</table>')
    parts.append(
        f'<p style="color:#999; font-size:9pt">{esc(labels["slide"])} {slide.position} / {total}</p></div>'
    )
    return "".join(parts)
