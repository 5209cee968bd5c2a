"""The ``openmemory`` backend as the Lambda layer ships it: ``scripts/layer_smoke.py`` imports it and
builds its client from the layer's own packages, without mem0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_layer_smoke_imports_the_openmemory_backend_without_mem0() -> None:
    smoke = (
        "import sys, layer_smoke; layer_smoke.openmemory_backend();"
        "print('mem0 imported:', 'mem0' in sys.modules)"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "layer"), str(ROOT / "scripts")])}
    done = subprocess.run(
        [sys.executable, "-c", smoke], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )

    assert done.returncode == 0, done.stderr
    assert "ok: agentic_memory.openmemory imports and builds its client" in done.stdout
    assert "mem0 imported: False" in done.stdout
