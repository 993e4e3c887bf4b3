"""PBX faults in the agent's language. The pbx layer states them in English (the CLI and
the log use that); each carries a stable ``code`` and ``params``, translated here. What the
PBX itself said is shown verbatim after it (Thulium answers in Polish when asked to)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from dialdesk.credentials import SecretProblem
from dialdesk.history import HistoryBusy, HistoryError
from dialdesk.numbers import UNKNOWN_RANGE, Number
from dialdesk.pbx import OutcomeUnknown, PbxError


def number_warnings(number: Number, country_name: Callable[[str], str]) -> list[str]:
    """A number's warnings (``Number.warnings``, stated in English) in the UI's language."""
    texts = {
        UNKNOWN_RANGE: QCoreApplication.translate(
            "Errors", "⚠ Not a known number range in %1: check the digits."
        ),
    }
    out = []
    for warning in number.warnings:
        text = texts.get(warning.code, warning.message)
        for n, arg in enumerate(warning.args, start=1):
            text = text.replace(
                f"%{n}", country_name(arg) if warning.code == UNKNOWN_RANGE else arg
            )
        out.append(text)
    return out


def _maybe_done(action: str) -> str:
    texts = {
        "call": QCoreApplication.translate(
            "Errors", "The call may have gone through: check your phone before you try again."
        ),
        "schedule": QCoreApplication.translate(
            "Errors",
            "The callback may have been scheduled: check the queue in Thulium before you try again.",
        ),
        "campaign-add": QCoreApplication.translate(
            "Errors",
            "The record may have been added: check the campaign in Thulium before you try again.",
        ),
        "campaign-status": QCoreApplication.translate(
            "Errors",
            "The status may have been changed: check the campaign in Thulium before you try again.",
        ),
    }
    return texts.get(action, "")


def _not_found(action: str) -> str:
    texts = {
        "schedule": QCoreApplication.translate("Errors", "Not found: check the queue id."),
        "campaign-add": QCoreApplication.translate("Errors", "Not found: check the campaign id."),
    }
    return texts.get(
        action,
        QCoreApplication.translate("Errors", "Not found: check the server address in Settings."),
    )


def error_text(error: PbxError, *, in_settings: bool = False) -> str:
    """The message and its hint in the UI's language; the PBX's own words follow.
    ``in_settings``: shown inside Settings, which need not be told to open itself."""
    from dialdesk.ui.option_words import missing_text

    p = dict(error.params)
    if p.get("missing"):
        p["missing"] = missing_text(p["missing"].split(", "))  # the fields' labels
    texts = {
        "tls": QCoreApplication.translate(
            "Errors",
            "The secure connection to %1 failed: its certificate was not accepted. If your PBX uses a private certificate, set the CA bundle file in Settings.",
        ),
        "connect-timeout": QCoreApplication.translate(
            "Errors", "%1 did not answer the connection attempt."
        ),
        "dns": QCoreApplication.translate(
            "Errors", "Cannot find the server %1. Check the server address in Settings."
        ),
        "refused": QCoreApplication.translate(
            "Errors",
            "%1 refused the connection. Check the server address, and that the PBX is running and lets you in.",
        ),
        "no-answer": QCoreApplication.translate("Errors", "No answer from the PBX (%1)."),
        "web-page": QCoreApplication.translate(
            "Errors",
            "The server answered with a web page, not the PBX API. Check the server address in Settings.",
        ),
        "not-json": QCoreApplication.translate(
            "Errors",
            "The server's answer is not the PBX API's. Check the server address in Settings.",
        ),
        "unauthorized": QCoreApplication.translate(
            "Errors", "The PBX refused the API user or password."
        ),
        "unauthorized-account": QCoreApplication.translate(
            "Errors",
            "The PBX refused the API account: its password or its API key is wrong (Simotel does not say which).",
        ),
        "forbidden": QCoreApplication.translate(
            "Errors", "The API user is not allowed to do this (permissions)."
        ),
        "gateway": QCoreApplication.translate(
            "Errors", "A gateway in front of the PBX gave up waiting (HTTP %2)."
        ),
        "server": QCoreApplication.translate("Errors", "The PBX had an internal error (HTTP %2)."),
        "redirect": QCoreApplication.translate(
            "Errors",
            "The server redirected the request (HTTP %2). Check the server address in Settings.",
        ),
        "rejected": QCoreApplication.translate("Errors", "The PBX refused the request."),
        "call-refused": QCoreApplication.translate("Errors", "The PBX refused the call."),
        "not-set-up": QCoreApplication.translate(
            "Errors", "The PBX account is not set up: %3 missing."
        ),
        "no-secret": QCoreApplication.translate(
            "Errors", "No %4 is stored in the keyring for this account. Enter it in Settings."
        ),
        "ca-bundle": QCoreApplication.translate("Errors", "The CA bundle file %5 does not exist."),
        "deadline": QCoreApplication.translate(
            "Errors", "The PBX (%1) did not finish answering within %6 s."
        ),
        "no-handshake": QCoreApplication.translate(
            "Errors",
            "The secure connection to %1 was not set up: the server never completed the handshake. Nothing was sent, so nothing was placed.",
        ),
        "unusable": QCoreApplication.translate("Errors", "The PBX's answer could not be read."),
        "bad-secret": QCoreApplication.translate(
            "Errors",
            "The %4 stored for this account cannot be sent to the PBX (it holds a line break or a character an HTTP header cannot carry). Nothing was sent. Enter it again in Settings.",
        ),
        "bad-username": QCoreApplication.translate(
            "Errors",
            "The API user contains a colon or a control character, which HTTP Basic auth cannot carry. Nothing was sent.",
        ),
    }
    if error.code == "not-found":
        text = _not_found(p.get("action", ""))
    elif error.code == "rate-limited":
        text = (
            QCoreApplication.translate(
                "Errors", "The PBX is receiving too many requests. Try again in %1 s."
            ).replace("%1", p["seconds"])
            if p.get("seconds")
            else QCoreApplication.translate(
                "Errors", "The PBX is receiving too many requests. Try again in a moment."
            )
        )
    elif error.code in texts:
        text = texts[error.code]
        keys = ("host", "status", "missing", "name", "path", "seconds")
        for n, key in enumerate(keys, start=1):
            text = text.replace(f"%{n}", p.get(key, ""))
        if error.code == "not-set-up" and not in_settings:
            text += " " + QCoreApplication.translate("Errors", "Open Settings.")
        if error.code in ("no-answer", "gateway", "server") or isinstance(error, OutcomeUnknown):
            # The request reached the server: whatever it says, it may have acted on it.
            text += " " + _maybe_done(p.get("action", ""))
    else:
        text = error.message + (f" {error.hint}" if error.hint else "")
    return "\n".join([text.strip(), *error.messages])


def secret_problem_text(name: str, problem: SecretProblem) -> str:
    """Why a typed password or API key cannot be stored, in the agent's language."""
    what = (
        QCoreApplication.translate("Errors", "API key")
        if name == "api-key"
        else QCoreApplication.translate("Errors", "password")
    )
    texts = {
        "empty": QCoreApplication.translate("Errors", "The %1 is empty."),
        "not-text": QCoreApplication.translate(
            "Errors", "The %1 holds characters that are not text (character %2)."
        ),
        "control": QCoreApplication.translate(
            "Errors",
            "The %1 contains a control character (a line break, tab or similar) at position %2, which cannot be sent to the PBX.",
        ),
        "api-key-ascii": QCoreApplication.translate(
            "Errors",
            "The API key can hold only letters, digits and punctuation of plain ASCII; character %2 is not one.",
        ),
        "api-key-space": QCoreApplication.translate(
            "Errors", "The API key starts or ends with a space, which a header drops."
        ),
    }
    text = texts.get(problem.code, problem.message)
    text = text.replace("%1", what).replace("%2", str(problem.position))
    return text + " " + QCoreApplication.translate("Errors", "Nothing was stored.")


def history_error_text(error: HistoryError) -> str:
    """The call history is held by another program, or cannot be written."""
    if isinstance(error, HistoryBusy):
        return QCoreApplication.translate(
            "Errors",
            "The call history is in use by another program. Nothing was sent; try again in a moment.",
        )
    return QCoreApplication.translate(
        "Errors", "The call history cannot be used, so nothing was sent. Details: %1"
    ).replace("%1", error.message)


def credentials_text(error: BaseException) -> str:
    """A keyring problem (``credentials.py`` states it in English) in the UI's language."""
    import re

    what_to_do = QCoreApplication.translate(
        "Errors",
        "Use the system's keyring: GNOME Keyring or KWallet on Linux (a running, unlocked "
        "Secret Service), Credential Manager on Windows, Keychain on macOS.",
    )
    patterns = [
        (
            r"No keyring is available.*",
            QCoreApplication.translate("Errors", "No keyring is available to keep secrets.")
            + " "
            + what_to_do,
        ),
        (
            r"The keyring found is (\S+), which .*",
            QCoreApplication.translate(
                "Errors",
                "The keyring found, %1, is not safe for secrets: dialdesk will not use it.",
            )
            + " "
            + what_to_do,
        ),
        (
            r"The keyring did not answer within (\S+) s .*",
            QCoreApplication.translate(
                "Errors",
                "The keyring did not answer within %1 s. It may be waiting for you to unlock "
                "it: unlock it and try again.",
            ),
        ),
        (
            r"The keyring is locked .*",
            QCoreApplication.translate(
                "Errors",
                "The keyring is locked. Unlock it (log in again, or open your password "
                "manager) and try again.",
            ),
        ),
        (
            r"The keyring failed while .* \((\w+)\)\..*",
            QCoreApplication.translate("Errors", "The keyring failed (%1).") + " " + what_to_do,
        ),
    ]
    english = str(error)
    for pattern, text in patterns:
        match = re.fullmatch(pattern, english, flags=re.DOTALL)
        if match:
            for n, group in enumerate(match.groups(), start=1):
                text = text.replace(f"%{n}", group)
            return text
    return english
