"""The development sets' scores written into docs/memory-quality.md by ``make eval``, never by hand.

``python -m evaluation`` calls ``quote_development`` with its results; only a run of every development
set under both scopes (what ``make eval`` does) rewrites the page's ``eval:development`` block, so a
quicker run on one scope leaves the recorded one in place.
"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from agentic_memory_ops.docs_blocks import DOCS, write_block
from evaluation.judging import Scores

PAGE = DOCS / "memory-quality.md"
BLOCK = "eval:development"
SCOPES = ("caller", "caller_agent")
# The rows of the table, in the order a reader asks them: finding, then saying nothing, then greeting.
ROWS = (
    ("answer first (recall@1)", "recall@1"),
    ("answer in the top 3 (recall@3)", "recall@3"),
    ("characters returned per query", "characters per query"),
    ("outdated value ranked first", "outdated value first"),
    ("unanswerable question → nothing", "unanswerable → nothing"),
    ("the brief alone answers, before the call", "brief answers before the call"),
    ("greeting: the right name or none", "greeting: right name or none"),
    ("greeting: the open item or last topic", "greeting: open item or last topic"),
    ("leaks across callers", "leaks across callers"),
    ("leaks across agents", "leaks across agents"),
    ("access codes told", "access codes told"),
)


def render(results: Sequence[Scores], datasets: Sequence[str], when: str, commit: str) -> str:
    """One table per scope (one for both when they agree), a column per set."""
    by_scope = {
        scope: [next(s.summary() for s in results if s.dataset == d and s.scope == scope) for d in datasets]
        for scope in SCOPES
    }
    tables: list[tuple[tuple[str, ...], list[dict[str, Any]]]] = [(SCOPES, by_scope["caller"])]
    if by_scope["caller"] != [{**s, "scope": "caller"} for s in by_scope["caller_agent"]]:
        tables = [((scope,), summaries) for scope, summaries in by_scope.items()]
    lines = [f"Run of {when}, commit {commit}."]
    for scopes, summaries in tables:
        same = " (the same numbers)" if len(scopes) > 1 else ""
        lines += ["", f"`MEMORY_SCOPE={' and '.join(scopes)}`{same}:", ""]
        head = [f"{s['dataset']} ({s['questions']})" for s in summaries]
        lines += ["| | " + " | ".join(head) + " |", "|---" * (len(head) + 1) + "|"]
        lines += [f"| {label} | " + " | ".join(str(s[key]) for s in summaries) + " |" for label, key in ROWS]
    return "\n".join(lines)


def quote_development(results: Sequence[Scores], datasets: Sequence[str], page: Path = PAGE) -> bool:
    """Rewrite the page's block when ``results`` hold every set under both scopes; True if it did."""
    ran = {(s.dataset, s.scope) for s in results}
    if not all((d, scope) in ran for d in datasets for scope in SCOPES):
        return False
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return write_block(page, BLOCK, render(results, datasets, when, _commit()))


def _commit() -> str:
    done = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607 - git, with fixed arguments
        cwd=DOCS.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout.strip() or "unknown"
