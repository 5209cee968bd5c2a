"""Peak memory of PostCall receiving a big audio webhook, each size in a fresh process.

Run as ``python -m bench.memory {handler|floor} MEGABYTES``, a child measures one payload size
after a warm-up request, in two ways, and prints one ``RESULT {json}`` line:

* RSS: the resident high-water mark of the call above the resident size just before it (Linux:
  ``VmHWM`` after resetting it through ``/proc/self/clear_refs``; elsewhere the ``ru_maxrss``
  delta, which misses a peak lower than an earlier one). glibc is told to map every buffer of
  128 KiB or more on its own (``MALLOC_MMAP_THRESHOLD_``), so freed buffers leave the resident
  size and the next peak shows. This is what Lambda's memory limit sees.
* traced: ``tracemalloc``'s peak of Python allocations during the call (C and Rust buffers, such as
  pydantic-core's, are not traced).

S3 is not moto here but a sink in the parent process (``S3Sink``) that reads and drops each body:
moto would keep its own copies of the payload inside the measured process, which S3 never does.
The event already exists before the call (Lambda's runtime builds it), so it is not counted;
``handler`` invokes PostCall with the signed webhook, ``floor`` is a bare ``put_object`` of the
decoded bytes through the same sink.
"""

from __future__ import annotations

import gc
import hashlib
import json
import resource
import statistics
import subprocess
import sys
import threading
import tracemalloc
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Self

import boto3

from bench import ROOT
from bench.offline import (
    audio_document,
    b64,
    mp3_bytes,
    new_conversation_id,
    quiet_stdout,
    signed_event,
)
from bench.report import Report, Row, last_line, megabytes, verdict
from testkit.aws import BUCKET
from testkit.handlers import LambdaContext, load_handler

SIZES_MB = (1, 5, 9)
MAX_RATIO = 3.0
REPEATS = 3
MMAP_THRESHOLD = 128 * 1024
STATUS = Path("/proc/self/status")
CLEAR_REFS = Path("/proc/self/clear_refs")
RESULT = "RESULT "

Call = Callable[[], object]


@dataclass(frozen=True)
class Peak:
    payload: int
    rss: int
    traced: int
    rss_method: str


# -- the child ---------------------------------------------------------------------------------------


def _status_kb(field: str) -> int:
    for line in STATUS.read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise KeyError(field)


def _reset_high_water_mark() -> bool:
    try:
        CLEAR_REFS.write_text("5")
    except OSError:
        return False
    return True


def _maxrss_bytes() -> int:
    # ru_maxrss is in kilobytes on Linux, bytes on macOS.
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale


def rss_peak(call: Call) -> tuple[int, str]:
    gc.collect()
    if STATUS.exists() and _reset_high_water_mark():
        before = _status_kb("VmRSS")
        call()
        return (_status_kb("VmHWM") - before) * 1024, "VmHWM over VmRSS (clear_refs reset)"
    before = _maxrss_bytes()
    call()
    return _maxrss_bytes() - before, "ru_maxrss delta"


def traced_peak(call: Call) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        call()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@cache
def post_call() -> ModuleType:
    return load_handler("post_call")


def handler_call(size: int) -> Call:
    """PostCall, with a signed audio webhook of ``size`` decoded bytes already built."""
    handler = post_call()
    event = signed_event(audio_document(new_conversation_id(), b64(mp3_bytes(size))))

    def call() -> object:
        result = handler.lambda_handler(event, LambdaContext())
        if result["statusCode"] != 200:
            raise RuntimeError(f"PostCall answered {result}")
        return result

    return call


def floor_call(size: int) -> Call:
    """A bare ``put_object`` of ``size`` bytes already in memory."""
    s3 = boto3.client("s3")
    payload = mp3_bytes(size)
    key = f"bench-floor/{new_conversation_id()}.mp3"
    return lambda: s3.put_object(Bucket=BUCKET, Key=key, Body=payload, ContentType="audio/mpeg")


def probe(mode: str, size: int) -> Peak:
    prepare = handler_call if mode == "handler" else floor_call
    with quiet_stdout():
        prepare(64 * 1024)()  # warm-up: clients, imports and models are built before measuring
        rss = [rss_peak(prepare(size)) for _ in range(REPEATS)]
        traced = [traced_peak(prepare(size)) for _ in range(REPEATS)]
    return Peak(size, int(statistics.median(r[0] for r in rss)), int(statistics.median(traced)), rss[0][1])


def main(argv: list[str]) -> None:
    if len(argv) != 2 or argv[0] not in ("handler", "floor") or not argv[1].isdigit():
        raise SystemExit("usage: python -m bench.memory {handler|floor} MEGABYTES")
    peak = probe(argv[0], int(argv[1]) * 2**20)
    print(RESULT + json.dumps(asdict(peak)), flush=True)


# -- the parent --------------------------------------------------------------------------------------


class _SinkHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # answers botocore's ``Expect: 100-continue``

    def do_PUT(self) -> None:
        """Read the body in chunks and drop it; answer as S3 does, with the MD5 as ETag."""
        remaining = int(self.headers.get("Content-Length") or 0)
        digest = hashlib.md5(usedforsecurity=False)
        while remaining:
            chunk = self.rfile.read(min(remaining, 1 << 16))
            if not chunk:
                break
            digest.update(chunk)
            remaining -= len(chunk)
        self.send_response(200)
        self.send_header("ETag", f'"{digest.hexdigest()}"')
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_POST(self) -> None:
        """DynamoDB's ``GetItem`` of the conversation's tombstone (PostCall asks whether an erasure
        covered the conversation before keeping a recording): no item, as for every bench call."""
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if not self.headers.get("X-Amz-Target", "").endswith(".GetItem"):
            self.send_error(400)
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/x-amz-json-1.0")
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, format: str, *args: object) -> None:
        """Silent."""


class S3Sink:
    """Enough of S3 for ``PutObject`` (and of DynamoDB for an absent tombstone), in this (the parent)
    process: ``with S3Sink() as sink:``."""

    def __init__(self) -> None:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _SinkHandler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def run_probe(mode: str, size_mb: int, env: Mapping[str, str]) -> Peak:
    done = subprocess.run(  # noqa: S603 - our own interpreter running our own module
        [sys.executable, "-m", "bench.memory", mode, str(size_mb)],
        env=dict(env),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith(RESULT)]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"memory probe {mode} {size_mb} MB failed: {last_line(done.stderr)}")
    return Peak(**json.loads(lines[-1][len(RESULT) :]))


def measure(report: Report, env: Mapping[str, str]) -> str:
    """One row per payload size; returns how RSS was measured."""
    method = ""
    with S3Sink() as sink:
        child_env = {
            **env,
            "AWS_ENDPOINT_URL_S3": sink.url,
            "AWS_ENDPOINT_URL_DYNAMODB": sink.url,
            "MALLOC_MMAP_THRESHOLD_": str(MMAP_THRESHOLD),
        }
        for size_mb in SIZES_MB:
            try:
                handler = run_probe("handler", size_mb, child_env)
                floor = run_probe("floor", size_mb, child_env)
            except Exception as error:
                report.failed("Peak memory", f"PostCall audio {size_mb} MB", error)
                continue
            method = handler.rss_method
            report.add(_row(size_mb, handler, floor))
    return method


def _row(size_mb: int, handler: Peak, floor: Peak) -> Row:
    def times(value: int, peak: Peak) -> str:
        return f"{value / peak.payload:.2f}x"

    worst = max(handler.rss, handler.traced) / handler.payload
    return Row(
        "Peak memory",
        f"PostCall audio {size_mb} MB (decoded)",
        f"RSS {megabytes(handler.rss)}, traced {megabytes(handler.traced)}",
        f"bare `put_object`: RSS {times(floor.rss, floor)}, traced {times(floor.traced, floor)} payload",
        f"RSS {times(handler.rss, handler)}, traced {times(handler.traced, handler)} payload",
        f"≤ {MAX_RATIO:.0f}x payload",
        verdict(worst <= MAX_RATIO),
    )


if __name__ == "__main__":
    main(sys.argv[1:])
