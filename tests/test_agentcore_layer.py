"""The ``agentcore`` backend as the Lambda layer ships it: importable from the layer alone, and with the
``bedrock-agentcore`` model it needs even on a runtime whose botocore is older (agentcore_wire.MODELS)."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import botocore

from agentic_memory import agentcore_wire as wire

ROOT = Path(__file__).resolve().parent.parent
INSTALLED = Path(botocore.__file__).parent / "data" / "bedrock-agentcore"


def test_the_shipped_model_is_the_pinned_botocores() -> None:
    shipped = sorted(p.relative_to(wire.MODELS / "bedrock-agentcore") for p in wire.MODELS.rglob("*.*"))
    installed = sorted(p.relative_to(INSTALLED) for p in INSTALLED.rglob("*.*"))
    assert shipped == installed
    for name in shipped:
        assert (wire.MODELS / "bedrock-agentcore" / name).read_bytes() == (INSTALLED / name).read_bytes(), (
            name
        )


def test_the_layer_imports_the_backend_and_its_client_has_every_member_it_sends(tmp_path: Path) -> None:
    """An older runtime botocore is simulated: a model without the members the backend sends, found
    first through ``AWS_DATA_PATH``; the backend's own session still reads the shipped one."""
    old = tmp_path / "bedrock-agentcore" / "2024-02-28"
    old.mkdir(parents=True)
    model = json.loads(gzip.decompress((INSTALLED / "2024-02-28" / "service-2.json.gz").read_bytes()))
    for shape, member in (
        ("ListMemoryRecordsInput", "metadataFilters"),
        ("CreateEventInput", "extractionConfig"),
    ):
        del model["shapes"][shape]["members"][member]
    (old / "service-2.json").write_text(json.dumps(model))
    smoke = (
        "import layer_smoke; layer_smoke.agentcore_backend();"
        "import botocore.session as s;"
        "m = s.get_session().get_service_model('bedrock-agentcore');"
        "members = m.operation_model('ListMemoryRecords').input_shape.members;"
        "print('runtime has metadataFilters:', 'metadataFilters' in members)"
    )
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "layer"), str(ROOT / "scripts")]),
        "AWS_DATA_PATH": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-c", smoke], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )

    assert done.returncode == 0, done.stderr
    assert "ok: agentic_memory.agentcore imports, model complete" in done.stdout
    assert "runtime has metadataFilters: False" in done.stdout  # the simulation took
