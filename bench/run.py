"""``make bench``: every path against its floor, in one run, as one table.

    python -m bench.run [--runs 50] [--cold-runs 30] [--ingest-runs 5] [--latency-ms 100] [--with-layer]
                        [--output build/bench/results.md]

Offline. ``--with-layer`` adds the layer's size, which builds the layer from PyPI. Writes the table,
the machine and the date to ``build/bench/results.md`` (git-ignored), rewrites the table in the
``bench:results`` block of docs/performance.md, and prints the same; progress goes to stderr.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from moto import mock_aws

from agentic_memory.settings import get_settings
from agentic_memory_ops.docs_blocks import DOCS, write_block
from bench import ROOT, cold, concurrent, layer, memory, warm
from bench.offline import MeteredFake, create_resources, function_env, quiet_stdout
from bench.report import Report, markdown, quoted
from testkit.handlers import load_handler

RESULTS = ROOT / "build" / "bench" / "results.md"


@dataclass(frozen=True)
class Options:
    runs: int
    cold_runs: int
    ingest_runs: int
    latency: float
    audio_mb: int
    with_layer: bool
    output: Path


def parse(argv: list[str]) -> Options:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50, help="samples per warm path (default 50)")
    # 30: the A/B row's interval must be narrow enough to tell a 5 % gain from this machine's noise.
    parser.add_argument("--cold-runs", type=int, default=30, help="cold starts per function (default 30)")
    parser.add_argument("--ingest-runs", type=int, default=5, help="30-minute ingestions (default 5)")
    parser.add_argument("--latency-ms", type=float, default=100, help="fake Mem0 latency (default 100)")
    parser.add_argument("--audio-mb", type=int, default=5, help="warm audio webhook size (default 5)")
    parser.add_argument(
        "--with-layer", action="store_true", help="also build the layer to measure its size (needs PyPI)"
    )
    parser.add_argument("--output", type=Path, default=RESULTS, help="markdown file to write")
    args = parser.parse_args(argv)
    return Options(
        runs=args.runs,
        cold_runs=args.cold_runs,
        ingest_runs=args.ingest_runs,
        latency=args.latency_ms / 1000,
        audio_mb=args.audio_mb,
        with_layer=args.with_layer,
        output=args.output,
    )


def progress(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def guarded(report: Report, measure: str, path: str, action: Callable[[], None]) -> None:
    """Run one measurement; a failure becomes a row saying why, and the others still run."""
    try:
        action()
    except Exception as error:
        traceback.print_exc()  # the row says what failed; stderr says where
        report.failed(measure, path, error)


def measure_cold(report: Report, options: Options) -> None:
    progress(f"cold starts ({options.cold_runs} per function, fresh interpreters)")
    with cold.bytecode_cache(os.environ) as env:
        guarded(report, "Cold start", "all functions", lambda: cold.measure(report, env, options.cold_runs))
        try:
            report.sections.append(("Where cold start goes (python -X importtime)", cold.import_profile(env)))
        except Exception as error:
            report.notes.append(f"The import profile failed: {error}")


def measure_warm(report: Report, fake: MeteredFake, options: Options) -> None:
    progress(f"warm paths ({options.runs} samples each) and ingestion ({options.ingest_runs} runs)")
    with mock_aws(), quiet_stdout():
        create_resources()
        client_data, retrieve, post_call = (load_handler(f) for f in ("client_data", "retrieve", "post_call"))
        guarded(report, "Warm", "ClientData", lambda: warm.client_data(report, client_data, options.runs))
        guarded(
            report,
            "Profile size",
            "ClientData",
            lambda: warm.profile_sizes(report, client_data, options.runs),
        )
        guarded(report, "Warm", "Retrieve", lambda: warm.retrieve(report, retrieve, fake, options.runs))
        guarded(
            report,
            "Warm",
            "PostCall",
            lambda: warm.post_call(report, post_call, options.runs, options.audio_mb),
        )
        guarded(
            report,
            "Ingestion",
            "30-minute call",
            lambda: warm.ingestion(report, post_call, fake, options.ingest_runs, options.latency),
        )
        guarded(
            report,
            "Ingestion",
            "30-minute call, extraction confirmed",
            lambda: warm.confirmation(report, post_call, fake, options.ingest_runs),
        )


def measure_concurrent(report: Report) -> None:
    progress(f"{concurrent.CONCURRENT} concurrent searches against make run (local backend)")
    guarded(report, "Concurrent", "make run searches", lambda: concurrent.measure(report))


def measure_agentcore(report: Report, options: Options) -> None:
    from bench import agentcore  # noqa: PLC0415 - its own moto and fake, outside the Mem0 rows'

    progress(f"MEMORY_BACKEND=agentcore ({options.runs} searches, one 30-minute call), fake AgentCore")
    with quiet_stdout():
        guarded(report, "Warm", "search on AgentCore", lambda: agentcore.search(report, options.runs))
        guarded(report, "Requests", "30-minute call on AgentCore", lambda: agentcore.requests(report))


def measure_openmemory(report: Report, options: Options) -> None:
    from bench import openmemory  # noqa: PLC0415 - its own fake server, outside the Mem0 rows'

    progress(f"MEMORY_BACKEND=openmemory ({options.runs} searches, a tenant's export), fake OpenMemory")
    with quiet_stdout():
        guarded(report, "Warm", "search on OpenMemory", lambda: openmemory.search(report, options.runs))
        guarded(report, "Export", "one caller on OpenMemory", lambda: openmemory.export(report, options.runs))


def measure_memory(report: Report) -> None:
    progress(f"peak memory ({', '.join(map(str, memory.SIZES_MB))} MB audio, fresh processes)")
    method = memory.measure(report, os.environ)
    if method:
        report.notes.append(
            f"Peak memory: RSS is the resident high-water mark of the call above the resident size before "
            f"it ({method}, glibc mapping every buffer ≥ 128 KiB so that freed ones leave RSS); traced is "
            "tracemalloc's peak of Python allocations during the call. The result needs both ≤ 3x the "
            "decoded payload; the event itself (built by Lambda's runtime) is not counted. S3 is a sink "
            "in the bench's process (not moto, whose copies of the body would count). Median of 3 calls "
            "after a warm-up, one process per size."
        )


def measure_layer(report: Report, options: Options) -> None:
    if not options.with_layer:
        report.notes.append("Layer size not measured: it needs PyPI (`python -m bench.run --with-layer`).")
        return
    progress("layer size (built for manylinux2014_x86_64 / 3.12 from PyPI)")
    largest = layer.measure(report)
    if largest:
        report.sections.append(("Largest packages in the built layer", largest))


def settings_lines(options: Options) -> list[str]:
    return [
        f"Mem0 latency (fake server, every request incl. the client's ping): {options.latency * 1000:.0f} ms",
        f"Samples: {options.runs} per warm path, {options.cold_runs} cold starts per function, "
        f"{options.ingest_runs} ingestions at that latency and {options.ingest_runs} at 0 ms",
    ]


def notes(report: Report) -> None:
    report.notes[:0] = [
        "Cold start: a fresh `python -c` child, timed by the parent from spawn until the child says it "
        "is ready (interpreter start + handler import + building its clients: ClientData the DynamoDB "
        "client and profile store, Retrieve the Mem0 client incl. its ping, PostCall the S3 and DynamoDB "
        "clients), vs a child doing `import boto3` alone. Bytecode comes from the bench's own cache "
        "(`PYTHONPYCACHEPREFIX`), filled by one unmeasured start of each.",
        "Warm: in-process with moto (`mock_aws`) and the fake Mem0 server; each handler sample is "
        "interleaved with its floor sample; 3 unmeasured warm-up runs first. moto's own cost is in both.",
        "Ingestion: PostCall invoked with the S3 `ObjectCreated` event of a 360-turn transcription; "
        "requests counted by the fake Mem0 server (the client's first ping excluded by a warm-up run). "
        "'All requests concurrent' is this bench's floor: the same ingestion with Mem0 answering at "
        "once, plus one latency.",
    ]


def main(argv: list[str] | None = None) -> int:
    options = parse(sys.argv[1:] if argv is None else argv)
    started = time.perf_counter()
    report = Report()
    with MeteredFake() as fake:
        fake.delay("/", options.latency)
        os.environ.update(function_env(fake.url))
        get_settings.cache_clear()
        measure_cold(report, options)
        measure_warm(report, fake, options)
    measure_agentcore(report, options)
    measure_openmemory(report, options)
    measure_memory(report)
    measure_concurrent(report)
    measure_layer(report, options)
    notes(report)
    text = markdown(report, settings_lines(options), time.perf_counter() - started)
    options.output.parent.mkdir(parents=True, exist_ok=True)
    options.output.write_text(text)
    if options.output == RESULTS:  # the run docs/performance.md quotes, not one written elsewhere
        quote = quoted(report, settings_lines(options), time.perf_counter() - started)
        write_block(DOCS / "performance.md", "bench:results", quote)
    print(text)
    progress(f"written to {options.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
