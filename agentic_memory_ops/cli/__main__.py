"""``python -m agentic_memory_ops.cli``: the ``agentic-memory`` command without the console script."""

from agentic_memory_ops.cli import main

raise SystemExit(main())
