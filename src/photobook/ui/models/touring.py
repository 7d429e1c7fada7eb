"""Building tours in the window: every change (a new tour from the selection, photographs added,
slides reordered, notes, hidden, removed) goes to the single write worker and is one step of the
window's undo stack, beside the record edits (Ctrl+Z undoes the last thing done, whichever it was).

Each command holds what its undo needs, computed inside the worker when it runs (the write worker
runs one task at a time, in order, so an undo pressed before its step has landed still undoes
exactly that step)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from photobook.ui.tasks import TaskManager

Work = Callable[[Any, "TourCommand"], int | None]  # (session, command) → the tour id it changed


class TourCommand(QUndoCommand):
    def __init__(self, controller: TourController, text: str, do: Work, undo: Work) -> None:
        super().__init__(text)
        self.controller = controller
        self.do, self.undo_work = do, undo
        self.memo: dict[str, Any] = {}  # what the undo needs (a new tour's id, a removed slide…)
        self.failed = False

    def redo(self) -> None:
        self.controller._run(self, self.do)

    def undo(self) -> None:
        self.controller._run(self, self.undo_work)


class TourController(QObject):
    changed = Signal(object)  # the id of the tour that changed (None: the list of tours)
    failed = Signal(str)

    def __init__(self, tasks: TaskManager, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.stack = stack

    def _run(self, cmd: TourCommand, work: Work) -> None:
        if cmd.failed:
            return
        lib = self.tasks.library

        def job() -> int | None:
            with lib.Session() as s, s.begin():
                return work(s, cmd)

        def error(exc: BaseException) -> None:
            if work is cmd.do and not cmd.memo.get("done"):
                cmd.failed = True
                if self.stack.index() > 0 and self.stack.command(self.stack.index() - 1) is cmd:
                    self.stack.undo()
            from photobook.ui.refusal_texts import edit_error_text

            self.failed.emit(edit_error_text(exc))  # in the window's language

        self.tasks.write(job, self.changed.emit, on_error=error)

    def _push(self, text: str, do: Work, undo: Work) -> TourCommand:
        cmd = TourCommand(self, text, do, undo)
        self.stack.push(cmd)
        return cmd

    # --- the steps ------------------------------------------------------------------------------

    def new_tour(self, title: str, photo_ids: Sequence[int]) -> TourCommand:
        ids = list(photo_ids)

        def do(s, cmd: TourCommand) -> int:
            from photobook.services import tours  # in the write worker

            tid = tours.create(s, title)
            tours.add(s, tid, ids)
            cmd.memo.update(tid=tid, done=True)
            return tid

        def undo(s, cmd: TourCommand) -> None:
            from photobook.services import tours  # in the write worker

            tours.delete_tour(s, cmd.memo["tid"])
            return None

        return self._push(self.tr("New tour “%1”").replace("%1", title), do, undo)

    def add(self, tid: int, photo_ids: Sequence[int]) -> TourCommand:
        ids = list(photo_ids)

        def do(s, cmd: TourCommand) -> int:
            from photobook.db import queries
            from photobook.services import tours  # in the write worker

            cmd.memo["before"] = len(queries.tour_slide_ids(s, tid))
            tours.add(s, tid, ids)
            cmd.memo["done"] = True
            return tid

        def undo(s, cmd: TourCommand) -> int:
            from photobook.services import tours  # in the write worker

            tours.remove(s, tid, cmd.memo["before"] + 1, count=len(ids))
            return tid

        return self._push(self.tr("Add %n photograph(s) to the tour", "", len(ids)), do, undo)

    def reorder(self, tid: int, positions: Sequence[int]) -> TourCommand:
        order = list(positions)
        inverse = [0] * len(order)
        for new, old in enumerate(order, 1):
            inverse[old - 1] = new

        def do(s, cmd: TourCommand) -> int:
            from photobook.services import tours  # in the write worker

            tours.reorder(s, tid, order)
            cmd.memo["done"] = True
            return tid

        def undo(s, cmd: TourCommand) -> int:
            from photobook.services import tours  # in the write worker

            tours.reorder(s, tid, inverse)
            return tid

        return self._push(self.tr("Reorder the slides"), do, undo)

    def set_notes(self, tid: int, position: int, old: str, new: str) -> TourCommand:
        def do(s, cmd: TourCommand) -> int:
            from photobook.services import tours  # in the write worker

            tours.set_notes(s, tid, position, new)
            cmd.memo["done"] = True
            return tid

        def undo(s, cmd: TourCommand) -> int:
            from photobook.services import tours  # in the write worker

            tours.set_notes(s, tid, position, old)
            return tid

        return self._push(self.tr("Notes of slide %1").replace("%1", str(position)), do, undo)

    def set_hidden(self, tid: int, position: int, hidden: bool) -> TourCommand:
        def do(s, cmd: TourCommand) -> int:
            from photobook.services import tours  # in the write worker

            tours.set_hidden(s, tid, position, hidden)
            cmd.memo["done"] = True
            return tid

        def undo(s, cmd: TourCommand) -> int:
            from photobook.services import tours  # in the write worker

            tours.set_hidden(s, tid, position, not hidden)
            return tid

        text = self.tr("Hide slide %1") if hidden else self.tr("Show slide %1")
        return self._push(text.replace("%1", str(position)), do, undo)

    def remove(self, tid: int, position: int) -> TourCommand:
        def do(s, cmd: TourCommand) -> int:
            from photobook.db import queries
            from photobook.services import tours  # in the write worker

            tour = queries.tour(s, tid)
            assert tour is not None
            cmd.memo["slide"] = tour.slides[position - 1]
            tours.remove(s, tid, position)
            cmd.memo["done"] = True
            return tid

        def undo(s, cmd: TourCommand) -> int:
            from photobook.services import tours  # in the write worker

            tours.insert_slides(s, tid, [cmd.memo["slide"]], at=position)
            return tid

        return self._push(self.tr("Remove slide %1").replace("%1", str(position)), do, undo)
