"""Local models of the services the functions call (Mem0's platform API, ElevenLabs' API), each an
HTTP server on 127.0.0.1 that the official SDK talks to; the behaviour of each is cited in its module."""
