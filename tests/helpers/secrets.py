"""Secret values the tests use, so the suite can prove none of them was written to disk."""

from __future__ import annotations

from pathlib import Path

PASSWORD = "Pa55-w0rd-7f3e9c1b-never-on-disk"
API_KEY = "ApiKey-4b8d2e6a90c1-never-on-disk"
ALL = (PASSWORD, API_KEY)


def leaked_secrets(root: Path) -> list[str]:
    """Files under ``root`` holding a test secret (raw, or in Basic-auth base64)."""
    import base64

    needles = [s.encode() for s in ALL]
    needles += [base64.b64encode(f"{user}:{s}".encode()) for s in ALL for user in ("agent",)]
    found = []
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        try:
            data = path.read_bytes()
        except OSError:
            continue
        for needle in needles:
            if needle in data:
                found.append(f"{path}: {needle[:12]!r}…")
    return found
