"""Everything of ElevenLabs Agentic Memory that runs off Lambda, and so stays out of the layer.

The operators' ``agentic-memory`` command (``cli``), the embedded ``mem0-oss`` memory backend of
local runs (``mem0_oss``, ``offline_embedder``), and the events Lambda would be given (``events``),
built once for the CLI, the local server, the tests, the bench and ``make events``.
"""
