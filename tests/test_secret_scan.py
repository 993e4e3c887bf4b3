from pathlib import Path

from tests.helpers.secrets import PASSWORD, leaked_secrets


def test_the_end_of_suite_scan_finds_a_planted_secret(tmp_path: Path) -> None:
    (tmp_path / "clean.log").write_text("nothing here\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "dirty.log").write_text(f"oops {PASSWORD}\n")
    leaks = leaked_secrets(tmp_path)
    assert len(leaks) == 1
    assert "dirty.log" in leaks[0]
