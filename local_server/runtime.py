"""The functions, run in this process the way Lambda runs them: invoked with an event and a context,
held to their ``Timeout``, and fed by their SQS event sources (``QueuePoller``)."""

from __future__ import annotations

import contextvars
import functools
import importlib.util
import logging
import os
import sys
import threading
import time
import traceback
import uuid
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any
from unittest import mock

import boto3

from agentic_memory_ops.events import sqs_event
from local_server.template import ACCOUNT_ID, REGION, FunctionSpec

log = logging.getLogger("local_server")
_service: contextvars.ContextVar[str] = contextvars.ContextVar("local_service", default="")


class FunctionTimeoutError(Exception):
    """The function ran past its time: Lambda's "Task timed out after N seconds"."""


def log_as_the_running_function(functions: list[LocalFunction]) -> None:
    """In Lambda each function is its own process, and a layer module logs through that function's
    logger. Here one process runs all three, and the layer's loggers were created under the first
    function imported: a record reaching another function's handler while this one runs is handed
    to this function's handlers (its service, its Lambda context keys) instead."""

    def hand_over(owner: str, record: logging.LogRecord) -> bool:
        running = _service.get()
        for handler in logging.getLogger(running).handlers if running not in ("", owner) else []:
            handler.handle(record)
        return running in ("", owner)

    for function in functions:
        for handler in logging.getLogger(function.service).handlers if function.service else []:
            handler.addFilter(functools.partial(hand_over, function.service))


class LocalFunction:
    def __init__(self, spec: FunctionSpec) -> None:
        self.spec = spec
        self.service = spec.environment.get("POWERTOOLS_SERVICE_NAME", "")
        module_name, function_name = spec.handler.rsplit(".", 1)
        path = spec.code_dir / f"{module_name.replace('.', '/')}.py"
        found = importlib.util.spec_from_file_location(f"{spec.logical_id}.{module_name}", path)
        assert found is not None and found.loader is not None  # None only for a path not ending in .py
        module = sys.modules[found.name] = importlib.util.module_from_spec(found)
        # Powertools reads the service name when the module creates its Logger: set it for the import.
        with mock.patch.dict(os.environ, POWERTOOLS_SERVICE_NAME=self.service or "local"):
            found.loader.exec_module(module)
        self._handler: Callable[[dict[str, Any], Any], dict[str, Any]] = getattr(module, function_name)

    def invoke(self, event: dict[str, Any], within: float | None = None) -> dict[str, Any]:
        """The handler's answer, if it comes within the function's ``Timeout`` (and ``within``).

        Lambda would stop a function at its time-out; a thread cannot be stopped, so a late one
        finishes unseen (and what it writes may still land)."""
        seconds = min(self.spec.timeout_seconds, within or self.spec.timeout_seconds)
        request_id, deadline = str(uuid.uuid4()), time.monotonic() + self.spec.timeout_seconds
        context = SimpleNamespace(  # the parts of Lambda's context object that the functions read
            function_name=self.spec.name,
            memory_limit_in_mb=1024,
            aws_request_id=request_id,
            invoked_function_arn=f"arn:aws:lambda:{REGION}:{ACCOUNT_ID}:function:{self.spec.name}",
            get_remaining_time_in_millis=lambda: max(0, int((deadline - time.monotonic()) * 1000)),
        )
        outcome: dict[str, Any] = {}

        def run() -> None:
            _service.set(self.service)
            try:
                outcome["result"] = self._handler(event, context)
            except BaseException as error:  # handed to the waiting thread
                outcome["error"] = error

        worker = threading.Thread(target=run, name=f"{self.spec.logical_id}-{request_id[:8]}", daemon=True)
        worker.start()
        worker.join(seconds)
        if worker.is_alive():
            raise FunctionTimeoutError(f"Task timed out after {seconds:.2f} seconds")
        if "error" in outcome:
            raise outcome["error"]
        result: dict[str, Any] = outcome["result"]
        return result


class QueuePoller:
    """Lambda's SQS event source for one function and queue: one message at a time, deleted once the
    function succeeds; a failed one comes back after the queue's visibility timeout, and after the
    redrive policy's receive count moto moves it to the dead-letter queue, as SQS does."""

    def __init__(self, function: LocalFunction, queue_name: str) -> None:
        self.function = function
        self._sqs = boto3.client("sqs")
        self._url = self._sqs.get_queue_url(QueueName=queue_name)["QueueUrl"]
        self._arn = f"arn:aws:sqs:{REGION}:{ACCOUNT_ID}:{queue_name}"
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._work, name=f"sqs-{queue_name}", daemon=True)

    def start(self) -> QueuePoller:
        self._thread.start()
        return self

    def stop(self, timeout: float) -> None:
        """Finish the message in hand, take no other."""
        self._stopping.set()
        self._thread.join(timeout)

    def _work(self) -> None:
        while not self._stopping.is_set():
            try:
                messages = self._sqs.receive_message(
                    QueueUrl=self._url, MaxNumberOfMessages=1, WaitTimeSeconds=1, AttributeNames=["All"]
                ).get("Messages", [])
            except Exception as error:  # moto stopping under us at shutdown
                log.debug("queue poll failed: %s", error)
                self._stopping.wait(1)
                continue
            for message in messages:
                self._deliver(message)

    def _deliver(self, message: Any) -> None:
        event = sqs_event(self._arn, [(message["MessageId"], message["Body"])], region=REGION)
        try:
            self.function.invoke(event)
        except Exception as failure:
            error = "".join(traceback.format_exception_only(failure)).strip()
            log.warning("queue %s failed; SQS delivers it again: %s", self.function.spec.logical_id, error)
            return
        self._sqs.delete_message(QueueUrl=self._url, ReceiptHandle=message["ReceiptHandle"])
        log.info("queue %s ok", self.function.spec.logical_id)
