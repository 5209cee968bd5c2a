"""The layer's unzipped size as Lambda would get it: its requirements built for Lambda's platform
(``pip install --target --platform manylinux2014_x86_64 --python-version 3.12 --only-binary=:all:``,
from PyPI) plus the ``agentic_memory`` package. Sizes are apparent file sizes, MB = 2**20 bytes
(as Lambda's 250 MB quota counts them)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from bench import ROOT
from bench.report import INFO, Report, Row, last_line, megabytes, verdict

MAX_MB = 60
REQUIREMENTS = ROOT / "layer" / "requirements.txt"
PACKAGE = ROOT / "layer" / "agentic_memory"
PIP_TIMEOUT_SECONDS = 600


def tree_size(path: Path, *, bytecode: bool = True) -> int:
    files = (p for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files if bytecode or "__pycache__" not in p.parts)


def pip_install(target: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        "--target",
        str(target),
        "--platform",
        "manylinux2014_x86_64",
        "--python-version",
        "3.12",
        "--only-binary=:all:",
        "-r",
        str(REQUIREMENTS),
    ]
    done = subprocess.run(  # noqa: S603 - pip with fixed arguments
        command, capture_output=True, text=True, timeout=PIP_TIMEOUT_SECONDS, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"pip install failed ({done.returncode}): {last_line(done.stderr)}")


def measure(report: Report) -> list[str]:
    """The layer row; returns the largest packages, for the results' breakdown."""
    with tempfile.TemporaryDirectory(prefix="bench-layer-") as folder:
        target = Path(folder)
        try:
            pip_install(target)
        except (RuntimeError, subprocess.TimeoutExpired) as error:
            path = "unzipped, manylinux2014_x86_64 / 3.12"
            report.add(Row("Layer", path, str(error)[:200], "", "", f"≤ {MAX_MB} MB", "not measured"))
            return []
        package = tree_size(PACKAGE, bytecode=False)
        total = tree_size(target) + package
        without_bytecode = tree_size(target, bytecode=False) + package
        report.add(
            Row(
                "Layer",
                "unzipped, manylinux2014_x86_64 / 3.12 (dependencies + `agentic_memory`)",
                f"{megabytes(total)} ({megabytes(without_bytecode)} without `__pycache__`; "
                f"`agentic_memory` {megabytes(package)})",
                INFO,
                f"{total / 2**20 / MAX_MB:.2f}x target",
                f"≤ {MAX_MB} MB",
                verdict(total <= MAX_MB * 2**20),
            )
        )
        return _largest(target)


def _largest(target: Path, top: int = 10) -> list[str]:
    sizes = {entry.name: tree_size(entry) for entry in target.iterdir() if entry.is_dir()}
    largest = sorted(sizes.items(), key=lambda item: -item[1])[:top]
    return [f"* `{name}`: {megabytes(size)}" for name, size in largest]
