"""The Docker-free local server behind `make run`: the SAM template's three HTTP APIs in one process.

Everything it serves is read from template.yaml (routes, handlers, layer, environment, the archive
notification, retries and dead-letter queue), AWS is moto in server mode, memory is the embedded
``mem0-oss`` backend, so a newcomer needs no cloud account, no key and no network.
"""
