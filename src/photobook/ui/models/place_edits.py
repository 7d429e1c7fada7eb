"""Changing the vocabulary of places from the window (Edit ▸ Places…): add, edit (three names,
coordinates set or cleared, the region), merge one place into another and delete an unused one,
each one step of the window's undo stack (the same one as the record edits and the themes), run
in the single write worker through :mod:`photobook.services.places`.

The running, the refusals and the undo bookkeeping are the themes' (:class:`VocabularyEditor`);
each step's ``redo`` keeps what it needs to go back (a
:class:`~photobook.services.places.PlaceSnapshot`, the merge's rewriting of the photographs) and
its ``undo`` puts it back: an edit gets its old names, coordinates and region, an added place goes
(its photographs keep their place as written), a deleted or merged place comes back with its id,
the places that were inside it and, after a merge, its photographs (refused if one was saved since).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from photobook.ui.models.vocabulary_edits import VocabularyEditor, _user

if TYPE_CHECKING:  # the services (SQLAlchemy) are imported when a place is changed, not with the window
    from sqlalchemy.orm import Session

    from photobook.services import places as pl
    from photobook.services.edits import EditResult

Coords = tuple[float | None, float | None]


class PlacesEditor(VocabularyEditor):
    """``changed`` when a change (or its undo) landed; ``refused`` with one line when it did not."""

    def add_place(
        self, names: Mapping[str, str], coords: Coords = (None, None), parent: str | None = None
    ) -> None:
        from photobook.services import places as pl

        names = dict(names)
        fr = names.get(pl.PRIMARY, "").strip()
        self._push(
            self.tr("Add place %1").replace("%1", fr),
            lambda s: pl.add_place(s, names, coords[0], coords[1], parent) and None,
            lambda s, _st: pl.forget_added_place(s, fr),
        )

    def edit_place(
        self,
        name: str,
        names: Mapping[str, str] | None = None,
        coords: Coords | None = None,
        parent: str | bool | None = False,
    ) -> None:
        """New names, coordinates (``(None, None)`` clears them) and/or region (``False``: keep
        it, ``None``: the top level) of the place written ``name``, as one step."""
        from photobook.services import places as pl

        user = self.controller.user
        names = dict(names or {})

        def do(s: Session) -> tuple[pl.PlaceSnapshot, str, EditResult]:
            snap = pl.place_snapshot(s, name)
            kw: dict[str, object] = {}
            if coords is not None:
                kw["coords"] = coords
            if parent is not False:
                kw["parent"] = parent
            result = pl.edit_place(s, name, names, user=_user(user), **kw)  # type: ignore[arg-type]
            return snap, names.get(pl.PRIMARY) or snap.names[pl.PRIMARY], result  # its French name now

        self._push(
            self.tr("Edit place %1").replace("%1", name),
            do,
            lambda s, st: pl.put_back(s, st[1], st[0], _user(user)),
        )

    def merge_place(self, source: str, into: str) -> None:
        from photobook.services import places as pl

        user = self.controller.user

        def do(s: Session) -> tuple[pl.PlaceSnapshot, EditResult]:
            snap = pl.place_snapshot(s, source)
            return snap, pl.merge_places(s, source, into, _user(user))

        self._push(
            self.tr("Merge place %1 into %2").replace("%1", source).replace("%2", into),
            do,
            lambda s, st: pl.restore_place(s, st[0], st[1], _user(user)),
        )

    def delete_place(self, name: str) -> None:
        from photobook.services import places as pl

        def do(s: Session) -> pl.PlaceSnapshot:
            snap = pl.place_snapshot(s, name)
            pl.delete_place(s, name)  # refused when photographs are placed there
            return snap

        self._push(
            self.tr("Delete place %1").replace("%1", name), do, lambda s, snap: pl.restore_place(s, snap)
        )
