"""What the live services did, beside what the fakes in tests/ model, in one JSON file.

Each entry is ``{"observed": ..., "fake": ...}``: a maintainer with keys runs ``make live-test`` and
compares the two, then updates the fake (its docstring names each behaviour) from facts.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

OUTPUT_ENV = "LIVE_OBSERVATIONS"
ROOT = Path(__file__).resolve().parent.parent


def default_path() -> Path:
    return ROOT / "build" / "live" / "observations.json"


class Observations:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: dict[str, dict[str, Any]] = {}

    def record(self, name: str, observed: Any, fake: Any) -> None:
        """One behaviour: what the service did, what the fake models."""
        self.entries[name] = {"observed": observed, "fake": fake}

    def write(self) -> None:
        if not self.entries:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        previous: dict[str, Any] = {}
        if self.path.exists():
            previous = json.loads(self.path.read_text()).get("entries", {})
        document = {
            "recorded_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "entries": {**previous, **self.entries},  # one service's run keeps the other's last one
        }
        self.path.write_text(json.dumps(document, indent=2, sort_keys=True) + "\n")


def output_path() -> Path:
    return Path(os.environ.get(OUTPUT_ENV) or default_path())
