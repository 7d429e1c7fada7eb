"""``photobook edit --photographer/--credit/--rights [LANG=]TEXT`` (revision 0013), on SQLite and
PostgreSQL: a bare TEXT stays the French/default value (older scripts keep working), LANG=TEXT
sets one language, ``--clear photographer`` empties every language; ``show --json`` carries them."""

from __future__ import annotations

import json

from tests.test_cli import catalog, run  # noqa: F401  (catalog is a fixture)


def test_edit_sets_credits_per_language_and_a_bare_value_stays_the_french_one(catalog, capsys):  # noqa: F811
    code, out, err = run(
        capsys,
        "edit",
        1,
        2,
        *catalog,
        "--photographer",
        "H. Najibi",
        "--photographer",
        "ar=ح. نجيبي",
        "--credit",
        "en=Atlas Archives",
        "--rights",
        "CC BY 4.0",
        "--json",
    )
    assert (code, err) == (0, "")
    for r in json.loads(out):
        assert (r["photographer"], r["rights"], r["credit"]) == ("H. Najibi", "CC BY 4.0", None)
        assert r["photographer_by_lang"] == {"fr": "H. Najibi", "ar": "ح. نجيبي"}
        assert r["credit_by_lang"] == {"en": "Atlas Archives"}
    # an older script: one bare value, as before
    code, _, err = run(capsys, "edit", 2, *catalog, "--photographer", "Studio Atlas")
    assert (code, err) == (0, "")
    _, out, _ = run(capsys, "show", 2, *catalog, "--json")
    assert json.loads(out)["photographer_by_lang"] == {"fr": "Studio Atlas", "ar": "ح. نجيبي"}
    # one language cleared, then all of them
    code, _, _ = run(capsys, "edit", 1, *catalog, "--clear", "photographer:ar")
    _, out, _ = run(capsys, "show", 1, *catalog, "--json")
    assert code == 0 and json.loads(out)["photographer_by_lang"] == {"fr": "H. Najibi"}
    code, _, _ = run(capsys, "edit", 1, 2, *catalog, "--clear", "photographer")
    _, out, _ = run(capsys, "list", *catalog, "--json")
    by_id = {r["id"]: r for r in json.loads(out)}
    assert code == 0 and by_id[1]["photographer_by_lang"] == by_id[2]["photographer_by_lang"] == {}
    assert by_id[2]["credit_by_lang"] == {"en": "Atlas Archives"}  # the other fields stay
    _, out, _ = run(capsys, "history", 2, *catalog, "--json")
    assert {"photographer", "photographer:ar", "credit:en", "rights"} <= {e["field"] for e in json.loads(out)}


def test_a_language_photobook_does_not_write_is_refused_and_nothing_changes(catalog, capsys):  # noqa: F811
    _, before, _ = run(capsys, "list", *catalog, "--json")
    code, out, err = run(capsys, "edit", 1, *catalog, "--credit", "Archiv", "--clear", "credit")
    assert code == 2 and out == "" and "both set and cleared" in err
    code, out, err = run(capsys, "edit", 1, *catalog, "--clear", "credit:de")
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    _, after, _ = run(capsys, "list", *catalog, "--json")
    assert after == before
