"""A date the archivist types that cannot be read or cannot be true is refused in the window's
language (French, Arabic, English), not in the CLI's English: the editor's reading under the date
field, the batch bar's refusal and a save's refusal all say ``DateError``'s code through the .ts
translations."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from photobook.core import dates
from photobook.services.edits import EditError, read_date
from photobook.ui import i18n
from photobook.ui.app import create_application
from photobook.ui.refusal_texts import DATE_SOURCES, FSI, PDI, date_error_text
from tests.ui.test_editor import open_editor_on, settle, type_into, window  # noqa: F401
from tests.ui.test_editor import record as stored

# an input for each reason the date reader gives
REFUSED = {
    "n'importe quoi": "unreadable",
    "1985-0X": "cannot_read",
    "1990/1985": "ends_before_start",
    "1820": "before_photography",
    "2999": "in_future",
    "[1984..2999]": "ends_in_future",
    "31 juin 1985": "no_such_date",
    "0000~": "no_such_year",
    "1985/..": "open_bounds",
}


def refusal(text: str) -> dates.DateError:
    with pytest.raises(dates.DateError) as info:
        dates.parse(dates.from_human(text))
    return info.value


def test_every_reason_a_date_is_refused_for_has_its_sentence():
    seen = {refusal(text).code: text for text in REFUSED}
    assert set(seen) == set(REFUSED.values())
    with pytest.raises(dates.DateError) as info:
        dates.reshape("", "circa")
    seen[info.value.code] = ""
    assert set(seen) == set(DATE_SOURCES)


@pytest.fixture
def language():
    create_application()
    yield lambda lang: i18n.set_language(lang)
    i18n.set_language("fr")


def test_a_refused_date_is_said_in_the_windows_language(language):
    exc = refusal("31 juin 1985")
    language("fr")
    assert date_error_text(exc) == "« 1985-06-31 » : ce jour n’existe pas."
    language("en")
    assert date_error_text(exc) == "“1985-06-31”: there is no such day."
    language("ar")
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # the Latin date is isolated, so that it keeps its order in the Arabic sentence
    assert date_error_text(exc) == f"«{FSI}1985-06-31{PDI}»: لا وجود لهذا اليوم."
    # the CLI and the logs keep the English message
    assert str(exc) == "'1985-06-31': no such date (day is out of range for month)"


def test_an_edit_refused_for_its_date_carries_the_reason_and_others_are_said_as_they_are(language):
    language("fr")
    with pytest.raises(EditError) as info:
        read_date("2999")
    assert date_error_text(info.value) == "« 2999 » : dans le futur."
    assert date_error_text(EditError("a caption is at most 4,000 characters long")).startswith("a caption")


def test_the_editor_and_the_batch_bar_refuse_a_date_in_french(qtbot, window, synthetic_library):  # noqa: F811
    w = window()
    pid = open_editor_on(qtbot, w)
    before = stored(synthetic_library, pid)
    type_into(qtbot, w.editor.date_edit, "1820")
    assert w.editor.reading_refused()
    assert w.editor.date_reading.text() == "« 1820 » : avant l’invention de la photographie."
    qtbot.keyClick(w.editor.date_edit, Qt.Key.Key_Escape)
    settle(qtbot, w)
    assert stored(synthetic_library, pid).date == before.date
    # several photographs: the batch bar's date is refused the same way
    w.set_view("grid")
    first = w.grid.photo_model().id_at(0)
    w.grid.select(first)
    w.grid.setFocus()
    qtbot.keyClick(w.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(w.grid, Qt.Key.Key_F2)
    bar = w.editor.batch
    qtbot.waitUntil(lambda: len(bar.current) == 2 and bar.isEnabled(), timeout=5000)
    bar.field_box.setCurrentIndex(bar.field_box.findData("date"))
    type_into(qtbot, bar.value_input, "vers 2995")  # (QTest types Latin-1 keys only)
    qtbot.keyClick(bar.value_input, Qt.Key.Key_Return)
    assert bar.refusal.isVisible() and bar.values == {}
    assert bar.refusal.text() == "« 2995 » : dans le futur."
