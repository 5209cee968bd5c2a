"""`make run`: the SAM template's three HTTP APIs in one process, over moto, offline
(docs/architecture.md, the local stack)."""
