from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import pytest

from dialdesk import logs
from tests.helpers.secrets import PASSWORD


def test_registered_secrets_never_reach_the_file(tmp_path: Path) -> None:
    log_file = tmp_path / "dialdesk.log"
    logs.setup(log_file)
    logs.register_secret(PASSWORD)
    log = logging.getLogger("dialdesk.test")
    log.warning("password is %s", PASSWORD)
    log.warning("header Authorization: Basic dXNlcjpzb21ldGhpbmdsb25n")
    try:
        raise ValueError(f"boom {PASSWORD}")
    except ValueError:
        log.exception("failed")
    text = log_file.read_text()
    assert PASSWORD not in text
    assert "dXNlcjpzb21ldGhpbmdsb25n" not in text
    assert text.count(logs.MASK) == 3
    assert "ValueError" in text


def test_setup_twice_keeps_one_handler(tmp_path: Path) -> None:
    logs.setup(tmp_path / "a.log")
    logs.setup(tmp_path / "b.log")
    logging.getLogger("dialdesk.test").warning("only in b")
    assert "only in b" not in (tmp_path / "a.log").read_text()
    assert "only in b" in (tmp_path / "b.log").read_text()


def test_an_unwritable_log_goes_to_stderr_redacted_in_one_line_per_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    logs.setup(blocker / "logs" / "dialdesk.log")
    logs.register_secret(PASSWORD)
    try:
        raise ValueError(f"boom {PASSWORD}")
    except ValueError:
        logging.getLogger("dialdesk.test").exception("failed")
    err = capsys.readouterr().err
    logs.setup(tmp_path / "dialdesk.log")  # not leave later tests a captured stream
    assert "cannot write the log file" in err
    assert f"ValueError: boom {logs.MASK}" in err
    assert PASSWORD not in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("platform", "instance", "name"),
    [
        ("win32", True, "dialdesk.log"),
        ("win32", False, "dialdesk-cli.log"),
        ("linux", False, "dialdesk.log"),
        ("darwin", False, "dialdesk.log"),
    ],
)
def test_on_windows_the_instance_is_the_only_writer_of_its_log(
    tmp_path: Path, platform: str, instance: bool, name: str
) -> None:
    assert logs.writer_file(tmp_path / "dialdesk.log", instance, platform).name == name


def test_a_rotation_another_process_prevents_is_put_off_quietly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """What WinError 32 does to a rename, on any OS: the line is still written, no
    traceback reaches stderr, and the rotation is tried again later, not per line."""
    log_file = tmp_path / "dialdesk.log"
    handler = logs.setup(log_file)
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    handler.maxBytes = 200
    tries: list[str] = []

    def held_open(source: str, dest: str) -> None:
        tries.append(source)
        raise PermissionError(32, "The process cannot access the file", source)

    monkeypatch.setattr(handler, "rotate", held_open)
    log = logging.getLogger("dialdesk.test")
    for n in range(20):
        log.warning("line %d %s", n, "x" * 40)
    logs.setup(tmp_path / "other.log")
    assert "line 19" in log_file.read_text()
    assert capsys.readouterr().err == ""
    assert 1 <= len(tries) < 20
