"""What a Lambda process needs around the domain logic, and nothing the logic itself needs.

AWS clients (``aws``), secrets (``secrets``), the stores and services a function uses, built once
per container (``compose``), each function's request path (``endpoints``), HTTP API shaping and
the workspace key (``http``, ``auth``), logs, metrics and traces (``observability``), and SnapStart
(``snapstart``).
"""
