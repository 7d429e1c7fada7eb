"""Several photographs selected on the timeline, as in the contact sheet: Ctrl-click adds or removes
a photograph, Shift-click takes every photograph in time order from the current one to the one
clicked; Shift- or Ctrl-click on a cluster takes (or, all taken, leaves) the photographs it gathers.
The selection is the window's (the contact sheet shows the same, and the editor's batch bar edits
it): ``selectedIdsChanged`` says when the timeline changed it; ``set_selected_ids`` shows one made
elsewhere. The photographs taken are framed in the accent colour, and so is a cluster that gathers
one of them (or the current photograph): what is selected is seen at every zoom."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPen

from photobook.ui.timeline.scene import VisibleItem

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance


class TimelineMultiSelect:
    """Mixed into TimelineView (which declares ``selectedIdsChanged``)."""

    if TYPE_CHECKING:
        selectedIdsChanged: SignalInstance
        _index: object
        _sel_id: int | None
        _sel_pos: int | None

        def select(self, photo_id: int | None) -> None: ...
        def update(self) -> None: ...

    _marked: dict[int, None]

    def selected_ids(self) -> list[int]:
        """The photographs selected, in time order (at least the current one, when there is one)."""
        marked = getattr(self, "_marked", {})
        if len(marked) > 1:
            return list(marked)
        return [self._sel_id] if self._sel_id is not None else []

    def set_selected_ids(self, ids: list[int]) -> None:
        """Show a selection made elsewhere (the contact sheet): no signal."""
        want = dict.fromkeys(ids) if len(ids) > 1 else {}
        if want != getattr(self, "_marked", {}):
            self._marked = want
            self.update()

    def multi_click(self, item: VisibleItem, modifiers: Qt.KeyboardModifier) -> bool:
        """A click with Ctrl or Shift: change the selection and say so. False: an ordinary click."""
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        if not (ctrl or shift):
            return False
        # where a photograph is in time order: the index's own map (built once per filter), not a
        # map of every photograph built again at each click
        index = self._index
        position = index.position  # type: ignore[attr-defined]
        last = len(index)  # type: ignore[arg-type]
        here = position(self._sel_id) if self._sel_id is not None else None
        there = position(item.id)
        current = dict.fromkeys(self.selected_ids())
        if item.kind == "cluster":
            taken = self._cluster_ids(item)
            if taken and all(t in current for t in taken):
                for t in taken:
                    current.pop(t, None)
            else:
                current.update(dict.fromkeys(taken))
            focus = item.id if item.id in current else next(iter(current), None)
        elif shift and here is not None and there is not None:
            a, b = sorted((here, there))
            if not ctrl:
                current = {}
            current.update(dict.fromkeys(_span(index, a, b + 1)))
            focus = item.id
        elif item.id in current and len(current) > 1:  # Ctrl-click on a taken photograph: leave it
            current.pop(item.id)
            focus = self._sel_id if self._sel_id in current else next(iter(current), None)
        else:
            current[item.id] = None
            focus = item.id

        def rank(pid: int) -> int:
            k = position(pid)
            return last if k is None else k  # type: ignore[no-any-return]

        marked = dict.fromkeys(sorted(current, key=rank))
        if focus is not None and focus != self._sel_id:
            self.select(focus)  # the current photograph (the caption panel, the editor's record)
        self._marked = marked if len(marked) > 1 else {}
        self.update()
        self.selectedIdsChanged.emit(list(marked))
        return True

    def _cluster_ids(self, item: VisibleItem) -> list[int]:
        """The photographs a cluster gathers: those whose middle day falls in its cell."""
        if item.day0 is None or item.day1 is None:
            return [item.id]
        index = self._index
        lo, hi = index.range_indices(item.day0, item.day1)  # type: ignore[attr-defined]
        return [index.id_at(i) for i in range(lo, hi)]  # type: ignore[attr-defined]

    def _selected_keys(self) -> list[int]:
        """The index keys (twice the middle day) of the dated photographs selected, sorted: the
        ones taken, or the current one. Kept until the selection or the filter changes."""
        marked = getattr(self, "_marked", {})
        index = self._index
        sel_pos = getattr(self, "_sel_pos", None)
        cached = getattr(self, "_keys_cache", None)  # (index, marked, sel_pos, keys): held, not ids
        if cached is not None and cached[0] is index and cached[1] is marked and cached[2] == sel_pos:
            return cached[3]  # type: ignore[no-any-return]
        keys: list[int] = []
        n = index.n_dated  # type: ignore[attr-defined]
        if len(marked) > 1:
            for pid in marked:
                pos = index.position(pid)  # type: ignore[attr-defined]
                if pos is not None and pos < n:
                    keys.append(index.keys[pos])  # type: ignore[attr-defined]
            keys.sort()
        elif sel_pos is not None and sel_pos < n:
            keys.append(index.keys[sel_pos])  # type: ignore[attr-defined]
        self._keys_cache = (index, marked, sel_pos, keys)
        return keys

    def cluster_selected(self, item: VisibleItem) -> bool:
        """Whether the cluster ``item`` gathers a photograph that is selected (its middle day in
        the cluster's cell, as Shift-click takes them)."""
        if item.kind != "cluster" or item.day0 is None or item.day1 is None:
            return False
        keys = self._selected_keys()
        k = bisect_left(keys, 2 * item.day0)
        return k < len(keys) and keys[k] < 2 * item.day1

    def paint_marked(self, p: QPainter, items: list[VisibleItem], color: object) -> None:
        """Frame the photographs taken and the clusters that gather a selected photograph (those
        drawn in this frame). A cluster is framed as a photograph is, around the card."""
        marked = getattr(self, "_marked", {})
        pen = QPen(color, 3)  # type: ignore[call-overload]
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        for it in items:
            if it.kind == "cluster":
                if self.cluster_selected(it):
                    p.drawRect(it.rect.adjusted(-2, -2, 2, 2))
            elif len(marked) > 1 and it.id in marked:
                p.drawRect(it.rect.adjusted(-2, -2, 2, 2))


def _span(index: object, a: int, b: int) -> list[int]:
    """The ids at positions [a, b) of the index's time order (dated, then undated), sliced from
    its lists rather than from a copy of the whole order."""
    n = index.n_dated  # type: ignore[attr-defined]
    ids: list[int] = index.ids[a : min(b, n)] if a < n else []  # type: ignore[attr-defined]
    if b > n:
        ids += index.undated[max(a - n, 0) : b - n]  # type: ignore[attr-defined]
    return ids
