"""Edit ▸ Places…: the vocabulary of places as a tree of regions and places, each with its names in
French, Arabic and English, its coordinates and the number of photographs placed there; search as
you type (Ctrl+F) over the three names; add, edit (three names, coordinates set or cleared, the
region), merge one place into another (its photographs move, with their history) and delete an
unused one (Delete; a place in use is to be merged, never deleted). F2 renames.

Every change goes through :class:`~photobook.ui.models.place_edits.PlacesEditor` (the services, in
the write worker) and is one step of the window's undo stack (Ctrl+Z here too); the tree and the
counts are read again in a worker once it has landed.
"""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from photobook.core.languages import DEFAULT_LANGUAGE as PRIMARY
from photobook.core.languages import LANGUAGES
from photobook.core.records import PlaceRecord
from photobook.db import queries
from photobook.ui.models.place_edits import PlacesEditor
from photobook.ui.views.vocabulary_manager import VocabularyManager

ID_ROLE = Qt.ItemDataRole.UserRole + 1
LRI, PDI = "\u2066", "\u2069"  # numbers read left to right in an Arabic window
FSI = "\u2068"  # a name of either direction, in a sentence of the other
LRM = "\u200e"  # a field's "-7.62" stays "-7.62" in an Arabic window (not "7.62-")


def columns(lang: str) -> tuple[str, ...]:
    """The tree's columns: the name in the interface language (the tree itself), the number of
    photographs, the names in the other two languages, then the coordinates."""
    return (lang, "photos", *(x for x in LANGUAGES if x != lang), "coords")


def folded(text: str) -> str:
    """Text as search compares it: no case, no accents ("Fès" is found by "fes")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def parse_degrees(text: str) -> float | None:
    """A number of degrees as typed ("33.59", "33,59", "−7.6"); None when it is not one."""
    t = text.strip().strip(LRM + LRI + PDI).strip().replace(",", ".").replace("\u2212", "-")
    if not t or len(t) > 40:
        return None
    try:
        value = float(t)
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


def coords_text(lat: float | None, lon: float | None) -> str:
    if lat is None or lon is None:
        return ""
    return f"{LRI}{lat:.4f}, {lon:.4f}{PDI}"


# What the form holds: the names as typed, the latitude, the longitude, the region's id.
Typed = tuple[dict[str, str], str, str, object]


class PlacesManager(VocabularyManager):
    """The pending selection is a place's French name."""

    def __init__(
        self,
        editor: PlacesEditor,
        parent: QWidget | None = None,
        undo_actions: tuple[QAction, ...] = (),
    ) -> None:
        super().__init__(editor, "place", parent)
        self.places: list[PlaceRecord] = []
        self.by_id: dict[int, PlaceRecord] = {}
        for act in undo_actions:  # Ctrl+Z / Ctrl+Shift+Z in this window undo the window's last step
            self.addAction(act)

        self.search = QLineEdit(self)
        self.search.setObjectName("placesSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_search)
        self.search.returnPressed.connect(self._focus_first_match)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("placesTree")
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setColumnCount(len(columns(self.lang)))
        self.tree.setUniformRowHeights(True)
        self.tree.currentItemChanged.connect(lambda _c, _p: self._show_selected())

        self.name_edits: dict[str, QLineEdit] = {}
        for lang in LANGUAGES:
            e = QLineEdit(self)
            e.setObjectName(f"placeName_{lang}")
            e.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
            )
            e.returnPressed.connect(self.save)
            self.name_edits[lang] = e
        self.lat_edit = QLineEdit(self)
        self.lat_edit.setObjectName("placeLat")
        self.lon_edit = QLineEdit(self)
        self.lon_edit.setObjectName("placeLon")
        for e in (self.lat_edit, self.lon_edit):
            e.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # "-7.62" in any window
            e.returnPressed.connect(self.save)
        self.parent_box = QComboBox(self)
        self.parent_box.setObjectName("placeParent")
        for key, widget in (
            *((lang, self.name_edits[lang]) for lang in LANGUAGES),
            ("lat", self.lat_edit),
            ("lon", self.lon_edit),
            ("parent", self.parent_box),
        ):
            self.add_row(key, widget)

        self.new_button = self._button("placeNew", self.start_new)
        self.save_button = self._button("placeSave", self.save)
        self.clear_coords_button = self._button("placeClearCoords", self.clear_coordinates)
        self.merge_button = self._button("placeMerge", None)
        self.merge_menu = QMenu(self.merge_button)
        self.merge_button.setMenu(self.merge_menu)
        self.delete_button = self._button("placeDelete", self.delete_selected)

        # the keyboard: Delete in the tree, F2 to rename, Ctrl+F to search
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        rename = QShortcut(QKeySequence("F2"), self)
        rename.activated.connect(self.start_rename)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.start_search)
        self.shortcuts = {"delete": delete, "rename": rename, "find": find}

        left = QWidget(self)
        lc = QVBoxLayout(left)
        lc.setContentsMargins(0, 0, 0, 0)
        lc.addWidget(self.search)
        lc.addWidget(self.tree, 1)
        rows = (
            (self.new_button, self.save_button, self.clear_coords_button),
            (self.merge_button, self.delete_button),
        )
        self.lay_out(left, rows, sizes=(760, 400), size=(1240, 680))

    # --- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Places"))
        heads = {
            "fr": self.tr("French"),
            "ar": self.tr("Arabic"),
            "en": self.tr("English"),
            "photos": self.tr("Photographs"),
            "coords": self.tr("Latitude, longitude"),
        }
        self.tree.setHeaderLabels([heads[c] for c in columns(self.lang)])
        keys = {
            "fr": self.tr("Name · FR"),
            "ar": self.tr("Name · AR"),
            "en": self.tr("Name · EN"),
            "lat": self.tr("Latitude"),
            "lon": self.tr("Longitude"),
            "parent": self.tr("Region"),
        }
        for key, lab in self.form_keys.items():
            lab.setText(keys[key])
        self.search.setPlaceholderText(self.tr("Search places, in any language (Ctrl+F)"))
        self.lat_edit.setPlaceholderText(self.tr("−90 to 90, e.g. 33.5731"))
        self.lon_edit.setPlaceholderText(self.tr("−180 to 180, e.g. -7.5898"))
        self.new_button.setText(self.tr("New place"))
        self.clear_coords_button.setText(self.tr("Clear coordinates"))
        self.merge_button.setText(self.tr("Merge into…"))
        self.delete_button.setText(self.tr("Delete"))
        self.close_button.setText(self.tr("Close"))
        self._fill()
        if not self._adding:
            self._show_selected()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
        )
        self.retranslate()

    def columns(self) -> tuple[str, ...]:
        """The tree's columns (a language's names, "photos", "coords")."""
        return columns(self.lang)

    # --- the tree -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the places and their counts again (in a worker)."""
        self.tasks.read(queries.places, self._on_loaded, key="places-manager")

    def take(self, loaded: list[PlaceRecord]) -> None:
        self.places = loaded
        self.by_id = {p.id: p for p in loaded}

    def has(self, key: str) -> bool:
        return self.place_named(key) is not None

    def selected_key(self) -> int | None:
        return self.selected_id()

    def typed(self) -> Typed:
        texts = {lang: e.text() for lang, e in self.name_edits.items()}
        return texts, self.lat_edit.text(), self.lon_edit.text(), self.parent_box.currentData()

    def put_typed(self, typed: Typed) -> None:
        texts, lat, lon, region = typed
        for lang, e in self.name_edits.items():
            e.setText(texts[lang])
        self.lat_edit.setText(lat)
        self.lon_edit.setText(lon)
        found = self.parent_box.findData(region) if region is not None else 0
        self.parent_box.setCurrentIndex(max(found, 0))

    def place_named(self, name: str) -> PlaceRecord | None:
        return next((p for p in self.places if name in p.names.values()), None)

    def _children(self, parent_id: int | None) -> list[PlaceRecord]:
        out = [
            p
            for p in self.places
            if p.parent_id == parent_id
            or (parent_id is None and p.parent_id is not None and p.parent_id not in self.by_id)
        ]
        return sorted(out, key=lambda p: folded(p.name(self.lang)))

    def _fill(self) -> None:
        keep = self.selected_id()
        self.tree.blockSignals(True)  # refilling is not the archivist choosing another place
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        locale = QLocale(self.lang if self.lang != "ar" else "ar_MA")

        def add(parent_id: int | None, under: QTreeWidget | QTreeWidgetItem, depth: int) -> None:
            if depth > 16:
                return
            for place in self._children(parent_id):
                item = QTreeWidgetItem(under)
                item.setData(0, ID_ROLE, place.id)
                for c, name in enumerate(columns(self.lang)):
                    if name == "photos":
                        item.setText(c, locale.toString(place.photos))
                        item.setTextAlignment(
                            c, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
                        )
                    elif name == "coords":
                        item.setText(c, coords_text(place.lat, place.lon))
                    else:
                        item.setText(c, place.names.get(name, ""))
                        if name == "ar" and self.lang != "ar":  # Arabic runs right to left in any window
                            item.setTextAlignment(
                                c, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                            )
                items[place.id] = item
                add(place.id, item, depth + 1)

        add(None, self.tree, 0)
        self._fit_columns()
        if keep in items:
            self.tree.setCurrentItem(items[keep])
        self.tree.blockSignals(False)
        self._apply_search(self.search.text())

    def selected_id(self) -> int | None:
        item = self.tree.currentItem()
        return int(item.data(0, ID_ROLE)) if item is not None else None

    def selected(self) -> PlaceRecord | None:
        pid = self.selected_id()
        return self.by_id.get(pid) if pid is not None else None

    def select(self, name: str) -> None:
        """Make the place written ``name`` (in any language) the current one."""
        place = self.place_named(name)
        for item in self._items():
            if place is not None and item.data(0, ID_ROLE) == place.id:
                self.tree.setCurrentItem(item)
                return

    # --- search as you type -------------------------------------------------------------------

    def _apply_search(self, text: str) -> None:
        """Show the places one of whose names holds ``text`` (no case, no accents), with the
        regions they are in; every place when it is empty."""
        want = folded(text.strip())

        def walk(item: QTreeWidgetItem) -> bool:
            pid = item.data(0, ID_ROLE)
            place = self.by_id.get(pid)
            own = not want or (place is not None and any(want in folded(n) for n in place.names.values()))
            below = False
            for i in range(item.childCount()):
                below = walk(item.child(i)) or below
            item.setHidden(not (own or below))
            return own or below

        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is not None:
                walk(top)
        current = self.tree.currentItem()
        if want and (current is None or current.isHidden()):
            first = self.visible_places()
            if first:
                self.select(first[0])

    def visible_places(self) -> list[str]:
        """The French names of the places the search shows, in the tree's order (regions first)."""
        out: list[str] = []

        def walk(item: QTreeWidgetItem) -> None:
            if item.isHidden():
                return
            place = self.by_id.get(item.data(0, ID_ROLE))
            if place is not None:
                out.append(place.names["fr"])
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is not None:
                walk(top)
        return out

    def start_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _focus_first_match(self) -> None:
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the selected place -------------------------------------------------------------------

    def _show_selected(self) -> None:
        place = self.selected()
        self._adding = False
        for lang, e in self.name_edits.items():
            e.setText(place.names.get(lang, "") if place else "")
        self.lat_edit.setText(f"{LRM}{place.lat!r}" if place and place.lat is not None else "")
        self.lon_edit.setText(f"{LRM}{place.lon!r}" if place and place.lon is not None else "")
        self._fill_parents(place, place.parent_id if place else None)
        if place is None:
            self.usage.setText(self.tr("Select a place, or make a new one."))
        elif place.photos:
            self.usage.setText(
                self.tr(
                    "%n photograph(s) are placed here: merge it into another place to delete it.",
                    "",
                    place.photos,
                )
            )
        else:
            self.usage.setText(self.tr("No photograph is placed here."))
        for b in (self.save_button, self.merge_button, self.clear_coords_button):
            b.setEnabled(place is not None)
        self.clear_coords_button.setEnabled(place is not None and place.lat is not None)
        self.delete_button.setEnabled(place is not None and place.photos == 0)
        self.save_button.setText(self.tr("Save"))
        self._build_merge_menu(place)

    def _inside(self, place_id: int) -> set[int]:
        out, todo = {place_id}, [place_id]
        while todo:
            for p in self._children(todo.pop()):
                if p.id not in out:
                    out.add(p.id)
                    todo.append(p.id)
        return out

    def _fill_parents(self, place: PlaceRecord | None, current: int | None) -> None:
        """The regions a place can be put in: any place but itself and those inside it."""
        self.parent_box.blockSignals(True)
        self.parent_box.clear()
        self.parent_box.addItem(self.tr("— none (top level) —"), None)
        inside = self._inside(place.id) if place is not None else set()
        for p in sorted(self.places, key=lambda r: (r.parent_id is not None, folded(r.name(self.lang)))):
            if p.id not in inside:
                self.parent_box.addItem(p.name(self.lang), p.id)
        found = self.parent_box.findData(current) if current is not None else 0
        self.parent_box.setCurrentIndex(max(found, 0))
        self.parent_box.blockSignals(False)

    def _build_merge_menu(self, place: PlaceRecord | None) -> None:
        self.merge_menu.clear()
        if place is None:
            return
        inside = self._inside(place.id)
        for p in sorted(self.places, key=lambda r: folded(r.name(self.lang))):
            if p.id in inside:
                continue
            act = self.merge_menu.addAction(p.name(self.lang))
            act.setData(p.names["fr"])
            act.triggered.connect(lambda _c=False, into=p.names["fr"]: self.merge_into(into))

    def names(self) -> dict[str, str]:
        return {lang: e.text().strip() for lang, e in self.name_edits.items()}

    def _coords(self) -> tuple[float | None, float | None] | None:
        """The coordinates typed, checked; None (with the reason shown) when they cannot be taken."""
        marks = LRM + LRI + PDI
        lat_t, lon_t = (e.text().strip().strip(marks).strip() for e in (self.lat_edit, self.lon_edit))
        if not lat_t and not lon_t:
            return None, None
        if not lat_t or not lon_t:
            self._show_message(self.tr("Give both the latitude and the longitude, or neither."))
            return None
        lat, lon = parse_degrees(lat_t), parse_degrees(lon_t)
        if lat is None or not -90 <= lat <= 90:
            self._show_message(
                self.tr("The latitude is a number of degrees from −90 to 90 (south is negative).")
            )
            self.lat_edit.setFocus()
            return None
        if lon is None or not -180 <= lon <= 180:
            self._show_message(
                self.tr("The longitude is a number of degrees from −180 to 180 (west is negative).")
            )
            self.lon_edit.setFocus()
            return None
        return lat, lon

    # --- changes ------------------------------------------------------------------------------

    def start_new(self) -> None:
        """A new place, in the selected region: type its names (and coordinates), then Add."""
        here = self.selected()
        region = None if here is None else (here.id if here.parent_id is None else here.parent_id)
        self.tree.blockSignals(True)
        self.tree.setCurrentItem(None)  # type: ignore[arg-type]
        self.tree.blockSignals(False)
        self._adding = True
        for e in (*self.name_edits.values(), self.lat_edit, self.lon_edit):
            e.clear()
        self._fill_parents(None, region)
        self.save_button.setEnabled(True)
        self.save_button.setText(self.tr("Add"))
        for b in (self.delete_button, self.merge_button, self.clear_coords_button):
            b.setEnabled(False)
        self.usage.setText(self.tr("New place: its French name is required."))
        self.message.hide()
        self.name_edits["fr"].setFocus()

    def start_rename(self) -> None:
        """F2: type the selected place's new names."""
        if self.selected() is None:
            return
        e = self.name_edits["ar" if self.lang == "ar" else "fr"]
        e.setFocus(Qt.FocusReason.ShortcutFocusReason)
        e.selectAll()

    def save(self) -> None:
        self.message.hide()
        coords = self._coords()
        if coords is None:
            return
        names = self.names()
        parent_id = self.parent_box.currentData()
        parent = self.by_id[parent_id].names["fr"] if parent_id in self.by_id else None
        if self._adding:
            if not names["fr"]:
                self._show_message(self.tr("A place needs its French name."))
                return
            if self._taken(names, None):
                return
            self._pending_select = names["fr"]
            self.editor.add_place({k: v for k, v in names.items() if v}, coords, parent)
            return
        place = self.selected()
        if place is None:
            return
        if not names["fr"]:
            self._show_message(self.tr("A place needs its French name."))
            return
        changed = {k: v for k, v in names.items() if place.names.get(k, "") != v}
        if self._taken(changed, place.id):
            return
        new_coords = coords if coords != (place.lat, place.lon) else None
        new_parent: str | bool | None = parent if parent_id != place.parent_id else False
        if not changed and new_coords is None and new_parent is False:
            return
        self._pending_select = names["fr"]
        self.editor.edit_place(place.names["fr"], changed, new_coords, new_parent)

    def _taken(self, names: dict[str, str], own: int | None) -> bool:
        """Whether a name typed (in any language) is already another place's, in French, Arabic or
        English, as the catalog checks (then said, in the window's language, naming the place that
        has it; the catalog refuses it too, should another window have written it since)."""
        order = (PRIMARY, *(x for x in LANGUAGES if x != PRIMARY))
        found = next(
            (
                (typed, name, lang, p)
                for typed in order
                if (name := names.get(typed, ""))
                for lang in order
                for p in self.places
                if p.names.get(lang) == name and p.id != own
            ),
            None,
        )
        if found is None:
            return False
        typed, name, lang, other = found
        said = {
            "ar": self.tr("“%1” is already the Arabic name of the place “%2”."),
            "en": self.tr("“%1” is already the English name of the place “%2”."),
        }
        text = said.get(lang) or self.tr("There is already a place “%1”.")
        values = {"1": name, "2": other.name(self.lang)}
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:  # a Latin name keeps its order
            values = {k: f"{FSI}{v}{PDI}" for k, v in values.items()}
        self._show_message(re.sub("%([12])", lambda m: values[m.group(1)], text))
        self.name_edits[typed].setFocus()
        return True

    def clear_coordinates(self) -> None:
        place = self.selected()
        if place is None or place.lat is None:
            return
        self.message.hide()
        self._pending_select = place.names["fr"]
        self.editor.edit_place(place.names["fr"], None, (None, None))

    def merge_into(self, into: str) -> None:
        place = self.selected()
        if place is None or place.names["fr"] == into:
            return
        self.message.hide()
        self._pending_select = into
        self.editor.merge_place(place.names["fr"], into)

    def delete_selected(self) -> None:
        place = self.selected()
        if place is None:
            return
        if place.photos:  # never deleted with its photographs losing their place: merged
            self._show_message(
                self.tr(
                    "%n photograph(s) are placed at “%1”: merge it into another place instead.",
                    "",
                    place.photos,
                ).replace("%1", place.name(self.lang))
            )
            return
        self.message.hide()
        self.editor.delete_place(place.names["fr"])
