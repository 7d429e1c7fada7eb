"""The staff PIN that ends the kiosk: stored as a salted scrypt hash, never as digits, and
wrong tries rate-limited (three free tries, then a wait that doubles, up to a quarter of an hour).
Plain Python (hashlib), apart from where the hash is kept (QSettings, :func:`stored_pin`)."""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from collections.abc import Callable

KEY = "kiosk/pin"
MIN_DIGITS, MAX_DIGITS = 4, 12
_N, _R, _P = 2**14, 8, 1  # scrypt cost: ~50 ms and 16 MB per try


def valid_pin(pin: str) -> bool:
    return pin.isascii() and pin.isdigit() and MIN_DIGITS <= len(pin) <= MAX_DIGITS


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """``scrypt$N$r$p$salt$hash`` (hex) for ``pin``."""
    if not valid_pin(pin):
        raise ValueError(f"a PIN is {MIN_DIGITS} to {MAX_DIGITS} digits")
    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str | None) -> bool:
    if not stored or not pin:
        return False
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        got = hashlib.scrypt(
            pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=len(digest) // 2
        )
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(got.hex(), digest)


class PinGate:
    """Checks tries against the stored hash; after ``free`` wrong tries in a row, refuses every
    try (without checking it) for ``wait_s`` seconds, doubling at each further wrong try."""

    def __init__(
        self,
        stored: str | None,
        clock: Callable[[], float] = time.monotonic,
        *,
        free: int = 3,
        wait_s: float = 30.0,
        max_wait_s: float = 900.0,
    ) -> None:
        self.stored = stored
        self._clock = clock
        self._free = free
        self._wait_s = wait_s
        self._max_wait_s = max_wait_s
        self._wrong = 0
        self._until = 0.0

    def wait_left(self) -> int:
        """Whole seconds before the next try is looked at (0: now)."""
        left = self._until - self._clock()
        return int(left) + (left % 1 > 0) if left > 0 else 0

    def attempt(self, pin: str) -> str:
        """``"ok"``, ``"wrong"``, ``"wait"`` (rate-limited: not checked) or ``"unset"``."""
        if not self.stored:
            return "unset"
        if self.wait_left():
            return "wait"
        if verify_pin(pin, self.stored):
            self._wrong = 0
            return "ok"
        self._wrong += 1
        if self._wrong >= self._free:
            extra = self._wrong - self._free
            self._until = self._clock() + min(self._max_wait_s, self._wait_s * 2**extra)
        return "wrong"
