"""The editor's place fields and the vocabulary of places: the three fields (French, Arabic,
English) complete from the places' names in any of the three languages, and choosing one fills all
three — which links the photograph to that place when it is saved. A photograph with a GPS position
(or coordinates) and no place of the vocabulary gets a suggestion: the nearest place, with its
distance ("Près d'ici : Casablanca (2 km)"), one click or Enter away.

The places and the nearest one are read in a worker (``queries.places``, ``queries.nearest_place``).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QPushButton, QWidget

from photobook.core.languages import LANGUAGES, localized_field
from photobook.core.records import PhotoRecord, PlaceRecord
from photobook.ui.tasks import TaskManager


def _places(session) -> list[PlaceRecord]:  # type: ignore[no-untyped-def]
    from photobook.db import queries  # in the worker

    return queries.places(session)


def completion_text(place: PlaceRecord) -> str:
    """One line for the completer: the names in the three languages, each once."""
    return " · ".join(dict.fromkeys(place.names[lang] for lang in LANGUAGES if place.names.get(lang)))


class PlacePicker(QObject):
    picked = Signal(object)  # {field: name} for "place", "place:ar", "place:en"

    def __init__(self, tasks: TaskManager, fields: dict[str, QLineEdit], parent: QWidget) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.fields = fields  # "place", "place:ar", "place:en"
        self.places: list[PlaceRecord] = []
        self.by_text: dict[str, PlaceRecord] = {}
        self.lang = "fr"
        self.suggested: tuple[PlaceRecord, float] | None = None
        self._for: int | None = None  # the photograph the suggestion is for
        self._model = QStringListModel(self)
        for w in fields.values():
            completer = QCompleter(self._model, w)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.activated.connect(self._on_completion)
            w.setCompleter(completer)
        self.suggestion = QPushButton(parent)
        self.suggestion.setObjectName("placeSuggestion")
        self.suggestion.setFlat(True)
        self.suggestion.setStyleSheet("text-align: start;")
        self.suggestion.clicked.connect(self.accept_suggestion)
        self.suggestion.hide()

    def load(self) -> None:
        self.tasks.read(_places, self._on_places, key="editor-places")

    def _on_places(self, places: list[PlaceRecord]) -> None:
        self.places = places
        # towns and sites before the regions they are in: "Fez" finds Fès before Fès-Meknès
        ordered = sorted(places, key=lambda p: (p.parent_id is None, p.names["fr"].casefold()))
        self.by_text = {completion_text(p): p for p in ordered}
        self._model.setStringList(list(self.by_text))

    def names_for(self, text: str) -> dict[str, str] | None:
        """The three fields' values for a completion line (or None if ``text`` is not one)."""
        place = self.by_text.get(text.strip())
        return _fields(place) if place is not None else None

    def _on_completion(self, text: str) -> None:
        names = self.names_for(text)
        if names is not None:
            self.picked.emit(names)

    # --- the suggestion from the GPS position --------------------------------------------------

    def suggest_for(self, record: PhotoRecord | None) -> None:
        """Look for the place nearest to the photograph's position, unless it has its place."""
        self.suggested = None
        self.suggestion.hide()
        self._for = record.id if record is not None else None
        if not isinstance(record, PhotoRecord) or record.place_id is not None:
            return
        where = record.gps or (record.place_coords if record.place_coords else None)
        if where is None or where[0] is None or where[1] is None:
            return
        lat, lon, pid = float(where[0]), float(where[1]), record.id

        def read(session):  # type: ignore[no-untyped-def]
            from photobook.db import queries  # in the worker

            near = queries.nearest_place(session, lat, lon)
            if near is None:
                return None
            found = [p for p in queries.places(session) if p.id == near[0]]
            return (pid, found[0], near[1]) if found else None

        self.tasks.read(read, self._on_suggestion, key="editor-place-suggestion")

    def _on_suggestion(self, found: tuple[int, PlaceRecord, float] | None) -> None:
        if found is None:
            return
        pid, place, km = found
        if pid != self._for:  # for a photograph no longer shown
            return
        self.suggested = (place, km)
        self._render()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._render()

    def _render(self) -> None:
        if self.suggested is None:
            self.suggestion.hide()
            return
        place, km = self.suggested
        distance = QLocale(self.lang if self.lang != "ar" else "ar_MA").toString(
            km, "f", 0 if km >= 10 else 1
        )
        self.suggestion.setText(
            self.tr("Nearby: %1 (%2 km) — use it")
            .replace("%1", place.name(self.lang))
            .replace("%2", distance)
        )
        self.suggestion.setToolTip(completion_text(place))
        self.suggestion.show()

    def accept_suggestion(self) -> None:
        if self.suggested is not None:
            names = _fields(self.suggested[0])
            self.suggested = None
            self.suggestion.hide()
            self.picked.emit(names)


def _fields(place: PlaceRecord) -> dict[str, str]:
    return {localized_field("place", lang): place.names.get(lang, "") for lang in LANGUAGES}
