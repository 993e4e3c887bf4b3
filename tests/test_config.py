"""config: declared options, layering, validation, broken files, atomic saves."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from dialdesk import config, paths


def test_defaults_without_any_file(dd_paths: paths.Paths) -> None:
    settings = config.load(dd_paths)
    assert settings["account.backend"] == "sandbox"
    assert settings["dialing.region"] == "PL"
    assert settings["dialing.confirm_links"] is True
    assert settings["dialing.duplicate_window_s"] == 5
    assert settings.origin("account.backend") == "default"


def test_every_key_named_by_the_foundation_issue_exists() -> None:
    for key in [
        "account.backend",
        "account.url",
        "account.username",
        "account.agent",
        "account.verify_tls",
        "account.ca_bundle",
        "simotel.context",
        "simotel.caller_id",
        "simotel.trunk_name",
        "simotel.timeout",
        "simotel.call_limit",
        "dialing.region",
        "dialing.format",
        "dialing.outside_line_prefix",
        "dialing.extension_max_digits",
        "dialing.confirm_links",
        "dialing.premium",
        "dialing.emergency",
        "dialing.duplicate_window_s",
        "thulium.queue_id",
        "thulium.campaign_id",
    ]:
        assert key in config.BY_KEY
        assert config.BY_KEY[key].description


def test_user_file_overrides_admin_defaults(dd_paths: paths.Paths) -> None:
    dd_paths.defaults_file.write_text(
        '[account]\nbackend = "thulium"\nurl = "https://acme.thulium.com/api/"\n'
        '[dialing]\nregion = "DE"\n'
    )
    dd_paths.config_file.parent.mkdir(parents=True, exist_ok=True)
    dd_paths.config_file.write_text('[dialing]\nregion = "pl"\n')
    settings = config.load(dd_paths)
    assert settings["account.backend"] == "thulium"
    assert settings.origin("account.url") == "admin"
    assert settings["dialing.region"] == "PL"
    assert settings.origin("dialing.region") == "user"


@pytest.mark.parametrize(
    ("content", "line", "words"),
    [
        ('[account]\nbackend = "thulium\n', 2, "TOML"),
        ('[dialing]\nregion = "PL"\nduplicate_window_s = "five"\n', 3, "whole number"),
        ("[dialing]\n\nconfirm_links = 1\n", 3, "true or false"),
        ('[account]\nbackend = "asterisk"\n', 2, "one of"),
        ('[account]\nurl = "ftp://pbx"\n', 2, "https://"),
        ('[account]\nurl = "https://me:pw@acme.thulium.com"\n', 2, "keyring"),
        ('dialing.region = "XX"\n', 1, "country code"),
        ("[dialing]\nextension_max_digits = 99\n", 2, "at most 8"),
        ('[thulium]\ncampaign_id = "1"\n', 2, "five-character"),
    ],
)
def test_broken_user_file_names_file_and_line(
    dd_paths: paths.Paths, content: str, line: int, words: str
) -> None:
    dd_paths.config_file.parent.mkdir(parents=True, exist_ok=True)
    dd_paths.config_file.write_text(content)
    with pytest.raises(config.ConfigError) as info:
        config.load(dd_paths)
    assert info.value.path == dd_paths.config_file
    assert info.value.line == line
    assert f"{dd_paths.config_file}:{line}:" in str(info.value)
    assert words in str(info.value)


def test_non_utf8_file(dd_paths: paths.Paths) -> None:
    dd_paths.config_file.parent.mkdir(parents=True, exist_ok=True)
    dd_paths.config_file.write_bytes(b'[account]\nusername = "\xff\xfe"\n')
    with pytest.raises(config.ConfigError, match="UTF-8"):
        config.load(dd_paths)


def test_lenient_load_keeps_going_on_defaults_and_save_keeps_the_broken_file(
    dd_paths: paths.Paths,
) -> None:
    dd_paths.config_file.parent.mkdir(parents=True, exist_ok=True)
    broken = '[account]\nusername = "agent7"\nbackend = thulium\n'
    dd_paths.config_file.write_text(broken)
    settings = config.load(dd_paths, strict=False)
    assert settings["account.backend"] == "sandbox"
    assert len(settings.problems) == 1
    settings.set("dialing.region", "DE")
    settings.save()
    copies = list(dd_paths.config_file.parent.glob("config.toml.broken-*"))
    assert len(copies) == 1
    assert copies[0].read_text() == broken
    assert config.load(dd_paths)["dialing.region"] == "DE"


def test_save_is_atomic_keeps_unknown_keys_and_a_backup(dd_paths: paths.Paths) -> None:
    dd_paths.config_file.parent.mkdir(parents=True, exist_ok=True)
    dd_paths.config_file.write_text('[account]\nfuture_key = "kept"\n[plugins]\nx = 1\n')
    settings = config.load(dd_paths)
    settings.set("account.username", "agent7")
    settings.set("thulium.queue_id", 2)
    settings.save()
    doc = tomllib.loads(dd_paths.config_file.read_text())
    assert doc["version"] == config.CONFIG_VERSION
    assert doc["account"] == {"future_key": "kept", "username": "agent7"}
    assert doc["plugins"] == {"x": 1}
    assert doc["thulium"]["queue_id"] == "2"
    assert (dd_paths.config_file.parent / "config.toml.bak").exists()
    assert not list(dd_paths.config_file.parent.glob(".*.tmp"))
    assert dd_paths.config_file.stat().st_mode & 0o777 == 0o600


def test_set_refuses_bad_values_and_changes_nothing(dd_paths: paths.Paths) -> None:
    settings = config.load(dd_paths)
    with pytest.raises(config.ConfigError, match="must be one of"):
        settings.set("dialing.premium", "sometimes")
    assert settings["dialing.premium"] == "warn"


@pytest.mark.parametrize(
    ("key", "text", "value"),
    [
        ("dialing.confirm_links", "off", False),
        ("dialing.confirm_links", "YES", True),
        ("simotel.timeout", " 45 ", 45),
        ("dialing.region", "de", "DE"),
    ],
)
def test_parse_text_from_the_command_line(key: str, text: str, value: object) -> None:
    assert config.parse_text(key, text) == value


def test_unknown_key_suggests_the_right_one() -> None:
    with pytest.raises(config.ConfigError, match="Did you mean dialing.region"):
        config.option("account.region")


def test_dialdesk_home_puts_everything_under_it(dialdesk_home: Path) -> None:
    where = paths.current()
    for path in (where.config_file, where.data_dir, where.log_dir, where.runtime_dir):
        assert dialdesk_home in path.parents


def test_readme_documents_every_setting() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    missing = [o.key for o in config.OPTIONS if f"`{o.key}`" not in readme]
    assert missing == []


def test_fast_runtime_dir_is_what_platformdirs_says(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    import platformdirs

    monkeypatch.delenv("DIALDESK_HOME")
    monkeypatch.setenv("XDG_RUNTIME_DIR", "/run/user/4242")
    expected = platformdirs.user_runtime_path("dialdesk", appauthor=False)
    if sys.platform.startswith("linux"):
        assert paths.runtime_dir() == expected == Path("/run/user/4242/dialdesk")


def test_named_lists_load_from_toml_and_fall_back_to_the_sandbox(dd_paths: paths.Paths) -> None:
    settings = config.load(dd_paths)
    assert [q.name for q in settings.named("thulium.queues")] == ["Sales", "Support", "Retention"]
    dd_paths.defaults_file.write_text(
        '[account]\nbackend = "thulium"\n'
        '[[thulium.queues]]\nid = 2\nname = "Support"\n'
        '[[thulium.record_statuses]]\nid = "2"\nname = "Mine"\nsystem = "MY_RECORD"\n'
    )
    settings = config.load(dd_paths)
    assert settings.named("thulium.queues") == [config.Named("2", "Support")]
    assert settings.named("thulium.record_statuses") == [config.Named("2", "Mine", "MY_RECORD")]
    assert settings.named("thulium.campaigns") == []  # no sandbox lists for a real PBX


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("thulium.queues", [{"id": "2"}], "needs both an id and a name"),
        ("thulium.queues", [{"id": "x", "name": "Q"}], "must be digits"),
        ("thulium.queues", [{"id": "2", "name": "A"}, {"id": "2", "name": "B"}], "listed twice"),
        ("thulium.campaigns", [{"id": "1", "name": "C"}], "five-character"),
        (
            "thulium.record_statuses",
            [{"id": "2", "name": "S", "system": "BOSS"}],
            "system must be one of",
        ),
        ("thulium.queues", [{"id": "2", "name": "S", "colour": "red"}], "unknown keys"),
        ("thulium.queues", "Sales", "must be a list"),
        ("thulium.quick_statuses", ["three"], "digits"),
    ],
)
def test_named_list_rules(key: str, value: object, words: str) -> None:
    with pytest.raises(config.ConfigError, match=words):
        config.validate(config.option(key), value)


def test_named_list_from_the_command_line() -> None:
    value = config.parse_text("thulium.queues", '[{"id": 2, "name": "Sales"}]')
    assert value == [{"id": "2", "name": "Sales"}]
    with pytest.raises(config.ConfigError, match="JSON list"):
        config.parse_text("thulium.queues", "Sales")


def test_admin_locked_keys_win_and_cannot_be_changed(dd_paths: paths.Paths) -> None:
    dd_paths.defaults_file.write_text(
        'locked = ["account.url", "dialing.premium"]\n'
        '[account]\nbackend = "thulium"\nurl = "https://acme.thulium.com/api/"\n'
        '[dialing]\npremium = "block"\n'
    )
    dd_paths.config_file.parent.mkdir(parents=True, exist_ok=True)
    dd_paths.config_file.write_text('[dialing]\npremium = "allow"\nregion = "DE"\n')
    settings = config.load(dd_paths)
    assert settings["dialing.premium"] == "block"  # the user's "allow" does not count
    assert settings["dialing.region"] == "DE"  # unlocked keys stay the user's
    assert settings.origin("account.url") == "admin, locked"
    with pytest.raises(config.ConfigError, match="set by your administrator"):
        settings.set("account.url", "https://evil.example.com/")
    with pytest.raises(config.ConfigError, match="set by your administrator"):
        settings.unset("dialing.premium")
    settings.set("dialing.region", "PL")
    settings.save()
    assert "premium" not in dd_paths.config_file.read_text()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ('locked = "account.url"\n', "must be a list"),
        ('locked = ["account.colour"]\n', "unknown setting"),
    ],
)
def test_bad_locked_list(dd_paths: paths.Paths, content: str, words: str) -> None:
    dd_paths.defaults_file.write_text(content)
    with pytest.raises(config.ConfigError, match=words) as info:
        config.load(dd_paths)
    assert info.value.path == dd_paths.defaults_file
    assert info.value.line == 1


def test_runtime_dir_without_a_session_folder_is_private_and_ours(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import os
    import sys

    from dialdesk import runtime

    if not sys.platform.startswith("linux"):
        pytest.skip("Linux only")
    monkeypatch.delenv("DIALDESK_HOME")
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    folder = runtime.runtime_dir()
    assert folder.endswith(f"dialdesk-runtime-{os.getuid()}")
    runtime.private_dir(folder)
    assert os.stat(folder).st_mode & 0o777 == 0o700
