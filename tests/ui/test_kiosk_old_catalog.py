"""A kiosk on a catalog the archivist's newer photobook has not upgraded yet: the kiosk must not
upgrade it (it opens read-only), and cannot read it. It says so, in the visitor's language, and the
log gives the revision found and the one expected; once the catalog is upgraded, the next retry
opens it."""

from __future__ import annotations

import logging

import pytest

from photobook.db.engine import CatalogTooOld, open_for_kiosk, open_library
from photobook.db.fastpath import head_revision
from photobook.db.migrate import current_revision, upgrade_to_head
from photobook.ui.views.kiosk import KioskWindow
from photobook.ui.views.kiosk.pin import hash_pin
from tests.db.test_migration_workbench import _downgrade


@pytest.fixture
def old_catalog(tmp_path):
    """A library of published photographs, taken one revision back (as an older photobook left it)."""
    from photobook.services.synthetic import populate

    lib = open_library(tmp_path / "library")
    populate(lib, 40, distinct_thumbs=4)
    _downgrade(lib.engine, "-1")
    old = current_revision(lib.engine)
    lib.close()
    assert old is not None and old != head_revision()
    return tmp_path / "library", old


def test_the_kiosk_refuses_an_older_catalog_naming_both_revisions(old_catalog):
    folder, old = old_catalog
    with pytest.raises(CatalogTooOld) as err:
        open_for_kiosk(folder)
    assert (err.value.found, err.value.expected) == (old, head_revision())
    assert f"revision {old}" in str(err.value) and head_revision() in str(err.value)
    assert "archivist" in str(err.value)
    lib = open_library(folder, readonly=True)  # nothing was upgraded
    try:
        assert current_revision(lib.engine) == old
    finally:
        lib.close()


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("fr", "doit d'abord être ouvert par photobook sur le poste de l'archiviste"),
        ("ar", "أمين الأرشيف"),
        ("en", "must first be opened by photobook on the archivist's computer"),
    ],
)
def test_the_kiosk_says_why_in_each_language_then_opens_once_upgraded(
    qtbot, old_catalog, caplog, lang, words
):
    folder, old = old_catalog
    caplog.set_level(logging.WARNING, logger="photobook.ui.views.kiosk.window")
    w = KioskWindow(
        lambda: open_for_kiosk(folder), lang=lang, idle_s=60, pin_hash=hash_pin("2468"), retry_s=3600
    )
    qtbot.addWidget(w)
    try:
        assert w.pages.currentWidget() is w.unavailable and w.library is None
        assert words in w.unavailable.text()
        assert "indisponibles" not in w.unavailable.text()  # not the "temporarily unavailable" of a lost disk
        w.set_language("fr")  # a visitor's tap: the reason follows the language
        assert "poste de l'archiviste" in w.unavailable.text()
        w.set_language(lang)
        # the log (journal of the kiosk's service) names the revision found and the one expected, once
        logged = [r.getMessage() for r in caplog.records if "cannot open the catalog" in r.getMessage()]
        assert len(logged) == 1 and f"revision {old}" in logged[0] and head_revision() in logged[0]
        w._retry.timeout.emit()  # still old: the same words, nothing logged again
        assert w.library is None and words in w.unavailable.text()
        assert len([r for r in caplog.records if "cannot open the catalog" in r.getMessage()]) == 1
        # the archivist's photobook opens (and upgrades) it: the next retry shows the archive
        archivist = open_library(folder)
        upgrade_to_head(archivist.engine)
        archivist.close()
        w._retry.timeout.emit()
        assert w.library is not None and w.pages.currentWidget() is w.browse
        qtbot.waitUntil(lambda: w.loads > 0, timeout=10000)
    finally:
        w._may_close = True
        w.shutdown()
