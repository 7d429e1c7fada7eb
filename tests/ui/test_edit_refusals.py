"""What the catalog refuses of an edit is said in the window's language (French, Arabic), not in
the CLI's English: a field too long, a control character or a NUL, a theme deleted in another
window meanwhile, a tour's title already taken, a catalog that cannot be written. ``EditError`` and
``TourError`` carry a code and its values; ``ui.refusal_texts.edit_error_text`` says them through
the .ts translations (context "EditRefusal"). The CLI and the logs keep the English message."""

from __future__ import annotations

import sqlite3

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog
from sqlalchemy.exc import OperationalError

from photobook.services import edits, tours, vocabulary
from photobook.services.edits import EditCode, EditError, EditRequest, StaleRevision
from photobook.services.tours import TourCode, TourError
from photobook.ui import i18n
from photobook.ui.app import create_application
from photobook.ui.refusal_texts import EDIT_SOURCES, FSI, PDI, EditRefusal, edit_error_text
from tests.ui.test_editor import open_editor_on, settle, type_into, window  # noqa: F401
from tests.ui.test_editor import record as stored


def refused(fn, *args, **kwargs) -> BaseException:
    with pytest.raises((EditError, TourError)) as info:
        fn(*args, **kwargs)
    return info.value


def read_only() -> OperationalError:
    """What SQLite says when the catalog cannot be written (its file or disk made read-only)."""
    return OperationalError(
        "UPDATE photos", {}, sqlite3.OperationalError("attempt to write a readonly database")
    )


# Each refusal an edit can meet, made by the service that refuses it; what the window says of it
# in French and in Arabic.
CASES = {
    "too_long": (
        lambda: refused(edits.check_value, "caption:ar", "x" * 20_001),
        "Légende (arabe) : 20\u202f001 caractères ; 20\u202f000 au plus.",
        "الشرح (العربية): 20.001 حرف؛ الحد الأقصى 20.000.",
    ),
    "nul": (
        lambda: refused(edits.check_value, "place:en", "Rabat\x00"),
        "Lieu (anglais) : un caractère NUL ne peut pas être enregistré.",
        "المكان (الإنجليزية): لا يمكن حفظ الحرف NUL.",
    ),
    "not_unicode": (
        lambda: refused(edits.check_value, "photographer", "M\udc80"),
        "Photographe (français) : un caractère invalide (demi-codet isolé) ne peut pas être enregistré.",
        "المصور (الفرنسية): لا يمكن حفظ حرف غير صالح (بديل منفرد).",
    ),
    "control_one_line": (
        lambda: refused(edits.check_value, "title:fr", "Port\x07"),
        "Titre (français) : caractère de contrôle (U+0007) à la position 5 ; "
        "un champ d’une seule ligne n’en accepte aucun.",
        f"العنوان (الفرنسية): حرف تحكم ({FSI}U+0007{PDI}) في الموضع 5؛ لا يقبل حقل السطر الواحد أي حرف تحكم.",
    ),
    "control_multi_line": (
        lambda: refused(edits.check_value, "notes", "a\x1bb"),
        "Notes : caractère de contrôle (U+001B) à la position 2 ; "
        "seuls les tabulations et les retours à la ligne sont acceptés.",
        f"الملاحظات: حرف تحكم ({FSI}U+001B{PDI}) في الموضع 2؛ لا يُسمح إلا بعلامات الجدولة وفواصل الأسطر.",
    ),
    "unknown_status": (
        lambda: refused(edits._check, EditRequest({"status": "final"}), set()),
        "« final » n’est pas un statut (brouillon, relu ou publié).",
        f"«{FSI}final{PDI}» ليست حالة معروفة (مسودة، تمت المراجعة، منشور).",
    ),
    "unknown_language": (
        lambda: refused(edits._check, EditRequest({"place:de": "Rom"}), set()),
        "« de » n’est pas une langue du catalogue (français, arabe, anglais).",
        f"«{FSI}de{PDI}» ليست من لغات الفهرس (الفرنسية، العربية، الإنجليزية).",
    ),
    "unknown_field": (
        lambda: refused(edits._check, EditRequest({"colour": "red"}), set()),
        "« colour » n’est pas un champ de la fiche.",
        f"«{FSI}colour{PDI}» ليس حقلًا من حقول البطاقة.",
    ),
    "unknown_themes": (
        lambda: refused(edits._check, EditRequest({}, ("phares",)), set()),
        "Le thème « phares » n’existe plus : il a été supprimé dans une autre fenêtre. Rien n’a été enregistré.",
        f"لم يعد الموضوع «{FSI}phares{PDI}» موجودًا: حُذف في نافذة أخرى. لم يُحفظ شيء.",
    ),
    "cannot_clear": (
        lambda: refused(edits.clear_fields, ["revision"]),
        "« revision » ne peut pas être effacé.",
        f"لا يمكن مسح «{FSI}revision{PDI}».",
    ),
    "status_not_clearable": (
        lambda: refused(edits.clear_fields, ["status"]),
        "Le statut ne peut pas être effacé : choisissez-en un (brouillon, relu ou publié).",
        "لا يمكن مسح الحالة: اختر حالة (مسودة، تمت المراجعة، منشور).",
    ),
    "unknown_date_source": (
        lambda: refused(edits._check, EditRequest({}, date_source="oracle"), set()),
        "« oracle » n’est pas une source de date.",
        f"«{FSI}oracle{PDI}» ليس مصدرًا للتواريخ.",
    ),
    "themes_added_and_removed": (
        lambda: refused(edits._check, EditRequest({}, ("ports",), ("ports",)), {"ports"}),
        "Le thème « ports » est à la fois ajouté et retiré : choisissez l’un ou l’autre.",
        f"الموضوع «{FSI}ports{PDI}» مضاف ومُزال في آن واحد: اختر أحدهما.",
    ),
    "coordinate_range": (
        lambda: refused(edits._check, EditRequest({"place_lat": "95"}), set()),
        "Latitude : un nombre de degrés de −90 à 90, et non « 95 ».",
        f"خط العرض: عدد من الدرجات بين −90 و90، لا «{FSI}95{PDI}».",
    ),
    "not_a_number": (
        lambda: EditError("place_lon must be a number", code=EditCode.NOT_A_NUMBER, field="place_lon"),
        "Longitude : un nombre est attendu.",
        "خط الطول: يجب أن تكون القيمة عددًا.",
    ),
    "not_text": (
        lambda: EditError("credit must be text", code=EditCode.NOT_TEXT, field="credit"),
        "Crédit (français) : un texte est attendu.",
        "المصدر (الفرنسية): يجب أن تكون القيمة نصًّا.",
    ),
    "no_photograph": (
        lambda: EditError("no photograph with id 7", code=EditCode.NO_PHOTOGRAPH, value="7"),
        "Cette photographie n’est plus dans le catalogue (retirée dans une autre fenêtre) : rien n’a été enregistré.",
        "لم تعد هذه الصورة في الفهرس (أُزيلت في نافذة أخرى): لم يُحفظ شيء.",
    ),
    "tour_needs_title": (
        lambda: TourError("a tour needs a title", code=TourCode.NEEDS_TITLE),
        "Une visite doit avoir un titre.",
        "تحتاج الجولة إلى عنوان.",
    ),
    "tour_duration_range": (
        lambda: TourError("the duration runs from 1 second to 24 hours", code=TourCode.DURATION_RANGE),
        "Une vue reste affichée de 1 seconde à 24 heures.",
        "تُعرض الشريحة من ثانية واحدة إلى 24 ساعة.",
    ),
    "tour_title_taken": (
        lambda: TourError("there is already a tour called 'Expo'", code=TourCode.TITLE_TAKEN, value="Expo"),
        "Il existe déjà une visite intitulée « Expo ».",
        f"توجد جولة بعنوان «{FSI}Expo{PDI}» من قبل.",
    ),
    "tour_transition": (
        lambda: TourError("a transition is one of cut, fly", code=TourCode.TRANSITION, value="wipe"),
        "« wipe » n’est pas une transition (coupe franche ou survol).",
        f"«{FSI}wipe{PDI}» ليس انتقالًا معروفًا (قطع أو تحليق).",
    ),
    "tour_unknown_language": (
        lambda: TourError("unknown language 'de'", code=TourCode.UNKNOWN_LANGUAGE, value="de"),
        "« de » n’est pas une langue du catalogue (français, arabe, anglais).",
        f"«{FSI}de{PDI}» ليست من لغات الفهرس (الفرنسية، العربية، الإنجليزية).",
    ),
    "tour_no_photograph": (
        lambda: TourError("no photograph with id 7", code=TourCode.NO_PHOTOGRAPH, value="7"),
        "Une photographie de cette visite n’est plus dans le catalogue (retirée dans une autre fenêtre) : "
        "rien n’a été modifié.",
        "لم تعد إحدى صور هذه الجولة في الفهرس (أُزيلت في نافذة أخرى): لم يتغير شيء.",
    ),
    "tour_position": (
        lambda: TourError("positions run from 1 to 3", code=TourCode.POSITION, count=3),
        "La visite compte maintenant 3 vues : elle a été modifiée dans une autre fenêtre. Rien n’a été changé.",
        "أصبحت الجولة تضم 3 شرائح: عُدّلت في نافذة أخرى. لم يتغير شيء.",
    ),
    "stale": (
        lambda: StaleRevision(3, 1, 2),  # a theme's merge undone after someone saved its photograph
        "1 photographie a été modifiée par quelqu’un d’autre depuis sa lecture : rien n’a été enregistré.",
        "عدّل شخص آخر صورة واحدة منذ قراءتها: لم يُحفظ شيء.",
    ),
    "read_only": (
        read_only,
        "Le catalogue ne peut pas être modifié ici (il est en lecture seule) : rien n’a été enregistré.",
        "لا يمكن الكتابة في الفهرس هنا (للقراءة فقط): لم يُحفظ شيء.",
    ),
    "disk_full": (
        lambda: OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full")),
        "Le disque qui contient le catalogue est plein : rien n’a été enregistré.",
        "القرص الذي يحمل الفهرس ممتلئ: لم يُحفظ شيء.",
    ),
    "catalog_damaged": (
        lambda: OperationalError("SELECT", {}, sqlite3.DatabaseError("database disk image is malformed")),
        "Le catalogue est endommagé : rien n’a été enregistré. Restaurez la dernière sauvegarde.",
        "الفهرس تالف: لم يُحفظ شيء. استرجع آخر نسخة احتياطية.",
    ),
}


@pytest.fixture
def language():
    create_application()
    yield lambda lang: i18n.set_language(lang)
    i18n.set_language("fr")


def test_every_code_an_edit_or_a_tour_is_refused_with_has_its_sentence():
    counted = {"too_long", "tour_position", "stale"}
    codes = {c.value for c in EditCode} - {"date"} | {c.value for c in TourCode}
    assert codes | {"read_only", "disk_full", "catalog_damaged", "stale"} == set(CASES)
    assert set(CASES) == set(EDIT_SOURCES) | counted
    assert all(EditRefusal().counted(code, 2) for code in counted)


@pytest.mark.parametrize("code", sorted(CASES))
def test_each_refusal_is_said_in_french_and_in_arabic(language, code):
    make, french, arabic = CASES[code]
    exc = make()
    if isinstance(exc, EditError | TourError):
        assert exc.code == code
    english = str(exc)
    language("fr")
    assert edit_error_text(exc) == french
    language("ar")
    assert edit_error_text(exc) == arabic
    assert str(exc) == english  # the CLI and the logs keep the English message


def test_the_cli_keeps_its_english_words():
    exc = refused(edits.check_value, "title:fr", "T" * 501)
    assert str(exc) == "the title (fr) is 501 characters long; at most 500"
    assert (exc.code, exc.field, exc.count, exc.limit) == ("too_long", "title:fr", 501, 500)
    exc = refused(edits.check_value, "title:fr", "Port\x07")
    assert str(exc) == (
        "the title (fr) contains a control character (U+0007) at position 5: a one-line field takes none"
    )


def test_an_error_without_a_code_is_said_as_it_is(language):
    language("fr")
    assert edit_error_text(EditError("merge: photograph 3 cannot be merged into itself")) == (
        "merge: photograph 3 cannot be merged into itself"
    )
    assert edit_error_text(RuntimeError("boom\nthe traceback")) == "boom"


# --- in the window ----------------------------------------------------------------------------


def test_the_editor_refuses_a_title_too_long_in_french(qtbot, window, synthetic_library):  # noqa: F811
    w = window("fr")
    pid = open_editor_on(qtbot, w)
    before = stored(synthetic_library, pid)
    title = w.editor.fields["title:fr"]
    qtbot.keyClick(w.editor.date_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is title
    type_into(qtbot, title, "T" * 501)
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    settle(qtbot, w)
    qtbot.waitUntil(lambda: w.editor.message.isVisible(), timeout=5000)
    assert w.editor.message.text() == "Titre (français) : 501 caractères ; 500 au plus."
    assert w.statusBar().currentMessage() == w.editor.message.text()
    assert stored(synthetic_library, pid).revision == before.revision  # nothing saved


def test_the_editor_refuses_a_control_character_in_arabic(qtbot, window, synthetic_library):  # noqa: F811
    w = window("ar")
    pid = open_editor_on(qtbot, w)
    before = stored(synthetic_library, pid)
    title = w.editor.fields["title:ar"]
    title.setFocus()
    title.setText("ميناء\x07الرباط")  # (QTest types Latin-1 keys only)
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    settle(qtbot, w)
    qtbot.waitUntil(lambda: w.editor.message.isVisible(), timeout=5000)
    assert w.editor.message.text() == (
        f"العنوان (العربية): حرف تحكم ({FSI}U+0007{PDI}) في الموضع 6؛ لا يقبل حقل السطر الواحد أي حرف تحكم."
    )
    assert stored(synthetic_library, pid).revision == before.revision


def test_the_editor_says_in_french_that_a_theme_was_deleted_meanwhile(qtbot, synthetic_library, window):  # noqa: F811
    vocabulary.run(synthetic_library, lambda s: vocabulary.add_theme(s, "phares", {"fr": "Phares"}))
    w = window("fr")
    pid = open_editor_on(qtbot, w)
    qtbot.waitUntil(lambda: "phares" in {t.slug for t in w.editor.vocab.themes}, timeout=5000)
    vocabulary.run(synthetic_library, lambda s: vocabulary.delete_theme(s, "phares"))  # another window
    w.editor.theme_input.setFocus()
    qtbot.keyClicks(w.editor.theme_input, "Phares")
    qtbot.keyClick(w.editor.theme_input, Qt.Key.Key_Return)
    settle(qtbot, w)
    qtbot.waitUntil(lambda: w.editor.message.isVisible(), timeout=5000)
    assert w.editor.message.text() == (
        "Le thème « phares » n’existe plus : il a été supprimé dans une autre fenêtre. Rien n’a été enregistré."
    )
    assert "phares" not in stored(synthetic_library, pid).themes


def test_a_save_the_catalog_cannot_write_is_said_in_arabic(qtbot, window, synthetic_library, monkeypatch):  # noqa: F811
    w = window("ar")
    pid = open_editor_on(qtbot, w)
    before = stored(synthetic_library, pid)

    def cannot_write(*_a, **_k):
        raise read_only()  # the catalog's file or disk made read-only since the window opened it

    monkeypatch.setattr(edits, "save", cannot_write)
    notes = w.editor.fields["notes"]
    notes.setFocus()
    notes.setPlainText("ملاحظة")
    w.editor.commit("notes")
    settle(qtbot, w)
    qtbot.waitUntil(lambda: w.editor.message.isVisible(), timeout=5000)
    assert w.editor.message.text() == "لا يمكن الكتابة في الفهرس هنا (للقراءة فقط): لم يُحفظ شيء."
    assert stored(synthetic_library, pid).notes == before.notes


def test_the_batch_bar_refuses_a_control_character_and_a_long_value_in_french_and_arabic(
    qtbot,
    window,  # noqa: F811
):
    w = window("fr")
    w.set_view("grid")
    first = w.grid.photo_model().id_at(0)
    w.grid.select(first)
    w.grid.setFocus()
    qtbot.keyClick(w.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(w.grid, Qt.Key.Key_F2)
    bar = w.editor.batch
    qtbot.waitUntil(lambda: len(bar.current) == 2 and bar.isEnabled(), timeout=5000)
    bar.field_box.setCurrentIndex(bar.field_box.findData("plate"))
    bar.value_input.setText("B12\x1b")
    qtbot.keyClick(bar.value_input, Qt.Key.Key_Return)
    assert bar.refusal.isVisible() and bar.values == {}
    assert bar.refusal.text() == (
        "Planche / page : caractère de contrôle (U+001B) à la position 4 ; "
        "un champ d’une seule ligne n’en accepte aucun."
    )
    i18n.set_language("ar")
    bar.field_box.setCurrentIndex(bar.field_box.findData("credit:ar"))
    bar.value_input.setText("أ" * 501)
    qtbot.keyClick(bar.value_input, Qt.Key.Key_Return)
    assert bar.values == {}
    assert bar.refusal.text() == "المصدر (العربية): 501 حرف؛ الحد الأقصى 500."


def test_a_tour_title_already_taken_is_said_in_french(qtbot, window, synthetic_library, monkeypatch):  # noqa: F811
    with synthetic_library.Session() as s, s.begin():
        tours.create(s, "Sommet 2026")
    w = window("fr")
    w.set_view("grid")
    w.grid.select(w.grid.photo_model().id_at(0))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Sommet 2026", True)))
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(w.statusBar().currentMessage()), timeout=10000)
    assert w.statusBar().currentMessage() == "Il existe déjà une visite intitulée « Sommet 2026 »."


def test_the_import_preview_says_a_value_refused_in_french_and_in_arabic(qtbot, window, tmp_path):  # noqa: F811
    """A spreadsheet whose caption is too long and whose plate holds a control character: the
    preview's error lines say why in the window's language (the CLI's ``--json`` carries the code)."""
    from tests.ui.test_import_dialog import _open, _paths

    for lang, expected in {
        "fr": [
            "Légende (arabe) : 20\u202f001 caractères ; 20\u202f000 au plus.",
            "Planche / page : caractère de contrôle (U+0007) à la position 3 ; "
            "un champ d’une seule ligne n’en accepte aucun.",
        ],
        "ar": [
            "الشرح (العربية): 20.001 حرف؛ الحد الأقصى 20.000.",
            f"اللوحة / الصفحة: حرف تحكم ({FSI}U+0007{PDI}) في الموضع 3؛ لا يقبل حقل السطر الواحد أي حرف تحكم.",
        ],
    }.items():
        w = window(lang)
        a, b = _paths(w.library, 2)
        sheet = tmp_path / f"sheet-{lang}.csv"
        sheet.write_text(f"path,caption_ar,plate\n{a},{'ب' * 20_001},\n{b},,B1\x07\n", encoding="utf-8")
        dialog = _open(qtbot, w, sheet)
        m = dialog.model
        said = [m.data(m.index(r, 4)) for r in range(m.rowCount()) if m.is_error(r)]
        # (the preview's cells are isolated as a whole in a right-to-left window)
        assert [s.removeprefix(FSI).removesuffix(PDI) for s in said] == expected
        assert not dialog.import_button.isEnabled()
        dialog.close()
