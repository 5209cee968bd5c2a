"""ElevenLabs webhook payloads (DESIGN §2.3), lenient: ElevenLabs adds fields without notice.

Only the fields we use are declared; everything else is accepted and kept (``extra="allow"``),
and the archive always stores the bytes as received, never a re-serialisation of these models.
A field the official SDK's models allow to be null (``elevenlabs.types.GetConversationResponseModel``
and the models it holds: ``analysis``, ``data_collection_results``, ``dynamic_variables``,
``phone_call``, a turn's ``message``, …) is accepted as null and read as absent.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
)

# Conversation ids become S3 key segments: letters, digits, '_' and '-' only, as ElevenLabs makes them.
ConversationId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,128}$")]


class Lenient(BaseModel):
    model_config = ConfigDict(extra="allow")


def _empty_when_null(empty: Callable[[], Any]) -> BeforeValidator:
    """A null where the SDK allows one reads as the field's empty value."""
    return BeforeValidator(lambda value: empty() if value is None else value)


class WebhookEnvelope(Lenient):
    """``{"type", "event_timestamp", "data"}``; ``data`` is parsed per type afterwards."""

    type: str = Field(min_length=1, max_length=64)
    event_timestamp: int | None = None
    data: dict[str, Any]


class TranscriptTurn(Lenient):
    role: Annotated[str, _empty_when_null(str)] = ""
    message: str | None = None
    time_in_call_secs: float | None = None


class PhoneCall(Lenient):
    external_number: str | None = None
    agent_number: str | None = None
    direction: str | None = None


class ConversationMetadata(Lenient):
    start_time_unix_secs: int | None = None
    call_duration_secs: float | None = None
    main_language: str | None = None
    phone_call: PhoneCall | None = None


class DataCollectionResult(Lenient):
    data_collection_id: str | None = None
    value: Any = None


class Analysis(Lenient):
    transcript_summary: str | None = None
    call_summary_title: str | None = None
    data_collection_results: Annotated[dict[str, DataCollectionResult], _empty_when_null(dict)] = Field(
        default_factory=dict
    )


class InitiationClientData(Lenient):
    dynamic_variables: Annotated[dict[str, Any], _empty_when_null(dict)] = Field(default_factory=dict)


class TranscriptionData(Lenient):
    agent_id: str | None = None
    user_id: str | None = None  # web and SDK conversations: the app's id of the user
    conversation_id: ConversationId
    transcript: Annotated[list[TranscriptTurn], _empty_when_null(list)] = Field(default_factory=list)
    metadata: Annotated[ConversationMetadata, _empty_when_null(dict)] = Field(
        default_factory=ConversationMetadata
    )
    analysis: Annotated[Analysis, _empty_when_null(dict)] = Field(default_factory=Analysis)
    conversation_initiation_client_data: InitiationClientData | None = None

    @property
    def caller_number(self) -> str | None:
        """The raw number of the customer, the party who is not the agent, on every kind of call.

        * A phone call (inbound or outbound, Twilio or SIP trunk, batch calls included: SDK
          ``ConversationHistoryMetadataCommonModelPhoneCall``, whose ``external_number`` and
          ``agent_number`` are required): ``external_number``, whatever the ``direction``. It is the
          caller of an inbound call and the callee of an outbound one, never the agent's own number.
        * A phone call without ``external_number`` (older or partial payloads): of the variables
          ``system__caller_id`` and ``system__called_number``, the one that is not the call's
          ``agent_number``; on an outbound call whose agent number is not given either, nobody can be
          told apart (which party ``system__caller_id`` names on an outbound call is undocumented).
        * No phone call (web, SDK and widget sessions; older payloads of inbound calls):
          ``system__caller_id`` when present, else None and the caller is the ``user_id``.
        """
        phone = self.metadata.phone_call
        if phone is not None and phone.external_number:
            return phone.external_number
        caller, called = self._variable("system__caller_id"), self._variable("system__called_number")
        if phone is None:
            return caller
        if phone.agent_number:
            return next((n for n in (caller, called) if n and n != phone.agent_number), None)
        return None if phone.direction == "outbound" else caller

    def _variable(self, name: str) -> str | None:
        client_data = self.conversation_initiation_client_data
        value = client_data.dynamic_variables.get(name) if client_data else None
        return value if isinstance(value, str) and value else None

    @property
    def called_number(self) -> str | None:
        """The number the caller dialled (the agent's), to read the caller's number in its region."""
        phone = self.metadata.phone_call
        return phone.agent_number if phone is not None and phone.agent_number else None

    @property
    def call_date(self) -> str:
        """The call's date (UTC, ISO), from its start time; today when ElevenLabs omits it."""
        start = self.metadata.start_time_unix_secs
        moment = datetime.fromtimestamp(start, UTC) if start is not None else datetime.now(UTC)
        return moment.date().isoformat()


class AudioData(Lenient):
    agent_id: str | None = None
    conversation_id: ConversationId
    full_audio: str = Field(min_length=1)


class FailureData(Lenient):
    agent_id: str | None = None
    conversation_id: ConversationId
    failure_reason: str | None = None


# Longer queries are cut, not refused: the LLM sometimes pastes a whole turn into the tool call.
MAX_QUERY_CHARS = 500


class SearchRequest(Lenient):
    """The ``search_memory`` tool's body (DESIGN §2.2); older setups send ``user_id``, or no
    ``called_number``."""

    query: str
    caller_id: str | None = None  # bound to system__caller_id
    called_number: str | None = None  # bound to system__called_number (tools set up since round 2)
    user_id: str | None = None
    agent_id: str | None = None
    conversation_id: str | None = None  # bound to system__conversation_id (CALLER_VERIFICATION)

    @field_validator("query")
    @classmethod
    def _usable_query(cls, query: str) -> str:
        query = " ".join(query.split())
        if not query:
            raise ValueError("query is empty")
        return query[:MAX_QUERY_CHARS]
