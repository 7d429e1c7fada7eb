"""The catalog's refusals of a vocabulary change (places, themes) in the interface language.

The services refuse a name taken, or a place or theme gone, in the meantime (another window changed
the vocabulary since the manager read it) with a :class:`~photobook.services.refusals.Refused`: a
code and a name. Each code's sentence is written here as a translatable source string (context
"Refusal"), so that ``lupdate`` collects it into ``resources/i18n/photobook_*.ts``; the name is put
in after translation, isolated (FSI … PDI) in a right-to-left window so that a Latin name keeps
its order in an Arabic sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

CONTEXT = "Refusal"
FSI, PDI = "\u2068", "\u2069"

# fmt: off
SOURCES: dict[str, str] = {
    "place_taken": QT_TRANSLATE_NOOP("Refusal", "There is already a place “%1”."),
    "place_unknown": QT_TRANSLATE_NOOP("Refusal", "There is no place “%1” any more: it was renamed or deleted in another window."),
    "theme_taken": QT_TRANSLATE_NOOP("Refusal", "There is already a theme “%1”."),
    "theme_unknown": QT_TRANSLATE_NOOP("Refusal", "There is no theme “%1” any more: it was deleted in another window."),
}
# fmt: on


def refusal_text(exc: BaseException) -> str | None:
    """The sentence for a refusal the services say as a code, in the interface language; None for
    any other error (said as it is)."""
    from photobook.services.refusals import Refused  # loaded by then: the change ran in a worker

    if not isinstance(exc, Refused) or exc.code not in SOURCES:
        return None
    source, name = SOURCES[exc.code], exc.name
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        name = f"{FSI}{name}{PDI}"
    return QCoreApplication.translate(CONTEXT, source).replace("%1", name)
