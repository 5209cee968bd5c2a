"""The call's recording (DESIGN §2.3, §5): from the audio webhook, else from ElevenLabs' API.

ElevenLabs never retries an audio webhook, and a recording longer than a few minutes is over what
Lambda accepts (6 MB of event, the MP3 base64-encoded inside it: about 4.4 MB of MP3). So after each
transcription a step of its own checks that the recording is archived and, when it is not, fetches
it from the API (``audio_fetch``): at once with ``AUDIO_SOURCE=api``; after ``AUDIO_WAIT_SECONDS``
with the default ``webhook``, when an ElevenLabs API key is configured. The step never touches
memory: a missing or late recording cannot fail ingestion. A conversation without audio
(``has_audio: false``: text only, zero retention, audio saving off) is skipped, and counted. A
conversation erased before its check (``forget`` right after the call) is done with: a recording
that arrived after the erasure is purged, and nothing is fetched again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from aws_lambda_powertools import Logger
from aws_lambda_powertools.metrics import MetricUnit
from botocore.exceptions import ClientError

from agentic_memory.archive import Archive, audio_key, conversation_prefix, transcription_key
from agentic_memory.audio_fetch import AudioNotReadyError
from agentic_memory.models import TranscriptionData, WebhookEnvelope
from agentic_memory.runtime.observability import metrics

logger = Logger(child=True)

# Checks after the first, each twice as long as the last: with the default 5 minutes, the API is
# asked for about 2.5 hours before the recording is given up (counted as AudioMissing).
MAX_ATTEMPTS = 6
Outcome = Literal["archived", "fetched", "no_audio", "no_api_key", "not_ready", "missing", "erased"]


@dataclass(frozen=True)
class RecordingStep:
    archive: Archive
    # Streams the recording from ElevenLabs' API into the archive; None without an API key.
    fetch: Callable[[str], object] | None
    # Whether an erasure covered the conversation (``erasure.Tombstones.conversation_erased``).
    erased: Callable[[str], bool]

    def check(self, conversation_id: str, attempt: int) -> Outcome:
        """Make sure the recording is archived; ``not_ready`` asks to be checked again later."""
        if self.erased(conversation_id) or (has_audio := self._has_audio(conversation_id)) is None:
            # The check is queued only once the transcription is archived: gone since, it was erased
            # (an opt-out drops the call without a conversation tombstone).
            return self._erased(conversation_id)
        if self.archive.exists(audio_key(conversation_id)):
            metrics.add_metric(name="AudioArchived", unit=MetricUnit.Count, value=1)
            return "archived"
        if not has_audio:
            logger.info("The conversation has no recording (has_audio is false)")
            metrics.add_metric(name="AudioAbsent", unit=MetricUnit.Count, value=1)
            return "no_audio"
        if self.fetch is None:
            logger.warning("No recording archived and no ElevenLabs API key to fetch it with")
            metrics.add_metric(name="AudioMissing", unit=MetricUnit.Count, value=1)
            return "no_api_key"
        return self._fetched(self.fetch, conversation_id, attempt)

    @staticmethod
    def _fetched(fetch: Callable[[str], object], conversation_id: str, attempt: int) -> Outcome:
        try:
            fetch(conversation_id)
        except AudioNotReadyError:
            if attempt + 1 >= MAX_ATTEMPTS:
                logger.error("ElevenLabs never had the recording; given up", extra={"attempts": attempt + 1})
                metrics.add_metric(name="AudioMissing", unit=MetricUnit.Count, value=1)
                return "missing"
            return "not_ready"
        metrics.add_metric(name="AudioFetched", unit=MetricUnit.Count, value=1)
        return "fetched"

    def _has_audio(self, conversation_id: str) -> bool | None:
        """What the transcription says (``has_audio``, absent in older payloads: maybe); None when the
        transcription is no longer archived."""
        try:
            transcription = self.archive.get(transcription_key(conversation_id))
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") != "NoSuchKey":
                raise
            return None
        data = TranscriptionData.model_validate(WebhookEnvelope.model_validate_json(transcription).data)
        return not (data.model_extra and data.model_extra.get("has_audio") is False)

    def _erased(self, conversation_id: str) -> Outcome:
        self.archive.purge(conversation_prefix(conversation_id))  # a recording that came after
        logger.info("The conversation was erased: no recording is kept or fetched")
        metrics.add_metric(name="AudioOfErasedCall", unit=MetricUnit.Count, value=1)
        return "erased"
