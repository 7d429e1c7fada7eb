"""Undoing changes to the theme vocabulary, on SQLite and PostgreSQL: a merged or deleted theme
comes back with its labels, colour, place in the tree, sub-themes and photographs."""

from __future__ import annotations

import pytest

from photobook.db import queries as q
from photobook.services import edits
from photobook.services import vocabulary as v
from photobook.services.edits import EditRequest, StaleRevision
from photobook.services.refusals import RefusalCode, Refused
from tests.db.test_queries import SPECS, add


@pytest.fixture
def lib(any_library):
    add(any_library, SPECS)
    return any_library


def tree(lib):
    with lib.Session() as s:
        rows = q.themes(s)
        slug = {t.id: t.slug for t in rows}
        return {t.slug: (slug.get(t.parent_id), t.label_fr, t.label_ar, t.color) for t in rows}


def tagged(lib, slug):
    with lib.Session() as s:
        t = q.theme_by_slug(s, slug)
        return q.photos_with_theme(s, t.id) if t is not None else set()


def test_a_merge_is_undone_with_its_sub_themes_and_photographs(lib):
    v.run(lib, lambda s: v.add_theme(s, "quays", {"fr": "Quais"}, parent="port", color="#123456"))
    before_tree, ports, industry = tree(lib), tagged(lib, "port"), tagged(lib, "industry")
    with lib.Session() as s:
        own = q.theme_own_counts(s)
    assert own["port"] == len(ports) and "quays" not in own
    snap = v.run(lib, lambda s: v.snapshot(s, "port"))
    assert snap.children == ("quays",) and snap.parent == "logistics"
    merged = v.run(lib, lambda s: v.merge_themes(s, "port", "industry", "amina"))
    assert "port" not in tree(lib) and tree(lib)["quays"][0] == "industry"
    assert tagged(lib, "industry") == ports | industry
    v.run(lib, lambda s: v.restore_theme(s, snap, merged, "amina"))
    assert tree(lib) == before_tree
    assert (tagged(lib, "port"), tagged(lib, "industry")) == (ports, industry)


def test_undoing_a_merge_is_refused_when_a_photograph_was_saved_since(lib):
    snap = v.run(lib, lambda s: v.snapshot(s, "port"))
    merged = v.run(lib, lambda s: v.merge_themes(s, "port", "industry"))
    pid = min(merged.revisions)
    edits.save(lib, {pid: EditRequest({"notes": "someone else"})})
    with pytest.raises(Refused) as refused:  # a code the window says in its language
        v.run(lib, lambda s: v.restore_theme(s, snap, merged))
    assert (refused.value.code, refused.value.name, refused.value.count) == (
        RefusalCode.THEME_UNMERGE_STALE,
        "port",
        1,
    )
    assert isinstance(refused.value.__cause__, StaleRevision)
    assert "port" not in tree(lib)  # nothing of the undo was kept


def test_a_deleted_unused_theme_comes_back(lib):
    v.run(lib, lambda s: v.add_theme(s, "quays", {"fr": "Quais", "ar": "أرصفة"}, parent="port"))
    before = tree(lib)
    snap = v.run(lib, lambda s: v.snapshot(s, "quays"))
    v.run(lib, lambda s: v.delete_theme(s, "quays"))
    assert "quays" not in tree(lib)
    v.run(lib, lambda s: v.restore_theme(s, snap))
    assert tree(lib) == before
