"""Simotel: ``PUT /api/v4/call/originate/act`` with Basic auth and the X-APIKEY header."""

from __future__ import annotations

from datetime import datetime

from dialdesk.pbx.base import CampaignRecord, Capability, Result
from dialdesk.pbx.errors import AuthFailed, BadAnswer, Rejected, Unsupported
from dialdesk.pbx.http import CALL, Action, Answer, HttpClient, unusable

ORIGINATE = "api/v4/call/originate/act"
CHECK = Action("The check", "the PBX", key="check")


class SimotelBackend:
    name = "simotel"
    capabilities = frozenset({Capability.CALL})
    simulated = False

    def __init__(
        self,
        http: HttpClient,
        *,
        caller: str,
        context: str,
        caller_id: str = "",
        trunk_name: str = "",
        timeout: int = 30,
        call_limit: int = 0,
    ) -> None:
        self.http = http
        self.caller = caller
        self.context = context
        self.caller_id = caller_id or caller
        self.trunk_name = trunk_name
        self.timeout = timeout
        self.call_limit = call_limit

    def call(self, dial: str) -> Result:
        # The vendor sends every value as a string.
        body = {
            "caller": self.caller,
            "callee": dial,
            "context": self.context,
            "caller_id": self.caller_id,
            "timeout": str(self.timeout),
        }
        if self.trunk_name:
            body["trunk_name"] = self.trunk_name
        if self.call_limit:
            body["call_limit"] = str(self.call_limit)
        answer = self._send(body, CALL)
        data = answer.data if isinstance(answer.data, dict) else {}
        if "success" not in data:
            # No answer to "was it placed?": the PBX took the request, it may be ringing.
            raise unusable(CALL, "it has no success field", status=answer.status)
        # The vendor documents 1; "1" is the same from a PBX that sends strings only.
        if data["success"] not in (1, "1") or isinstance(data["success"], bool):
            message = data.get("message") or "The PBX refused the call and gave no reason."
            raise Rejected(
                "The PBX refused the call.",
                messages=[str(message)],
                status=answer.status,
                code="call-refused",
            )
        inner = data.get("data") if isinstance(data.get("data"), dict) else {}
        call_id = inner.get("originated_call_id") if inner else None
        return Result(pbx_id=str(call_id) if call_id else None, simulated=self.simulated)

    def check(self) -> str:
        # No caller or callee: the PBX must refuse before dialing anything.
        answer = self._send({}, CHECK)
        data = answer.data if isinstance(answer.data, dict) else {}
        if data.get("success") == 1:
            raise BadAnswer("The PBX accepted an empty request; it may not be a Simotel API.")
        return "Connected: the PBX accepted the API account."

    def _send(self, body: dict[str, str], action: Action) -> Answer:
        try:
            return self.http.send("PUT", ORIGINATE, body, action)
        except AuthFailed as exc:
            if exc.code != "unauthorized":
                raise
            # Simotel answers 401 alike for a wrong password and a wrong X-APIKEY: say what
            # its answer allows, not "wrong password".
            raise AuthFailed(
                "The PBX refused the API account: its password or its API key is wrong "
                "(Simotel does not say which).",
                messages=exc.messages,
                request_id=exc.request_id,
                status=exc.status,
                hint=exc.hint,
                code="unauthorized-account",
                params=exc.params,
            ) from None

    def _unsupported(self) -> Unsupported:
        return Unsupported("Simotel does not offer queue callbacks or campaigns in dialdesk.")

    def schedule_call(self, queue_id: str, dial: str, call_at: datetime | None) -> Result:
        raise self._unsupported()

    def add_campaign_record(self, campaign_id: str, record: CampaignRecord) -> Result:
        raise self._unsupported()

    def set_campaign_status(self, dial: str, status_id: str) -> Result:
        raise self._unsupported()

    def close(self) -> None:
        self.http.close()
