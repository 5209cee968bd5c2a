"""A local web console: what the agent knows about a caller, and why.

``agentic-memory console --stack NAME`` serves it on 127.0.0.1 with the operator's own AWS credentials
and the stack's secret (nothing deployed, nothing public); ``make run`` serves the same pages under
``/console``. Callers, one caller (what the agent gets now, memories, conversations with transcript,
analysis and recording, a search as Retrieve runs it, export and forget), and operations (dead
letters, replay, the doctor checks, unfinished ingestions). Everything is served from the package.
"""
