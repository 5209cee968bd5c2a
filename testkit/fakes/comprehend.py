"""A fake Amazon Comprehend ``DetectPiiEntities``: a botocore ``before-send`` hook on the client
``agentic_memory.comprehend`` uses, answering as the service does.

moto (5.2.5) answers this operation with one canned list whatever the text (moto/comprehend/models.py,
``CANNED_DETECT_RESPONSE``: a NAME at 50-58, an EMAIL at 230-259, ...) and takes English only, so it
cannot tell whether offsets are mapped back to the right text; this fake reads the text it is sent.

What it follows (Comprehend API Reference, DetectPiiEntities and PiiEntity; Common Errors):
* the request, as sent on the wire, is checked against botocore's own service model for comprehend
  (``X-Amz-Target: Comprehend_20171127.DetectPiiEntities``, JSON body validated against the
  operation's input shape), and so is the answer against its output shape;
* ``Entities``: each with ``Type``, ``Score``, ``BeginOffset`` and ``EndOffset``, zero-based character
  offsets into the text sent (the developer guide's example: "Paul Santos" at 6-18 in "Hello Paul
  Santos. …"), listed by score rather than by position (an order the reference does not promise);
* ``TextSizeLimitExceededException`` (400) above 100 KB of UTF-8, ``UnsupportedLanguageException``
  (400) for a language other than en and es ("Valid Values: en | es"), and failures the test asks
  for: ``InternalServerException`` (500), ``ThrottlingException`` (400, a common error).

What it finds is what the test says Comprehend would find (``finds``): a model stands behind the
real service, and these tests are about what we do with its answer.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any, cast

from botocore.awsrequest import AWSPreparedRequest, AWSResponse, HTTPHeaders
from botocore.validate import validate_parameters

from agentic_memory import comprehend

TARGET = "Comprehend_20171127.DetectPiiEntities"
MAX_TEXT_BYTES = 100 * 1000
LANGUAGES = ("en", "es")


class _Body(BytesIO):
    def stream(self, **_: Any) -> Iterator[bytes]:
        yield self.read()


@dataclass
class FakeComprehend:
    known: dict[str, tuple[str, float]] = field(default_factory=dict)  # value -> (type, score)
    requests: list[dict[str, str]] = field(default_factory=list)
    failures: list[tuple[int, str]] = field(default_factory=list)  # answered first, in order

    def finds(self, value: str, entity_type: str, score: float = 0.99) -> None:
        """Comprehend would find ``value`` as an entity of ``entity_type`` wherever it is sent."""
        assert entity_type in self._model().output_shape.members["Entities"].member.members["Type"].enum
        self.known[value] = (entity_type, score)

    def fail(self, status: int, code: str, times: int = 1) -> None:
        self.failures += [(status, code)] * times

    def __enter__(self) -> FakeComprehend:
        comprehend.client().meta.events.register("before-send.comprehend.DetectPiiEntities", self._answer)
        return self

    def __exit__(self, *_: object) -> None:
        comprehend.client().meta.events.unregister("before-send.comprehend.DetectPiiEntities", self._answer)

    def _model(self) -> Any:
        return comprehend.client().meta.service_model.operation_model("DetectPiiEntities")

    def _answer(self, request: AWSPreparedRequest, **_: Any) -> AWSResponse:
        assert request.headers["X-Amz-Target"] == TARGET.encode() or request.headers["X-Amz-Target"] == TARGET
        body = json.loads(cast("bytes", request.body))  # botocore's JSON protocol sends bytes
        validate_parameters(body, self._model().input_shape)  # raises on a request the model refuses
        self.requests.append(body)
        if self.failures:
            status, code = self.failures.pop(0)
            return _error(request, status, code)
        if body["LanguageCode"] not in LANGUAGES:
            return _error(request, 400, "UnsupportedLanguageException")
        if len(body["Text"].encode()) > MAX_TEXT_BYTES:
            return _error(request, 400, "TextSizeLimitExceededException")
        entities = [
            {"Score": score, "Type": kind, "BeginOffset": start, "EndOffset": start + len(value)}
            for value, (kind, score) in self.known.items()
            for start in _occurrences(body["Text"], value)
        ]
        entities.sort(key=lambda e: -float(str(e["Score"])))
        answer = {"Entities": entities}
        validate_parameters(answer, self._model().output_shape)
        return _response(request, 200, answer)


def _occurrences(text: str, value: str) -> Iterator[int]:
    start = text.find(value)
    while start >= 0:
        yield start
        start = text.find(value, start + 1)


def _error(request: AWSPreparedRequest, status: int, code: str) -> AWSResponse:
    return _response(request, status, {"__type": code, "Message": f"{code} (fake)"})


def _response(request: AWSPreparedRequest, status: int, document: dict[str, Any]) -> AWSResponse:
    headers = HTTPHeaders()
    headers["Content-Type"] = "application/x-amz-json-1.1"
    headers["x-amzn-RequestId"] = "fake-request"
    return AWSResponse(request.url, status, headers, _Body(json.dumps(document).encode()))
