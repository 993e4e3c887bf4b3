"""The PBX errors everything above ``pbx/`` sees. None of them carries a secret.

``exit_code`` is the CLI's; the GUI shows ``message`` and, on request, ``details()``.
Every text an error carries passes :func:`dialdesk.logs.redact` when the error is made:
a PBX that quotes the credentials back cannot get them shown, printed, logged or stored.
"""

from __future__ import annotations

from collections.abc import Sequence

from dialdesk.logs import redact


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
        message = redact(message)
        super().__init__(message)
        self.message = message
        self.code = code
        """Stable name of the fault, for the UI to say it in the agent's language."""
        self.params = {k: redact(v) for k, v in (params or {}).items()}
        self.messages = [redact(m) for m in messages]
        """What the PBX itself said, verbatim (stored secrets masked)."""
        self.request_id = redact(request_id) if request_id else request_id
        self.status = status
        self.hint = redact(hint) if hint else hint

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


class BadAnswer(PbxError):
    """The answer says the request was not handled (a redirect), or a check failed."""


class OutcomeUnknown(PbxError):
    """The request may have reached the PBX and no usable answer came: never retried, and
    the duplicate guard counts it as a call that may have rung."""


class ServerFailed(OutcomeUnknown):
    """The PBX received the request and failed (HTTP 5xx): it may have acted on it."""


class UnusableAnswer(OutcomeUnknown):
    """A success status with an answer that cannot be read (a web page, broken or huge
    JSON, a missing field): the PBX took the request, what it did is unknown."""


class Unsupported(PbxError):
    exit_code = 2


class NotConfigured(PbxError):
    exit_code = 6
