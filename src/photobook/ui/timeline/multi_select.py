"""Several photographs selected on the timeline, as in the contact sheet: Ctrl-click adds or removes
a photograph, Shift-click takes every photograph in time order from the current one to the one
clicked; Shift- or Ctrl-click on a cluster takes (or, all taken, leaves) the photographs it gathers.
The selection is the window's (the contact sheet shows the same, and the editor's batch bar edits
it): ``selectedIdsChanged`` says when the timeline changed it; ``set_selected_ids`` shows one made
elsewhere. The photographs taken are framed in the accent colour."""

from __future__ import annotations

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

        def select(self, photo_id: int | None) -> None: ...
        def update(self) -> None: ...
        def ordered_ids(self) -> list[int]: ...

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
        order = self.ordered_ids()
        rank = {pid: i for i, pid in enumerate(order)}
        current = dict.fromkeys(self.selected_ids())
        if item.kind == "cluster":
            taken = self._cluster_ids(item)
            if taken and all(t in current for t in taken):
                for t in taken:
                    current.pop(t, None)
            else:
                current.update(dict.fromkeys(taken))
            focus = item.id if item.id in current else next(iter(current), None)
        elif shift and self._sel_id is not None and self._sel_id in rank and item.id in rank:
            a, b = sorted((rank[self._sel_id], rank[item.id]))
            if not ctrl:
                current = {}
            current.update(dict.fromkeys(order[a : b + 1]))
            focus = item.id
        elif item.id in current and len(current) > 1:  # Ctrl-click on a taken photograph: leave it
            current.pop(item.id)
            focus = self._sel_id if self._sel_id in current else next(iter(current), None)
        else:
            current[item.id] = None
            focus = item.id
        marked = {pid: None for pid in sorted(current, key=lambda p: rank.get(p, len(rank)))}
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

    def paint_marked(self, p: QPainter, items: list[VisibleItem], color: object) -> None:
        """Frame the photographs taken (those drawn in this frame)."""
        marked = getattr(self, "_marked", {})
        if len(marked) < 2:
            return
        pen = QPen(color, 3)  # type: ignore[call-overload]
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        for it in items:
            if it.kind != "cluster" and it.id in marked:
                p.drawRect(it.rect.adjusted(-2, -2, 2, 2))
