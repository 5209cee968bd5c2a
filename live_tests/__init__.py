"""Opt-in live contract tests against the real Mem0 Platform and ElevenLabs APIs (``make live-test``).

Outside ``testpaths``: plain ``pytest`` and ``make test`` (CI) never collect them. Each service's tests
run only with its key (``MEM0_API_KEY``, ``ELEVENLABS_API_KEY``), on a throwaway user or agent that
is deleted afterwards, and record what the fakes in tests/ model into one JSON file
(docs/smoke-and-live-tests.md).
"""
