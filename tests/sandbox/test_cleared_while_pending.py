"""The sandbox's request log cleared while a delayed request is still being answered."""

from __future__ import annotations

import threading
import time

import requests

from dialdesk.sandbox import SandboxServer


def test_clearing_the_calls_while_a_delayed_request_is_pending_is_safe() -> None:
    sandbox = SandboxServer().start()
    try:
        fault = {"endpoint": "connections/call", "delay": 0.5, "status": 503, "times": 1}
        requests.post(sandbox.url + "sandbox/faults", json=fault, timeout=10).close()
        answers: list[int] = []

        def call() -> None:
            with requests.post(sandbox.thulium_url + "connections/call", json={}, timeout=10) as r:
                answers.append(r.status_code)

        caller = threading.Thread(target=call)
        caller.start()
        while not sandbox.calls():  # logged before the fault's delay
            time.sleep(0.005)
        requests.delete(sandbox.url + "sandbox/calls", timeout=10).close()  # while pending
        caller.join(10)
        # Before the fix the handler died with IndexError and the client got no answer.
        assert answers == [503]
        call()  # the next request is logged with the next number, and its outcome set
        assert [c["n"] for c in sandbox.calls()] == [2]
        assert sandbox.calls()[0]["status"] == answers[-1]
    finally:
        sandbox.stop()
