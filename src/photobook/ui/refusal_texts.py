"""The catalog's refusals of a vocabulary change (places, themes) in the interface language.

The services refuse every vocabulary change they cannot make — a name taken, or a place or theme
gone, in the meantime (another window changed the vocabulary since the manager read it), a merge
that can no longer be undone, a name the catalog cannot take — with a
:class:`~photobook.services.refusals.Refused`: a code and its values. Each code's sentence is
written here as a translatable source string (context "Refusal"), so that ``lupdate`` collects it
into ``resources/i18n/photobook_*.ts``; the names are put in after translation, isolated (FSI … PDI) in a right-to-left window so that a Latin name keeps
its order in an Arabic sentence.

The same for a date refused (``core.dates.DateError``, context "DateRefusal") and for every other
edit the catalog refuses (``services.edits.EditError``, ``services.tours.TourError``: a field too
long, a control character or a NUL, a theme deleted meanwhile, a tour's title taken…) or cannot
write (a read-only catalog, a full disk): :func:`edit_error_text`, context "EditRefusal". The
command line says their English messages.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, Qt
from PySide6.QtGui import QGuiApplication

from photobook.core.languages import LOCALIZED_FIELDS

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


# An edit refused (``services.edits.EditError``, ``services.tours.TourError``: its code and values)
# or a write the catalog could not take (read-only, a full disk, damaged): typed in the editor, the
# batch bar, a tour, or refused by a save. Said in the interface language, as the CLI says it in
# English. ``%1`` is the field (:data:`FIELD_NAMES`, with its language), ``%2`` the value as typed,
# ``%3`` a number (the position of a character, the limit of a coordinate).
EDIT_CONTEXT = "EditRefusal"
# fmt: off
EDIT_SOURCES: dict[str, str] = {
    "nul": QT_TRANSLATE_NOOP("EditRefusal", "%1: a NUL character cannot be saved."),
    "not_unicode": QT_TRANSLATE_NOOP("EditRefusal", "%1: a broken character (a lone surrogate) cannot be saved."),
    "control_one_line": QT_TRANSLATE_NOOP("EditRefusal", "%1: a control character (%2) at position %3; a one-line field takes none."),
    "control_multi_line": QT_TRANSLATE_NOOP("EditRefusal", "%1: a control character (%2) at position %3; only tabs and line breaks are allowed."),
    "unknown_status": QT_TRANSLATE_NOOP("EditRefusal", "“%2” is not a status (draft, reviewed or published)."),
    "unknown_language": QT_TRANSLATE_NOOP("EditRefusal", "“%2” is not a language of the catalog (French, Arabic, English)."),
    "unknown_field": QT_TRANSLATE_NOOP("EditRefusal", "“%2” is not a field of the record."),
    "unknown_themes": QT_TRANSLATE_NOOP("EditRefusal", "There is no theme “%2” any more: it was deleted in another window. Nothing was saved."),
    "cannot_clear": QT_TRANSLATE_NOOP("EditRefusal", "“%2” cannot be cleared."),
    "status_not_clearable": QT_TRANSLATE_NOOP("EditRefusal", "The status cannot be cleared: set it (draft, reviewed or published)."),
    "unknown_date_source": QT_TRANSLATE_NOOP("EditRefusal", "“%2” is not a source of dates."),
    "themes_added_and_removed": QT_TRANSLATE_NOOP("EditRefusal", "The theme “%2” is both added and removed: choose one."),
    "coordinate_range": QT_TRANSLATE_NOOP("EditRefusal", "%1: a number of degrees from −%3 to %3, not “%2”."),
    "not_a_number": QT_TRANSLATE_NOOP("EditRefusal", "%1: a number is expected."),
    "not_text": QT_TRANSLATE_NOOP("EditRefusal", "%1: text is expected."),
    "no_photograph": QT_TRANSLATE_NOOP("EditRefusal", "This photograph is no longer in the catalog (removed in another window): nothing was saved."),
    "tour_needs_title": QT_TRANSLATE_NOOP("EditRefusal", "A tour needs a title."),
    "tour_duration_range": QT_TRANSLATE_NOOP("EditRefusal", "A slide stays from 1 second to 24 hours."),
    "tour_title_taken": QT_TRANSLATE_NOOP("EditRefusal", "There is already a tour called “%2”."),
    "tour_transition": QT_TRANSLATE_NOOP("EditRefusal", "“%2” is not a transition (cut or fly)."),
    "tour_no_photograph": QT_TRANSLATE_NOOP("EditRefusal", "A photograph of this tour is no longer in the catalog (removed in another window): nothing was changed."),
    "read_only": QT_TRANSLATE_NOOP("EditRefusal", "The catalog cannot be written here (it is read-only): nothing was saved."),
    "disk_full": QT_TRANSLATE_NOOP("EditRefusal", "The disk holding the catalog is full: nothing was saved."),
    "catalog_damaged": QT_TRANSLATE_NOOP("EditRefusal", "The catalog is damaged: nothing was saved. Restore the last backup."),
}
EDIT_SOURCES["tour_unknown_language"] = EDIT_SOURCES["unknown_language"]

#: The fields a refusal names (the editor's own words for them); "%1 (%2)" adds the language.
FIELD_NAMES: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("EditRefusal", "Title"),
    "caption": QT_TRANSLATE_NOOP("EditRefusal", "Caption"),
    "place": QT_TRANSLATE_NOOP("EditRefusal", "Place"),
    "photographer": QT_TRANSLATE_NOOP("EditRefusal", "Photographer"),
    "credit": QT_TRANSLATE_NOOP("EditRefusal", "Credit"),
    "rights": QT_TRANSLATE_NOOP("EditRefusal", "Rights"),
    "plate": QT_TRANSLATE_NOOP("EditRefusal", "Plate / page"),
    "notes": QT_TRANSLATE_NOOP("EditRefusal", "Notes"),
    "date": QT_TRANSLATE_NOOP("EditRefusal", "Date"),
    "status": QT_TRANSLATE_NOOP("EditRefusal", "Status"),
    "place_lat": QT_TRANSLATE_NOOP("EditRefusal", "Latitude"),
    "place_lon": QT_TRANSLATE_NOOP("EditRefusal", "Longitude"),
    "tour_title": QT_TRANSLATE_NOOP("EditRefusal", "Tour title"),
    "slide_notes": QT_TRANSLATE_NOOP("EditRefusal", "Slide notes"),
}
LANGUAGE_NAMES: dict[str, str] = {
    "fr": QT_TRANSLATE_NOOP("EditRefusal", "French"),
    "ar": QT_TRANSLATE_NOOP("EditRefusal", "Arabic"),
    "en": QT_TRANSLATE_NOOP("EditRefusal", "English"),
}
FIELD_IN_LANGUAGE = QT_TRANSLATE_NOOP("EditRefusal", "%1 (%2)")
# fmt: on

# The write failures of the catalog, by class name (``db.engine``): the window says them too.
_STORAGE = {"ReadOnlyLibrary": "read_only", "DiskFull": "disk_full", "CatalogDamaged": "catalog_damaged"}


class EditRefusal(QObject):
    """The edit refusals that count something (characters, slides): through ``self.tr(…, "", n)``
    (context "EditRefusal"), so that each language says "1 character", "2 characters" its way."""

    def counted(self, code: str, n: int) -> str | None:
        if code == "too_long":
            return self.tr("%1: %Ln character(s) long; at most %2.", "", n)
        if code == "stale":
            return self.tr(
                "%Ln photograph(s) changed by someone else since they were read: nothing was saved.", "", n
            )
        if code == "tour_position":
            return self.tr(
                "The tour has %Ln slide(s) now: it was changed in another window. Nothing was changed.", "", n
            )
        return None


_edit_counter: list[EditRefusal] = []


def field_name(field: str) -> str:
    """An edit field ("caption:ar", "notes", "place:en") as the window names it."""
    kind, _, lang = field.partition(":")
    if kind not in FIELD_NAMES:
        return field
    if not lang and kind in LOCALIZED_FIELDS:
        lang = "fr"  # the French value is the field's own ("place" beside "place:ar")
    name = QCoreApplication.translate(EDIT_CONTEXT, FIELD_NAMES[kind])
    if not lang:
        return name
    language = (
        QCoreApplication.translate(EDIT_CONTEXT, LANGUAGE_NAMES[lang]) if lang in LANGUAGE_NAMES else lang
    )
    return (
        QCoreApplication.translate(EDIT_CONTEXT, FIELD_IN_LANGUAGE)
        .replace("%1", name)
        .replace("%2", language)
    )


def _storage_code(exc: BaseException) -> str:
    """The code of a write the catalog could not take (read-only, full, damaged), or ""."""
    try:
        from photobook.db.engine import storage_failure  # loaded by then: a write ran in a worker
    except ImportError:  # pragma: no cover
        return ""
    failure = exc if type(exc).__name__ in _STORAGE else storage_failure(exc, "")
    return _STORAGE.get(type(failure).__name__, "") if failure is not None else ""


def edit_error_text(exc: BaseException) -> str:
    """Why an edit, a change of a tour or of the vocabulary, or a save was refused, in the
    interface language; an error without a code (a bug) as it is said, its first line."""
    from photobook.services.edits import EditError, StaleRevision  # loaded: the edit ran in a worker
    from photobook.services.tours import TourError

    said = refusal_text(exc)
    if said is not None:
        return said
    if isinstance(exc, EditError) and exc.date_error is not None:
        return date_error_text(exc)
    # (a database error has a ``code`` of its own: SQLAlchemy's, not ours)
    code = exc.code if isinstance(exc, EditError | TourError) else _storage_code(exc)
    if isinstance(exc, StaleRevision):  # someone else saved first (a merge's undo, a theme's)
        code = "stale"
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    locale = QLocale()
    if code in ("too_long", "tour_position", "stale"):
        if not _edit_counter:
            _edit_counter.append(EditRefusal())
        n = len(exc.photo_ids) if isinstance(exc, StaleRevision) else int(getattr(exc, "count", 0))
        text = _edit_counter[0].counted(code, n)
        values = {
            "1": field_name(str(getattr(exc, "field", ""))),
            "2": locale.toString(int(getattr(exc, "limit", 0))),
        }
    elif code in EDIT_SOURCES:
        text = QCoreApplication.translate(EDIT_CONTEXT, EDIT_SOURCES[code])
        value = str(getattr(exc, "value", ""))
        number = getattr(exc, "position", 0) or getattr(exc, "limit", 0)
        values = {
            "1": field_name(str(getattr(exc, "field", ""))),
            "2": f"{FSI}{value}{PDI}" if rtl and value else value,
            "3": locale.toString(int(number)),
        }
    else:
        return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if text is None:  # pragma: no cover - every counted code has its sentence
        return str(exc)
    return re.sub("%([123])", lambda m: values.get(m.group(1), m.group(0)), text)
