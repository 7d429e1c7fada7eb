"""Key names as a user reads them on the keyboard, in the interface language, isolated left to right.

Qt's own names (``QKeySequence.toString(NativeText)`` with ``qtbase_*.qm``) say "Retour" for the
Return key, which is also the French word for the Back command, leave "PgUp" and "Shift+اليسار"
half-translated in Arabic, and list every alias of a standard key. Here the keys a user presses
are named once: "Entrée ↵", "Échap", "Page préc.", "Maj+→". A key name inside Arabic text is
wrapped in LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE (U+2066 … U+2069), so that the
bidirectional algorithm keeps "Ctrl+-" and "Esc:" in their order (Unicode UAX #9, section 6.3).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence

LRI = "\u2066"
PDI = "\u2069"

K = Qt.Key
M = Qt.KeyboardModifier

# Keys whose names come from our translations (context "Keys"), in English in the code.
_KEY_NAMES: dict[Qt.Key, str] = {
    K.Key_Return: QT_TRANSLATE_NOOP("Keys", "Enter ↵"),
    K.Key_Enter: QT_TRANSLATE_NOOP("Keys", "Enter ↵"),
    K.Key_Escape: QT_TRANSLATE_NOOP("Keys", "Esc"),
    K.Key_PageUp: QT_TRANSLATE_NOOP("Keys", "Page Up"),
    K.Key_PageDown: QT_TRANSLATE_NOOP("Keys", "Page Down"),
    K.Key_Home: QT_TRANSLATE_NOOP("Keys", "Home"),
    K.Key_End: QT_TRANSLATE_NOOP("Keys", "End"),
    K.Key_Space: QT_TRANSLATE_NOOP("Keys", "Space"),
    K.Key_Backspace: QT_TRANSLATE_NOOP("Keys", "Backspace"),
    K.Key_Tab: QT_TRANSLATE_NOOP("Keys", "Tab"),
    K.Key_Delete: QT_TRANSLATE_NOOP("Keys", "Delete"),
}
# Arrows are drawn, as on the keycaps: the same in every language.
_ARROWS = {K.Key_Left: "←", K.Key_Right: "→", K.Key_Up: "↑", K.Key_Down: "↓"}
_MODIFIERS = (
    (M.ControlModifier, QT_TRANSLATE_NOOP("Keys", "Ctrl")),
    (M.AltModifier, QT_TRANSLATE_NOOP("Keys", "Alt")),
    (M.ShiftModifier, QT_TRANSLATE_NOOP("Keys", "Shift")),
    (M.MetaModifier, QT_TRANSLATE_NOOP("Keys", "Meta")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Keys", text)


def isolate(text: str) -> str:
    """``text`` kept left to right whatever surrounds it (LRI … PDI)."""
    return f"{LRI}{text}{PDI}" if text else text


def key_name(keys: QKeySequence | str) -> str:
    """The first key combination of ``keys`` as the user reads it: "Ctrl+Maj+Z", "Entrée ↵",
    "Maj+←", "Page suiv.", "F1". Not isolated: see :func:`key_text`."""
    seq = keys if isinstance(keys, QKeySequence) else QKeySequence(keys)
    if seq.isEmpty():
        return ""
    combo = seq[0]
    mods, key = combo.keyboardModifiers(), combo.key()
    parts = [_tr(name) for flag, name in _MODIFIERS if mods & flag]
    if key in _ARROWS:
        parts.append(_ARROWS[key])
    elif key in _KEY_NAMES:
        parts.append(_tr(_KEY_NAMES[key]))
    else:
        parts.append(QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText))
    return "+".join(parts)


def key_text(keys: QKeySequence | str) -> str:
    """:func:`key_name`, isolated left to right (for text that may be laid out right to left)."""
    return isolate(key_name(keys))


def on_keyboard(seq: QKeySequence) -> bool:
    """Whether a shortcut is pressed on an ordinary keyboard: not one of the dedicated keys Qt's
    standard bindings add on X11 (Open, Find, Help, Undo, Zoom In, F14…)."""
    if seq.isEmpty():
        return False
    key = seq[0].key()
    if key in _ARROWS or key in _KEY_NAMES or K.Key_F1.value <= key.value <= K.Key_F12.value:
        return True
    return key.value < K.Key_Escape.value  # letters, digits and punctuation


def same_key(a: QKeySequence, b: QKeySequence) -> bool:
    """Whether two shortcuts are one key for a reader: Return and the keypad's Enter, "=" and "+"
    (the unshifted key of "+" on a US keyboard), "_" and "-"."""
    return key_name(_plain(a)) == key_name(_plain(b))


def _plain(seq: QKeySequence) -> QKeySequence:
    if seq.isEmpty():
        return seq
    combo = seq[0]
    key = combo.key()
    key = {K.Key_Equal: K.Key_Plus, K.Key_Underscore: K.Key_Minus, K.Key_Enter: K.Key_Return}.get(key, key)
    return QKeySequence(combo.keyboardModifiers() | key)
