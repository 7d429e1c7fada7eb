from datetime import date

from photobook.core import dates
from photobook.core.reigns import Reign, reigns_for
from photobook.core.text import fold, fts_query

HASSAN = Reign(1, "hassan-ii", date(1961, 3, 3).toordinal(), date(1999, 7, 23).toordinal())
MOHAMMED = Reign(2, "mohammed-vi", date(1999, 7, 23).toordinal(), None)
BOTH = [HASSAN, MOHAMMED]


def slugs(edtf):
    b = dates.parse(edtf)
    return [r.slug for r in reigns_for(b.start if b else None, b.end if b else None, BOTH)]


def test_reigns_follow_the_date():
    assert slugs("1985") == ["hassan-ii"]
    assert slugs("2007-07-27") == ["mohammed-vi"]
    assert slugs("") == []


def test_the_succession_year_and_day_belong_to_both():
    assert slugs("1999") == ["hassan-ii", "mohammed-vi"]
    assert slugs("1999-07-23") == ["hassan-ii", "mohammed-vi"]
    assert slugs("1999-07-22") == ["hassan-ii"]
    assert slugs("1999-07-24") == ["mohammed-vi"]


def test_intervals_across_the_succession_belong_to_both():
    assert slugs("1998/2001") == ["hassan-ii", "mohammed-vi"]
    assert slugs("1999~") == ["hassan-ii", "mohammed-vi"]
    assert slugs("199X") == ["hassan-ii", "mohammed-vi"]
    assert slugs("1990/1998") == ["hassan-ii"]


def test_fold_ignores_case_accents_and_arabic_diacritics():
    assert fold("École FÈS") == fold("ecole fes")
    assert fold("الدَّارُ البَيْضَاءُ") == fold("الدار البيضاء")
    assert fold("أكادير") == fold("اكادير")
    assert fold("مدينـــة") == fold("مدينة")


def test_fts_query_quotes_words():
    assert fts_query('tanger "med"') == '"tanger"* "med"*'
    assert fts_query("!!!") == ""
