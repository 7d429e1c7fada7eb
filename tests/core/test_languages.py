"""One module says which languages photobook speaks, how a locale name maps to one of them and in
which order a missing caption or name falls back to another language."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from photobook.core import languages
from photobook.core.languages import CREDIT_FIELDS, LANGUAGES, LOCALIZED_FIELDS, localized_field

SRC = Path(__file__).resolve().parents[2] / "src" / "photobook"


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        ("fr", "fr"),
        ("fr_CA.UTF-8", "fr"),
        ("ar-Arab-MA", "ar"),
        ("ar_EG", "ar"),
        ("AR", "ar"),
        ("en-US", "en"),
        ("en_GB.UTF-8@euro", "en"),
        ("de_DE.UTF-8", "fr"),  # none of the three: French
        ("C", "fr"),
        ("", "fr"),
        (None, "fr"),
    ],
)
def test_any_locale_name_gives_one_of_the_three_languages(name, lang):
    assert languages.normalise(name) == lang


def test_the_first_preferred_language_that_photobook_speaks_wins():
    assert languages.first_known(["de-DE", "de", "ar-MA", "fr"]) == "ar"
    assert languages.first_known(["es-ES", "it"]) == "fr"
    assert languages.first_known([]) == "fr"


def test_one_fallback_order_for_captions_names_and_titles():
    assert languages.fallback("fr") == ("fr", "en", "ar")
    assert languages.fallback("en") == ("en", "fr", "ar")
    assert languages.fallback("ar") == ("ar", "fr", "en")
    assert languages.fallback("de") == ("fr", "en", "ar")
    names = {"fr": "Hassan II", "ar": "الحسن الثاني", "en": ""}
    assert languages.pick(names, "ar") == ("ar", "الحسن الثاني")
    assert languages.pick(names, "en") == ("fr", "Hassan II")  # empty English: the French name
    assert languages.pick({"ar": "نص"}, "en") == ("ar", "نص")
    assert languages.pick({}, "fr") is None


def test_languages_are_defined_once():
    """No other module spells out the list of languages or a fallback table of its own."""
    offenders = []
    for path in SRC.rglob("*.py"):
        if path.name == "languages.py" and path.parent.name == "core":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Tuple | ast.List | ast.Set) and len(node.elts) == 3:
                values = {e.value for e in node.elts if isinstance(e, ast.Constant)}
                if values == {"fr", "ar", "en"}:
                    offenders.append(f"{path.relative_to(SRC)}:{node.lineno}")
            # a fallback of its own: getattr(self, f"name_{lang}") or self.name_fr or …
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "getattr"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.JoinedStr)
                and any(
                    isinstance(v, ast.FormattedValue) and getattr(v.value, "id", "") == "lang"
                    for v in node.args[1].values
                )
            ):
                offenders.append(f"{path.relative_to(SRC)}:{node.lineno}")
            # a fallback of its own: names.get(lang) or names.get("fr") or …
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "get"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and node.args[0].value in ("fr", "ar", "en")
            ):
                offenders.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert offenders == []


def test_the_fields_written_per_language_are_listed_once():
    """The place, photographer, credit and rights are written per language: core.languages lists
    them (LOCALIZED_FIELDS, CREDIT_FIELDS) and names their edit fields (localized_field); no other
    module spells the list out (a field added there reaches the editor, the batch bar, the CLI,
    the spreadsheets and the duplicates' merge at once). Migrations keep the list as it was then."""
    offenders = []
    for path in SRC.rglob("*.py"):
        if (path.name == "languages.py" and path.parent.name == "core") or "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Tuple | ast.List | ast.Set):
                names = {e.value for e in node.elts if isinstance(e, ast.Constant)}
                if set(CREDIT_FIELDS) <= names <= set(LOCALIZED_FIELDS):
                    offenders.append(f"{path.relative_to(SRC)}:{node.lineno}")
            # an edit field of its own: k if lang == "fr" else f"{k}:{lang}"
            if (
                isinstance(node, ast.IfExp)
                and isinstance(node.test, ast.Compare)
                and any(isinstance(c, ast.Constant) and c.value == "fr" for c in node.test.comparators)
                and isinstance(node.orelse, ast.JoinedStr)
                and any(isinstance(v, ast.Constant) and v.value == ":" for v in node.orelse.values)
            ):
                offenders.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert offenders == []
    assert [localized_field("place", lang) for lang in LANGUAGES] == ["place", "place:ar", "place:en"]


def test_another_language_a_file_carried_comes_after_the_three_in_alphabetical_order():
    from photobook.core.languages import fallback_all, is_caption_language

    assert fallback_all("ar", {"fr", "de", "es"}) == ("ar", "fr", "en", "de", "es")
    assert fallback_all("fr", ()) == ("fr", "en", "ar")
    assert [c for c in ("fr", "de", "tzm", "es") if is_caption_language(c)] == ["fr", "de", "tzm", "es"]
    # not a language CLDR knows, not a primary tag, not lower case: not a caption language
    assert not any(is_caption_language(c) for c in ("xx", "de-CH", "DE", "x", "", "déu", "default"))
