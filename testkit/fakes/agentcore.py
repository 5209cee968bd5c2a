"""A fake Amazon Bedrock AgentCore Memory data plane, for the ``agentcore`` backend's tests.

moto 5.2.5 implements the Memory's control plane (``bedrock-agentcore-control``: CreateMemory,
GetMemory with its strategies) and events (``bedrock-agentcore``: CreateEvent, ListEvents, DeleteEvent,
GetEvent) but no memory record, extraction job or session operation. This fake answers those, and
CreateEvent (moto ignores ``clientToken``), inside botocore's own ``before-send`` hook: the request
botocore serialized is read back and validated against the service model's input shape with botocore's
``ParamValidator``, the answer is validated against the output shape and serialized as the service
does (restJson, epoch timestamps, errors by ``x-amzn-ErrorType``), and botocore's parser reads it.
Every other request goes on to moto. Events it accepts are stored in moto's backend, so ListEvents
and DeleteEvent are moto's.

What it models, and from where. "model" is botocore 1.44.18's ``data/bedrock-agentcore/2024-02-28/
service-2.json`` (its documentation strings are the API reference's), "guide" the AgentCore developer
guide (docs.aws.amazon.com/bedrock-agentcore/latest/devguide):

* asynchronous extraction ("long-term memory records are extracted asynchronously", guide
  memory-types; memory-strategies): an event's records appear ``extraction_delay`` seconds later on the
  fake's own clock (``advance``); strategies come from the Memory moto holds, namespace templates
  resolved with actorId, sessionId, memoryStrategyId and the event's ``extractionConfig.namespaceVariables``
  (model: NamespaceVariablesMap); event metadata is copied onto the records (strictly consistent
  metadata, AWS What's New 2026-05 "AgentCore Memory strictly consistent metadata"). The stand-in for
  the model: the semantic strategy makes a record of each USER turn, the summary strategy one per
  event ("a running summary of a conversation ... scoped to a session", guide memory-strategies), user
  preference one per USER turn that says "prefer". ``extractionMode`` SKIP extracts nothing (model).
* failures after acceptance: ``fail_extractions(n)`` makes the next n extractions FAILED jobs that
  ListMemoryExtractionJobs lists (model: "jobs that are eligible to be started", ExtractionJobStatus
  has the single value FAILED) until StartMemoryExtractionJob runs them again (model: "processes
  events that failed extraction previously"); ``fail_records(n)`` answers n records of the next
  BatchCreateMemoryRecords in ``failedRecords`` (model: MemoryRecordOutput status FAILED, errorCode).
* time-outs: ``time_out(n)``: the next n requests get no answer in time (botocore's ReadTimeoutError).
* throttling: ``throttle(n)`` answers the next n requests 429 ``ThrottledException`` (model: the
  error every data-plane operation declares, httpStatusCode 429).
* idempotency: a ``clientToken`` seen before gets the first answer again (model, CreateEvent: "If this
  token matches a previous request, AgentCore ignores the request, but does not return an error").
* eventual deletes: a deleted record is still listed for ``delete_lag`` seconds. The API documents no
  read-after-delete consistency, so the backend may not assume it (it re-reads until nothing is left).
* record expiry: ``recordExpirySpecification.recordExpiryDurationDays`` removes a record that many days
  on (model: RecordExpirySpecification, "the minimum is 31 days").
* what botocore's client leaves to the service: maximums and patterns (``_limits``), checked here.
"""

from __future__ import annotations

import itertools
import json
import math
import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import botocore.session
from botocore.awsrequest import AWSResponse, HTTPHeaders
from botocore.exceptions import ReadTimeoutError
from botocore.validate import ParamValidator
from moto.bedrockagentcore.models import bedrockagentcore_backends
from moto.bedrockagentcorecontrol.models import bedrockagentcorecontrol_backends
from moto.core.botocore_stubber import MockRawResponse
from moto.core.models import DEFAULT_ACCOUNT_ID, botocore_stubber as moto_stubber

HANDLED = {
    "CreateEvent",
    "ListMemoryRecords",
    "RetrieveMemoryRecords",
    "BatchCreateMemoryRecords",
    "BatchDeleteMemoryRecords",
    "ListMemoryExtractionJobs",
    "StartMemoryExtractionJob",
    "ListSessions",
}
MODEL = botocore.session.get_session().get_service_model("bedrock-agentcore")
_WORD = re.compile(r"[a-z0-9]+")


class FakeError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code = status, code


@dataclass
class Record:
    record_id: str
    text: str
    namespace: str
    strategy_id: str
    created: float
    timestamp: float
    metadata: dict[str, Any]
    expires_at: float | None = None
    deleted_at: float | None = None

    def summary(self, score: float | None = None) -> dict[str, Any]:
        answer: dict[str, Any] = {
            "memoryRecordId": self.record_id,
            "content": {"text": self.text},
            "memoryStrategyId": self.strategy_id,
            "namespaces": [self.namespace],
            "createdAt": datetime.fromtimestamp(self.created, UTC),
            "timestamp": datetime.fromtimestamp(self.timestamp, UTC),
        }
        if self.metadata:
            answer["metadata"] = self.metadata
        if score is not None:
            answer["score"] = score
        return answer


@dataclass
class FakeAgentCore:
    memory_id: str
    region: str = "us-east-1"
    extraction_delay: float = 30.0
    delete_lag: float = 5.0
    now: float = field(default_factory=lambda: datetime.now(UTC).timestamp())
    records: dict[str, Record] = field(default_factory=dict)
    pending: list[tuple[float, dict[str, Any]]] = field(default_factory=list)
    failed_jobs: dict[str, dict[str, Any]] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    tokens: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    _throttles: int = 0
    _timeouts: int = 0
    _failing_extractions: int = 0
    _failing_records: int = 0
    _ids: itertools.count[int] = field(default_factory=itertools.count)

    def attach(self, client: Any) -> Any:
        """Answer ``client``'s record, extraction and session requests, and hand moto the rest.

        botocore gives ``before-send`` to every handler (``emit``, the first answer wins), so moto's
        stubber, which raises NotImplementedError for what it lacks, is taken off this client and
        called from here for the operations the fake leaves to it."""
        client.meta.events.unregister("before-send", moto_stubber)
        client.meta.events.register("before-send", self._on_send)
        return client

    def advance(self, seconds: float) -> None:
        """The fake's clock (pass it as the backend's ``sleep``): extractions and deletes come due."""
        self.now += seconds

    def throttle(self, count: int) -> None:
        self._throttles += count

    def time_out(self, count: int) -> None:
        """The next ``count`` requests get no answer in time (botocore's ReadTimeoutError)."""
        self._timeouts += count

    def fail_extractions(self, count: int) -> None:
        self._failing_extractions += count

    def fail_records(self, count: int) -> None:
        self._failing_records += count

    def extract_now(self) -> None:
        """Every pending extraction comes due (the delay passes)."""
        self.advance(self.extraction_delay)
        self._settle()

    def listed(self) -> list[Record]:
        self._settle()
        return [r for r in self.records.values() if self._visible(r)]

    # ----- the hook -----
    def _on_send(self, request: Any, event_name: str, **_: Any) -> AWSResponse | None:
        operation = event_name.rsplit(".", 1)[-1]
        if not event_name.startswith("before-send.bedrock-agentcore.") or operation not in HANDLED:
            return moto_stubber(event_name=event_name, request=request)
        model = MODEL.operation_model(operation)
        assert model.input_shape is not None and model.output_shape is not None
        params = {**json.loads(request.body or b"{}"), **_uri_params(model, request.url)}
        self.requests.append((operation, params))
        if self._timeouts:
            self._timeouts -= 1
            raise ReadTimeoutError(endpoint_url=request.url)
        try:
            report = ParamValidator().validate(params, model.input_shape)
            if report.has_errors():
                raise FakeError(400, "ValidationException", report.generate_report())
            _limits(params, model.input_shape, operation)
            if self._throttles:
                self._throttles -= 1
                raise FakeError(429, "ThrottledException", "Rate exceeded")
            token = params.get("clientToken")
            if token and (operation, token) in self.tokens:
                return _answer(request, 200, self.tokens[(operation, token)])
            self._settle()
            output = getattr(self, "_" + re.sub(r"(?<!^)([A-Z])", r"_\1", operation).lower())(params)
            report = ParamValidator().validate(output, model.output_shape)
            assert not report.has_errors(), report.generate_report()
            body = _serialize(output)
            if token:
                self.tokens[(operation, token)] = body
            return _answer(request, 200, body)
        except FakeError as error:
            body = {"message": str(error)}
            return _answer(request, error.status, body, {"x-amzn-ErrorType": error.code})

    # ----- operations -----
    def _create_event(self, params: dict[str, Any]) -> dict[str, Any]:
        event = self._events().create_event(
            memory_id=params["memoryId"],
            actor_id=params["actorId"],
            session_id=params.get("sessionId") or uuid.uuid4().hex,
            event_timestamp=datetime.fromtimestamp(params["eventTimestamp"], UTC),
            payload=params["payload"],
            branch=params.get("branch"),
            metadata=params.get("metadata"),
        )
        if params.get("extractionMode") != "SKIP":
            variables = (params.get("extractionConfig") or {}).get("namespaceVariables", {})
            self.pending.append(
                (
                    self.now + self.extraction_delay,
                    {**params, "eventId": event.event_id, "variables": variables},
                )
            )
        answer = event.to_dict()
        return {"event": {**answer, "eventTimestamp": event.event_timestamp}}

    def _list_memory_records(self, params: dict[str, Any]) -> dict[str, Any]:
        found = [r for r in self.records.values() if self._visible(r) and _matches(r, params)]
        found.sort(key=lambda r: (r.created, r.record_id))
        return _page(params, [r.summary() for r in found])

    def _retrieve_memory_records(self, params: dict[str, Any]) -> dict[str, Any]:
        criteria = params["searchCriteria"]
        found = [r for r in self.records.values() if self._visible(r) and _matches(r, {**params, **criteria})]
        scored = sorted(((_score(criteria["searchQuery"], r.text), r) for r in found), key=lambda p: -p[0])
        top = scored[: criteria.get("topK", 10)]
        return _page(params, [r.summary(score) for score, r in top])

    def _batch_create_memory_records(self, params: dict[str, Any]) -> dict[str, Any]:
        days = (params.get("recordExpirySpecification") or {}).get("recordExpiryDurationDays")
        succeeded, failed = [], []
        for item in params["records"]:
            record_id = self._record_id()
            outcome = {"memoryRecordId": record_id, "requestIdentifier": item["requestIdentifier"]}
            if self._failing_records:
                self._failing_records -= 1
                failed.append({**outcome, "status": "FAILED", "errorCode": 500, "errorMessage": "internal"})
                continue
            self.records[record_id] = Record(
                record_id, item["content"]["text"], item["namespaces"][0],
                item.get("memoryStrategyId", "custom"), self.now, item["timestamp"], item.get("metadata", {}),
                expires_at=self.now + days * 86400 if days else None,
            )  # fmt: skip
            succeeded.append({**outcome, "status": "SUCCEEDED"})
        return {"successfulRecords": succeeded, "failedRecords": failed}

    def _batch_delete_memory_records(self, params: dict[str, Any]) -> dict[str, Any]:
        succeeded, failed = [], []
        for item in params["records"]:
            record = self.records.get(item["memoryRecordId"])
            if record is None or record.deleted_at is not None:
                failed.append(
                    {"memoryRecordId": item["memoryRecordId"], "status": "FAILED", "errorCode": 404}
                )
                continue
            record.deleted_at = self.now
            succeeded.append({"memoryRecordId": record.record_id, "status": "SUCCEEDED"})
        return {"successfulRecords": succeeded, "failedRecords": failed}

    def _list_memory_extraction_jobs(self, params: dict[str, Any]) -> dict[str, Any]:
        wanted = params.get("filter") or {}
        jobs = [
            job for job in self.failed_jobs.values()
            if all(job.get(key) == value for key, value in wanted.items() if key != "status")
        ]  # fmt: skip
        return _page(params, jobs, key="jobs")

    def _start_memory_extraction_job(self, params: dict[str, Any]) -> dict[str, Any]:
        job_id = params["extractionJob"]["jobId"]
        job = self.failed_jobs.pop(job_id, None)
        if job is None:
            raise FakeError(404, "ResourceNotFoundException", f"Extraction job {job_id} not found")
        self.pending.append((self.now + self.extraction_delay, job["_event"]))
        return {"jobId": job_id}

    def _list_sessions(self, params: dict[str, Any]) -> dict[str, Any]:
        """Every session the actor ever had; with ``filter.eventFilter`` HAS_EVENTS only those that
        still hold events (the unpleasant reading: deleting a session's events leaves the session)."""
        with_events = (params.get("filter") or {}).get("eventFilter") == "HAS_EVENTS"
        sessions = [
            {"sessionId": session, "actorId": actor, "createdAt": datetime.fromtimestamp(self.now, UTC)}
            for (memory, actor, session), events in self._events().events.items()
            if memory == params["memoryId"] and actor == params["actorId"] and (events or not with_events)
        ]
        return _page(params, sessions, key="sessionSummaries")

    # ----- the service's background work -----
    def _settle(self) -> None:
        due = [item for item in self.pending if item[0] <= self.now]
        self.pending = [item for item in self.pending if item[0] > self.now]
        for _, event in due:
            self._extract(event)
        for record in list(self.records.values()):
            if record.expires_at is not None and record.expires_at <= self.now:
                del self.records[record.record_id]

    def _extract(self, event: dict[str, Any]) -> None:
        strategies = self._control().memories[self.memory_id].strategies
        if self._failing_extractions:
            self._failing_extractions -= 1
            job_id = f"job-{next(self._ids)}"
            self.failed_jobs[job_id] = {
                "jobID": job_id,
                "messages": {"messagesList": [{"eventId": event["eventId"], "messageIndex": 0}]},
                "status": "FAILED",
                "failureReason": "Model invocation failed",
                "strategyId": strategies[0]["strategyId"],
                "sessionId": event["sessionId"],
                "actorId": event["actorId"],
                "_event": event,
            }
            return
        turns = [item["conversational"] for item in event["payload"] if "conversational" in item]
        said = [turn["content"]["text"] for turn in turns if turn["role"] == "USER"]
        for strategy in strategies:
            texts = {
                "SEMANTIC": said,
                "SUMMARIZATION": ["Summary: " + " ".join(said)[:2000]] if said else ["Summary: nothing said"],
                "USER_PREFERENCE": [text for text in said if "prefer" in text.lower()],
            }.get(strategy["type"], [])
            namespace = _resolve(strategy["namespaces"][0], event, strategy["strategyId"])
            for text in texts:
                record_id = self._record_id()
                self.records[record_id] = Record(
                    record_id, text, namespace, strategy["strategyId"], self.now, event["eventTimestamp"],
                    dict(event.get("metadata") or {}),
                )  # fmt: skip

    def _visible(self, record: Record) -> bool:
        return record.deleted_at is None or self.now < record.deleted_at + self.delete_lag

    def _record_id(self) -> str:
        return f"mem-{uuid.UUID(int=next(self._ids) + 1)}"

    def _events(self) -> Any:
        return bedrockagentcore_backends[DEFAULT_ACCOUNT_ID][self.region]

    def _control(self) -> Any:
        return bedrockagentcorecontrol_backends[DEFAULT_ACCOUNT_ID][self.region]


def _limits(value: Any, shape: Any, name: str) -> None:
    """What botocore's validator leaves to the service: maximums and patterns (its ``min`` it checks)."""
    meta = shape.metadata
    if shape.type_name == "structure":
        for key, item in (value or {}).items():
            if key in shape.members:
                _limits(item, shape.members[key], f"{name}.{key}")
    elif shape.type_name == "list":
        if "max" in meta and len(value) > meta["max"]:
            raise FakeError(400, "ValidationException", f"{name}: at most {meta['max']} items")
        for index, item in enumerate(value):
            _limits(item, shape.member, f"{name}[{index}]")
    elif shape.type_name == "map":
        for key, item in value.items():
            _limits(key, shape.key, f"{name} key")
            _limits(item, shape.value, f"{name}.{key}")
    elif shape.type_name == "integer" and "max" in meta and value > meta["max"]:
        raise FakeError(400, "ValidationException", f"{name}: at most {meta['max']}")
    elif shape.type_name == "string" and isinstance(value, str):
        if "max" in meta and len(value) > meta["max"]:
            raise FakeError(400, "ValidationException", f"{name}: at most {meta['max']} characters")
        if "pattern" in meta and not re.fullmatch(meta["pattern"], value):
            raise FakeError(400, "ValidationException", f"{name} does not match {meta['pattern']}")


def _resolve(template: str, event: dict[str, Any], strategy_id: str) -> str:
    values = {"actorId": event["actorId"], "sessionId": event["sessionId"], "memoryStrategyId": strategy_id}
    values.update(event.get("variables") or {})
    return re.sub(r"\{([a-zA-Z][a-zA-Z0-9]*)\}", lambda m: values.get(m.group(1), m.group(0)), template)


def _matches(record: Record, params: dict[str, Any]) -> bool:
    if "namespace" in params and record.namespace != params["namespace"]:
        return False
    if "namespacePath" in params and not record.namespace.startswith(params["namespacePath"]):
        return False
    if params.get("memoryStrategyId") and record.strategy_id != params["memoryStrategyId"]:
        return False
    for condition in params.get("metadataFilters") or []:
        held = record.metadata.get(condition["left"]["metadataKey"])
        operator = condition["operator"]
        if (operator == "EXISTS" and held is None) or (operator == "NOT_EXISTS" and held is not None):
            return False
        if operator == "EQUALS_TO" and held != condition["right"]["metadataValue"]:
            return False
        if operator not in ("EXISTS", "NOT_EXISTS", "EQUALS_TO"):
            raise FakeError(400, "ValidationException", f"the fake does not model {operator}")
    return True


def _score(query: str, text: str) -> float:
    """The fake's stand-in for semantic similarity: shared words over the geometric mean of lengths."""
    asked, held = set(_WORD.findall(query.lower())), set(_WORD.findall(text.lower()))
    return len(asked & held) / math.sqrt(max(1, len(asked)) * max(1, len(held)))


def _page(params: dict[str, Any], items: list[Any], key: str = "memoryRecordSummaries") -> dict[str, Any]:
    start = int(params.get("nextToken") or 0)
    size = params.get("maxResults", 20)
    answer: dict[str, Any] = {
        key: [{k: v for k, v in i.items() if not k.startswith("_")} for i in items[start : start + size]]
    }
    if start + size < len(items):
        answer["nextToken"] = str(start + size)
    return answer


def _uri_params(model: Any, url: str) -> dict[str, str]:
    template = model.http["requestUri"].split("?")[0]
    pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "$"
    found = re.search(pattern, url.split("?", maxsplit=1)[0])
    from urllib.parse import unquote

    return {k: unquote(v) for k, v in found.groupdict().items()} if found else {}


def _serialize(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.timestamp()
    if isinstance(value, dict):
        return {k: _serialize(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_serialize(v) for v in value]
    return value


def _answer(request: Any, status: int, body: Any, headers: dict[str, str] | None = None) -> AWSResponse:
    head = {"Content-Type": "application/json", "x-amzn-RequestId": uuid.uuid4().hex, **(headers or {})}
    headers_out = HTTPHeaders()
    for key, value in head.items():
        headers_out[key] = value
    return AWSResponse(request.url, status, headers_out, MockRawResponse(json.dumps(body)))
