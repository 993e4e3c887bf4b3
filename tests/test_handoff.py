"""The launcher's side of the hand-off: argv rules, the lock, and the no-import promise."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from dialdesk import handoff


@pytest.mark.parametrize(
    ("argv", "url"),
    [
        (["tel:+48221234567"], "tel:+48221234567"),
        (["TEL:+48221234567"], "TEL:+48221234567"),
        (["callto://+48221234567"], "callto://+48221234567"),
        (["sip:100@pbx"], "sip:100@pbx"),
        (["--untrusted-url", "tel:1"], "tel:1"),
        (["--untrusted-url", "https://example.com"], "https://example.com"),  # the app says no
        (["call", "tel:1"], None),
        (["normalize", "x"], None),
        ([], None),
        (["http://example.com"], None),
    ],
)
def test_link_argument(argv: list[str], url: str | None) -> None:
    assert handoff.link_argument(argv) == url


@pytest.mark.parametrize(
    "argv",
    [
        ["--untrusted-url", "--help"],
        ["--untrusted-url", "-c", "x"],
        ["--untrusted-url", "tel:1", "tel:2"],
        ["--untrusted-url", "tel:" + "1" * 3000],
    ],
)
def test_untrusted_url_accepts_exactly_one_non_option(argv: list[str]) -> None:
    with pytest.raises(handoff.UsageError):
        handoff.link_argument(argv)


def test_an_option_smuggled_in_a_link_is_refused_by_the_real_launcher() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "dialdesk", "--untrusted-url", "--version"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 2
    assert "refusing" in done.stderr
    assert "dialdesk 0" not in done.stdout  # --version was not obeyed


def test_only_one_lock_holder(dialdesk_home: object) -> None:
    first, second = handoff.InstanceLock(), handoff.InstanceLock()
    assert first.acquire()
    try:
        assert not second.acquire()
    finally:
        first.release()
    assert second.acquire()
    second.release()


def test_no_instance_means_no_delivery() -> None:
    assert handoff.send_url("tel:1") == handoff.Delivery.NO_INSTANCE


def test_socket_path_stays_short_for_a_deep_home(
    monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> None:
    monkeypatch.setenv("DIALDESK_HOME", "/tmp/" + "x" * 150)
    name = handoff.server_name()
    assert len(name.encode()) <= 100
    folder = os.path.dirname(name)
    assert os.stat(folder).st_mode & 0o777 == 0o700


def test_the_link_path_imports_no_qt_requests_or_phonenumbers() -> None:
    probe = (
        "import sys, runpy\n"
        "from dialdesk import handoff\n"
        "handoff.link_argument(['tel:1']); handoff.send_url('tel:1')\n"
        "import dialdesk.__main__\n"
        "heavy = [m for m in ('PySide6', 'requests', 'phonenumbers', 'keyring', "
        "'dataclasses', 'tempfile', 'platformdirs', 'typing', 'pathlib', 'enum', 'json') "
        "if m in sys.modules]\n"
        "print(__import__('json').dumps(heavy))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=30,
        # as on a desktop: no DIALDESK_HOME, a session runtime folder
        env={
            **{k: v for k, v in os.environ.items() if k != "DIALDESK_HOME"},
            "XDG_RUNTIME_DIR": f"/tmp/dd-probe-{os.getpid()}",
        },
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


@pytest.mark.parametrize(
    "message",
    [
        {"cmd": "open-url", "url": "tel:+48%2022%20123"},
        {"cmd": "open-url", "url": 'tel:"quoted"\\back\nline\ttab\x00zero'},
        {"cmd": "open-url", "url": "tel:ąęłźż 中文 \u2028 😀"},
        {"ok": True},
        {"ok": False, "error": "too long"},
        {"cmd": "x", "n": 5, "nested": {"a": [1, None]}},
    ],
)
def test_encode_is_exactly_compact_json(message: dict[str, object]) -> None:
    line = handoff.encode(message)
    assert (
        line
        == (
            json.dumps({"v": 1, **message}, separators=(",", ":"), ensure_ascii=False) + "\n"
        ).encode()
    )
    assert json.loads(line) == {"v": 1, **message}


@pytest.mark.parametrize(
    ("reply", "ok"),
    [
        (b'{"v":1,"ok":true}\n', True),
        (b'{"v": 1, "ok": true}\n', True),
        (b'{"v":1,"ok":false,"error":"bad url"}\n', False),
        (b'{"v":2,"ok":true}\n', None),
        (b"HTTP/1.1 400 Bad Request\r\n", None),
        (b"", None),
    ],
)
def test_reading_the_answer(reply: bytes, ok: bool | None) -> None:
    assert handoff._is_ok(reply) is ok


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "https://example.com/call", "file:///etc/passwd", "tel"]
)
def test_a_link_no_one_can_dial_starts_nothing(url: str, dialdesk_home: object) -> None:
    # No instance runs: the launcher must say so and exit, not start the whole app to drop
    # the link (before, this started the app and the run timed out).
    done = subprocess.run(
        [sys.executable, "-m", "dialdesk", "--untrusted-url", url],
        capture_output=True,
        text=True,
        timeout=20,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 2, done.stderr
    assert "cannot be dialed" in done.stderr and "tel:" in done.stderr
    assert not os.path.exists(handoff.lock_path())  # no app ever took the instance lock


@pytest.mark.parametrize("url", ["tel:+48221234567", "CALLTO://601234567", "sips:100@pbx"])
def test_phone_links_are_usable(url: str) -> None:
    assert handoff.unusable_link(url) is None


LINK_SCRIPT = os.path.join(os.path.dirname(__file__), "..", "installer", "link.py")


class FakeInstance:
    """A listener on the instance's socket that answers like the app and records lines."""

    def __init__(self) -> None:
        import socket
        import threading

        self.lines: list[dict[str, object]] = []
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        path = handoff.server_name()
        os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
        self.sock.bind(path)
        self.sock.listen()
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                line = conn.makefile("rb").readline()
                self.lines.append(json.loads(line))
                conn.sendall(b'{"v":1,"ok":true}\n')

    def close(self) -> None:
        self.sock.close()


@pytest.mark.skipif(sys.platform == "win32", reason="a Unix socket stands in for the app")
def test_the_link_executable_hands_a_link_and_a_plain_start_to_the_instance(
    dialdesk_home: object,
) -> None:
    instance = FakeInstance()
    try:
        for argv, expected in [
            (["--untrusted-url", "tel:601234567"], {"cmd": "open-url", "url": "tel:601234567"}),
            (["--untrusted-url"], {"cmd": "show"}),  # the menu entry: no URL
        ]:
            done = subprocess.run(
                [sys.executable, LINK_SCRIPT, *argv], capture_output=True, text=True, timeout=20
            )
            assert done.returncode == 0, done.stderr
            assert instance.lines[-1] == {"v": 1, **expected}
    finally:
        instance.close()


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--untrusted-url", "--version"], "refusing"),
        (["--version"], "only hands over links"),
        (["call", "601234567"], "only hands over links"),
        (["--untrusted-url", "javascript:alert(1)"], "cannot be dialed"),
    ],
)
def test_the_link_executable_refuses_anything_but_a_link(
    argv: list[str], says: str, dialdesk_home: object
) -> None:
    done = subprocess.run(
        [sys.executable, LINK_SCRIPT, *argv], capture_output=True, text=True, timeout=20
    )
    assert done.returncode == 2
    assert says in done.stderr
    assert not os.path.exists(handoff.lock_path())
