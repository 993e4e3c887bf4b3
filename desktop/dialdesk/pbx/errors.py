"""The PBX errors everything above ``pbx/`` sees. None of them carries a secret.

``exit_code`` is the CLI's; the GUI shows ``message`` and, on request, ``details()``.
"""

from __future__ import annotations

from collections.abc import Sequence


class PbxError(Exception):
    exit_code = 5

    def __init__(
        self,
        message: str,
        *,
        messages: Sequence[str] = (),
        request_id: str | None = None,
        status: int | None = None,
        hint: str | None = None,
        code: str = "",
        params: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        """Stable name of the fault, for the UI to say it in the agent's language."""
        self.params = dict(params or {})
        self.messages = list(messages)
        """What the PBX itself said, verbatim."""
        self.request_id = request_id
        self.status = status
        self.hint = hint

    def details(self) -> str:
        """Everything support needs, one fact a line (for "copy details" and --json)."""
        lines = [self.message]
        lines += [f"PBX: {m}" for m in self.messages]
        if self.hint:
            lines.append(self.hint)
        if self.status is not None:
            lines.append(f"HTTP status: {self.status}")
        if self.request_id:
            lines.append(f"Request id: {self.request_id}")
        return "\n".join(lines)

    def __str__(self) -> str:
        parts = [self.message, *self.messages]
        return " ".join(p if p.endswith((".", "!", "?")) else p + "." for p in parts)


class ConnectFailed(PbxError):
    """Nothing reached the PBX (refused, DNS, unreachable): safe to try again."""


class TlsFailed(ConnectFailed):
    """The TLS handshake failed; the request was never sent."""


class AuthFailed(PbxError):
    exit_code = 3


class Rejected(PbxError):
    """The PBX understood the request and said no; ``messages`` says why."""

    exit_code = 4


class NotFound(Rejected):
    pass


class RateLimited(PbxError):
    def __init__(self, message: str, *, retry_after: int | None = None, **kw: object) -> None:
        super().__init__(message, **kw)  # type: ignore[arg-type]
        self.retry_after = retry_after


class ServerFailed(PbxError):
    pass


class BadAnswer(PbxError):
    """The answer was not what the API sends (a web page, broken JSON)."""


class OutcomeUnknown(PbxError):
    """The request may have reached the PBX and no answer came: never retried."""


class Unsupported(PbxError):
    exit_code = 2


class NotConfigured(PbxError):
    exit_code = 6
