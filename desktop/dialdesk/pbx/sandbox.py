"""The sandbox backend: the Thulium client talking to the local simulator, labelled simulated.

Which simulator: ``DIALDESK_SANDBOX_URL``, else one started by ``dialdesk sandbox`` (it
leaves its address in the runtime folder), else one started in this process.
"""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path

from dialdesk import paths
from dialdesk.pbx.http import DEFAULT_DEADLINE_S, HttpClient
from dialdesk.pbx.thulium import ThuliumBackend
from dialdesk.sandbox import DEFAULT_PASSWORD, DEFAULT_USER, SandboxServer

log = logging.getLogger(__name__)

DEFAULT_AGENT = "100"
_lock = threading.Lock()
_in_process: SandboxServer | None = None


class SandboxBackend(ThuliumBackend):
    name = "sandbox"
    simulated = True


def address_file() -> Path:
    return paths.current().runtime_dir / "sandbox.json"


def _standalone_url() -> str | None:
    import os
    import urllib.request

    url = os.environ.get("DIALDESK_SANDBOX_URL")
    if url:
        return url
    try:
        url = json.loads(address_file().read_text())["url"]
        with urllib.request.urlopen(url + "sandbox/calls", timeout=0.5):  # noqa: S310 - loopback
            pass
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return str(url)


def in_process_server() -> SandboxServer:
    global _in_process
    with _lock:
        if _in_process is None:
            _in_process = SandboxServer().start()
            log.info("started an in-process sandbox PBX at %s", _in_process.url)
        return _in_process


def sandbox_backend(
    agent: str, language: str, deadline: float = DEFAULT_DEADLINE_S
) -> SandboxBackend:
    url = _standalone_url() or in_process_server().url
    http = HttpClient(
        url + "api/",
        auth=(DEFAULT_USER, DEFAULT_PASSWORD),
        deadline=deadline,
        language=language,
    )
    return SandboxBackend(http, agent or DEFAULT_AGENT)
