"""Run blocking work (network, keyring) off the GUI thread; get ``(result, error)`` back on it.

``Tasks.run(func, callback)``: ``func()`` runs on a QThreadPool worker; ``callback(result,
error)`` runs later on the GUI thread, exactly one of the two being set. Widgets are only
ever touched in the callback. ``Tasks(synchronous=True)`` runs inline, for tests that want
no threads.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any, BaseException | None], None]


class _Relay(QObject):
    # Lives on the GUI thread; a signal emitted from a worker reaches it queued.
    finished = Signal(int, object, object)


class _Job(QRunnable):
    def __init__(self, job_id: int, func: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.job_id, self.func, self.relay = job_id, func, relay

    def run(self) -> None:
        try:
            result = self.func()
        except BaseException as exc:  # noqa: BLE001 - delivered to the callback
            self.relay.finished.emit(self.job_id, None, exc)
        else:
            self.relay.finished.emit(self.job_id, result, None)


class Tasks(QObject):
    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(4)
        self._relay = _Relay(self)
        self._relay.finished.connect(self.on_finished)
        self._callbacks: dict[int, Callback] = {}
        self._ids = itertools.count(1)

    @property
    def in_flight(self) -> int:
        return len(self._callbacks)

    def run(self, func: Callable[[], Any], callback: Callback) -> None:
        if self.synchronous:
            try:
                result = func()
            except BaseException as exc:  # noqa: BLE001 - delivered to the callback
                callback(None, exc)
            else:
                callback(result, None)
            return
        job_id = next(self._ids)
        self._callbacks[job_id] = callback
        self.pool.start(_Job(job_id, func, self._relay))

    @Slot(int, object, object)
    def on_finished(self, job_id: int, result: Any, error: BaseException | None) -> None:
        callback = self._callbacks.pop(job_id, None)
        if callback is None:
            return
        try:
            callback(result, error)
        except Exception:
            log.exception("a task's callback failed")

    def wait(self, msecs: int) -> bool:
        """Wait up to ``msecs`` for running work (on quit). True when all of it finished."""
        return bool(self.pool.waitForDone(msecs))
