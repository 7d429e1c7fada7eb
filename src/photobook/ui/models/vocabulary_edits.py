"""Changing the theme vocabulary from the window: add, rename, move, merge and delete, each one
step of the window's undo stack (the same one as the record edits, so Ctrl+Z undoes whichever came
last), run in the single write worker through :mod:`photobook.services.vocabulary`.

Each step's ``redo`` runs the service and keeps what it needs to go back (a
:class:`~photobook.services.vocabulary.ThemeSnapshot`, the merge's re-tagging); its ``undo`` puts
it back: a rename gets its old labels and colour, a move its old parent, an added theme is deleted
(refused if photographs were tagged with it since), a deleted or merged theme comes back with its
sub-themes and, after a merge, its photographs (refused if one was saved since).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from photobook.ui.models.editing import EditController
from photobook.ui.refusal_texts import edit_error_text

if TYPE_CHECKING:  # the services (SQLAlchemy) are imported when a theme is changed, not with the window
    from sqlalchemy.orm import Session

    from photobook.services.edits import EditResult


class VocabularyCommand(QUndoCommand):
    def __init__(
        self,
        editor: VocabularyEditor,
        text: str,
        do: Callable[[Session], Any],
        undo: Callable[[Session, Any], Any],
    ) -> None:
        super().__init__(text)
        self.editor = editor
        self.do, self.undo_fn = do, undo
        self.state: Any = None
        self.done = False  # the last redo landed (an undo has something to put back)
        self.failed = False

    def redo(self) -> None:
        self.editor._run(self, forward=True)

    def undo(self) -> None:
        self.editor._run(self, forward=False)


class VocabularyEditor(QObject):
    changed = Signal()  # a change (or its undo) landed: the vocabulary is to be read again
    refused = Signal(str)  # one line for the archivist: nothing was changed

    def __init__(self, controller: EditController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.tasks = controller.tasks
        self.stack = controller.stack
        self.pending = 0

    # --- what the archivist does --------------------------------------------------------------

    def add(self, slug: str, labels: dict[str, str], parent: str | None, color: str | None) -> None:
        from photobook.services import vocabulary as v

        self._push(
            self.tr("Add theme %1").replace("%1", slug),
            lambda s: v.add_theme(s, slug, labels, parent, color) and None,
            lambda s, _st: v.delete_theme(s, slug),
        )

    def rename(self, slug: str, labels: dict[str, str], color: str | None) -> None:
        from photobook.services import vocabulary as v

        def do(s: Session) -> v.ThemeSnapshot:
            snap = v.snapshot(s, slug)
            v.rename_theme(s, slug, labels, color)
            return snap

        self._push(
            self.tr("Rename theme %1").replace("%1", slug),
            do,
            lambda s, snap: v.rename_theme(s, slug, dict(snap.labels), snap.color),
        )

    def move(self, slug: str, parent: str | None) -> None:
        from photobook.services import vocabulary as v

        def do(s: Session) -> v.ThemeSnapshot:
            snap = v.snapshot(s, slug)
            v.move_theme(s, slug, parent)
            return snap

        self._push(
            self.tr("Move theme %1").replace("%1", slug),
            do,
            lambda s, snap: v.move_theme(s, slug, snap.parent),
        )

    def merge(self, source: str, into: str) -> None:
        from photobook.services import vocabulary as v

        user = self.controller.user

        def do(s: Session) -> tuple[v.ThemeSnapshot, EditResult]:
            snap = v.snapshot(s, source)
            return snap, v.merge_themes(s, source, into, _user(user))

        self._push(
            self.tr("Merge theme %1 into %2").replace("%1", source).replace("%2", into),
            do,
            lambda s, st: v.restore_theme(s, st[0], st[1], _user(user)),
        )

    def delete(self, slug: str) -> None:
        from photobook.services import vocabulary as v

        def do(s: Session) -> v.ThemeSnapshot:
            snap = v.snapshot(s, slug)
            v.delete_theme(s, slug)
            return snap

        self._push(
            self.tr("Delete theme %1").replace("%1", slug), do, lambda s, snap: v.restore_theme(s, snap)
        )

    # --- running ------------------------------------------------------------------------------

    def _push(self, text: str, do: Callable[[Session], Any], undo: Callable[[Session, Any], Any]) -> None:
        self.stack.push(VocabularyCommand(self, text, do, undo))  # redo(): on its way

    def _run(self, cmd: VocabularyCommand, forward: bool) -> None:
        if cmd.failed:
            return
        lib = self.tasks.library
        first = forward and not cmd.done and cmd.state is None

        def work() -> Any:
            from photobook.services import vocabulary as v

            if forward:
                cmd.state = v.run(lib, cmd.do)
                cmd.done = True
                return cmd.state
            if not cmd.done:
                return None
            out = v.run(lib, lambda s: cmd.undo_fn(s, cmd.state))
            cmd.done = False
            return out

        self.pending += 1
        self.tasks.write(work, self._done, on_error=lambda exc: self._error(cmd, first, exc))

    def _done(self, result: Any) -> None:
        from photobook.services.edits import EditResult

        self.pending -= 1
        for part in result if isinstance(result, tuple) else (result,):
            if isinstance(part, EditResult) and part.revisions:
                self.controller.saved.emit(part)  # photographs were re-tagged: the window shows it
        self.changed.emit()

    def _error(self, cmd: VocabularyCommand, first: bool, exc: BaseException) -> None:
        self.pending -= 1
        if first:  # it did not happen: it leaves the stack, as a refused save does
            cmd.failed = True
            if self.stack.index() > 0 and self.stack.command(self.stack.index() - 1) is cmd:
                self.stack.undo()
        # a name taken meanwhile, a read-only catalog…: in the window's language
        self.refused.emit(edit_error_text(exc))
        self.changed.emit()


def _user(user: str | None) -> str:
    from photobook.core.user import default_user

    return default_user() if user is None else user
