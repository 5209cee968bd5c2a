"""Outbound and batch calls that start knowing whom they call (DESIGN §2.1).

ElevenLabs calls the conversation-initiation webhook for inbound calls only: an outbound or batch
call gets its dynamic variables from whoever places it (``conversation_initiation_client_data``).
So the dialler here asks the same question ClientData answers (``initiation.answer_call_start`` on
the callee's profile and the agent's own variables) and places the call with that answer, through
the official ``elevenlabs`` SDK:

* one call: ``conversational_ai.twilio.outbound_call`` or ``conversational_ai.sip_trunk.outbound_call``
  (``POST /v1/convai/twilio/outbound-call``, ``/v1/convai/sip-trunk/outbound-call``), whichever
  provider the agent's phone number has (``conversational_ai.phone_numbers``: ``provider``);
* a batch: ``conversational_ai.batch_calls.create`` (``POST /v1/convai/batch-calling/submit``), one
  ``OutboundCallRecipient`` per row, each with its own ``conversation_initiation_client_data``.

The transcription of such a call names the callee as ``metadata.phone_call.external_number`` and is
remembered under them (``models.TranscriptionData.caller_number``).
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aws_lambda_powertools import Logger

from agentic_memory.initiation import InitiationRequest, Lookup, answer_call_start
from agentic_memory.phone import mask, to_e164
from agentic_memory.settings import Settings

if TYPE_CHECKING:
    from elevenlabs.client import ElevenLabs

# The providers this dialler places calls through (SDK 2.78: conversational_ai/twilio and
# conversational_ai/sip_trunk); Exotel's own route (conversational_ai/exotel) is not used.
PROVIDERS = ("twilio", "sip_trunk")
# ElevenLabs' batch-calling CSV: a phone_number column, every other column a dynamic variable of its
# row (docs: eleven-agents/phone-numbers/batch-calls, "Dynamic variables ... as separate columns").
NUMBER_COLUMN = "phone_number"
# The layer logs through Powertools child loggers, which need their service's parent logger (the
# Lambda handler's): here, one writing to stderr, so that stdout stays the command's own lines. An
# existing parent (the local server's, running a --local command) is left as it is.
Logger(stream=sys.stderr)


class DialError(Exception):
    """The call or batch cannot be placed as asked (no such number, no number for the agent, ...)."""


@dataclass(frozen=True)
class AgentNumber:
    """One of the workspace's phone numbers (SDK ``PhoneNumbersGetResponse``)."""

    phone_number_id: str
    number: str
    provider: str
    label: str = ""


@dataclass(frozen=True)
class Recipient:
    number: str  # E.164
    variables: dict[str, str] = field(default_factory=dict)  # the row's own columns


def client_data(
    number: str,
    agent_id: str,
    settings: Settings,
    lookup: Lookup,
    extra: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The ``conversation_initiation_client_data`` of a call to ``number``: what ClientData would
    answer for it (variables, user id, the overrides switched on), plus the operator's ``extra``
    variables (a batch row's columns), which never replace ours."""
    answer = answer_call_start(InitiationRequest(caller_id=number, agent_id=agent_id), settings, lookup)
    answer.pop("type", None)
    answer["dynamic_variables"] = {**(extra or {}), **answer["dynamic_variables"]}
    return answer


def read_recipients(path: Path, default_region: str) -> list[Recipient]:
    """The batch CSV's rows: every number valid (E.164, or national in ``default_region``) and once."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as file:
            rows = list(csv.DictReader(file))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise DialError(f"cannot read {path}: {error}") from None
    if not rows or NUMBER_COLUMN not in rows[0]:
        raise DialError(f"{path} needs a header row with a {NUMBER_COLUMN} column and one row per recipient")
    recipients: dict[str, Recipient] = {}
    for line, row in enumerate(rows, start=2):
        number = to_e164(row.get(NUMBER_COLUMN), default_region)
        if number is None:
            raise DialError(f"{path}, line {line}: not a phone number: {row.get(NUMBER_COLUMN)!r}")
        if number in recipients:
            raise DialError(f"{path}, line {line}: {mask(number)} is listed twice")
        variables = {k: v for k, v in row.items() if k and k != NUMBER_COLUMN and v}
        recipients[number] = Recipient(number, variables)
    return list(recipients.values())


class Dialer:
    """The ElevenLabs calls that place outbound and batch calls (the official SDK)."""

    def __init__(self, api_key: str, base_url: str) -> None:
        from elevenlabs.client import ElevenLabs  # noqa: PLC0415 - only these commands need the SDK

        self._client: ElevenLabs = ElevenLabs(api_key=api_key, base_url=base_url.rstrip("/"))

    def agent_number(self, agent_id: str, phone_number_id: str | None = None) -> AgentNumber:
        """``phone_number_id``'s number, else the one number assigned to the agent (the workspace's
        list, ``assigned_agent``: the list's answer is the same whatever filter the API applies)."""
        listed = self._client.conversational_ai.phone_numbers.list()
        if phone_number_id:
            found = [_number(n) for n in listed if n.phone_number_id == phone_number_id]
            if not found:
                raise DialError(f"no phone number {phone_number_id} in the workspace")
        else:
            found = [_number(n) for n in listed if _assigned_to(n) == agent_id]
            found = [n for n in found if n.provider in PROVIDERS]
            if len(found) != 1:
                ids = ", ".join(f"{n.phone_number_id} ({n.label or n.provider})" for n in found)
                raise DialError(
                    f"agent {agent_id} has {len(found) or 'no'} phone numbers to call from: "
                    + (f"pass --from with one of {ids}" if found else "assign one, or pass --from")
                )
        (number,) = found
        if number.provider not in PROVIDERS:
            raise DialError(
                f"{number.phone_number_id} is a {number.provider} number: outbound calls need Twilio or SIP"
            )
        return number

    def call(
        self, agent_id: str, source: AgentNumber, to: str, data: dict[str, Any]
    ) -> tuple[bool, str, str]:
        """Place the call: (accepted, ElevenLabs' message, conversation id or "")."""
        from elevenlabs.types import ConversationInitiationClientDataRequestInput as ClientData  # noqa: PLC0415

        api = self._client.conversational_ai
        place = api.twilio.outbound_call if source.provider == "twilio" else api.sip_trunk.outbound_call
        answer = place(
            agent_id=agent_id,
            agent_phone_number_id=source.phone_number_id,
            to_number=to,
            conversation_initiation_client_data=ClientData.model_validate(data),
        )
        return answer.success, answer.message, answer.conversation_id or ""

    def batch(
        self, agent_id: str, source: AgentNumber, name: str, calls: Sequence[tuple[str, dict[str, Any]]]
    ) -> tuple[str, int]:
        """Submit the batch: (its id, the calls ElevenLabs scheduled)."""
        from elevenlabs.types import (  # noqa: PLC0415
            ConversationInitiationClientDataRequestInput as ClientData,
            OutboundCallRecipient,
        )

        recipients = [
            OutboundCallRecipient(
                phone_number=number, conversation_initiation_client_data=ClientData.model_validate(data)
            )
            for number, data in calls
        ]
        answer = self._client.conversational_ai.batch_calls.create(
            call_name=name,
            agent_id=agent_id,
            recipients=recipients,
            agent_phone_number_id=source.phone_number_id,
        )
        return answer.id, answer.total_calls_scheduled


def _assigned_to(found: Any) -> str | None:
    agent = getattr(found, "assigned_agent", None)
    return str(agent.agent_id) if agent is not None else None


def _number(found: Any) -> AgentNumber:
    return AgentNumber(
        phone_number_id=str(found.phone_number_id),
        number=str(found.phone_number),
        provider=str(getattr(found, "provider", "") or ""),
        label=str(found.label or ""),
    )
