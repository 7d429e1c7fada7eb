"""Every command of the main window as a QAction with a keyboard shortcut, its menus and toolbar.

The texts are set in :meth:`Actions.retranslate` (called again on LanguageChange); shortcuts are
standard keys where Qt has one (Quit, Find, zoom) so that they follow the platform.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from photobook.core.languages import LANGUAGES, NATIVE_NAMES
from photobook.ui.fonts import ARABIC_SCALE, BASE_POINT_SIZE, app_font
from photobook.ui.keys import key_text, on_keyboard, same_key


class Actions(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        a = self._action
        SK = QKeySequence.StandardKey
        self.add_folder = a("addFolder", SK.Open, "Ctrl+O")
        self.import_sheet = a("importSpreadsheet")
        self.quit = a("quit", SK.Quit, "Ctrl+Q")
        self.show_timeline = a("showTimeline", "Ctrl+1", checkable=True)
        self.show_grid = a("showGrid", "Ctrl+2", checkable=True)
        self.view_group = QActionGroup(self)
        self.view_group.addAction(self.show_timeline)
        self.view_group.addAction(self.show_grid)
        self.show_timeline.setChecked(True)
        self.full_view = a(
            "fullView", "Return", "Enter", context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.back = a("back", "Esc", context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.zoom_in = a("zoomIn", SK.ZoomIn, "+", "=", "Ctrl++")
        self.zoom_out = a("zoomOut", SK.ZoomOut, "-", "Ctrl+-")
        self.fit = a("fit", "0", "Ctrl+0")
        self.go_first = a("goFirst", "Home", context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.go_last = a("goLast", "End", context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Left/Right (mirrored right to left, see set_direction): the timeline, the contact sheet and
        # the full view handle the arrows themselves; these serve the caption panel and the menu.
        self.previous = a("previous", "Left", context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.next = a("next", "Right", context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find = a("find", SK.Find, "Ctrl+F")
        self.clear_filters = a("clearFilters", "Ctrl+Shift+F")
        self.toggle_filters = a("toggleFilters", "F9", checkable=True)
        self.toggle_caption = a("toggleCaption", "F10", checkable=True)
        self.toggle_problems = a("toggleProblems", "Ctrl+Shift+P", checkable=True)
        self.fullscreen = a("fullscreen", SK.FullScreen, "F11", checkable=True)
        self.present = a("present", "F5")
        self.present_from_start = a("presentFromStart", "Shift+F5")
        self.toggle_tours = a("toggleTours", "Ctrl+Shift+T", checkable=True)
        self.new_tour = a("newTour", "Ctrl+Shift+N")
        self.focus_next_pane = a("focusPane", "F6")
        self.shortcuts_help = a("shortcutsHelp", SK.HelpContents, "F1")
        self.about = a("about")
        self.edit_record = a("editRecord", "F2", "Ctrl+E")
        self.duplicates = a("duplicates")  # View ▸ Duplicates… (ui/views/duplicates_dialog.py)
        self.manage_themes = a("manageThemes")
        self.manage_places = a("managePlaces")  # Edit ▸ Places… (ui/views/places_manager.py)
        self.undo = a("undo", SK.Undo, "Ctrl+Z")
        self.redo = a("redo", SK.Redo, "Ctrl+Shift+Z")
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)
        self.toggle_filters.setChecked(True)
        self.toggle_caption.setChecked(True)
        self.language_group = QActionGroup(self)
        self.languages: dict[str, QAction] = {}
        for lang in LANGUAGES:
            act = QAction(NATIVE_NAMES[lang], self.window)
            act.setObjectName(f"language_{lang}")
            act.setCheckable(True)
            act.setData(lang)
            # each name in its own script at the size that reads alike: Naskh reads smaller than
            # Latin at the same point size ("العربية" looked smaller than "Français")
            act.setFont(app_font(BASE_POINT_SIZE * (ARABIC_SCALE if lang == "ar" else 1.0)))
            self.language_group.addAction(act)
            self.languages[lang] = act
        self.menus: dict[str, QMenu] = {}
        self.toolbar: QToolBar | None = None

    def _action(
        self,
        name: str,
        *keys,
        checkable: bool = False,
        context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
    ) -> QAction:
        act = QAction(self.window)
        act.setObjectName(name)
        seqs: list[QKeySequence] = []
        for k in keys:
            for s in (
                QKeySequence.keyBindings(k) if isinstance(k, QKeySequence.StandardKey) else [QKeySequence(k)]
            ):
                if not s.isEmpty() and s not in seqs:
                    seqs.append(s)
        act.setShortcuts(seqs)
        act.setShortcutContext(context)
        act.setCheckable(checkable)
        act.setShortcutVisibleInContextMenu(True)
        self.window.addAction(act)  # shortcuts work with the menu bar hidden (kiosk, full screen)
        return act

    def set_direction(self, rtl: bool) -> None:
        """Time runs right to left in Arabic: "next" is the left arrow."""
        self.next.setShortcut(QKeySequence("Left" if rtl else "Right"))
        self.previous.setShortcut(QKeySequence("Right" if rtl else "Left"))

    def attach(self, act: QAction, *widgets: QWidget) -> None:
        """Give a widget-scoped shortcut to the widgets where it makes sense."""
        self.window.removeAction(act)
        for w in widgets:
            w.addAction(act)

    def build_menus(self) -> None:
        bar = self.window.menuBar()
        bar.clear()
        m = self.menus
        m["file"] = bar.addMenu("")
        m["file"].addActions([self.add_folder, self.import_sheet])
        m["file"].addSeparator()
        m["file"].addAction(self.quit)
        m["edit"] = bar.addMenu("")
        m["edit"].addActions([self.undo, self.redo])
        m["edit"].addSeparator()
        m["edit"].addAction(self.edit_record)
        m["edit"].addAction(self.new_tour)
        m["edit"].addAction(self.manage_themes)
        m["edit"].addAction(self.manage_places)
        m["view"] = bar.addMenu("")
        m["view"].addActions([self.show_timeline, self.show_grid, self.full_view])
        m["view"].addSeparator()
        m["view"].addActions(
            [self.zoom_in, self.zoom_out, self.fit, self.go_first, self.go_last, self.previous, self.next]
        )
        m["view"].addSeparator()
        m["view"].addActions(
            [self.toggle_filters, self.toggle_caption, self.toggle_problems, self.fullscreen]
        )
        m["view"].addSeparator()
        m["view"].addActions([self.present, self.present_from_start, self.toggle_tours])
        m["view"].addSeparator()
        m["view"].addAction(self.duplicates)
        m["search"] = bar.addMenu("")
        m["search"].addActions([self.find, self.clear_filters])
        m["language"] = bar.addMenu("")
        m["language"].addActions(list(self.languages.values()))
        m["help"] = bar.addMenu("")
        m["help"].addActions([self.shortcuts_help, self.about])

        tb = QToolBar(self.window)
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setFloatable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tb.addActions([self.show_timeline, self.show_grid])
        tb.addSeparator()
        tb.addActions([self.zoom_out, self.fit, self.zoom_in])
        tb.addSeparator()
        tb.addAction(self.add_folder)
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
        self.toolbar = tb

    def retranslate(self) -> None:
        texts = {
            self.add_folder: (self.tr("&Add folder…"), self.tr("Catalogue the photographs in a folder")),
            self.duplicates: (
                self.tr("&Duplicates…"),
                self.tr("Exact and near copies, reviewed side by side"),
            ),
            self.import_sheet: (
                self.tr("&Import spreadsheet…"),
                self.tr(
                    "Captions, dates and themes from a CSV or Excel file, previewed before anything changes"
                ),
            ),
            self.quit: (self.tr("&Quit"), ""),
            self.show_timeline: (self.tr("&Timeline"), self.tr("The photographs on a timeline")),
            self.show_grid: (self.tr("&Contact sheet"), self.tr("The photographs as a grid, in date order")),
            self.full_view: (self.tr("&Full view"), self.tr("The selected photograph at screen size")),
            self.back: (self.tr("Back"), ""),
            self.zoom_in: (self.tr("Zoom &in"), ""),
            self.zoom_out: (self.tr("Zoom &out"), ""),
            self.fit: (self.tr("&Fit"), self.tr("Show the whole archive")),
            self.go_first: (self.tr("First photograph"), ""),
            self.go_last: (self.tr("Last photograph"), ""),
            self.previous: (self.tr("&Previous photograph"), ""),
            self.next: (self.tr("&Next photograph"), ""),
            self.find: (self.tr("&Search…"), ""),
            self.clear_filters: (self.tr("C&lear filters"), ""),
            self.toggle_filters: (self.tr("Filters &panel"), ""),
            self.toggle_caption: (self.tr("&Caption panel"), ""),
            self.toggle_problems: (self.tr("Index &problems"), ""),
            self.fullscreen: (self.tr("F&ull screen"), ""),
            self.present: (
                self.tr("&Present from this photograph"),
                self.tr("Show the photographs of the filter to a room, in time order"),
            ),
            self.present_from_start: (self.tr("Present from the &beginning"), ""),
            self.toggle_tours: (self.tr("&Tours"), self.tr("Build a tour for a talk: slides, order, notes")),
            self.new_tour: (
                self.tr("New &tour from selection…"),
                self.tr("A tour of the selected photographs, in their order"),
            ),
            self.focus_next_pane: (self.tr("Next pane"), ""),
            self.shortcuts_help: (self.tr("&Keyboard shortcuts"), ""),
            self.about: (self.tr("&About Photobook"), ""),
            self.edit_record: (self.tr("&Edit record…"), self.tr("Edit the selected photograph's record")),
            self.manage_themes: (self.tr("&Themes…"), self.tr("Add, rename, move, merge and delete themes")),
            self.manage_places: (
                self.tr("&Places…"),
                self.tr("Add, rename, locate, merge and delete places"),
            ),
            self.undo: (self.tr("&Undo"), ""),
            self.redo: (self.tr("&Redo"), ""),
        }
        for act, (text, tip) in texts.items():
            act.setText(text)
            keys = key_text(act.shortcut())
            act.setToolTip(
                f"{tip or text.replace('&', '')} ({keys})" if keys else (tip or text.replace("&", ""))
            )
        # short labels on the toolbar
        self.zoom_in.setIconText("+")
        self.zoom_out.setIconText("−")
        self.fit.setIconText(self.tr("Fit"))
        self.show_timeline.setIconText(self.tr("Timeline"))
        self.show_grid.setIconText(self.tr("Contact sheet"))
        self.add_folder.setIconText(self.tr("Add folder…"))
        titles = {
            "file": self.tr("&File"),
            "edit": self.tr("&Edit"),
            "view": self.tr("&View"),
            "search": self.tr("&Search"),
            "language": self.tr("&Language"),
            "help": self.tr("&Help"),
        }
        for key, menu in self.menus.items():
            menu.setTitle(titles[key])

    def shortcut_table(self) -> list[tuple[str, str]]:
        """(what, keys) for the F1 dialog: every command with its keys as printed on the keyboard
        (aliases such as "=" for "+" or the keypad's Enter left out), then the keys the views
        handle themselves; each key isolated left to right (see :mod:`photobook.ui.keys`)."""
        rows: list[tuple[str, str]] = []
        for act in self.window.findChildren(QAction):
            if not (act.shortcuts() and act.text()):
                continue
            seqs: list[QKeySequence] = []
            for seq in act.shortcuts():
                if on_keyboard(seq) and not any(same_key(seq, s) for s in seqs):
                    seqs.append(seq)
            seqs = seqs[:2]  # the keys to remember, not every binding of the platform
            if not seqs:
                continue
            row = (act.text().replace("&", ""), " · ".join(key_text(s) for s in seqs))
            if row not in rows:
                rows.append(row)
        return rows + self.view_key_table()

    def view_key_table(self) -> list[tuple[str, str]]:
        """Keys the timeline, the contact sheet and the full view handle without a command."""
        k = key_text
        return [
            (self.tr("Previous / next decade (timeline)"), f"{k('PgUp')} · {k('PgDown')}"),
            (self.tr("Move through time (timeline)"), f"{k('Shift+Left')} · {k('Shift+Right')}"),
            (self.tr("Zoom the timeline in / out"), f"{k('Shift+Up')} · {k('Shift+Down')}"),
            (self.tr("Previous / next photograph (full view)"), f"{k('PgUp')} · {k('PgDown')}"),
        ]
