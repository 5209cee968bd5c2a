"""Shared logic of the ElevenLabs Agentic Memory functions (the Lambda layer's package).

Settings and secrets (``config``), caller numbers (``phone``), ElevenLabs payloads (``models``,
``initiation``), the webhook signature (``signature``) and workspace key (``auth``), the S3 archive
(``archive``), caller profiles (``profiles``), Mem0 backends (``memory``), what each function does
(``webhook``, ``ingest``, ``greeting``, ``search``, ``audio_fetch``, ``audit``), HTTP API plumbing
(``http_api``), AWS clients (``clients``), metrics and tracing (``observability``), a function's
init (``startup``, ``snapstart``), and the operators' ``agentic-memory`` command (``cli``).
Importing this package is cheap: nothing here imports the memory SDK until it is used.
"""
