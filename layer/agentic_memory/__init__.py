"""Shared logic of the ElevenLabs Agentic Memory functions (the Lambda layer's package).

Modules: ``config`` (settings and secrets), ``phone`` (E.164), ``models`` (ElevenLabs payloads),
``signature`` (webhook HMAC), ``archive`` (S3), ``profiles`` (DynamoDB caller profiles),
``memory`` (Mem0 backends), ``ingest`` (post-call memory ingestion), ``webhook`` (the post-call
HTTP flow). Importing this package is cheap: nothing here imports the memory SDK until it is used.
"""
