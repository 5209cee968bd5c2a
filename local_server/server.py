"""HTTP in front of the functions: API Gateway (HTTP API, payload 2.0) and Lambda's Invoke API.

Each request becomes the event API Gateway would build; the function's answer goes back as HTTP.
``POST /2015-03-31/functions/{name}/invocations`` is Lambda's own Invoke API (as served by
``sam local start-lambda``), so boto3 and ``agentic-memory replay`` can drive a local function.
"""

from __future__ import annotations

import base64
import json
import logging
import re
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote, urlsplit

from agentic_memory_ops.events import http_event
from local_server.runtime import AsyncInvoker, LocalFunction

log = logging.getLogger("local_server")
_INVOKE = re.compile(r"^/2015-03-31/functions/([^/]+)/invocations$")


class LocalApi(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self, address: tuple[str, int], functions: list[LocalFunction], invoker: AsyncInvoker
    ) -> None:
        super().__init__(address, _Handler)
        self.routes = {(r.method, r.path): f for f in functions for r in f.spec.routes}
        self.by_name = {name: f for f in functions for name in (f.spec.name, f.spec.logical_id)}
        self.invoker = invoker


class _Handler(BaseHTTPRequestHandler):
    server: LocalApi
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:  # the only method the template routes
        started = time.perf_counter()
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        path = urlsplit(self.path).path
        invoke = _INVOKE.match(path)
        if invoke:
            status, payload, headers = self._lambda_invoke(unquote(invoke.group(1)), body)
        else:
            status, payload, headers = self._api(path, body)
        self.send_response(status)
        for name, value in {**headers, "Content-Length": str(len(payload))}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)
        log.info("POST %s -> %d (%.0f ms)", path, status, (time.perf_counter() - started) * 1000)

    def do_GET(self) -> None:
        self._send_json(404, {"message": "Not Found"})

    def _api(self, path: str, body: bytes) -> tuple[int, bytes, dict[str, str]]:
        function = self.server.routes.get(("POST", path))
        if function is None:
            return 404, b'{"message":"Not Found"}', {"Content-Type": "application/json"}
        try:
            result = function.invoke(self._event(path, body))
        except Exception:
            log.exception("%s raised", function.spec.logical_id)
            return 500, b'{"message":"Internal Server Error"}', {"Content-Type": "application/json"}
        payload = result.get("body") or ""
        raw = base64.b64decode(payload) if result.get("isBase64Encoded") else str(payload).encode()
        headers = {str(k): str(v) for k, v in (result.get("headers") or {}).items()}
        return int(result.get("statusCode", 200)), raw, headers

    def _event(self, path: str, body: bytes) -> dict[str, Any]:
        """The HTTP API payload 2.0 event for this request."""
        return http_event(
            body,
            dict(self.headers.items()),
            path=path,
            query=urlsplit(self.path).query,
            source_ip=self.client_address[0],
            domain=self.headers.get("Host", "localhost"),
        )

    def _lambda_invoke(self, name: str, body: bytes) -> tuple[int, bytes, dict[str, str]]:
        function = self.server.by_name.get(name)
        if function is None:
            return 404, json.dumps({"Type": "User", "message": f"Function not found: {name}"}).encode(), {}
        event = json.loads(body or b"{}")
        if self.headers.get("X-Amz-Invocation-Type") == "Event":
            self.server.invoker.submit(function, event)
            return 202, b"", {}
        try:
            result = function.invoke(event)
        except Exception as error:
            failure = {"errorMessage": str(error), "errorType": type(error).__name__}
            return 200, json.dumps(failure).encode(), {"X-Amz-Function-Error": "Unhandled"}
        return 200, json.dumps(result).encode(), {"Content-Type": "application/json"}

    def _send_json(self, status: int, document: dict[str, Any]) -> None:
        payload = json.dumps(document).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:
        """One line per request is logged by ``do_POST``; the stdlib's access log would double it."""
