"""View ▸ Duplicates…: groups of exact and near copies, each reviewed side by side, merged or
marked "not duplicates".

The groups are looked up in a read worker (services.duplicates.find); thumbnails come from the
window's thumbnail cache (decoded in its workers, shown when ready). A merge goes to the single write
worker as one step of the window's undo stack (Edit ▸ Undo puts the merged records back); "Not
duplicates" is written there too. Nothing of it runs on the GUI thread.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from photobook.core import dates
from photobook.core.duplicates import DuplicateGroup
from photobook.core.records import PhotoRecord, caption_for
from photobook.ui.tasks import TaskManager
from photobook.ui.thumbcache import ThumbnailCache

THUMB = 192


def load_groups(session: Any) -> tuple[Any, dict[int, PhotoRecord]]:
    """In a read worker: the groups, and the records of their photographs."""
    from photobook.db import queries
    from photobook.services import duplicates

    found = duplicates.find(session)
    ids = [i for g in found.groups for i in g.ids]
    return found, {r.id: r for r in queries.photo_records(session, ids)}


class MergeCommand(QUndoCommand):
    """One merge as a step of the window's undo stack: redo merges, undo puts the records back
    (refused, with a message, once someone has saved the kept record since)."""

    def __init__(self, dialog: DuplicatesDialog, keep: int, others: list[int], text: str) -> None:
        super().__init__(text)
        self.dialog, self.keep, self.others = dialog, keep, others
        self.merge_id: int | None = None

    def redo(self) -> None:
        lib, user = self.dialog.tasks.library, self.dialog.user

        def work() -> int:
            from photobook.services import duplicates

            with lib.Session() as s, s.begin():
                self.merge_id = duplicates.merge(s, self.keep, self.others, user).merge_id
            return self.merge_id

        self.dialog.write(work)

    def undo(self) -> None:
        lib, user = self.dialog.tasks.library, self.dialog.user

        def work() -> int | None:
            from photobook.services import duplicates

            if self.merge_id is None:  # the merge was refused: nothing to put back
                return None
            with lib.Session() as s, s.begin():
                duplicates.undo_merge(s, self.merge_id, user)
            self.merge_id = None
            return None

        self.dialog.write(work)


class MemberCard(QFrame):
    """One photograph of a group: thumbnail, "Keep" choice, file, pixels, size, date, caption."""

    def __init__(self, record: PhotoRecord, how: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = record
        self.setObjectName("duplicateCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QVBoxLayout(self)
        self.image = QLabel()
        self.image.setFixedSize(THUMB, THUMB)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setStyleSheet("background: palette(mid);")
        lay.addWidget(self.image)
        self.keep = QRadioButton(self.tr("Keep this record"))
        lay.addWidget(self.keep)
        locale = QLocale()  # the interface language's (ar_MA: Latin digits)
        _used, cap = caption_for(record, lang)
        lines = [
            f"<b>{html.escape(record.path)}</b>",
            self.tr("%1 × %2 pixels")
            .replace("%1", locale.toString(record.pixel_width or 0))
            .replace("%2", locale.toString(record.pixel_height or 0)),
            locale.formattedDataSize(record.size or 0),
            html.escape(dates.in_words(record.date, lang)),
            how,
        ]
        if cap.title or cap.text:
            lines.append(f"<i>{html.escape(cap.title or cap.text[:120])}</i>")
        self.details = QLabel("<br>".join(x for x in lines if x))
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setFixedWidth(THUMB + 24)
        lay.addWidget(self.details)
        lay.addStretch(1)


class DuplicatesDialog(QDialog):
    changed = Signal()  # a merge, an undone merge or a dismissal landed: the window reloads
    loaded = Signal(int)  # the groups are shown (how many)

    def __init__(
        self,
        tasks: TaskManager,
        thumbs: ThumbnailCache,
        stack: Any,
        *,
        user: str | None = None,
        lang: str = "fr",
        readonly: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.tasks, self.thumbs, self.stack, self.user = tasks, thumbs, stack, user or ""
        self.lang, self.readonly = lang, readonly
        self.groups: list[DuplicateGroup] = []
        self.records: dict[int, PhotoRecord] = {}
        self.cards: list[MemberCard] = []
        self.without_hash = 0
        self.busy = 0
        self.refusal = ""  # why the last change was not done: said until the next one

        self.summary = QLabel()
        self.list = QListWidget()
        self.list.setObjectName("duplicateGroups")
        self.list.currentRowChanged.connect(self._show_group)
        self.strip = QWidget()
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.strip)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(scroll)
        split.setStretchFactor(1, 3)
        split.setSizes([330, 770])
        self.merge_button = QPushButton()
        self.merge_button.clicked.connect(self.merge_current)
        self.dismiss_button = QPushButton()
        self.dismiss_button.clicked.connect(self.dismiss_current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.dismiss_button, QDialogButtonBox.ButtonRole.ActionRole)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(split, 1)
        lay.addWidget(buttons)
        self.keep_group = QButtonGroup(self)
        self.thumbs.ready.connect(self._on_thumb)
        self.resize(1100, 620)
        self.retranslate()
        self._update_buttons()

    # --- loading ----------------------------------------------------------------------------------

    def reload(self) -> None:
        self.summary.setText(self.tr("Looking for duplicates…"))
        self.tasks.read(load_groups, self._on_loaded, key="duplicates")

    def _on_loaded(self, result: tuple[Any, dict[int, PhotoRecord]]) -> None:
        found, records = result
        self.groups, self.records, self.without_hash = list(found.groups), records, found.without_hash
        self._fill_list(max(0, min(self.list.currentRow(), len(self.groups) - 1)))
        self.loaded.emit(len(self.groups))

    def _fill_list(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for n, g in enumerate(self.groups, 1):
            kind = self.tr("exact copies") if g.exact else self.tr("near copies")
            text = self.tr("Group %1 · %2 · %Ln photographs", "", len(g.members))
            self.list.addItem(QListWidgetItem(text.replace("%1", QLocale().toString(n)).replace("%2", kind)))
        self.list.blockSignals(False)
        self._update_summary()
        if self.groups:
            self.list.setCurrentRow(row)
        self._show_group(row if self.groups else -1)

    def _update_summary(self) -> None:
        n = len(self.groups)
        text = self.tr("%Ln groups of duplicates", "", n) if n else self.tr("No duplicates found.")
        if self.without_hash:
            text += " " + self.tr(
                "%Ln photographs were compared by content only (no perceptual hash yet).",
                "",
                self.without_hash,
            )
        self.summary.setText(self.refusal or text)  # a refusal first: the list shows the groups

    def _show_group(self, row: int) -> None:
        for card in self.cards:
            self.keep_group.removeButton(card.keep)
            card.deleteLater()
        self.cards = []
        if 0 <= row < len(self.groups):
            group = self.groups[row]
            for k, m in enumerate(group.members):
                rec = self.records.get(m.photo_id)
                if rec is None:
                    continue
                if m.same_file:
                    how = self.tr("the same file")
                elif m.distance is None:
                    how = ""
                elif m.distance == 0:
                    how = self.tr("the same picture")
                else:
                    how = self.tr("%Ln bits apart", "", m.distance)
                card = MemberCard(rec, how, self.lang, self.strip)
                self.keep_group.addButton(card.keep, k)
                self.strip_layout.insertWidget(self.strip_layout.count() - 1, card)
                self.cards.append(card)
            if self.cards:
                best = max(
                    self.cards, key=lambda c: (c.record.pixel_width or 0) * (c.record.pixel_height or 0)
                )
                best.keep.setChecked(True)  # the largest scan, by default
            self.thumbs.request([c.record.id for c in self.cards])
            for card in self.cards:
                self._on_thumb(card.record.id)
        self._update_buttons()

    def _on_thumb(self, photo_id: int) -> None:
        for card in self.cards:
            if card.record.id == photo_id:
                pm = self.thumbs.pixmap(photo_id)
                if pm is not None:
                    card.image.setPixmap(
                        pm.scaled(
                            THUMB,
                            THUMB,
                            Qt.AspectRatioMode.KeepAspectRatio,
                            Qt.TransformationMode.SmoothTransformation,
                        )
                    )

    def _update_buttons(self) -> None:
        can = bool(self.cards) and not self.readonly and self.busy == 0
        self.merge_button.setEnabled(can)
        self.dismiss_button.setEnabled(can)

    # --- acting -----------------------------------------------------------------------------------

    def kept(self) -> int | None:
        for card in self.cards:
            if card.keep.isChecked():
                return card.record.id
        return None

    def merge_current(self) -> None:
        keep = self.kept()
        if keep is None or len(self.cards) < 2:
            return
        others = [c.record.id for c in self.cards if c.record.id != keep]
        text = self.tr("Merge %Ln duplicates", "", len(others))
        self.stack.push(MergeCommand(self, keep, others, text))

    def dismiss_current(self) -> None:
        ids = [c.record.id for c in self.cards]
        lib, user = self.tasks.library, self.user

        def work() -> None:
            from photobook.services import duplicates

            with lib.Session() as s, s.begin():
                duplicates.dismiss(s, ids, user)

        self.write(work)

    def write(self, work: Any) -> None:
        self.refusal = ""
        self.busy += 1
        self._update_buttons()
        self.tasks.write(work, self._written, on_error=self._failed)

    def _written(self, _result: Any) -> None:
        self.busy -= 1
        self.changed.emit()
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        from photobook.services.edits import StaleRevision  # loaded by the write

        self.busy -= 1
        if isinstance(exc, StaleRevision):  # the undo of a merge, the kept record saved since
            said = self.tr(
                "Not done: the merge cannot be undone, the record kept (no. %1) was changed by "
                "someone else since."
            ).replace("%1", str(exc.photo_id))
        else:
            from photobook.ui.refusal_texts import edit_error_text

            said = self.tr("Not done: %1").replace("%1", edit_error_text(exc))
        self.refusal = said  # kept when the groups are read again
        self.summary.setText(said)
        self.changed.emit()
        self.reload()

    # --- languages --------------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()
        self._fill_list(max(self.list.currentRow(), 0))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Duplicates"))
        self.merge_button.setText(self.tr("&Merge into the record kept"))
        self.merge_button.setToolTip(
            self.tr("The record kept takes the other files and the captions, themes and date it lacks")
        )
        self.dismiss_button.setText(self.tr("&Not duplicates"))
        self.dismiss_button.setToolTip(self.tr("These photographs will not be proposed together again"))
