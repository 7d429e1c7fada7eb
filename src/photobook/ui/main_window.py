"""The main window: it builds the parts and wires them together; the parts hold the behaviour.

  filter panel │ timeline / contact sheet │ caption panel        (page "browse")
  full view of one photograph with its caption                   (page "full")
  index problems (dock, hidden by default) · progress in the status bar

State lives in :class:`~photobook.ui.models.browse.Browser` (filter, results, selection), queries
and decodes run through :class:`~photobook.ui.tasks.TaskManager`, indexing through
:class:`~photobook.ui.models.indexing.IndexController`.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from photobook.core.filters import PhotoFilter
from photobook.core.records import PhotoRecord
from photobook.ui import i18n
from photobook.ui.fonts import app_set_font_for
from photobook.ui.models.browse import Browser
from photobook.ui.models.editing import EditController
from photobook.ui.models.indexing import IndexController
from photobook.ui.models.photo_list import PhotoListModel
from photobook.ui.models.vocabulary import Vocabulary, reign_info, themes_info
from photobook.ui.settings import Settings
from photobook.ui.tasks import FRAME, TaskManager
from photobook.ui.thumbcache import ThumbnailCache
from photobook.ui.timeline import ReignBand, TimelineView
from photobook.ui.views.actions import Actions
from photobook.ui.views.caption_panel import CaptionPanel
from photobook.ui.views.editor_panel import EditorPanel
from photobook.ui.views.filter_panel import FilterPanel
from photobook.ui.views.full_view import FullView
from photobook.ui.views.grid_view import GridView
from photobook.ui.views.index_progress import IndexProgress
from photobook.ui.views.problems_dock import ProblemsDock

if TYPE_CHECKING:  # the catalog's modules (SQLAlchemy) are imported by the workers, after the first frame
    from photobook.db.engine import Library
    from photobook.db.fastpath import FirstView
    from photobook.db.handle import LibraryHandle

HEALTH_CHECK_DELAY_MS = 3000


class MainWindow(QMainWindow):
    lockWaiting = Signal()
    noticed = Signal(str)

    def __init__(
        self,
        library: Library | LibraryHandle,
        settings: Settings | None = None,
        parent: QWidget | None = None,
        restore: bool = True,
        *,
        first_view: FirstView | Callable[[], FirstView | None] | None = None,
    ) -> None:
        """``first_view``: the catalog's timeline read without SQLAlchemy (``ui.app.open_window``),
        shown as the first frame; nothing is read from the library until that frame is painted. Or
        a function that returns it (``None``: there is none), called once the window is built: the
        window is built while a thread reads it (``ui.app.open_window``), not after."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.library = library
        self.settings = settings or Settings()
        self.lang = i18n.current_language()
        self._range_restored = not restore
        self._closing = False
        self.presentation: Any = None  # the talk being given (ui.views.presenter.Presentation)
        self._ids_loaded = False  # the filter's results have arrived once (the hidden marker waits)
        self._located_out: int | None = None  # a large filter: the selection, found not to be in it
        self.damage: list[str] | None = None  # the catalog's quick_check, once it has run
        self._indexing = False  # an index job runs (the empty panel says "Indexing…")
        self._first_view_shown = False  # the first frame's timeline was read before opening the library
        self._first_painted = False
        self._on_first_paint: Callable[[], None] | None = None

        self.tasks = TaskManager(library, self)
        self.thumbs = ThumbnailCache(library, self)
        if first_view is not None:  # what is asked of the library (a restored selection…) waits
            self._hold()
        self.browser = Browser(self.tasks, self)
        self.indexer = IndexController(self.tasks, self)
        self._thumb_refresh = QTimer(self, singleShot=True, interval=1000)
        self._thumb_refresh.timeout.connect(self._refresh_thumbs)

        # --- parts ---
        self.filters = FilterPanel()
        filter_scroll = QScrollArea()
        filter_scroll.setObjectName("filterScroll")
        filter_scroll.setWidgetResizable(True)
        filter_scroll.setWidget(self.filters)
        filter_scroll.setMinimumWidth(300)
        filter_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.filter_scroll = filter_scroll
        self.timeline = TimelineView(self.thumbs)
        self.timeline.setObjectName("timeline")
        self.timeline.set_rows([])  # nothing loaded yet (a TimelineView without rows cannot paint)
        self.timeline.explain_empty = True  # a filter with no dated photograph says so on the axis
        self.grid_model = PhotoListModel(self.tasks, self.thumbs, self, lang=self.lang)
        self.grid = GridView(self.grid_model, icon_px=self.settings.grid_icon_size())
        self.views = QStackedWidget()
        self.views.setObjectName("views")
        self.views.addWidget(self.timeline)
        self.views.addWidget(self.grid)
        self.caption = CaptionPanel(self.tasks, self.thumbs)
        self.caption.setMinimumWidth(300)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("browseSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(filter_scroll)
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(self.caption)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([350, 1100, 420])
        self.full = FullView(self.tasks, self.thumbs)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.full)
        self.setCentralWidget(self.pages)
        self.edits = EditController(self.tasks, user=self.settings.user_name(), parent=self)
        self.editor = EditorPanel(self.edits)
        self.editor_dock = QDockWidget(self)
        self.editor_dock.setObjectName("editorDock")
        self.editor_dock.setWidget(self.editor)
        self.editor_dock.setMinimumWidth(380)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.editor_dock)
        self.editor_dock.hide()
        self.problems = ProblemsDock(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems)
        self.problems.hide()
        self.progress = IndexProgress(self)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().setSizeGripEnabled(False)

        self.commands = Actions(self)
        self._build_tours_dock()
        self._docks_rtl = False  # the side docks were added for left to right (_mirror_docks)
        self.commands.build_menus()
        self.commands.add_folder.setEnabled(not library.readonly)  # a read-only catalog (kiosk)
        self._wire()
        self._wire_timeline_window()
        self._tab_order()
        self.resize(1600, 960)
        self.set_language(self.lang, remember=False)
        if restore:
            self._restore()
        if first_view is not None:
            view = first_view() if callable(first_view) else first_view
            if view is None or not self.show_first_view(view):
                self._release()

    # --- wiring -------------------------------------------------------------------------------

    def _wire(self) -> None:
        a, b = self.commands, self.browser
        b.vocabularyLoaded.connect(self._on_vocabulary)
        b.rowsLoaded.connect(self._on_rows)
        b.idsLoaded.connect(self._on_ids)
        b.countsLoaded.connect(
            lambda themes, reigns: self.filters.set_counts(themes, reigns, *b.counts_every[:2])
        )
        b.flagCountsLoaded.connect(
            lambda undated, problems: self.filters.set_flag_counts(undated, problems, b.counts_every[2])
        )
        b.selectionChanged.connect(self._on_selection)
        b.filterChanged.connect(lambda _f: self._begin_filter())
        b.recordLoaded.connect(self._on_record)
        b.problemsLoaded.connect(self.problems.set_problems)
        b.libraryEmpty.connect(self._on_library_empty)
        self.tasks.failed.connect(lambda msg: self.statusBar().showMessage(msg, 8000))
        # a writer in a worker thread waiting for another photobook's write lock, or a notice (a
        # damaged thumbnail cache set aside): queued to the GUI thread, shown in the status bar
        self.lockWaiting.connect(self._on_lock_waiting)
        self.noticed.connect(lambda msg: self.statusBar().showMessage(msg, 15000))
        self.library.on_wait = self.lockWaiting.emit
        self.library.on_notice = self.noticed.emit

        self.filters.filterChanged.connect(b.set_filter)
        self.filters.escaped.connect(
            lambda: self.views.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)
        )
        self.timeline.selectionChanged.connect(b.select)
        self.timeline.activated.connect(self._activate)
        self.grid.selectionChangedTo.connect(b.select)
        self.grid.activatedPhoto.connect(self._activate)
        self.caption.openRequested.connect(self.open_full_view)
        self.full.closeRequested.connect(self.close_full_view)
        self.full.stepRequested.connect(self.step)
        self.problems.refreshRequested.connect(b.load_problems)
        self.problems.problemActivated.connect(self._on_problem_activated)
        self.problems.visibilityChanged.connect(self.commands.toggle_problems.setChecked)

        ix = self.indexer
        ix.started.connect(self._on_index_started)
        ix.progress.connect(self.progress.set_progress)
        ix.progress.connect(self._on_index_progress)
        ix.batch.connect(self._on_index_batch)
        ix.finished.connect(self._on_index_finished)
        ix.failed.connect(self._on_index_failed)
        self.progress.cancelRequested.connect(ix.cancel)

        a.add_folder.triggered.connect(self.add_folder)
        a.import_sheet.triggered.connect(lambda: self.import_spreadsheet())
        a.import_sheet.setEnabled(not self.library.readonly)
        a.quit.triggered.connect(self.close)
        a.show_timeline.triggered.connect(lambda: self.set_view("timeline"))
        a.show_grid.triggered.connect(lambda: self.set_view("grid"))
        a.full_view.triggered.connect(self.open_full_view)
        a.back.triggered.connect(self.close_full_view)
        a.zoom_in.triggered.connect(lambda: self._zoom("in"))
        a.zoom_out.triggered.connect(lambda: self._zoom("out"))
        a.fit.triggered.connect(lambda: self._zoom("fit"))
        a.go_first.triggered.connect(lambda: self._go("first"))
        a.go_last.triggered.connect(lambda: self._go("last"))
        a.previous.triggered.connect(lambda: self.step(-1))
        a.next.triggered.connect(lambda: self.step(1))
        a.find.triggered.connect(self.focus_search)
        a.clear_filters.triggered.connect(self.filters.clear)
        a.toggle_filters.toggled.connect(self.filter_scroll.setVisible)
        a.toggle_caption.toggled.connect(self.caption.setVisible)
        a.toggle_problems.toggled.connect(self._show_problems)
        a.fullscreen.toggled.connect(self._set_fullscreen)
        a.present.triggered.connect(lambda: self.present(from_start=False))
        a.present_from_start.triggered.connect(lambda: self.present(from_start=True))
        a.focus_next_pane.triggered.connect(self._focus_next_pane)
        a.shortcuts_help.triggered.connect(self._show_shortcuts)
        a.about.triggered.connect(self._show_about)
        a.edit_record.triggered.connect(self.toggle_editor)
        a.duplicates.triggered.connect(self.show_duplicates)
        a.undo.triggered.connect(self.edits.stack.undo)
        a.redo.triggered.connect(self.edits.stack.redo)
        self.edits.stack.canUndoChanged.connect(a.undo.setEnabled)
        self.edits.stack.canRedoChanged.connect(a.redo.setEnabled)
        self.edits.saved.connect(self._on_saved)
        self.edits.stale.connect(lambda _exc, _plan: self.browser.refresh_record())
        self.edits.refused.connect(lambda msg: self.statusBar().showMessage(msg, 8000))
        self.edits.failed.connect(lambda msg: self.statusBar().showMessage(msg, 8000))
        self.editor.nextRequested.connect(lambda: self.step(1))
        self.editor.conflictRequested.connect(self._go_to_conflict)
        self.grid.selectedIdsChanged.connect(self.editor.set_selection)
        a.edit_record.setEnabled(not self.library.readonly)
        self._wire_vocabulary()
        self._wire_places()
        self._wire_multi_selection()
        for lang, act in a.languages.items():
            act.triggered.connect(lambda _c=False, lang=lang: self.set_language(lang))
        a.attach(a.full_view, self.views)
        a.attach(a.go_first, self.views)
        a.attach(a.go_last, self.views)
        a.attach(a.previous, self.caption)
        a.attach(a.next, self.caption)
        a.attach(a.back, self.full)

    def _wire_timeline_window(self) -> None:
        """A large catalog's timeline (issue 12): the photographs around what is shown are read as
        the view moves, and a photograph selected elsewhere is found in time."""
        b, t = self.browser, self.timeline
        b.rowsLoaded.connect(lambda _rows: self._want_timeline_days())
        b.rowsLoaded.connect(self._prepare_every_zoom)
        b.detailLoaded.connect(t.replace_index)
        b.detailLoaded.connect(self._prepare_every_zoom)
        self.tasks.idle.connect(self._prepare_pending_zooms)
        b.located.connect(t.located)
        b.located.connect(lambda *_a: self._want_timeline_days())  # its day is known now
        # after the frame the change asks for: the read does not share the interpreter with it
        t.visibleRangeChanged.connect(lambda _a, _b: t.after_frame(self._want_timeline_days))
        t.selectionChanged.connect(lambda _pid: self._want_timeline_days())
        t.locateRequested.connect(b.locate)
        b.pagesLoaded.connect(self._on_pages)
        self.grid_model.located.connect(self._on_grid_located)

    def _prepare_every_zoom(self, index: Any) -> None:
        """The timeline's new rows arrived prepared for the current zoom; a reader builds what a
        frame at any other zoom reads from them (each histogram unit's counts, each precision's
        partition), so that the first frame after a zoom draws without building them (at a million
        photographs: 10-15 ms of that frame on the GUI thread). It starts once the reads in flight
        (the filter's detail, counts, contact sheet) are delivered, not beside them: built at once,
        it took the interpreter from them (~+100-170 ms of CPU within a theme filter at 1M)."""
        from photobook.core.timeline_buckets import TimelineIndex

        if isinstance(index, TimelineIndex) and index.n_dated:
            self._zooms_to_prepare = index
            if not self.tasks.busy():
                self._prepare_pending_zooms()

    def _prepare_pending_zooms(self) -> None:
        """(On the task runner's ``idle``.) Prepare the last rows' other zooms, if not done yet."""
        index, self._zooms_to_prepare = getattr(self, "_zooms_to_prepare", None), None
        if index is None or index is not self.timeline._index:  # replaced meanwhile: its rows are moot
            return
        from photobook.core.timeline_buckets import HISTOGRAM_UNITS, PRECISION_CAPS

        units = tuple(HISTOGRAM_UNITS)
        self.tasks.read(
            lambda: index.prepare(units, PRECISION_CAPS, pause=FRAME.pause),
            None,
            key="timeline-zooms",
            session=False,
        )

    def _on_pages(self, paged: Any) -> None:
        """A filter too large to hold every id: the contact sheet reads it a page at a time."""
        self._ids_loaded = True
        with QSignalBlocker(self.grid):
            self.grid_model.set_paged(paged)
        self.filters.set_count(paged.total)
        self._update_hint()
        self._located_out = None
        if self.browser.selected is not None:
            self.grid.select(self.browser.selected)
        self._mark_filtered_out()

    def _on_grid_located(self, photo_id: int, row: int) -> None:
        self._located_out = photo_id if row < 0 else None
        self._mark_filtered_out()

    def _select_found(self, photo_id: int | None) -> None:
        if photo_id is not None:
            self.browser.select(photo_id)

    def _warm_locale_data(self) -> None:
        """Babel's data for the window's language, read here (~35 ms) before any worker starts:
        the first frame's dates need it, and a worker reading it first holds its lock while the
        GUI thread waits (measured: a 1 s stall at start on a busy machine)."""
        from datetime import date

        from photobook.ui.timeline import texts

        texts.day_words(date.today().toordinal(), self.lang)

    def _want_timeline_days(self) -> None:
        a, b = self.timeline.visible_days()
        self.browser.frame_needs = self.timeline.frame_needs()
        self.browser.want_days(a, b, self.timeline.selected_day(), self.timeline.selected_start())

    def _tab_order(self) -> None:
        f = self.filters
        chain: list[QWidget] = [
            f.search,
            f.year_from,
            f.year_to,
            f.theme_view,
            *f.status_checks.values(),
            f.clear_button,
            self.timeline,
            self.grid,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- starting -----------------------------------------------------------------------------

    def show_first_view(self, view: FirstView) -> bool:
        """The timeline of the whole catalog, read without SQLAlchemy before the library is opened
        (``db.fastpath.first_view``), for the window's first frame; the first load replaces it
        with the same photographs (the view stays where it is). Only for what the window starts
        on: the timeline with no filter (a restored filter or the contact sheet waits for the
        load). Returns True when it is shown."""
        if not self.browser.filter.is_empty() or self.view() != "timeline":
            return False
        from photobook.core.timeline_buckets import TimelineIndex, summary_index
        from photobook.ui.timeline import reign_bands

        if view.rows is not None:
            index = TimelineIndex(view.rows)
        else:
            index = summary_index(view.summary or [], (), view.undated)
        self.timeline.set_reigns(reign_bands(view.reigns, self.lang))
        # the filter panel's reigns and themes now, not when the vocabulary comes with the first
        # reads (the same ones keep them): made and laid out before the first frame, while no
        # worker runs
        self.filters.set_vocabulary(
            Vocabulary(tuple(reign_info(r) for r in view.reigns), themes_info(view.themes))
        )
        self._hold()  # thumbnails and reads are asked for now, served after the first frame
        self.browser.show_first(index, view)  # the first load reuses it if nothing changed since
        self._first_view_shown = True
        return True

    def start(self, load_demo: bool = False) -> None:
        """Load the catalog (in workers). With ``load_demo``, an empty library gets the demo archive.

        After :meth:`show_first_view`, the loads (and with them the opening of the library) begin
        once the first frame is painted: the workers do not take the CPU from it."""
        self._warm_locale_data()
        if self._first_view_shown and not self._first_painted:

            def begin() -> None:
                self._release()
                self._load(load_demo)

            self._after_first_paint(begin)
        else:
            self._load(load_demo)

    def _hold(self) -> None:
        """Until :meth:`_release`, work asked of the library waits (queued, not run)."""
        self.tasks.hold()
        self.thumbs.set_library(None)

    def _release(self) -> None:
        self.thumbs.set_library(self.library)
        self.tasks.release()

    def _after_first_paint(self, then: Callable[[], None]) -> None:
        """``then()`` once, just after the timeline's first paint (or in half a second, if the
        window is not shown)."""
        done: list[bool] = []

        def once() -> None:
            if not done:
                done.append(True)
                self.timeline.removeEventFilter(self)
                then()

        self._on_first_paint = once
        self.timeline.installEventFilter(self)
        QTimer.singleShot(500, once)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.timeline and event.type() == QEvent.Type.Paint and self._on_first_paint:
            self._first_painted = True
            QTimer.singleShot(0, self._on_first_paint)
        return super().eventFilter(obj, event)

    def _load(self, load_demo: bool) -> None:
        self.browser.load_vocabulary()
        self.browser.reload()
        # the index problems for their dock, when it is open (showing it reads them): not at every
        # start, when a read and a Python model's reset on the GUI thread compete with the first
        # results for the interpreter's lock (~18 ms of waiting at a million photographs)
        if not self.problems.isHidden():
            self.browser.load_problems()
        if load_demo and not self.library.readonly:
            self.browser.check_empty()
        # SQLite's quick_check of the catalog, once, after the first paint and off the GUI thread: a
        # damaged catalog is said at once, not when an archivist's edit fails
        QTimer.singleShot(HEALTH_CHECK_DELAY_MS, self._check_health)

    def _check_health(self) -> None:
        if self._closing or not self.library.is_sqlite:
            return
        library = self.library

        def check() -> list[str]:
            from photobook.services.backup import catalog_health  # in the worker

            return catalog_health(library)  # type: ignore[arg-type]  # a Library or its handle

        self.tasks.background(check, self._on_health)  # not a reader: the first filters do not wait

    def _on_health(self, problems: list[str]) -> None:
        self.damage = problems
        if problems:
            self.statusBar().setVisible(True)
            self.statusBar().showMessage(
                self.tr("The catalog is damaged (%1): restore the last backup.").replace(
                    "%1", problems[0][:120]
                )
            )

    def _on_library_empty(self, empty: bool) -> None:
        if empty:
            self.indexer.load_demo()

    def _on_vocabulary(self, vocab: Vocabulary) -> None:
        """The vocabulary arrived (at start, with the catalog's first reads): what shows it now takes
        it in this turn of the event loop, the record editor (its theme menus and completions) in
        the next one, so that the two do not add up to one long stall."""
        self.filters.set_vocabulary(vocab)
        self.caption.set_vocabulary(vocab)
        self.full.set_vocabulary(vocab)
        self._update_reign_bands()
        self.tasks.next_turn(lambda: self.editor.set_vocabulary(vocab))  # in order: the last wins

    def _update_reign_bands(self) -> None:
        bands = [
            ReignBand(r.slug, r.name(self.lang), r.start, r.end, r.color)
            for r in self.browser.vocabulary.reigns
        ]
        self.timeline.set_reigns(bands)

    def _begin_filter(self) -> None:
        """A filter was chosen, its reads not yet asked for: the timeline fits its rows when they come,
        and their worker prepares what its frame will draw from them. The thumbnails asked for by
        the views of the filter before are forgotten: they would be decoded while the new filter is
        read (the decode holds the interpreter's lock), and its views ask for their own."""
        self.thumbs.cancel_pending()
        shown = self.caption.photo_id  # the caption panel's picture stays asked for
        if shown is not None and self.thumbs.pixmap(shown) is None:
            self.thumbs.request([shown])
        self.timeline.begin_filter()
        self.browser.frame_needs = self.timeline.frame_needs()

    def _on_rows(self, rows: list) -> None:
        # a filter that hides the selected photograph does not unselect it: the caption panel
        # keeps it, and it is selected again on the timeline when the filter lets it back
        # after a new filter the timeline fits its photographs (unless the user zoomed meanwhile)
        with QSignalBlocker(self.timeline):
            self.timeline.set_rows(rows, filtered=not self.browser.filter.is_empty())
        if not self._range_restored and rows:
            self._range_restored = True
            rng = self.settings.visible_range()
            if rng is not None:
                self.timeline.set_visible_range(*rng)
        if self.browser.selected is not None:
            self.timeline.select(self.browser.selected)

    def _on_ids(self, ids: list[int], index: dict[int, int]) -> None:
        self._ids_loaded = True
        with QSignalBlocker(self.grid):
            self.grid_model.set_ids(ids, index)
        self.filters.set_count(len(ids))
        self._update_hint()
        if self.browser.selected is not None:
            self.grid.select(self.browser.selected)
        self._mark_filtered_out()

    def _on_problem_activated(self, problem: dict) -> None:
        """A double-clicked problem row: its photograph selected (the filters cleared if they hide
        it), or, for a file that was not catalogued, its folder opened in the file manager."""
        from photobook.db.queries import photo_for_problem

        source, path = str(problem.get("source", "")), str(problem.get("path", ""))
        self.tasks.read(
            lambda s: photo_for_problem(s, source, path),
            lambda pid: self._show_problem_photo(pid, source, path),
            key="problem_photo",
        )

    def _show_problem_photo(self, pid: int | None, source: str, path: str) -> None:
        if pid is None:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            folder = (Path(source) / path).parent
            self.revealed = folder  # what was shown (tests)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
            return
        self.close_full_view()
        if self.browser.index and pid not in self.browser.index:
            self.filters.clear()  # the filters hide it: show everything, then select it
        self.browser.select(pid)

    def _go_to_conflict(self, pid: int) -> None:
        """The editor's "Show the conflict": back to the photograph whose save was refused (the
        filters cleared if they hide it), where the editor shows both versions."""
        self._show_problem_photo(pid, "", "")

    def _update_hint(self) -> None:
        """What the caption panel says with nothing selected: no "archive is empty" while the
        first index (the demo archive, a folder) is still bringing photographs in."""
        if self.browser.count():  # the ids held, or a large filter's size (paged)
            hint = "select"
        elif not self.browser.filter.is_empty():
            hint = "nothing"
        else:
            hint = "indexing" if self._indexing else "empty"
        self.caption.set_hint(hint)

    def _mark_filtered_out(self) -> None:
        """A selected photograph the filters hide stays in the caption panel, dimmed and marked."""
        sel, b = self.browser.selected, self.browser
        if b.paged is not None:  # a large filter: known once the contact sheet has looked for it
            out = sel is not None and sel == self._located_out
        else:
            out = sel is not None and sel not in b.index
        self.caption.set_filtered_out(self._ids_loaded and out)

    def _on_selection(self, photo_id: int | None) -> None:
        if self.timeline.selected_id() != photo_id:
            self.timeline.select(photo_id)
        if self.grid.selected_id() != photo_id:
            self.grid.select(photo_id)
        self.caption.show_photo(photo_id)
        self._mark_filtered_out()
        if self.pages.currentWidget() is self.full:
            if photo_id is None:
                self.close_full_view()
            else:
                self.full.show_photo(photo_id, None)

    def _on_record(self, record: PhotoRecord | None) -> None:
        self.caption.show_record(record)
        self.editor.show_record(record)
        self.full.set_record(record)

    # --- views --------------------------------------------------------------------------------

    def view(self) -> str:
        return "grid" if self.views.currentWidget() is self.grid else "timeline"

    def set_view(self, view: str) -> None:
        target = self.grid if view == "grid" else self.timeline
        self.close_full_view()
        self.views.setCurrentWidget(target)
        (self.commands.show_grid if view == "grid" else self.commands.show_timeline).setChecked(True)
        if view == "grid" and self.browser.selected is not None:
            self.grid.select(self.browser.selected)
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _activate(self, photo_id: int) -> None:
        self.browser.select(photo_id)
        self.open_full_view()

    def open_full_view(self) -> None:
        pid = self.browser.selected
        if pid is None:
            return
        self.full.show_photo(pid, self.browser.record)
        self.pages.setCurrentWidget(self.full)
        self._chrome(False)
        self.full.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_full_view(self) -> None:
        if self.pages.currentWidget() is self.full:
            self.pages.setCurrentWidget(self.splitter)
            self._chrome(True)
            self.views.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    def _chrome(self, on: bool) -> None:
        """The toolbar and status bar step aside in the full view (unless a job shows progress)."""
        if self.commands.toolbar is not None:
            self.commands.toolbar.setVisible(on)
        self.statusBar().setVisible(on or self.indexer.running())

    def in_full_view(self) -> bool:
        return self.pages.currentWidget() is self.full

    def step(self, delta: int) -> None:
        """The next (+1) or previous (−1) photograph in time, in the view's order."""
        if self.view() == "timeline" and not self.in_full_view():
            (self.timeline.select_next if delta > 0 else self.timeline.select_previous)()
            self.browser.select(self.timeline.selected_id())
            return
        # at once from the ids held, or found in the worker for a large (paged) filter
        self.browser.step_from(self.browser.selected, delta, self._select_found)

    def _zoom(self, how: str) -> None:
        if self.in_full_view():
            target: Any = self.full
        elif self.view() == "grid":
            target = self.grid
        else:
            target = self.timeline
        if how == "fit" and target is self.grid:
            self.grid.set_icon_px(180)
            return
        getattr(target, {"in": "zoom_in", "out": "zoom_out", "fit": "fit"}[how])()

    def _go(self, where: str) -> None:
        target = self.grid if self.view() == "grid" else self.timeline
        (target.go_first if where == "first" else target.go_last)()
        if target is self.timeline:
            sel = self.timeline.selected_id()
            if sel is not None:
                self.browser.select(sel)

    def focus_search(self) -> None:
        self.close_full_view()
        self.commands.toggle_filters.setChecked(True)
        self.filters.focus_search()

    def _focus_next_pane(self) -> None:
        panes = [self.filters.search, self.views.currentWidget(), self.caption.scroll]
        current = next(
            (i for i, p in enumerate(panes) if p.hasFocus() or p.isAncestorOf(self.focusWidget())), -1
        )
        panes[(current + 1) % len(panes)].setFocus(Qt.FocusReason.TabFocusReason)

    def _show_problems(self, on: bool) -> None:
        self.problems.setVisible(on)
        if on:
            self.browser.load_problems()
            # a third of the window at most: the filter panel's theme list keeps its rows (the dock
            # can be dragged taller, or tabbed with the record editor)
            self.resizeDocks([self.problems], [max(160, self.height() // 4)], Qt.Orientation.Vertical)

    def _set_fullscreen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    # --- editing ------------------------------------------------------------------------------

    def toggle_editor(self) -> None:
        """F2 / Ctrl+E: open the editor on the selected photograph, at its first field; again
        (from inside the editor) closes it."""
        if self.editor_dock.isVisible() and self.editor_dock.isAncestorOf(self.focusWidget()):
            self.editor_dock.hide()
            self.views.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        self.close_full_view()
        self.editor_dock.show()
        self.editor_dock.raise_()
        self.editor.focus_first()

    def _on_saved(self, result: Any) -> None:
        """A save (or an undo) landed: the record, the captions and the timeline show it."""
        if not getattr(result, "revisions", None):
            return
        if self.browser.selected in result.revisions:
            self.browser.refresh_record()
        self.grid_model.invalidate()
        self.browser.reload_soon()

    # --- duplicates ----------------------------------------------------------------------------

    def show_duplicates(self) -> None:
        """View ▸ Duplicates…: the groups of copies, reviewed side by side, merged (undoable with
        Edit ▸ Undo) or marked not duplicates."""
        from photobook.ui.views.duplicates_dialog import DuplicatesDialog

        if getattr(self, "duplicates_dialog", None) is None:
            self.duplicates_dialog = DuplicatesDialog(
                self.tasks,
                self.thumbs,
                self.edits.stack,
                user=self.settings.user_name(),
                lang=self.lang,
                readonly=self.library.readonly,
                parent=self,
            )
            self.duplicates_dialog.changed.connect(self._on_duplicates_changed)
        self.duplicates_dialog.set_language(self.lang)
        self.duplicates_dialog.show()
        self.duplicates_dialog.raise_()
        self.duplicates_dialog.reload()

    def _on_duplicates_changed(self) -> None:
        """A merge, its undo or a dismissal landed: records came and went."""
        self.grid_model.invalidate()
        self.browser.reload_soon()
        self.browser.refresh_record()

    # --- several photographs selected (timeline Ctrl/Shift-click, contact sheet) ------------------

    def _wire_multi_selection(self) -> None:
        """One selection for the timeline and the contact sheet: what one takes, the other shows,
        and the editor's batch bar edits."""
        self.timeline.selectedIdsChanged.connect(self._share_selection)
        self.grid.selectedIdsChanged.connect(self.timeline.set_selected_ids)

    def _share_selection(self, ids: list[int]) -> None:
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        model = self.grid.photo_model()
        selection = QItemSelection()
        for pid in ids:
            idx = model.index_of(pid)
            if idx.isValid():
                selection.select(idx, idx)
        self.grid.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.editor.set_selection(list(ids))

    # --- the vocabulary (Edit ▸ Themes…) ------------------------------------------------------

    def _wire_vocabulary(self) -> None:
        from photobook.ui.models.vocabulary_edits import VocabularyEditor

        self.vocabulary_edits = VocabularyEditor(self.edits, self)
        self.vocabulary_edits.changed.connect(self.browser.load_vocabulary)
        self.vocabulary_edits.changed.connect(self.browser.reload_soon)
        self.themes_manager: Any = None
        self.commands.manage_themes.triggered.connect(self.open_themes_manager)
        self.commands.manage_themes.setEnabled(not self.library.readonly)

    def open_themes_manager(self) -> Any:
        """Edit ▸ Themes…: the themes manager, beside the window (made on first use)."""
        if self.themes_manager is None:
            from photobook.ui.views.themes_manager import ThemesManager

            self.themes_manager = ThemesManager(self.vocabulary_edits, self)
            self.themes_manager.set_language(self.lang)
        self.themes_manager.show()
        self.themes_manager.raise_()
        self.themes_manager.activateWindow()
        return self.themes_manager

    # --- the places (Edit ▸ Places…) -----------------------------------------------------------

    def _wire_places(self) -> None:
        from photobook.ui.models.place_edits import PlacesEditor

        self.place_edits = PlacesEditor(self.edits, self)
        self.place_edits.changed.connect(self.browser.reload_soon)
        self.place_edits.changed.connect(self.editor.place_picker.load)  # the editor completes from them
        self.places_manager: Any = None
        self.commands.manage_places.triggered.connect(self.open_places_manager)
        self.commands.manage_places.setEnabled(not self.library.readonly)

    def open_places_manager(self) -> Any:
        """Edit ▸ Places…: the places manager, beside the window (made on first use)."""
        if self.places_manager is None:
            from photobook.ui.views.places_manager import PlacesManager

            undo = (self.commands.undo, self.commands.redo)
            self.places_manager = PlacesManager(self.place_edits, self, undo_actions=undo)
            self.places_manager.set_language(self.lang)
        self.places_manager.show()
        self.places_manager.raise_()
        self.places_manager.activateWindow()
        return self.places_manager

    # --- presenting ----------------------------------------------------------------------------

    def present(self, from_start: bool = False, **options: Any) -> None:
        """F5: the filter's photographs, in time order, to a room, from the selected one (Shift+F5:
        from the first). Escape comes back here with the last slide shown selected."""
        chosen = self.grid.selected_ids()
        if len(chosen) > 1:  # a selection in the contact sheet: present just those, in time order
            self._present_ids(list(chosen), from_start, options)
            return
        if self.browser.paged is not None:  # a large filter: its ids are read in the worker first
            self.browser.all_ids(lambda ids: self._present_ids(ids, from_start, options))
            return
        self._present_ids(list(self.browser.ids), from_start, options, self.browser.index)

    def _present_ids(
        self, ids: list[int], from_start: bool, options: dict, index: dict[int, int] | None = None
    ) -> None:
        from photobook.ui.views.presenter import slides_from_ids

        if not ids:
            return
        sel = self.browser.selected
        if from_start or sel is None:
            start = 0
        elif index is not None:
            start = index.get(sel, 0)
        else:
            start = ids.index(sel) if sel in ids else 0
        # F5 on the timeline presents the timeline: each step flies along the road of time
        options.setdefault("fly", self.views.currentWidget() is self.timeline)
        self._start_presentation(slides_from_ids(ids), start, **options)

    def _start_presentation(self, slides: list, start: int, **options: Any) -> None:
        """Present ``slides`` from ``start`` (F5 or a tour) with the presenter's remembered choices:
        the room's screen, the fade, the text size and reduced motion. What the presenter changes
        during the talk is remembered: the screen (S swaps) and the text size (+ and −)."""
        from photobook.ui.views.presenter import FADE_MS, Presentation

        if not slides or self.presentation is not None:
            return
        self.presentation = p = Presentation(
            self.tasks,
            self.thumbs,
            self.browser.vocabulary,
            slides,
            start,
            lang=self.lang,
            screen_name=self.settings.present_screen(),
            fade_ms=FADE_MS if self.settings.present_fade() else 0,
            text_scale=self.settings.present_text_scale(),
            motion=False if self.settings.present_reduced_motion() else None,
            **options,
        )
        p.screenChosen.connect(self.settings.set_present_screen)
        p.ended.connect(lambda _pid, deck=p.deck: self.settings.set_present_text_scale(deck.text_scale))
        p.ended.connect(self._on_presentation_ended)

    def _on_presentation_ended(self, photo_id: int | None) -> None:
        self.presentation = None
        if photo_id is not None:
            self.browser.select(photo_id)
        self.activateWindow()
        self.views.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    # --- building tours -----------------------------------------------------------------------

    def _build_tours_dock(self) -> None:
        from photobook.ui.models.touring import TourController
        from photobook.ui.views.tours_dock import ToursDock

        self.tour_controller = TourController(self.tasks, self.edits.stack, self)
        self.tour_controller.failed.connect(lambda msg: self.statusBar().showMessage(msg, 8000))
        self.tours_dock = ToursDock(
            self.tasks, self.thumbs, self.tour_controller, self.selected_for_tour, self.lang, self
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.tours_dock)
        self.tours_dock.hide()
        self.tours_dock.presentRequested.connect(self.present_tour)
        a = self.commands
        a.toggle_tours.toggled.connect(self._show_tours)
        self.tours_dock.visibilityChanged.connect(a.toggle_tours.setChecked)
        a.new_tour.triggered.connect(self.tours_dock.new_from_selection)
        a.new_tour.setEnabled(not self.library.readonly)
        a.toggle_tours.setEnabled(not self.library.readonly)

    def _show_tours(self, on: bool) -> None:
        self.tours_dock.setVisible(on)
        if on:
            self.tours_dock.reload()

    def selected_for_tour(self) -> list[int]:
        """The photographs a new tour (or "Add selection") takes: the contact sheet's selection,
        else the selected photograph."""
        ids = list(self.grid.selected_ids())
        if not ids and self.browser.selected is not None:
            ids = [self.browser.selected]
        return ids

    def present_tour(self, tour_id: int) -> None:
        """The Tours panel's "Present": the tour's slides, notes and duration, from its first slide."""
        from photobook.ui.views.presenter.talks import load_talk

        def read(s):
            return load_talk(s, str(tour_id))

        def start(talk) -> None:
            slides, duration_s = talk
            self._start_presentation(slides, 0, duration_s=duration_s)

        self.tasks.read(read, start)

    # --- indexing -----------------------------------------------------------------------------

    def add_folder(self, folder: str | Path | None = None) -> bool:
        if self.indexer.running():
            self.statusBar().showMessage(self.tr("Indexing is already running."), 5000)
            return False
        if not folder:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Add a folder of photographs"))
            if not folder:
                return False
        return self.indexer.add_folders([Path(folder)])

    def import_spreadsheet(self, path: str | Path | None = None) -> Any:
        """File ▸ Import spreadsheet…: a preview of the file (views/import_dialog.py), then the import."""
        from PySide6.QtWidgets import QFileDialog

        from photobook.ui.views.import_dialog import ImportDialog

        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import a spreadsheet"), "", self.tr("Spreadsheets (*.csv *.xlsx *.json)")
            )
            if not path:
                return None
        dialog = ImportDialog(self.tasks, path, self)
        dialog.imported.connect(self._on_spreadsheet_imported)
        dialog.open()
        return dialog

    def _on_spreadsheet_imported(self, result: Any) -> None:
        self.statusBar().showMessage(self.tr("Imported: %n photograph(s) changed", "", result.updated), 8000)
        self.grid_model.invalidate()
        self.browser.refresh_record()
        self.browser.reload_soon()

    def _on_index_batch(self, ids: list[int]) -> None:
        """Photographs were committed (ids) or thumbnails written (no ids): show them soon."""
        if ids:
            self.browser.reload_soon()
        else:
            self._refresh_thumbs_soon()

    def _on_index_progress(self, p: Any) -> None:
        if self.indexer.kind == "demo":  # the demo import reports progress, not batches
            self.browser.reload_soon()
            if getattr(p, "phase", "") == "thumbnails":
                self._refresh_thumbs_soon()

    def _refresh_thumbs_soon(self) -> None:
        if not self._thumb_refresh.isActive():
            self._thumb_refresh.start()

    def _refresh_thumbs(self) -> None:
        """New thumbnails on disk: forget what the cache knew to be missing, and repaint."""
        self.thumbs.invalidate()
        self.timeline.update()
        self.grid.viewport().update()
        if self.caption.photo_id is not None and not self.caption.preview.has_image():
            self.caption.refresh_preview()

    def _on_index_started(self, kind: str) -> None:
        self._indexing = True
        self._update_hint()
        self.progress.start(
            self.tr("Opening the demo archive") if kind == "demo" else self.tr("Adding photographs")
        )

    def _on_index_finished(self, kind: str, result: Any) -> None:
        self.progress.finish()
        self._indexing = False
        self._update_hint()
        self.thumbs.invalidate()
        self.grid_model.invalidate()
        self.browser.load_vocabulary()
        self.browser.reload()
        self.browser.load_problems()
        self.browser.refresh_record()
        if kind == "folder" and result is not None:
            failed = len(getattr(result, "failed", []) or [])
            if getattr(result, "cancelled", False):
                msg = self.tr(
                    "Indexing cancelled: %n photograph(s) catalogued before stopping.",
                    "",
                    int(getattr(result, "indexed", 0)),
                )
            else:
                msg = self.tr("%n new photograph(s) catalogued.", "", int(getattr(result, "indexed", 0)))
            if failed:
                msg += " " + self.tr("%n file(s) could not be read: see Index problems.", "", failed)
                self.commands.toggle_problems.setChecked(True)
            self.statusBar().showMessage(msg, 15000)

    def _on_index_failed(self, kind: str, message: str) -> None:
        self.progress.finish()
        self._indexing = False
        self._update_hint()
        self.browser.reload()
        QMessageBox.warning(self, self.tr("Indexing failed"), message)

    # --- language -----------------------------------------------------------------------------

    def set_language(self, lang: str, remember: bool = True) -> None:
        lang = i18n.set_language(lang)
        self.lang = lang
        app_set_font_for(lang)
        if bool(self.property("arabic")) != (lang == "ar"):
            # the stylesheet enlarges Arabic text ("QMainWindow[arabic=true] …"): re-apply it
            self.setProperty("arabic", lang == "ar")
            self._repolish()
        self.filters.set_language(lang)
        self.caption.set_language(lang)
        self.editor.set_language(lang)
        self.tours_dock.set_language(lang)
        self.full.set_language(lang)
        if getattr(self, "themes_manager", None) is not None:
            self.themes_manager.set_language(lang)
        if getattr(self, "places_manager", None) is not None:
            self.places_manager.set_language(lang)
        self.grid_model.set_language(lang)
        if getattr(self, "duplicates_dialog", None) is not None:
            self.duplicates_dialog.set_language(lang)
        if hasattr(self.timeline, "set_language"):
            self.timeline.set_language(lang)
        self._update_reign_bands()
        self.commands.languages[lang].setChecked(True)
        self.commands.set_direction(i18n.is_rtl(lang))
        self._mirror_docks(i18n.is_rtl(lang))
        self.retranslate()
        if remember:
            self.settings.set_language(lang)

    def _mirror_docks(self, rtl: bool) -> None:
        """QMainWindow does not mirror its dock areas right to left: the record editor and the
        tours, beside the caption panel in French, stood between the filters and the window's
        edge in Arabic. The side docks change sides with the direction (where the user put them,
        mirrored)."""
        if rtl == self._docks_rtl:
            return
        self._docks_rtl = rtl
        right, left = Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.LeftDockWidgetArea
        for dock in (self.editor_dock, self.tours_dock):
            area = self.dockWidgetArea(dock)
            if area in (right, left):
                self.addDockWidget(left if area == right else right, dock)

    def _repolish(self) -> None:
        """Apply the stylesheet's rules for the ``arabic`` property again, to this window's widgets
        only. (Setting the whole application's stylesheet again made the toolbar taller at every
        switch: its margins were recomputed from the widest padding and stayed so in French.)"""
        style = self.style()
        for w in (self, *self.findChildren(QWidget)):
            style.unpolish(w)
            style.polish(w)
        self.updateGeometry()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_lock_waiting(self) -> None:
        self.statusBar().setVisible(True)
        self.statusBar().showMessage(self.tr("Waiting for another photobook writing this library…"), 10000)

    def retranslate(self) -> None:
        self.commands.retranslate()
        self.editor_dock.setWindowTitle(self.tr("Record"))
        self.setWindowTitle(self.window_title())

    def window_title(self) -> str:
        """ "Photobook — <library>", or "Photobook" for the default library (whose folder is called
        "photobook": the title read "Photobook — photobook — Photobook", Qt appending the
        application's display name, which is no longer set, see ``app.create_application``)."""
        from photobook.core.paths import default_library_dir

        lib = self.library
        if not lib.url.startswith("sqlite"):
            name = lib.url.rsplit("@", 1)[-1]  # no user or password in a title bar
        elif lib.folder.resolve() == default_library_dir().resolve():
            name = ""
        else:
            name = lib.folder.name
        title = self.tr("Photobook — %1").replace("%1", name) if name else "Photobook"
        if lib.readonly:
            title += " " + self.tr("(read-only)")
        return title

    # --- dialogs ------------------------------------------------------------------------------

    def _show_shortcuts(self) -> None:
        self.shortcuts_dialog().exec()

    def shortcuts_dialog(self) -> QMessageBox:
        """F1: every command and the keys that do it, as printed on the keyboard (Qt's alias names
        left out), key names isolated left to right so that Arabic does not reorder "Ctrl+-"."""
        cells = [
            f"<td style='padding-right:18px; padding-left:18px'>{html.escape(t)}</td>"
            f"<td style='padding-right:18px; padding-left:18px'><b>{html.escape(k)}</b></td>"
            for t, k in self.commands.shortcut_table()
        ]
        # two commands a row: one a row made the dialog taller than a 1000-pixel screen in Arabic
        # (Naskh's taller lines), its OK button off the bottom
        half = (len(cells) + 1) // 2
        rows = "".join(
            f"<tr>{a}{b}</tr>" for a, b in itertools.zip_longest(cells[:half], cells[half:], fillvalue="")
        )
        box = QMessageBox(self)
        box.setObjectName("shortcutsDialog")
        box.setWindowTitle(self.tr("Keyboard shortcuts"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(f"<table>{rows}</table>")
        return box

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Photobook"),
            self.tr(
                "Photobook: the archive of a book on Morocco's economic transformation, "
                "browsed through time, with captions in French, Arabic and English."
            ),
        )

    # --- remembering --------------------------------------------------------------------------

    def _restore(self) -> None:
        s = self.settings
        geo = s.bytes("window/geometry")
        if geo is not None:
            self.restoreGeometry(geo)
        split = s.bytes("window/splitter")
        if split is not None:
            self.splitter.restoreState(split)
        f = s.filter()
        if f != PhotoFilter():
            self.filters.set_filter(f)
            self.browser.filter = f
        self.set_view(s.view())
        sel = s.selected()
        if sel is not None:
            self.browser.select(sel)

    def save_settings(self) -> None:
        s = self.settings
        s.set_bytes("window/geometry", self.saveGeometry())
        s.set_bytes("window/splitter", self.splitter.saveState())
        s.set_filter(self.browser.filter)
        s.set_view(self.view())
        s.set_selected(self.browser.selected)
        s.set_grid_icon_size(self.grid.icon_px)
        if self.browser.rows:
            a, b = self.timeline.visible_range()
            if b > a:
                s.set_visible_range(a, b)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing:
            # what is typed in the editor is saved, and every save lands, before the window goes
            self.editor.commit_all()
            if self.edits.pending:
                self.tasks.wait_idle(15000)
            self.save_settings()
            self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop background work: cancel indexing (it stops at the next file), drop pending reads."""
        if self._closing:
            return
        self._closing = True
        self.indexer.cancel()
        self.tasks.shutdown(wait=True)
        self.browser.shutdown()
        self.thumbs.close()

    def sizeHint(self) -> QSize:
        return QSize(1600, 960)

    @staticmethod
    def shortcut_text(seq: QKeySequence) -> str:
        return seq.toString(QKeySequence.SequenceFormat.NativeText)
