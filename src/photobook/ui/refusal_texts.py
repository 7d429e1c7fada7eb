"""The catalog's refusals of a vocabulary change (places, themes) in the interface language.

The services refuse every vocabulary change they cannot make — a name taken, or a place or theme
gone, in the meantime (another window changed the vocabulary since the manager read it), a merge
that can no longer be undone, a name the catalog cannot take — with a
:class:`~photobook.services.refusals.Refused`: a code and its values. Each code's sentence is
written here as a translatable source string (context "Refusal"), so that ``lupdate`` collects it
into ``resources/i18n/photobook_*.ts``; the names are put in after translation, isolated (FSI … PDI) in a right-to-left window so that a Latin name keeps
its order in an Arabic sentence.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication

CONTEXT = "Refusal"
FSI, PDI = "\u2068", "\u2069"

# fmt: off
SOURCES: dict[str, str] = {
    "place_taken": QT_TRANSLATE_NOOP("Refusal", "There is already a place “%1”."),
    "place_ar_taken": QT_TRANSLATE_NOOP("Refusal", "“%1” is already the Arabic name of the place “%2”."),
    "place_en_taken": QT_TRANSLATE_NOOP("Refusal", "“%1” is already the English name of the place “%2”."),
    "place_unknown": QT_TRANSLATE_NOOP("Refusal", "There is no place “%1” any more: it was renamed or deleted in another window."),
    "place_needs_french": QT_TRANSLATE_NOOP("Refusal", "A place needs its French name."),
    "name_unreadable": QT_TRANSLATE_NOOP("Refusal", "A name cannot hold a NUL character or a broken character."),
    "language_unknown": QT_TRANSLATE_NOOP("Refusal", "“%1” is not a language of the catalog (French, Arabic, English)."),
    "coords_pair": QT_TRANSLATE_NOOP("Refusal", "Give both the latitude and the longitude, or neither."),
    "latitude_range": QT_TRANSLATE_NOOP("Refusal", "The latitude is a number of degrees from −90 to 90 (south is negative), not %1."),
    "longitude_range": QT_TRANSLATE_NOOP("Refusal", "The longitude is a number of degrees from −180 to 180 (west is negative), not %1."),
    "place_inside_itself": QT_TRANSLATE_NOOP("Refusal", "“%1” is inside “%2” now: a place cannot be put inside itself."),
    "place_merge_itself": QT_TRANSLATE_NOOP("Refusal", "A place cannot be merged into itself."),
    "place_merge_inside": QT_TRANSLATE_NOOP("Refusal", "“%1” is inside “%2” now: merge it into a place outside it."),
    "place_has_places": QT_TRANSLATE_NOOP("Refusal", "Places are inside “%1” now: its adding cannot be undone."),
    "theme_taken": QT_TRANSLATE_NOOP("Refusal", "There is already a theme “%1”."),
    "theme_unknown": QT_TRANSLATE_NOOP("Refusal", "There is no theme “%1” any more: it was deleted in another window."),
    "theme_slug": QT_TRANSLATE_NOOP("Refusal", "A theme’s identifier is lower-case letters, digits and hyphens (at most 64), not “%1”."),
    "theme_colour": QT_TRANSLATE_NOOP("Refusal", "A colour is written #rrggbb, not “%1”."),
    "theme_needs_label": QT_TRANSLATE_NOOP("Refusal", "A new theme needs a label in at least one language."),
    "theme_inside_itself": QT_TRANSLATE_NOOP("Refusal", "“%1” is under “%2” now: a theme cannot move under itself."),
    "theme_merge_itself": QT_TRANSLATE_NOOP("Refusal", "A theme cannot be merged into itself."),
}
# fmt: on


class Refusal(QObject):
    """The refusals that count something (photographs, characters): their sentences go through
    ``self.tr(…, "", n)`` (the class's name is their context, as for :data:`SOURCES`), so that
    ``lupdate`` marks them plural and each language says "1 photograph", "2 photographs" its way."""

    def counted(self, code: str, n: int) -> str | None:
        if code == "name_too_long":
            return self.tr("A name is at most %n character(s) long.", "", n)
        if code == "place_in_use":
            return self.tr(
                "%n photograph(s) are placed at “%1” now: merge it into another place instead.", "", n
            )
        if code == "place_unmerge_stale":
            return self.tr(
                "The merge of “%1” cannot be undone: %n of its photograph(s) were changed in another "
                "window since.",
                "",
                n,
            )
        if code == "theme_in_use":
            return self.tr(
                "%n photograph(s) are tagged “%1” now: merge it into another theme instead.", "", n
            )
        if code == "theme_unmerge_stale":
            return self.tr(
                "The merge of the theme “%1” cannot be undone: %n of its photograph(s) were changed in "
                "another window since.",
                "",
                n,
            )
        return None


# The codes :class:`Refusal` says.
COUNTED = frozenset(
    {"name_too_long", "place_in_use", "place_unmerge_stale", "theme_in_use", "theme_unmerge_stale"}
)
_counter: list[Refusal] = []


def refusal_text(exc: BaseException) -> str | None:
    """The sentence for a refusal the services say as a code, in the interface language; None for
    any other error (said as it is). ``%1`` is the name, ``%2`` the other name, ``%n`` the count."""
    from photobook.services.refusals import Refused  # loaded by then: the change ran in a worker

    if not isinstance(exc, Refused):
        return None
    if exc.code in COUNTED:
        if not _counter:
            _counter.append(Refusal())
        text = _counter[0].counted(exc.code, exc.count)
    elif exc.code in SOURCES:
        text = QCoreApplication.translate(CONTEXT, SOURCES[exc.code])
    else:
        return None
    if text is None:
        return None
    names = {"1": exc.name, "2": exc.other}
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        names = {k: f"{FSI}{v}{PDI}" for k, v in names.items()}
    return re.sub("%([12])", lambda m: names[m.group(1)], text)


# A date refused (``core.dates.DateError``: its code, and the date it is about as ``%1``), typed in
# the editor, the batch bar or read by a save: said in the interface language, as the CLI says it
# in English.
DATE_CONTEXT = "DateRefusal"
# fmt: off
#: Why a date typed by the archivist is refused; %1 is that date (as typed, or as EDTF: 1985-06-31).
DATE_SOURCES: dict[str, str] = {
    "unreadable": QT_TRANSLATE_NOOP("DateRefusal", "“%1” is not a date photobook understands."),
    "cannot_read": QT_TRANSLATE_NOOP("DateRefusal", "“%1”: this date cannot be read."),
    "ends_before_start": QT_TRANSLATE_NOOP("DateRefusal", "“%1”: the interval ends before it starts."),
    "before_photography": QT_TRANSLATE_NOOP("DateRefusal", "“%1”: before the invention of photography."),
    "in_future": QT_TRANSLATE_NOOP("DateRefusal", "“%1”: in the future."),
    "ends_in_future": QT_TRANSLATE_NOOP("DateRefusal", "“%1”: ends in the future."),
    "no_such_date": QT_TRANSLATE_NOOP("DateRefusal", "“%1”: there is no such day."),
    "no_such_year": QT_TRANSLATE_NOOP("DateRefusal", "“%1”: there is no such year."),
    "open_bounds": QT_TRANSLATE_NOOP("DateRefusal", "“%1” has no definite bounds (open intervals are not supported)."),
    "nothing_to_reshape": QT_TRANSLATE_NOOP("DateRefusal", "There is no date to reshape: type one first."),
}
# fmt: on


def date_error_text(exc: BaseException) -> str:
    """A refused date's reason in the interface language: ``exc`` a ``DateError``, or an edit
    refused for its date (``EditError.date_error``); any other error as it is said."""
    from photobook.core.dates import DateError

    date_error = exc if isinstance(exc, DateError) else getattr(exc, "date_error", None)
    if not isinstance(date_error, DateError) or date_error.code not in DATE_SOURCES:
        return str(exc)
    text = QCoreApplication.translate(DATE_CONTEXT, DATE_SOURCES[date_error.code])
    value = date_error.text
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        value = f"{FSI}{value}{PDI}"
    return text.replace("%1", value)
