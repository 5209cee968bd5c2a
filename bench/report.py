"""The one table the bench prints, its rows, and the machine it ran on."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from bench import ROOT

PASS, FAIL, INFO = "pass", "**FAIL**", "—"
HEADER = ("Measure", "Path", "Measured (median)", "Floor, same run (median)", "Ratio", "Target", "Result")


@dataclass(frozen=True)
class Row:
    measure: str
    path: str
    measured: str
    floor: str
    ratio: str
    target: str
    result: str

    def cells(self) -> tuple[str, ...]:
        return (self.measure, self.path, self.measured, self.floor, self.ratio, self.target, self.result)


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    sections: list[tuple[str, list[str]]] = field(default_factory=list)

    def add(self, row: Row) -> None:
        self.rows.append(row)

    def failed(self, measure: str, path: str, error: BaseException) -> None:
        """A measurement that could not run is a row saying why, not a crashed benchmark."""
        reason = f"error: {type(error).__name__}: {error}".replace("|", "/").replace("\n", " ")
        self.add(Row(measure, path, reason[:200], "", "", "", FAIL))


def last_line(text: str) -> str:
    """The last line of a child's stderr: where Python puts the exception."""
    return (text.strip().splitlines() or ["no output"])[-1]


def median(samples: Sequence[float]) -> float:
    return statistics.median(samples)


def seconds(value: float) -> str:
    """``0.0123`` → ``12.3 ms``; one second and more in seconds."""
    if value >= 1:
        return f"{value:.2f} s"
    if value >= 0.1:
        return f"{value * 1000:.0f} ms"
    return f"{value * 1000:.2f} ms"


def megabytes(size: float) -> str:
    return f"{size / 2**20:.1f} MB"


def verdict(ok: bool) -> str:
    return PASS if ok else FAIL


def ratio_row(
    measure: str, path: str, *, value: float, floor: float, floor_label: str, limit: float | None
) -> Row:
    """A time against its floor, judged against ``value <= limit x floor`` when there is a target."""
    ratio = value / floor if floor > 0 else float("inf")
    return Row(
        measure,
        path,
        seconds(value),
        f"{floor_label}: {seconds(floor)}",
        f"{ratio:.2f}x",
        f"≤ {limit}x" if limit is not None else INFO,
        verdict(ratio <= limit) if limit is not None else INFO,
    )


def table(rows: Sequence[Row]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    return "\n".join(lines)


def machine() -> list[str]:
    return [
        f"Date: {datetime.now(UTC).isoformat(timespec='seconds')}",
        f"Platform: {platform.platform()}",
        f"CPU: {_cpu_model()}, {os.cpu_count()} logical CPUs",
        f"Python: {platform.python_implementation()} {platform.python_version()}",
        f"Commit: {_commit()}",
    ]


def _cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                return line.partition(":")[2].strip()
    return platform.processor() or "unknown CPU"


def _commit() -> str:
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)  # noqa: S603, S607 - fixed git arguments
        return done.stdout.strip()

    head = git("rev-parse", "--short", "HEAD") or "unknown"
    return f"{head} (working tree modified)" if git("status", "--porcelain") else head


def markdown(report: Report, settings: list[str], elapsed: float) -> str:
    parts = [
        "# Benchmark results",
        "",
        "Written by `make bench` (`python -m bench.run`): medians over many runs, each floor measured "
        "in the same run. Offline: moto for AWS, the test suite's fake Mem0 server for Mem0.",
        "",
        table(report.rows),
        "",
        "## Machine and run",
        "",
        *[f"* {line}" for line in [*machine(), *settings, f"Bench wall time: {elapsed:.0f} s"]],
    ]
    if report.notes:
        parts += ["", "## Notes", "", *[f"* {note}" for note in report.notes]]
    for title, lines in report.sections:
        parts += ["", f"## {title}", "", *lines]
    return "\n".join(parts) + "\n"


def quoted(report: Report, settings: list[str], elapsed: float) -> str:
    """What docs/performance.md quotes of a run (its ``bench:results`` block): the table and the machine;
    the notes and the import profile stay in the results file."""
    run = [*machine(), *settings, f"Bench wall time: {elapsed:.0f} s"]
    return "\n".join([table(report.rows), "", "Machine and run:", "", *[f"* {line}" for line in run]])
