"""The Docker-free local server behind `make run`: the SAM template's three HTTP APIs in one process.

Everything it serves is read from template.yaml (routes, handlers, layer, environment, the archive's
notification to the ingestion queue, its redrive to the dead-letter queue), AWS is moto in server
mode, memory is the embedded ``mem0-oss`` backend: a newcomer needs no cloud account, key or network.
"""
