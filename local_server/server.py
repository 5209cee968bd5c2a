"""HTTP in front of the functions: API Gateway (HTTP API, payload 2.0) and Lambda's Invoke API.

Each request becomes the event API Gateway would build, within AWS's limits
(https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html,
https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html): a body over 10 MB, or an
event over Lambda's 6 MB, is a 413; no answer within the 30 s integration time-out a 503, within the
function's ``Timeout`` a 500; a method or path no route has, HTTP API's 404 ``Not Found``.
``POST /2015-03-31/functions/{name}/invocations`` is Lambda's Invoke API as ``sam local
start-lambda`` serves it (``RequestResponse`` only), for boto3 and ``agentic-memory replay``.
Also ``GET /health``, the console (``/console``) and ``POST /_local/cli``, where ``agentic-memory ...
--local`` runs in this process, the one holding the data; the CLI route and Invoke ask for the token
in ``server.json``, so a tunnel to this port exposes only what API Gateway would.
"""

from __future__ import annotations

import argparse
import base64
import hmac
import io
import json
import logging
import re
import secrets
import time
from contextlib import redirect_stderr, redirect_stdout
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from unittest import mock
from urllib.parse import unquote, urlsplit

from agentic_memory_ops.cli import target as cli_targets
from agentic_memory_ops.cli.local import TOKEN_HEADER
from agentic_memory_ops.console.app import Console
from agentic_memory_ops.console.data import STDOUT_LOCK, ConsoleData
from agentic_memory_ops.console.serve import MOUNT as CONSOLE, answer
from agentic_memory_ops.events import http_event
from local_server.runtime import FunctionTimeoutError, LocalFunction
from local_server.template import Stack

log = logging.getLogger("local_server")
_INVOKE = re.compile(r"^/2015-03-31/functions/([^/]+)/invocations$")
MAX_REQUEST_BYTES = 10 * 1024 * 1024  # HTTP API payload size
MAX_EVENT_BYTES = 6 * 1024 * 1024  # Lambda's synchronous invocation payload (request)
INTEGRATION_TIMEOUT_SECONDS = 30.0  # HTTP API's maximum integration time-out
_JSON = {"Content-Type": "application/json"}


def _message(text: str) -> bytes:
    return json.dumps({"message": text}).encode()


class LocalApi(ThreadingHTTPServer):
    daemon_threads = True
    # The listen backlog: connections the kernel completes and holds while the server has yet to
    # accept them. socketserver's default, 5, is overflowed by a burst of a few dozen concurrent
    # requests (a load test, the console's parallel fetches) reaching a process busy for a moment
    # (a function importing, an embedding): the excess were reset (macOS) or stalled for a SYN
    # retransmission, a second or more (Linux). 128 is werkzeug's, which the emulated AWS uses; the
    # kernel caps it at net.core.somaxconn.
    request_queue_size = 128

    def __init__(self, address: tuple[str, int]) -> None:
        super().__init__(address, _Handler)
        host, port = self.server_address[:2]
        self.url = f"http://{host!s}:{port}"
        self.token = secrets.token_urlsafe(32)
        self.routes: dict[tuple[str, str], LocalFunction] = {}
        self.by_name: dict[str, LocalFunction] = {}
        self.console: Console | None = None

    def serve_functions(self, functions: list[LocalFunction], stack: Stack) -> None:
        """The functions behind their routes; ``--local`` commands and the console act on this server's
        URLs, dead-letter queue and PostCall."""
        self.routes = {(r.method, r.path): f for f in functions for r in f.spec.routes}
        self.by_name = {name: f for f in functions for name in (f.spec.name, f.spec.logical_id)}
        paths = {path for _, path in self.routes}
        deployment = cli_targets.LocalDeployment(
            urls={key: f"{self.url}{path}" for key, path in cli_targets.LOCAL_PATHS.items() if path in paths},
            queue_url=stack.resolve({"Ref": "DeadLetterQueue"}),
            function=stack.physical_name("PostCallFunction"),
            lambda_endpoint_url=self.url,
            lambda_token=self.token,
            console_url=f"{self.url}{CONSOLE}/?token={self.token}",
        )
        cli_targets.serve_locally(deployment)
        target = cli_targets.Target.resolve(argparse.Namespace(local=True))
        self.console = Console(ConsoleData(target), self.token, CONSOLE)


class _Handler(BaseHTTPRequestHandler):
    server: LocalApi
    protocol_version = "HTTP/1.1"
    # The headers and the body go out in two writes: with Nagle's algorithm on, the body waits for the
    # client's delayed ACK of the headers (40 ms on Linux) on every keep-alive request. The stdlib's
    # own switch (socketserver.StreamRequestHandler) sets TCP_NODELAY on each connection.
    disable_nagle_algorithm = True

    def do_POST(self) -> None:  # the only method the template routes
        started = time.perf_counter()
        path = urlsplit(self.path).path
        if self._console("POST", path, started):
            return
        sent = self.headers.get("Content-Length") or "0"
        length = int(sent) if sent.isdecimal() else -1
        if length < 0:  # no length: the body cannot be read
            self.close_connection = True
            status, payload, headers = 400, _message("Content-Length must be a number of bytes"), _JSON
        elif length > MAX_REQUEST_BYTES:
            self.close_connection = True  # the body is not read
            status, payload, headers = 413, _message("Request Entity Too Large"), _JSON
        else:
            body = self.rfile.read(length)
            invoke = _INVOKE.match(path)
            if invoke:
                status, payload, headers = self._lambda_invoke(unquote(invoke.group(1)), body)
            elif path == "/_local/cli":
                status, payload, headers = self._cli(body)
            else:
                status, payload, headers = self._api(path, body)
        self._send(status, payload, headers)
        log.info("POST %s -> %d (%.0f ms)", path, status, (time.perf_counter() - started) * 1000)

    def _console(self, method: str, path: str, started: float) -> bool:
        """The console's pages (``/console``), logged by path only: no caller is named in one."""
        if not path.startswith(CONSOLE) or self.server.console is None:
            return False
        status = answer(self, self.server.console, method)
        log.info("%s %s -> %d (%.0f ms)", method, path, status, (time.perf_counter() - started) * 1000)
        return True

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        if path == "/health":
            functions = sorted({f.spec.logical_id for f in self.server.routes.values()})
            self._send(200, json.dumps({"status": "ok", "functions": functions}).encode() + b"\n", _JSON)
        elif not self._console("GET", path, time.perf_counter()):
            self._no_route()

    def _no_route(self) -> None:
        """HTTP API's answer to a method no route has, on any path: 404, as to an unknown path."""
        self.close_connection = True  # a body it may carry is not read
        self._send(404, _message("Not Found"), _JSON)

    do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _no_route

    def _api(self, path: str, body: bytes) -> tuple[int, bytes, dict[str, str]]:
        function = self.server.routes.get(("POST", path))
        if function is None:
            return 404, _message("Not Found"), _JSON
        query, host = urlsplit(self.path).query, self.headers.get("Host", "localhost")
        headers = dict(self.headers.items())
        event = http_event(
            body, headers, path=path, query=query, source_ip=self.client_address[0], domain=host
        )
        if len(json.dumps(event)) > MAX_EVENT_BYTES:
            log.warning("%s: the event is over Lambda's 6 MB payload limit", function.spec.logical_id)
            return 413, _message("Request Entity Too Large"), _JSON
        limit = min(INTEGRATION_TIMEOUT_SECONDS, function.spec.timeout_seconds)
        try:
            result = function.invoke(event, within=INTEGRATION_TIMEOUT_SECONDS)
        except FunctionTimeoutError:
            if limit < INTEGRATION_TIMEOUT_SECONDS:  # Lambda stopped the function: API Gateway says 500
                log.error("%s timed out after %.0f s (its Timeout)", function.spec.logical_id, limit)
                return 500, _message("Internal Server Error"), _JSON
            log.error("%s answered nothing within API Gateway's 30 s", function.spec.logical_id)
            return 503, _message("Service Unavailable"), _JSON
        except Exception:
            log.exception("%s raised", function.spec.logical_id)
            return 500, _message("Internal Server Error"), _JSON
        payload = result.get("body") or ""
        raw = base64.b64decode(payload) if result.get("isBase64Encoded") else str(payload).encode()
        headers = {str(k): str(v) for k, v in (result.get("headers") or {}).items()}
        return int(result.get("statusCode", 200)), raw, headers

    def _authorized(self) -> bool:
        given = self.headers.get(TOKEN_HEADER, "")
        return hmac.compare_digest(given.encode(), self.server.token.encode())

    def _lambda_invoke(self, name: str, body: bytes) -> tuple[int, bytes, dict[str, str]]:
        if not self._authorized():
            return 403, json.dumps({"Type": "User", "message": "Forbidden"}).encode(), _JSON
        function = self.server.by_name.get(name)
        if function is None:
            return 404, json.dumps({"Type": "User", "message": f"Function not found: {name}"}).encode(), {}
        kind = self.headers.get("X-Amz-Invocation-Type", "RequestResponse")
        if kind != "RequestResponse":  # sam local start-lambda's answer, word for word
            message = f"invocation-type: {kind} is not supported. RequestResponse is only supported."
            return 501, json.dumps({"Type": "LocalService", "Message": message}).encode(), _JSON
        try:
            event = json.loads(body or b"{}")
        except ValueError as error:  # Invoke's InvalidRequestContentException (API_Invoke.html)
            refusal = {"Type": "User", "message": f"Could not parse request body into json: {error}"}
            headers = {**_JSON, "X-Amzn-ErrorType": "InvalidRequestContentException"}
            return 400, json.dumps(refusal).encode(), headers
        try:
            result = function.invoke(event)
        except Exception as error:
            failure = {"errorMessage": str(error), "errorType": type(error).__name__}
            return 200, json.dumps(failure).encode(), {"X-Amz-Function-Error": "Unhandled"}
        return 200, json.dumps(result).encode(), _JSON

    def _cli(self, body: bytes) -> tuple[int, bytes, dict[str, str]]:
        """One ``agentic-memory`` command, here; one at a time (it borrows the process's stdio, and
        never prompts on the server's terminal)."""
        if not self._authorized():
            return 403, _message("Forbidden"), _JSON
        try:
            request = json.loads(body or b"{}")
        except ValueError:
            return 400, _message('the body must be JSON: {"argv": ["command", "argument", ...]}'), _JSON
        argv = request.get("argv") if isinstance(request, dict) else None
        if not isinstance(argv, list) or not all(isinstance(a, str) for a in argv):
            return 400, _message("argv must be a list of strings"), _JSON
        from agentic_memory_ops.cli import main  # noqa: PLC0415 - the CLI loads only when asked

        out, err, stdin = io.StringIO(), io.StringIO(), io.StringIO()
        with STDOUT_LOCK, redirect_stdout(out), redirect_stderr(err), mock.patch("sys.stdin", stdin):
            code = main(argv)
        ran = {"code": code, "stdout": out.getvalue(), "stderr": err.getvalue()}
        return 200, json.dumps(ran).encode(), _JSON

    def _send(self, status: int, payload: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in {**headers, "Content-Length": str(len(payload))}.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:
        """One line per request is logged by ``do_POST``; the stdlib's access log would double it."""
