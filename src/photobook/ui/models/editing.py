"""Saving the archivist's edits from the window: every save goes at once to the single write
worker (nothing on the GUI thread, writes never race), and is one step of a ``QUndoStack``.

An :class:`EditCommand`'s ``redo`` saves its plan (the first time) or the inverse of its undo; its
``undo`` saves the inverse of what the last redo did. The inverse is computed inside the worker
from the previous save's result: the write worker runs one task at a time, in order, so an undo
pressed before the save has landed still undoes exactly that save. Each inverse expects the
revisions the previous save produced: if another archivist saved the photograph in between, the
undo is refused (``stale``) rather than overwriting their work.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from photobook.ui.tasks import TaskManager

if TYPE_CHECKING:  # imported by the write worker, after the window's first frame
    from photobook.services.edits import EditRequest, EditResult


class EditCommand(QUndoCommand):
    def __init__(self, controller: EditController, plan: Mapping[int, EditRequest], text: str) -> None:
        super().__init__(text)
        self.controller = controller
        self.plan = dict(plan)
        self.last: EditResult | None = None  # what the last save (redo or undo) did
        self.failed = False
        self.seen: dict[int, int] = dict(controller._stale_seen)  # refusals known when it was made

    def redo(self) -> None:
        self.controller._run(self, first=self.last is None)

    def undo(self) -> None:
        self.controller._run(self, first=False)


class EditController(QObject):
    saved = Signal(object)  # EditResult, on the GUI thread
    refused = Signal(str)  # a value the catalog cannot take (one line for the archivist)
    stale = Signal(object, object)  # StaleRevision, the refused plan: someone else saved first
    failed = Signal(str)  # anything else (disk, connection…)
    # a first save refused or failed (not stale): its plan, so the panel that sent it knows it
    # did not land (its fields are still to be saved, the photograph kept its revision)
    dropped = Signal(object)

    def __init__(self, tasks: TaskManager, user: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.user = user
        self.stack = QUndoStack(self)
        self.pending = 0
        # the saves made from here, per photograph: revision before → after (worker thread only).
        # A request expecting a revision that one of our own later saves (an undo, a redo, a
        # batch) moved on expects the revision it led to: our own undo is not someone else's save.
        self._own: dict[int, dict[int, int]] = {}
        # stale refusals per photograph: counted by the write worker as they happen, and here as
        # the window learns of them. A save made before the window knew of a refusal was made on
        # top of the refused one (its expected revision is a guess): it is refused too, even when
        # the guess happens to equal the revision someone else's save produced.
        self._stale_count: dict[int, int] = {}
        self._stale_seen: dict[int, int] = {}

    def submit(self, plan: Mapping[int, EditRequest], text: str) -> EditCommand | None:
        """Save ``plan`` now, as one undoable step named ``text``. Nothing to save: None."""
        plan = {pid: req for pid, req in plan.items() if not req.is_empty()}
        if not plan:
            return None
        cmd = EditCommand(self, plan, text)
        self.stack.push(cmd)  # calls redo(): the save is on its way
        return cmd

    def _run(self, cmd: EditCommand, first: bool) -> None:
        if cmd.failed:  # a step whose save was refused: undoing or redoing it does nothing
            return
        lib, user = self.tasks.library, self.user

        def work() -> EditResult:
            from photobook.services.edits import EditResult, StaleRevision, save

            if first:
                plan = {pid: self._past_own_saves(pid, req) for pid, req in cmd.plan.items()}
                for pid, req in plan.items():
                    if req.expect_revision is not None and self._stale_count.get(pid, 0) > cmd.seen.get(
                        pid, 0
                    ):
                        self._stale_count[pid] = self._stale_count.get(pid, 0) + 1
                        raise StaleRevision(pid, req.expect_revision, -1)
            else:
                if cmd.last is None:  # the save it would undo was refused
                    return EditResult((), {})
                plan = cmd.last.inverse()
            try:
                cmd.last = save(lib, plan, user)
            except StaleRevision as exc:
                self._stale_count[exc.photo_id] = self._stale_count.get(exc.photo_id, 0) + 1
                raise
            for pid, rev in cmd.last.revisions.items():
                self._own.setdefault(pid, {})[rev - 1] = rev
            return cmd.last

        self.pending += 1
        self.tasks.write(work, self._done, on_error=lambda exc: self._error(cmd, first, exc))

    def _past_own_saves(self, pid: int, request: EditRequest) -> EditRequest:
        """``request``, expecting the revision our own saves since its expected one led to."""
        expected, own = request.expect_revision, self._own.get(pid, {})
        if expected is None or expected not in own:
            return request
        while expected in own:
            expected = own[expected]
        return replace(request, expect_revision=expected)

    def _done(self, result: EditResult) -> None:
        self.pending -= 1
        self.saved.emit(result)

    def _error(self, cmd: EditCommand, first: bool, exc: BaseException) -> None:
        from photobook.services.edits import EditError, StaleRevision  # loaded by the save

        self.pending -= 1
        if first:
            # the step did not happen: it leaves the stack (undone as a no-op, dropped by the next push)
            cmd.failed = True
            if self.stack.index() > 0 and self.stack.command(self.stack.index() - 1) is cmd:
                self.stack.undo()
        if first and not isinstance(exc, StaleRevision):
            self.dropped.emit(cmd.plan)
        if isinstance(exc, StaleRevision):
            self._stale_seen[exc.photo_id] = self._stale_seen.get(exc.photo_id, 0) + 1
            self.stale.emit(exc, cmd.plan if first else {})
        elif isinstance(exc, EditError):
            from photobook.ui.refusal_texts import edit_error_text

            self.refused.emit(edit_error_text(exc))  # in the window's language
        else:
            from photobook.ui.refusal_texts import edit_error_text

            self.failed.emit(edit_error_text(exc))  # a read-only catalog, a full disk… translated
