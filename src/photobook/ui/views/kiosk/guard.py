"""What keeps a visitor inside the kiosk: an application-wide event filter that swallows the keys
that would end or leave it (Escape, F11, Alt+F4, Ctrl+Q, Ctrl+W, Alt+Tab, the Menu and Super keys)
and every context menu; it also reports each touch, click, key and wheel to the idle controller,
and presses and releases to the hidden exit gesture."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QWidget

K = Qt.Key
_ALWAYS = {K.Key_Escape, K.Key_F11, K.Key_Menu, K.Key_Super_L, K.Key_Super_R, K.Key_Meta, K.Key_Close}
_WITH_ALT = {K.Key_F4, K.Key_Tab, K.Key_Backtab, K.Key_Escape, K.Key_Space}
_WITH_CTRL = {K.Key_Q, K.Key_W, K.Key_F4, K.Key_Tab, K.Key_Escape}


def refused_key(e: QKeyEvent) -> bool:
    key = e.key()
    mods = e.modifiers()
    if key in _ALWAYS:
        return True
    if mods & Qt.KeyboardModifier.AltModifier and key in _WITH_ALT:
        return True
    if mods & Qt.KeyboardModifier.ControlModifier and key in _WITH_CTRL:
        return True
    return bool(mods & Qt.KeyboardModifier.MetaModifier)


class KioskGuard(QObject):
    """Install on the QApplication for as long as the kiosk window is up.

    ``on_activity(receiver, may_end_idle)`` returns True when the press was used up (it ended the
    countdown or the attract loop) and must not reach the widget under the finger.
    ``on_press(pos)`` / ``on_release(pos)`` get window coordinates."""

    def __init__(
        self,
        window: QWidget,
        on_activity: Callable[[QObject, bool], bool],
        on_press: Callable[[QPointF], None],
        on_release: Callable[[QPointF], None],
        on_hold: Callable[[bool], None],
        on_mouse: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.on_activity = on_activity
        self.on_press = on_press
        self.on_release = on_release
        self.on_hold = on_hold
        self.on_mouse = on_mouse  # a real mouse moved: show the cursor for a while
        self.refused = 0  # keys and menus swallowed (tests)
        self._seen: tuple | None = None

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        t = e.type()
        if t in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.KeyRelease):
            assert isinstance(e, QKeyEvent)
            if refused_key(e):
                if t == QEvent.Type.KeyPress:
                    self.refused += 1
                e.accept()
                return True
            if t == QEvent.Type.KeyPress and not self._repeat(e, obj):
                return self.on_activity(obj, True)
            return False
        if t == QEvent.Type.ContextMenu:
            self.refused += 1
            return True
        if t == QEvent.Type.MouseMove:
            assert isinstance(e, QMouseEvent)
            if e.source() == Qt.MouseEventSource.MouseEventNotSynthesized:  # a mouse, not a finger
                self.on_mouse()
            return False
        if t in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.MouseButtonRelease,
        ):
            assert isinstance(e, QMouseEvent)
            if not isinstance(obj, QWidget) or obj.window() is not self.window:
                return False
            if self._repeat(e, obj):  # the same press passed on to a parent widget
                return False
            pos = self.window.mapFromGlobal(e.globalPosition())
            if t == QEvent.Type.MouseButtonRelease:
                self.on_hold(False)
                self.on_release(pos)
                return False
            if e.button() == Qt.MouseButton.RightButton:
                return True  # no right-click anything
            self.on_hold(True)
            self.on_press(pos)
            return self.on_activity(obj, True)
        if t == QEvent.Type.Wheel or t == QEvent.Type.TouchBegin:
            # activity only: the press Qt makes of an unhandled touch is what ends an idle screen
            self.on_activity(obj, False)
            return False
        return False

    def _repeat(self, e: QEvent, obj: QObject) -> bool:
        """True if this event was seen already (Qt passes an ignored event to the parents)."""
        ts = getattr(e, "timestamp", lambda: 0)()
        pos = e.globalPosition().toPoint() if isinstance(e, QMouseEvent) else None
        key = (
            e.type(),
            ts,
            pos.x() if pos else None,
            pos.y() if pos else None,
            getattr(e, "key", lambda: 0)(),
        )
        if key == self._seen:
            return True
        self._seen = key
        return False
