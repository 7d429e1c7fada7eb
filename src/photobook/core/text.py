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


def fold(text: str) -> str:
    """Lower-case, strip combining marks (accents, harakat, shadda, sukun), unify Arabic letters."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).translate(_ARABIC_LETTERS)


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def fts_query(text: str) -> str:
    """An FTS5 MATCH expression: every typed word as a quoted prefix, all required."""
    return " ".join(f'"{w}"*' for w in words(text))
