"""``photobook bench``'s peak memory of a command (``cli_list_rss_mb``, ``check_rss_mb``) is that
command's own, not the benchmark's: the kernel's peak of a process counts the memory of the process
it was started from, and the benchmark holds a million-photograph catalog's pages by the time it
starts them (a 80 MB ``list --json`` read as 1.4 GB)."""

from __future__ import annotations

import sys

import pytest

from photobook.bench import _command_rss


@pytest.mark.skipif(sys.platform != "linux", reason="the peak is read from Linux's wait4")
def test_a_commands_peak_memory_does_not_count_the_benchmarks_own():
    held = bytearray(400 * 2**20)
    held[::4096] = b"x" * len(held[::4096])  # every page touched: 400 MB resident here
    wall, peak_mb = _command_rss(["--version"])
    assert wall > 0
    assert 5 < peak_mb < 200, peak_mb  # Python and photobook's start, not the 400 MB above
    del held
