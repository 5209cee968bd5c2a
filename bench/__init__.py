"""The benchmark behind ``make bench``: every path against its floor, measured in one run.

Importing this package fixes the offline environment before any submodule imports boto3 or mem0
(fake AWS credentials, no Mem0 telemetry, mem0's config dir in a temporary folder). The fake Mem0
server and the helpers it shares with the tests come from ``testkit``.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

OFFLINE_ENV = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_SESSION_TOKEN": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
    "MEM0_TELEMETRY": "False",
    "MEM0_DIR": str(Path(tempfile.gettempdir()) / "agentic-memory-bench-mem0"),
    "POWERTOOLS_SERVICE_NAME": "bench",
    "POWERTOOLS_TRACE_DISABLED": "true",
    "POWERTOOLS_LOG_LEVEL": "INFO",  # the template's default LogLevel
    # moto keeps S3 bodies in a temporary file, not in Python memory: its store is not the function's.
    "MOTO_S3_DEFAULT_KEY_BUFFER_SIZE": "1",
}

# Fake AWS credentials always (nothing here may reach a real account); the rest only where the
# process has not chosen already (the test suite imports the evaluation, which imports this).
for name, value in OFFLINE_ENV.items():
    if name.startswith("AWS_"):
        os.environ[name] = value
    else:
        os.environ.setdefault(name, value)
os.environ.pop("AWS_ENDPOINT_URL", None)
