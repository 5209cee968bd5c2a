"""One line of ``agentic-memory doctor``: a status and what it means."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Status = Literal["pass", "warn", "skip", "fail"]


@dataclass(frozen=True)
class Result:
    status: Status
    detail: str
