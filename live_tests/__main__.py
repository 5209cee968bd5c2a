"""``make live-test``: the live contract tests, or one line saying why they were skipped."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from live_tests.observations import OUTPUT_ENV, default_path

KEYS = ("MEM0_API_KEY", "ELEVENLABS_API_KEY")


def main() -> int:
    present = [name for name in KEYS if os.environ.get(name)]
    if not present:
        print(
            "live-test: skipped: set MEM0_API_KEY and/or ELEVENLABS_API_KEY to run the live contract tests "
            "(they use the real services with a throwaway user and agent, and clean up)"
        )
        return 0
    missing = [name for name in KEYS if name not in present]
    if missing:
        print(f"live-test: {', '.join(missing)} not set: that service's tests are skipped")
    code = pytest.main([str(Path(__file__).parent), "-p", "no:cacheprovider", "-ra", "--strict-markers"])
    print(f"live-test: observations written to {os.environ.get(OUTPUT_ENV) or default_path()}")
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
