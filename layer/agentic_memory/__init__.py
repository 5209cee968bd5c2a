"""Shared logic of the ElevenLabs Agentic Memory functions: exactly what the Lambda layer ships.

Flat modules, each named for what it holds: configuration (``settings``, ``errors``), caller
numbers (``phone``), ElevenLabs payloads (``models``) and signatures (``signature``); data access
(``archive`` for S3, ``profiles`` for DynamoDB, ``memory`` the interface and ``mem0_platform`` its
Mem0 Cloud backend); what the functions do (``webhook``, ``initiation``, ``greeting``, ``search``,
``ingest``, ``audio_fetch``, ``audit``). What only a Lambda process needs around them is in
``runtime``. What never runs on Lambda (the CLI, the local memory backend) is in
``agentic_memory_ops``, outside the layer. Importing this package is cheap: nothing here imports
the memory SDK until it is used.
"""
