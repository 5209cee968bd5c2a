"""What the tests, ``make bench`` and ``make eval`` share to run the functions offline: real payloads,
the handlers as Lambda loads them, moto's resources shaped like the template's, the queue's event
source, ``make run`` as a subprocess, and the fakes of the services we call (``testkit.fakes``).

It imports nothing from ``tests/``, ``bench/`` or ``evaluation/``: they import it, through the
repository root on the path (pytest's ``pythonpath``, ``python -m`` at the root).
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
