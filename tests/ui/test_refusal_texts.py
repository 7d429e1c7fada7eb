"""The catalog's refusals of a vocabulary change (a name taken, a place or theme gone, in another
window meanwhile) are said in the window's language; the command line keeps its English words."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from photobook.services.refusals import RefusalCode, Refused
from photobook.ui import i18n
from photobook.ui.app import create_application
from photobook.ui.refusal_texts import SOURCES, refusal_text


def test_every_refusal_the_services_can_make_has_a_sentence_in_the_window():
    assert set(SOURCES) == {code.value for code in RefusalCode}


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
