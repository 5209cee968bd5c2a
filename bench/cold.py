"""Cold start: a fresh interpreter importing a handler and building its clients, vs ``import boto3``.

Each sample is one ``python -c`` child, timed by the parent from spawn until the child prints
``ready`` (interpreter start, imports and client construction; not its exit). The children get the
functions' environment, so Retrieve's memory client pings the parent's fake Mem0 (with its latency).

A/B rows judge a speed measure that would cost the code some plainness, its variant sampled in the
same interleaved loop as the shipped code: ClientData's init under a paused cyclic collector, frozen
afterwards (``gc.disable()`` before the first import, ``gc.freeze(); gc.enable()`` after the
clients), applied by the bench itself. A measure earns its place in the code only when its gain
clearly exceeds the spread (see ``ab_row``). This one measured +7.0 % ± 4.6 %, +2.7 % ± 4.4 %,
+7.5 % ± 5.7 %, +5.1 % ± 2.8 % (40 starts), +9.3 % ± 3.5 %, +3.0 % ± 6.8 % and +3.8 % ± 2.6 % in seven
runs: a real but small gain, clear of twice its spread once in seven, so the handlers do without it. Building
the clients from botocore instead of boto3 was judged the same way and went: +3.7 % ± 5.8 %.

The call path's clients built from botocore data cut to their operations (``aws.CALL_PATH_MODELS``)
are judged the other way round: shipped, the variant builds them from botocore's full data (its
1.2 MB ``endpoints.json``, DynamoDB's whole model, a walk of 400 service folders). Measured with
ClientData's Secrets Manager client counted, on this machine under a load of 4-9: +15.7 % ± 8.5 %
(40 starts), +14.0 % ± 10.5 %, +14.3 % ± 10.4 %, +28.9 % ± 6.7 %, +28.3 % ± 13.8 %, +17.5 % ± 6.0 %
(30 starts each) and +20.6 % ± 4.2 % over 60: clear of its spread every time, of twice its spread
in four of seven (each time the machine was quieter or the starts more), so it stays.
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass

from bench import ROOT
from bench.report import INFO, Report, Row, last_line, median, ratio_row, seconds, verdict

FLOOR = "boto3"


@dataclass(frozen=True)
class Variant:
    """ClientData's cold start with a speed measure added to or taken from the shipped code."""

    measure: str  # the speed measure judged
    shipped: bool  # True: the shipped code has the measure and the variant goes without it
    before: str  # code run before the handler's init
    after: str = ""  # and after it (clients built)


VARIANTS = {
    "client_data:gc-paused": Variant(
        "init under a paused collector, then `gc.freeze()` (not shipped)",
        shipped=False,
        before="import gc\ngc.disable()\n",
        after="gc.freeze()\ngc.enable()\n",
    ),
    "client_data:full-models": Variant(
        "call-path clients from botocore's cut models (`aws.CALL_PATH_MODELS`), not its full data",
        shipped=True,
        before="from agentic_memory.runtime import aws\naws.call_path_session = aws.session\n",
    ),
}
BOTO3 = "`import boto3`"
FUNCTIONS = ("client_data", "retrieve", "post_call")
LABELS = {"client_data": "ClientData", "retrieve": "Retrieve", "post_call": "PostCall"}
SETUP_LABELS = {
    "client_data": "DynamoDB and Secrets Manager clients + profile store",
    "retrieve": "Mem0 client: lazy `mem0` import + ping",
    "post_call": "S3 + DynamoDB clients",
}
RETRIEVE_MAX_SECONDS = 0.6
CLIENT_DATA_MAX_RATIO = 1.5

_LOAD = """
import importlib.util, sys, time
spec = importlib.util.spec_from_file_location("{name}_app", {path!r})
module = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = module
spec.loader.exec_module(module)
built = time.perf_counter()
"""
# What each function builds on its first request, short of calling AWS (DESIGN: ClientData has no Mem0).
_SETUP = {
    # ClientData: and the Secrets Manager client reading the workspace key (the template sets SECRETS_ID).
    "client_data": "from agentic_memory.runtime import aws, compose\ncompose.call_path_profiles()\n"
    "aws.secrets_client()\n",
    "retrieve": "from agentic_memory.runtime import compose\ncompose.search_memory()\n",
    "post_call": "from agentic_memory.runtime import compose\ncompose.archive()\ncompose.profiles()\n",
}
_READY = 'print("ready", time.perf_counter() - built, flush=True)\n'
# Packages the test environment installs that the layer does not ship, but that a layer dependency
# imports when it finds them: httpcore imports trio (which selenium, a test dependency, brings), ~50 ms.
# A child starts without them, as the function does on Lambda.
NOT_IN_LAYER = ("trio",)
_AS_ON_LAMBDA = f"import sys\nsys.modules.update(dict.fromkeys({NOT_IN_LAYER!r}))\n"
_IMPORT_LINE = re.compile(r"^import time:\s+(\d+) \|\s+\d+ \| *(\S+)")


def child_code(function: str) -> str:
    """The ``python -c`` program of one sample (``boto3``: the floor, ``import boto3`` alone)."""
    if function == FLOOR:
        return "import time\nimport boto3\nbuilt = time.perf_counter()\n" + _READY
    before, after = "", ""
    if function in VARIANTS:
        before, after = VARIANTS[function].before, VARIANTS[function].after
        function = function.split(":", maxsplit=1)[0]
    path = str(ROOT / "src" / function / "app.py")
    return _AS_ON_LAMBDA + before + _LOAD.format(name=function, path=path) + _SETUP[function] + after + _READY


@dataclass(frozen=True)
class Sample:
    total: float  # spawn → ready, seconds
    build: float  # client construction alone, seconds (inside ``total``)


@contextmanager
def bytecode_cache(env: Mapping[str, str]) -> Iterator[dict[str, str]]:
    """The children's environment with a bytecode cache of their own (``PYTHONPYCACHEPREFIX``):
    whatever the caller's ``PYTHONDONTWRITEBYTECODE`` or stale ``__pycache__`` folders, the first
    start compiles every module once and the measured ones load bytecode, as an installed layer does.
    The repository's folders are left alone."""
    with tempfile.TemporaryDirectory(prefix="bench-pycache-") as folder:
        children = {name: value for name, value in env.items() if name != "PYTHONDONTWRITEBYTECODE"}
        yield {**children, "PYTHONPYCACHEPREFIX": folder}


def sample(function: str, env: Mapping[str, str], *flags: str) -> tuple[Sample, str]:
    """One cold start; also returns the child's stderr (``-X importtime`` writes there).

    stderr goes to a file, not a pipe: a child writing more than a pipe holds before it is ready
    would block, and so would the parent waiting for ``ready``.
    """
    with tempfile.TemporaryFile("w+") as errors:
        started = time.perf_counter()
        child = subprocess.Popen(  # noqa: S603 - our own interpreter running our own program
            [sys.executable, *flags, "-c", child_code(function)],
            env=dict(env),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
        assert child.stdout is not None
        line = child.stdout.readline()
        elapsed = time.perf_counter() - started
        child.communicate(timeout=60)
        errors.seek(0)
        stderr = errors.read()
    if not line.startswith("ready"):
        raise RuntimeError(f"{function} cold start failed: {last_line(stderr)}")
    return Sample(elapsed, float(line.split()[1])), stderr


def measure(report: Report, env: Mapping[str, str], runs: int) -> None:
    kinds = (FLOOR, *FUNCTIONS, *VARIANTS)
    for kind in kinds:  # one unmeasured start each: bytecode caches and the page cache are warm
        sample(kind, env)
    samples: dict[str, list[Sample]] = {kind: [] for kind in kinds}
    for _ in range(runs):  # interleaved, so that drift hits every kind alike
        for kind in kinds:
            samples[kind].append(sample(kind, env)[0])
    floor = median([s.total for s in samples[FLOOR]])
    for function in FUNCTIONS:
        total = median([s.total for s in samples[function]])
        build = median([s.build for s in samples[function]])
        report.add(_row(function, total, build, floor))
    shipped = [s.total for s in samples["client_data"]]
    for variant in VARIANTS:
        report.add(ab_row(variant, [s.total for s in samples[variant]], shipped))


def ab_row(variant: str, variant_samples: list[float], shipped_samples: list[float]) -> Row:
    """One speed measure, with and without, sampled in the same interleaved rounds.

    Gain: the median over rounds of (without - with) / without, each round's two starts taken
    moments apart so that the machine's drift cancels; negative when the measure makes the start
    slower. Spread: the half-width of the 95 % bootstrap interval of that median. The measure earns
    its place only when its gain clearly exceeds the spread, taken as twice it: a gain just past its
    own interval flips verdict from run to run on this machine (the collector pause did, over seven
    runs), and a measure that costs plainness must win every time.
    """
    spec = VARIANTS[variant]
    pairs = list(zip(shipped_samples, variant_samples, strict=True))
    if not spec.shipped:
        pairs = [(other, shipped) for shipped, other in pairs]
    gains = [(without - with_) / without for with_, without in pairs]
    gain = median(gains)
    low, high = bootstrap_interval(gains)
    spread = (high - low) / 2
    with_median, without_median = median([w for w, _ in pairs]), median([w for _, w in pairs])
    return Row(
        "A/B",
        f"ClientData cold start: {spec.measure}",
        f"with: {seconds(with_median)}",
        f"without: {seconds(without_median)}",
        f"gain {gain:+.1%} ± {spread:.1%}",
        "gain > 2 x spread",
        "keep" if gain > 2 * spread else "not clearly: drop",
    )


def bootstrap_interval(values: list[float], rounds: int = 2000) -> tuple[float, float]:
    """The 95 % bootstrap interval of the median of ``values`` (fixed seed: the table is reproducible)."""
    chooser = random.Random(0)  # noqa: S311 - resampling, not security
    medians = sorted(median(chooser.choices(values, k=len(values))) for _ in range(rounds))
    return medians[int(rounds * 0.025)], medians[int(rounds * 0.975) - 1]


def _row(function: str, total: float, build: float, floor: float) -> Row:
    path = f"{LABELS[function]} (of which {SETUP_LABELS[function]}: {seconds(build)})"
    if function == "client_data":
        return ratio_row(
            "Cold start", path, value=total, floor=floor, floor_label=BOTO3, limit=CLIENT_DATA_MAX_RATIO
        )
    row = ratio_row("Cold start", path, value=total, floor=floor, floor_label=BOTO3, limit=None)
    if function == "retrieve":
        target = f"< {RETRIEVE_MAX_SECONDS} s"
        return Row(
            row.measure,
            path,
            row.measured,
            row.floor,
            row.ratio,
            target,
            verdict(total < RETRIEVE_MAX_SECONDS),
        )
    return Row(row.measure, path, row.measured, row.floor, row.ratio, INFO, INFO)


def import_profile(env: Mapping[str, str], top: int = 8) -> list[str]:
    """Where each function's cold start spends its imports (``python -X importtime``), by package."""
    lines = [
        "Import time of each cold start by top-level package (the sum of its modules' own times, "
        "so a package's dependencies count for themselves), largest first.",
        "",
    ]
    for function in FUNCTIONS:
        _, stderr = sample(function, env, "-X", "importtime")
        packages = _by_package(stderr)
        largest = sorted(packages.items(), key=lambda item: -item[1])[:top]
        listed = ", ".join(f"`{name}` {seconds(us / 1e6)}" for name, us in largest)
        lines.append(f"* {LABELS[function]} (all imports {seconds(sum(packages.values()) / 1e6)}): {listed}")
    return lines


def _by_package(stderr: str) -> dict[str, int]:
    """Microseconds of own import time per top-level package."""
    totals: dict[str, int] = {}
    for match in map(_IMPORT_LINE.match, stderr.splitlines()):
        if match:
            package = match[2].split(".")[0]
            totals[package] = totals.get(package, 0) + int(match[1])
    return totals
