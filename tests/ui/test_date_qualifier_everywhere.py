"""Uncertain ("1981?") and approximate ("1981~") read the same way in every view: the caption
panel, the editor, the timeline's labels and tooltips, the kiosk and the presenter all say "1981 ?"
and "vers 1981" (and so in Arabic and English), derived from the stored EDTF text."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from sqlalchemy import select, update

from photobook.core import timeline_labels
from photobook.db import queries
from photobook.db.derive import date_columns
from photobook.db.models import Photo
from photobook.ui import i18n
from photobook.ui.app import create_application
from photobook.ui.main_window import MainWindow
from photobook.ui.settings import Settings
from photobook.ui.views.caption_panel import caption_text
from photobook.ui.views.presenter.deck import Slide
from photobook.ui.views.presenter.stage import slide_text


@pytest.fixture
def dated(any_library):
    from photobook.services.synthetic import populate

    populate(any_library, 30, distinct_thumbs=2)
    with any_library.Session() as s:
        ids = s.scalars(select(Photo.id).order_by(Photo.id)).all()
        for pid, edtf in ((ids[0], "1981?"), (ids[1], "1981~"), (ids[2], "1981%")):
            s.execute(update(Photo).where(Photo.id == pid).values(**date_columns(edtf)))
        s.commit()
    any_library.marked = {"uncertain": ids[0], "approximate": ids[1], "both": ids[2]}
    return any_library


def test_the_timeline_rows_carry_which_qualifier(dated):
    with dated.Session() as s:
        rows = {r[0]: r for r in queries.timeline_rows(s)}
    m = dated.marked
    assert rows[m["uncertain"]][3] == 2
    assert rows[m["approximate"]][3] == 1
    assert rows[m["both"]][3] == 3
    # the same bounds, apart on the timeline: "1981 ?" is not "vers 1981"
    r_u, r_a = rows[m["uncertain"]], rows[m["approximate"]]
    assert (r_u[1], r_u[2]) == (r_a[1], r_a[2])
    assert timeline_labels.span_label(r_u[1], r_u[2], r_u[3], "fr") == "1981\u202f?"
    assert timeline_labels.span_label(r_a[1], r_a[2], r_a[3], "fr") == "vers 1981"
    assert timeline_labels.span_label(r_u[1], r_u[2], r_u[3], "ar") == "1981؟"
    assert timeline_labels.span_label(r_u[1], r_u[2], r_u[3], "en") == "1981?"


@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_caption_panel_presenter_and_timeline_say_the_same(qtbot, dated, tmp_path, lang):
    create_application()
    i18n.set_language(lang)
    w = MainWindow(dated, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(w)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.browser.loads > 0 and not w.tasks.busy(), timeout=15000)
    try:
        with dated.Session() as s:
            recs = {r.id: r for r in queries.photo_records(s, list(dated.marked.values()))}
        rows = {r[0]: r for r in w.timeline._index.rows}
        for kind, pid in dated.marked.items():
            rec = recs[pid]
            words = caption_text(rec, w.browser.vocabulary, lang).date
            r = rows[pid]
            assert timeline_labels.span_label(r[1], r[2], r[3], lang) == words, kind
            assert slide_text(Slide(pid), rec, lang).date == words, kind
        w.browser.select(dated.marked["uncertain"])
        qtbot.waitUntil(lambda: w.caption.loaded, timeout=10000)
        assert (
            w.caption.date_label.text()
            == caption_text(recs[dated.marked["uncertain"]], w.browser.vocabulary, lang).date
        )
        assert "?" in w.caption.date_label.text() or "؟" in w.caption.date_label.text()
    finally:
        w.close()
        i18n.set_language("fr")
