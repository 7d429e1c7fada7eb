"""Search text folding: case, Latin accents, Arabic diacritics and letter variants.

The same fold is applied to what is indexed and to what is typed, so "ecole" finds "École",
"الدار البيضاء" finds "الدَّارُ البَيْضَاءُ", and "أكادير" finds "اكادير".
"""

from __future__ import annotations

import re
import unicodedata

_ARABIC_LETTERS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",  # alef with hamza/madda/wasla → bare alef
        "ى": "ي",  # alef maqsura → ya
        "ة": "ه",  # ta marbuta → ha
        "ؤ": "و",
        "ئ": "ي",
        "ـ": None,  # tatweel (kashida)
        "ß": "ss",
    }
)
_WORD = re.compile(r"\w+", re.UNICODE)


_STRIP: dict[int, None] | None = None


def _strip_table() -> dict[int, None]:
    """Every combining mark in the BMP (Latin accents, Arabic harakat, shadda, sukun…) → removed."""
    global _STRIP
    if _STRIP is None:
        _STRIP = {cp: None for cp in range(0x300, 0x10000) if unicodedata.combining(chr(cp))}
    return _STRIP


def fold(text: str) -> str:
    """Lower-case, strip combining marks (accents, harakat, shadda, sukun), unify Arabic letters."""
    if not text:
        return ""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold()).translate(_strip_table())
    return unicodedata.normalize("NFC", decomposed).translate(_ARABIC_LETTERS)


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def fts_query(text: str) -> str:
    """An FTS5 MATCH expression: every typed word as a quoted prefix, all required."""
    return " ".join(f'"{w}"*' for w in words(text))
