"""``python -m agentic_memory.cli``: the ``agentic-memory`` command without the console script."""

from agentic_memory.cli import main

raise SystemExit(main())
