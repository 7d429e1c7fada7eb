"""Refusals of a vocabulary change (places, themes) that the window says in its own language.

A :class:`Refused` is an :class:`~photobook.services.edits.EditError` (the command line prints it
as it prints every other refusal, in English) that also carries a :class:`RefusalCode` and the
values of its sentence, so that the window does not show the English words in a French or Arabic
window: it says the code through its translation files (``ui/models/refusal_texts.py``). These are
the refusals another window can cause in the meantime: a name taken since the manager last read
the vocabulary, or a place or theme gone since.
"""

from __future__ import annotations

from enum import StrEnum

from photobook.services.edits import EditError


class RefusalCode(StrEnum):
    PLACE_TAKEN = "place_taken"  # {name}: another place is written so (in any language)
    PLACE_UNKNOWN = "place_unknown"  # {name}: no place is written so (deleted or renamed since)
    THEME_TAKEN = "theme_taken"  # {name}: the slug of another theme
    THEME_UNKNOWN = "theme_unknown"  # {name}: no theme has this slug (deleted since)


#: What the command line says (the words these refusals always had).
ENGLISH: dict[RefusalCode, str] = {
    RefusalCode.PLACE_TAKEN: "there is already a place {name!r}",
    RefusalCode.PLACE_UNKNOWN: "unknown place {name!r}",
    RefusalCode.THEME_TAKEN: "there is already a theme {name!r}",
    RefusalCode.THEME_UNKNOWN: "unknown theme {name!r}",
}


class Refused(EditError):
    """A change refused, as a code and its values (``str()`` is the English sentence)."""

    def __init__(self, code: RefusalCode, name: str) -> None:
        self.code = code
        self.name = name
        super().__init__(ENGLISH[code].format(name=name))
