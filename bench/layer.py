"""The layer's unzipped size as Lambda gets it, built for Lambda's platform from PyPI.

The layer is built by the repository's own recipe, ``make -C layer build-SharedLayer`` (what
``sam build`` runs), for ``manylinux2014_x86_64`` / Python 3.12; without a ``layer/Makefile`` (older
trees), by ``pip install --target --platform manylinux2014_x86_64 --python-version 3.12
--only-binary=:all: -r layer/requirements.txt`` plus the ``agentic_memory`` package. The size is
the sum of every file's size as shipped, bytecode included (layer/Makefile compiles it: Lambda's /opt
is read-only), MB = 2**20 bytes as Lambda's 250 MB quota counts them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import ROOT
from bench.report import INFO, Report, Row, last_line, megabytes, verdict

MAX_MB = 60
PLATFORM = "manylinux2014_x86_64"
LAYER = ROOT / "layer"
PACKAGE = LAYER / "agentic_memory"
BUILD_TIMEOUT_SECONDS = 600
PATH = f"unzipped, {PLATFORM} / 3.12"


def tree_size(path: Path, *, bytecode: bool = False) -> int:
    files = (p for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files if bytecode or "__pycache__" not in p.parts)


def _run(command: list[str]) -> None:
    done = subprocess.run(  # noqa: S603 - make or pip with fixed arguments
        command, capture_output=True, text=True, timeout=BUILD_TIMEOUT_SECONDS, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{Path(command[0]).name} failed ({done.returncode}): {last_line(done.stderr)}")


def build(folder: Path) -> tuple[Path, str]:
    """Build the layer under ``folder``; returns its ``python/`` tree and how it was built."""
    if (LAYER / "Makefile").exists():
        make = shutil.which("make") or "make"
        _run(
            [
                make,
                "-s",
                "-C",
                str(LAYER),
                "build-SharedLayer",
                f"ARTIFACTS_DIR={folder}",
                f"PLATFORM={PLATFORM}",
                f"PYTHON={sys.executable}",
            ]
        )
        return folder / "python", "`make -C layer build-SharedLayer` (as `sam build`)"
    target = folder / "python"
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--target",
            str(target),
            "--platform",
            PLATFORM,
            "--python-version",
            "3.12",
            "--only-binary=:all:",
            "-r",
            str(LAYER / "requirements.txt"),
        ]
    )
    shutil.copytree(PACKAGE, target / PACKAGE.name, ignore=shutil.ignore_patterns("__pycache__"))
    return target, "`pip install --target -r layer/requirements.txt` + `agentic_memory`"


def measure(report: Report) -> list[str]:
    """The layer row; returns the largest packages, for the results' breakdown."""
    with tempfile.TemporaryDirectory(prefix="bench-layer-") as folder:
        try:
            tree, how = build(Path(folder))
        except (RuntimeError, subprocess.TimeoutExpired) as error:
            report.add(Row("Layer", PATH, str(error)[:200], "", "", f"≤ {MAX_MB} MB", "not measured"))
            return []
        size, source_only = tree_size(tree, bytecode=True), tree_size(tree)
        package = tree_size(tree / PACKAGE.name, bytecode=True)
        bytecode_note = f"; {megabytes(source_only)} without bytecode" if size > source_only else ""
        report.add(
            Row(
                "Layer",
                f"{PATH}, built by {how}",
                f"{megabytes(size)} (`agentic_memory` {megabytes(package)}{bytecode_note})",
                INFO,
                f"{size / 2**20 / MAX_MB:.2f}x target",
                f"≤ {MAX_MB} MB",
                verdict(size <= MAX_MB * 2**20),
            )
        )
        return _largest(tree)


def _largest(tree: Path, top: int = 10) -> list[str]:
    sizes = {entry.name: tree_size(entry) for entry in tree.iterdir() if entry.is_dir()}
    largest = sorted(sizes.items(), key=lambda item: -item[1])[:top]
    return [f"* `{name}`: {megabytes(size)}" for name, size in largest]
