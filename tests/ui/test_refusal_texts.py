"""The catalog's refusals of a vocabulary change (a name taken, a place or theme gone, in another
window meanwhile) are said in the window's language; the command line keeps its English words."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from photobook.services.refusals import RefusalCode, Refused
from photobook.ui import i18n
from photobook.ui.app import create_application
from photobook.ui.refusal_texts import COUNTED, SOURCES, refusal_text


def test_every_refusal_the_services_can_make_has_a_sentence_in_the_window():
    assert set(SOURCES) | COUNTED == {code.value for code in RefusalCode}
    assert not set(SOURCES) & COUNTED


@pytest.mark.parametrize("code", list(RefusalCode), ids=lambda c: c.value)
def test_every_refusal_is_said_in_french_and_arabic_not_in_the_catalogs_english(qapp, code):
    """Each refusal of a vocabulary change that can reach the window (an undo of a merge after a
    photograph was saved since, a theme identifier typed wrong, a region gone inside the place…)
    has its sentence in French and Arabic, with its names and number put in, and a plural English
    one; none is left in the catalog's English."""
    create_application()
    exc = Refused(code, "Xanadu", "Yaounde", 3)
    said = {}
    try:
        for lang in ("fr", "ar", "en"):
            i18n.set_language(lang)
            said[lang] = refusal_text(exc)
    finally:
        i18n.set_language("fr")
    for lang, text in said.items():
        assert text and "%" not in text and "(s)" not in text, (lang, text)
        assert text != str(exc)
    assert said["fr"] != said["en"] and said["ar"] != said["en"]
    assert any("\u0600" <= ch <= "\u06ff" for ch in said["ar"])
    for value in ("Xanadu", "Yaounde", "3"):
        if value in said["en"]:
            assert value in said["fr"] and value in said["ar"]


def test_a_refusal_is_english_on_the_command_line_and_french_or_arabic_in_the_window(qapp):
    create_application()
    taken = Refused(RefusalCode.PLACE_TAKEN, "Fès")
    gone = Refused(RefusalCode.THEME_UNKNOWN, "docks")
    assert str(taken) == "there is already a place 'Fès'" and str(gone) == "unknown theme 'docks'"
    try:
        i18n.set_language("fr")
        assert refusal_text(taken) == "Il y a déjà un lieu « Fès »."
        assert (
            refusal_text(gone)
            == "Il n’y a plus de thème « docks » : il a été supprimé dans une autre fenêtre."
        )
        i18n.set_language("ar")
        said = refusal_text(taken)
        assert said is not None and "مكان" in said and "\u2068Fès\u2069" in said  # the name kept in order
        i18n.set_language("en")
        assert refusal_text(taken) == "There is already a place “Fès”."
        assert refusal_text(ValueError("something else")) is None  # said as it is, by the caller
    finally:
        i18n.set_language("fr")
