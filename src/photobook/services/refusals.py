"""Refusals of a vocabulary change (places, themes) that the window says in its own language.

A :class:`Refused` is an :class:`~photobook.services.edits.EditError` (the command line prints it
as it prints every other refusal, in English) that also carries a :class:`RefusalCode` and the
values of its sentence, so that the window does not show the English words in a French or Arabic
window: it says the code through its translation files (``ui/refusal_texts.py``). Every refusal
the places and themes services make is one of these: a name taken or a place or theme gone since
the manager last read the vocabulary (another window changed it), a merge that can no longer be
undone (a photograph saved since), a name or identifier the catalog cannot take.
"""

from __future__ import annotations

from enum import StrEnum

from photobook.services.edits import EditError


class RefusalCode(StrEnum):
    # values: {name}, {other} (a second name), {count} (a number)
    PLACE_TAKEN = "place_taken"  # {name}: another place is written so (in French, or its French name)
    PLACE_AR_TAKEN = "place_ar_taken"  # {name}: the Arabic name of the place {other} (its French name)
    PLACE_EN_TAKEN = "place_en_taken"  # {name}: the English name of the place {other}
    PLACE_UNKNOWN = "place_unknown"  # {name}: no place is written so (deleted or renamed since)
    PLACE_NEEDS_FRENCH = "place_needs_french"
    NAME_TOO_LONG = "name_too_long"  # {name}: the language; {count}: the limit
    NAME_UNREADABLE = "name_unreadable"  # {name}: the language (a NUL, a lone surrogate)
    LANGUAGE_UNKNOWN = "language_unknown"  # {name}: the code given
    COORDS_PAIR = "coords_pair"
    LATITUDE_RANGE = "latitude_range"  # {name}: the value given
    LONGITUDE_RANGE = "longitude_range"  # {name}: the value given
    PLACE_INSIDE_ITSELF = "place_inside_itself"  # {name}: the region, inside {other}
    PLACE_MERGE_ITSELF = "place_merge_itself"  # {name}
    PLACE_MERGE_INSIDE = "place_merge_inside"  # {name}: the target, inside {other}
    PLACE_IN_USE = "place_in_use"  # {count} photographs placed at {name}
    PLACE_HAS_PLACES = "place_has_places"  # {name}: an added place, now a region (no undo)
    PLACE_UNMERGE_STALE = "place_unmerge_stale"  # {count} photographs of the merge saved since
    THEME_TAKEN = "theme_taken"  # {name}: the slug of another theme
    THEME_UNKNOWN = "theme_unknown"  # {name}: no theme has this slug (deleted since)
    THEME_SLUG = "theme_slug"  # {name}: not an identifier
    THEME_COLOUR = "theme_colour"  # {name}: not #rrggbb
    THEME_NEEDS_LABEL = "theme_needs_label"
    THEME_INSIDE_ITSELF = "theme_inside_itself"  # {name}: the parent, under {other}
    THEME_MERGE_ITSELF = "theme_merge_itself"  # {name}
    THEME_IN_USE = "theme_in_use"  # {count} photographs tagged {name}
    THEME_UNMERGE_STALE = "theme_unmerge_stale"  # {count} photographs of the merge saved since


#: What the command line says (the words these refusals always had).
ENGLISH: dict[RefusalCode, str] = {
    RefusalCode.PLACE_TAKEN: "there is already a place {name!r}",
    RefusalCode.PLACE_AR_TAKEN: "{name!r} is already the Arabic name of the place {other!r}",
    RefusalCode.PLACE_EN_TAKEN: "{name!r} is already the English name of the place {other!r}",
    RefusalCode.PLACE_UNKNOWN: "unknown place {name!r}",
    RefusalCode.PLACE_NEEDS_FRENCH: "a place needs its French name (the one the catalogue is written in)",
    RefusalCode.NAME_TOO_LONG: "the {name} name is too long; at most {count:,} characters",
    RefusalCode.NAME_UNREADABLE: "the {name} name contains a NUL character or a lone surrogate",
    RefusalCode.LANGUAGE_UNKNOWN: "unknown language {name!r} (one of fr, ar, en)",
    RefusalCode.COORDS_PAIR: "give both the latitude and the longitude, or neither",
    RefusalCode.LATITUDE_RANGE: "the latitude is in degrees from -90 to 90 (south negative), not {name}",
    RefusalCode.LONGITUDE_RANGE: "the longitude is in degrees from -180 to 180 (west negative), not {name}",
    RefusalCode.PLACE_INSIDE_ITSELF: "{name!r} is inside {other!r}: a place cannot be put inside itself",
    RefusalCode.PLACE_MERGE_ITSELF: "a place cannot be merged into itself",
    RefusalCode.PLACE_MERGE_INSIDE: "{name!r} is inside {other!r}: merge it into a place outside it",
    RefusalCode.PLACE_IN_USE: "{count} photograph(s) placed at {name!r}: merge it into another place instead",
    RefusalCode.PLACE_HAS_PLACES: "places are inside {name!r} now: it cannot be taken back",
    RefusalCode.PLACE_UNMERGE_STALE: (
        "cannot undo the merge of {name!r}: someone else saved {count} of its photograph(s) since"
    ),
    RefusalCode.THEME_TAKEN: "there is already a theme {name!r}",
    RefusalCode.THEME_UNKNOWN: "unknown theme {name!r}",
    RefusalCode.THEME_SLUG: "a theme's slug is lower-case letters, digits and hyphens, not {name!r}",
    RefusalCode.THEME_COLOUR: "a colour is #rrggbb, not {name!r}",
    RefusalCode.THEME_NEEDS_LABEL: "a new theme needs a label in at least one language",
    RefusalCode.THEME_INSIDE_ITSELF: "{name!r} is inside {other!r}: a theme cannot move under itself",
    RefusalCode.THEME_MERGE_ITSELF: "a theme cannot be merged into itself",
    RefusalCode.THEME_IN_USE: (
        "theme {name!r} is in use ({count} photograph(s)): say where its photographs go (merge it into another)"
    ),
    RefusalCode.THEME_UNMERGE_STALE: (
        "cannot undo the merge of theme {name!r}: someone else saved {count} of its photograph(s) since"
    ),
}


class Refused(EditError):
    """A change refused, as a code and its values (``str()`` is the English sentence)."""

    def __init__(self, code: RefusalCode, name: str = "", other: str = "", count: int = 0) -> None:
        text = ENGLISH[code].format(name=name, other=other, count=count)
        super().__init__(
            text.replace("photograph(s)", "photograph" if count == 1 else "photographs"),
            code=code,
            count=count,
        )
        self.code: RefusalCode = code
        self.name, self.other = name, other
