"""The summary tables (revision 0009) hold exactly what a plain GROUP BY over the photos says, after
every kind of write: indexing, a bulk load, edits one by one and in a batch, undo, an import, files
going missing and coming back, theme moves, merges and deletions, a reign boundary moved, a source
removed. On SQLite and on PostgreSQL; the counts the window shows come from them."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from unittest import mock

from sqlalchemy import text

from photobook.db import queries as q
from photobook.db.models import UNDATED_YEAR
from photobook.indexer.catalog_writer import CatalogWriter
from photobook.indexer.scan import index_paths
from photobook.services import edits, vocabulary
from photobook.services.edits import EditRequest
from photobook.services.import_plan import import_catalog
from photobook.services.reigns import set_reign_bounds
from photobook.services.sources import remove_source
from photobook.services.synthetic import populate

from ..indexer.hostile import jpeg


def _rows(session, sql, missing_at):
    """{key: n} of the rows with n > 0, ``missing`` read as a bool (SQLite gives 0/1)."""
    out = {}
    for *key, n in session.execute(text(sql)):
        if n:
            key[missing_at] = bool(key[missing_at])
            out[tuple(key)] = n
    return out


def truth(session) -> dict[str, dict]:
    """Every count from scratch: photos by (status, missing, year); by reign as the dates say
    (core.reigns.reigns_for: the interval overlaps the reign); by theme with each photo counted
    once per ancestor, the tree walked in Python."""
    years = _rows(
        session,
        f"SELECT status, missing, coalesce(year, {UNDATED_YEAR}), count(*) FROM photos "
        f"GROUP BY status, missing, coalesce(year, {UNDATED_YEAR})",
        1,
    )
    reigns = {}
    for rid, start, end in session.execute(text('SELECT id, start, "end" FROM reigns')):
        lo = (start if isinstance(start, date) else date.fromisoformat(str(start))).toordinal()
        hi = (end if isinstance(end, date) else date.fromisoformat(str(end))).toordinal() if end else 10**7
        for status, missing, n in session.execute(
            text(
                "SELECT status, missing, count(*) FROM photos WHERE day_start <= :hi AND day_end >= :lo "
                "GROUP BY status, missing"
            ),
            {"lo": lo, "hi": hi},
        ):
            reigns[(rid, status, bool(missing))] = n
    parent = dict(session.execute(text("SELECT id, parent_id FROM themes")).all())
    seen: dict[tuple, set[int]] = {}
    for pid, tid, status, missing in session.execute(
        text(
            "SELECT pt.photo_id, pt.theme_id, p.status, p.missing FROM photo_themes pt "
            "JOIN photos p ON p.id = pt.photo_id"
        )
    ):
        anc = tid
        while anc is not None:
            seen.setdefault((anc, status, bool(missing)), set()).add(pid)
            anc = parent[anc]
    themes = {k: len(v) for k, v in seen.items()}
    return {"years": years, "reigns": reigns, "themes": themes}


def summaries(session) -> dict[str, dict]:
    negative = session.execute(
        text(
            "SELECT count(*) FROM (SELECT n FROM summary_years UNION ALL SELECT n FROM summary_reigns "
            "UNION ALL SELECT n FROM summary_themes) x WHERE n < 0"
        )
    ).scalar()
    assert negative == 0
    return {
        "years": _rows(session, "SELECT status, missing, year, n FROM summary_years", 1),
        "reigns": _rows(session, "SELECT reign_id, status, missing, n FROM summary_reigns", 2),
        "themes": _rows(session, "SELECT theme_id, status, missing, n FROM summary_themes", 2),
    }


FILTERS = (
    q.PhotoFilter(),
    q.PhotoFilter(statuses=("published",)),
    q.PhotoFilter(statuses=("draft", "reviewed"), include_missing=False),
    q.PhotoFilter(undated=True),
)


def theme_days_truth(session) -> dict[tuple, tuple[int, int]]:
    """Per (theme, day_start, day_end, approximate, status, missing): (photographs, smallest id),
    each dated photograph once under every ancestor of its themes, the tree walked in Python."""
    parent = dict(session.execute(text("SELECT id, parent_id FROM themes")).all())
    seen: dict[tuple, set[int]] = {}
    for pid, tid, *key in session.execute(
        text(
            "SELECT pt.photo_id, pt.theme_id, p.day_start, p.day_end, p.approximate, p.status, p.missing "
            "FROM photo_themes pt JOIN photos p ON p.id = pt.photo_id WHERE p.day_start IS NOT NULL"
        )
    ):
        start, end, approx, status, missing = key
        anc = tid
        while anc is not None:
            seen.setdefault((anc, start, end, bool(approx), status, bool(missing)), set()).add(pid)
            anc = parent[anc]
    return {k: (len(v), min(v)) for k, v in seen.items()}


def theme_days(session) -> dict[tuple, tuple[int, int]]:
    """``summary_theme_days`` as {key: (n, cover)}; a row never stays at 0 or below."""
    out = {}
    for tid, start, end, approx, status, missing, n, cover in session.execute(
        text(
            "SELECT theme_id, day_start, day_end, approximate, status, missing, n, cover FROM summary_theme_days"
        )
    ):
        assert n > 0, (tid, start, end, status, n)
        out[(tid, start, end, bool(approx), status, bool(missing))] = (n, cover)
    return out


def theme_days_all_truth(session) -> dict[tuple, tuple[int, int]]:
    """Per (theme, day_start, day_end, approximate), every status and missing flag together:
    (photographs, smallest id), from the photographs (:func:`theme_days_truth`, summed)."""
    out: dict[tuple, tuple[int, int]] = {}
    for (tid, start, end, approx, _status, _missing), (n, cover) in theme_days_truth(session).items():
        had = out.get((tid, start, end, approx))
        out[(tid, start, end, approx)] = (n, cover) if had is None else (had[0] + n, min(had[1], cover))
    return out


def theme_days_all(session) -> dict[tuple, tuple[int, int]]:
    """``summary_theme_days_all`` as {key: (n, cover)} (revision 0020); a row never stays at 0."""
    out = {}
    for tid, start, end, approx, n, cover in session.execute(
        text("SELECT theme_id, day_start, day_end, approximate, n, cover FROM summary_theme_days_all")
    ):
        assert n > 0, (tid, start, end, n)
        out[(tid, start, end, bool(approx))] = (n, cover)
    return out


def theme_undated_truth(session) -> set[tuple]:
    """Every (theme, undated photograph, status, missing), each undated photograph once under every
    ancestor of its themes, the tree walked in Python."""
    parent = dict(session.execute(text("SELECT id, parent_id FROM themes")).all())
    out: set[tuple] = set()
    for pid, tid, status, missing in session.execute(
        text(
            "SELECT pt.photo_id, pt.theme_id, p.status, p.missing FROM photo_themes pt "
            "JOIN photos p ON p.id = pt.photo_id WHERE p.day_start IS NULL"
        )
    ):
        anc = tid
        while anc is not None:
            out.add((anc, pid, status, bool(missing)))
            anc = parent[anc]
    return out


def theme_undated(session) -> set[tuple]:
    """``summary_theme_undated`` as a set of (theme, photograph, status, missing); never one twice."""
    rows = [
        (tid, pid, status, bool(missing))
        for tid, pid, status, missing in session.execute(
            text("SELECT theme_id, photo_id, status, missing FROM summary_theme_undated")
        )
    ]
    assert len(rows) == len(set(rows))
    return set(rows)


#: one theme (with its sub-themes) under the scopes the theme day summaries answer
THEME_FILTERS = tuple(
    replace(f, themes=(slug,))
    for slug in ("economy", "port", "wind", "harbour-cranes")
    for f in (
        q.PhotoFilter(),
        q.PhotoFilter(statuses=("published",)),
        q.PhotoFilter(statuses=("draft", "reviewed"), include_missing=False),
        q.PhotoFilter(undated=True),
        q.PhotoFilter(undated=False, statuses=("reviewed",)),
    )
)


def _theme_views(s, f):
    dated = q.dated_count(s, f)
    total = q.count(s, f)
    undated = q.timeline_undated_ids(s, f)
    last = undated[-1:] or [None]
    return (
        q.timeline_summary(s, f),
        total,
        q.count_matching(s, f),
        q.reign_counts(s, f),
        # the undated: the timeline's, the contact sheet's pages across the dated/undated seam and the
        # place of the last one (the arrow keys), every id of a small theme
        undated,
        q.ordered_page(s, f, max(0, dated - 3), 10, dated),
        q.ordered_page(s, f, dated + 2, 5, dated),
        None if last[0] is None else q.ordered_position(s, f, last[0], dated),
        q.photo_ids_from_themes(s, f),
    )


def assert_exact(lib, when: str) -> None:
    with lib.Session() as s:
        got, want = summaries(s), truth(s)
        for name in want:
            assert got[name] == want[name], f"summary_{name} after {when}"
        assert theme_days(s) == theme_days_truth(s), f"summary_theme_days after {when}"
        assert theme_days_all(s) == theme_days_all_truth(s), f"summary_theme_days_all after {when}"
        assert theme_undated(s) == theme_undated_truth(s), f"summary_theme_undated after {when}"
        # what a theme filter's timeline and counts read from them: the same as reading the photos
        fast = {f: _theme_views(s, f) for f in THEME_FILTERS}
        with mock.patch.object(q, "_theme_days_scope", lambda *_a, **_k: None):
            slow = {f: _theme_views(s, f) for f in THEME_FILTERS}
        assert fast == slow, when
        # what the window reads from them: the same as the counts made over the photos (the
        # summaries switched off)
        fast = {
            f: (q.year_counts(s, f), q.reign_counts(s, f), q.theme_counts(s, f), q.count(s, f))
            for f in FILTERS
        }
        with mock.patch.object(q, "_summary_scope", lambda *_a, **_k: None):
            slow = {
                f: (q.year_counts(s, f), q.reign_counts(s, f), q.theme_counts(s, f), q.count(s, f))
                for f in FILTERS
            }
        assert fast == slow, when


def test_every_write_keeps_the_summaries_exact(any_library, tmp_path):
    lib = any_library
    assert_exact(lib, "opening")

    # indexing real files (the catalog writer), then a bulk load (synthetic, Core inserts)
    root = tmp_path / "src"
    (root / "1985").mkdir(parents=True)
    for i in range(4):
        (root / "1985" / f"p{i}.jpg").write_bytes(jpeg(color=(40 * i, 200 - 30 * i, 90)))
    assert index_paths(lib, [root], workers=0).indexed == 4
    assert_exact(lib, "index")
    ids = populate(lib, 300, distinct_thumbs=0, batch=70)
    assert_exact(lib, "populate")

    # one photograph edited: date, status, themes
    r = edits.save(
        lib,
        {
            ids[0]: EditRequest(
                {"date": "1999", "status": "published"}, add_themes=("wind",), remove_themes=()
            )
        },
    )
    assert_exact(lib, "one edit")
    # a batch: 40 photographs at once, status and themes and dates
    batch = edits.save(
        lib,
        edits.same_for_all(
            ids[10:50], EditRequest({"status": "reviewed", "date": "1961"}, add_themes=("port",))
        ),
    )
    assert_exact(lib, "batch edit")
    edits.save(lib, batch.inverse())  # undo
    assert_exact(lib, "undo of the batch")
    removal = edits.save(lib, edits.same_for_all(ids[20:30], EditRequest({}, remove_themes=("port",))))
    assert_exact(lib, "batch theme removal")
    edits.save(lib, removal.inverse())
    edits.save(lib, r.inverse())
    assert_exact(lib, "undo")

    # an import (the transfer service)
    entries = [
        {"path": "1985/p0.jpg", "date": "circa 1984", "status": "published", "themes": ["port", "solar"]},
        {"path": "1985/p1.jpg", "date": "", "status": "reviewed", "themes": []},
    ]
    data = tmp_path / "in.json"
    data.write_text(json.dumps({"format": "photobook-catalog", "version": 1, "photos": entries}))
    assert import_catalog(lib, data)["updated"] == 2
    assert_exact(lib, "import")

    # files missing, then back (the catalog writer's own update)
    with lib.Session() as s, s.begin():
        CatalogWriter.set_missing(CatalogWriter.__new__(CatalogWriter), s, ids[100:160], True)
    assert_exact(lib, "missing")
    with lib.Session() as s, s.begin():
        CatalogWriter.set_missing(CatalogWriter.__new__(CatalogWriter), s, ids[100:130], False)
    assert_exact(lib, "back")

    # the theme tree changes: a theme moved under another, merged, deleted; a new theme used
    vocabulary.run(lib, lambda s: vocabulary.move_theme(s, "wind", "port"))
    assert_exact(lib, "theme moved")
    vocabulary.run(lib, lambda s: vocabulary.move_theme(s, "wind", None))
    assert_exact(lib, "theme moved back")
    vocabulary.run(lib, lambda s: vocabulary.add_theme(s, "harbour-cranes", {"fr": "Grues"}, parent="port"))
    edits.save(lib, edits.same_for_all(ids[60:70], EditRequest({}, add_themes=("harbour-cranes",))))
    assert_exact(lib, "new sub-theme")
    vocabulary.run(lib, lambda s: vocabulary.merge_themes(s, "solar", "wind"))
    assert_exact(lib, "themes merged")
    vocabulary.run(lib, lambda s: vocabulary.delete_theme(s, "harbour-cranes", move_to="industry"))
    assert_exact(lib, "theme in use deleted")
    vocabulary.run(lib, lambda s: vocabulary.add_theme(s, "coast", {"fr": "Côte"}))
    vocabulary.run(lib, lambda s: vocabulary.move_theme(s, "port", "coast"))
    vocabulary.run(lib, lambda s: vocabulary.delete_theme(s, "coast"))
    assert_exact(lib, "parent theme deleted")

    # a reign boundary moved: every photograph's reigns derived again
    with lib.Session() as s, s.begin():
        set_reign_bounds(s, "hassan-ii", date(1961, 3, 3), date(1990, 1, 1))
    assert_exact(lib, "reign bounds")

    # deletions: some rows, then a whole source
    with lib.Session() as s, s.begin():
        s.execute(
            text("DELETE FROM photos WHERE id IN (:a, :b, :c)"), {"a": ids[5], "b": ids[6], "c": ids[150]}
        )
    assert_exact(lib, "rows deleted")
    assert remove_source(lib, root) == 4
    assert_exact(lib, "source removed")
    with lib.Session() as s:
        assert q.count(s) == 297
