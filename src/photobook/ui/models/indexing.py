"""Indexing from the window: "Add folder…" and the first-start demo archive, as cancellable jobs
in the write worker, with progress and the ids of each committed batch (the timeline fills in)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from photobook.ui.tasks import Job, TaskManager


class IndexController(QObject):
    started = Signal(str)  # "folder" | "demo"
    progress = Signal(object)  # indexer.scan.Progress
    batch = Signal(object)  # ids committed
    finished = Signal(str, object)  # kind, result (IndexReport, or bool for the demo)
    failed = Signal(str, str)  # kind, message

    def __init__(self, tasks: TaskManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.job: Job | None = None
        self.kind = ""

    def running(self) -> bool:
        return self.job is not None and self.job.running

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def add_folders(self, paths: Sequence[Path | str]) -> bool:
        """Index ``paths`` in the background. False if another job is still running."""
        if self.running() or not paths:
            return False
        folders = [Path(p) for p in paths]
        lib = self.tasks.library

        def work(job: Job) -> Any:
            from photobook.indexer.scan import index_paths

            return index_paths(
                lib, folders, progress=job.report, cancel=job.is_cancelled, on_batch=job.report_batch
            )

        self._start("folder", work)
        return True

    def load_demo(self) -> bool:
        """First start with an empty library: index and caption the demo archive."""
        if self.running():
            return False
        try:
            from photobook.services.demo import ensure_demo
        except ImportError:
            return False
        lib = self.tasks.library
        self._start("demo", lambda job: ensure_demo(lib, progress=job.report, cancel=job.is_cancelled))
        return True

    def _start(self, kind: str, work) -> None:
        job = Job(kind, self)
        job.progress.connect(self.progress)
        job.batch.connect(self.batch)
        job.finished.connect(lambda result, k=kind: self._done(k, result))
        job.failed.connect(lambda msg, k=kind: self._failed(k, msg))
        self.job, self.kind = job, kind
        self.started.emit(kind)
        job.start(self.tasks, work)

    def _done(self, kind: str, result: Any) -> None:
        self.finished.emit(kind, result)

    def _failed(self, kind: str, message: str) -> None:
        self.failed.emit(kind, message)
