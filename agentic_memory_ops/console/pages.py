"""The console's HTML: plain pages, forms and links (usable with the keyboard, no script), one
stylesheet from the package. Every value is escaped; numbers are masked unless asked for."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from typing import Any

from agentic_memory.phone import mask
from agentic_memory_ops.console.data import (
    DEAD_LETTERS_READ,
    CallerDetail,
    CallerRow,
    Conversation,
    DeadLetter,
)

TITLE = "Agentic Memory console"


def layout(mount: str, title: str, body: str, *, current: str = "") -> str:
    nav = "".join(
        f'<a href="{mount}{href}"{" aria-current=page" if name == current else ""}>{name}</a>'
        for name, href in (
            ("Callers", "/"),
            ("Operations", "/operations"),
            ("Erasure requests", "/erasure-requests"),  # forget_me on unverified calls (erasure_requests)
        )
    )
    return (
        "<!doctype html>\n"
        f'<html lang="en"><head><meta charset="utf-8"><title>{escape(title)} — {TITLE}</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<link rel="stylesheet" href="{mount}/static/console.css"></head><body>'
        '<a class="skip" href="#main">Skip to content</a>'
        f'<header><span class="brand">{TITLE}</span><nav aria-label="Sections">{nav}</nav></header>'
        f'<main id="main" tabindex="-1"><h1>{escape(title)}</h1>{body}</main></body></html>\n'
    )


def table(headers: Iterable[str], rows: Iterable[Iterable[str]], caption: str) -> str:
    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return (
        f"<table><caption>{escape(caption)}</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def form(action: str, fields: str, button: str, *, method: str = "post", css: str = "") -> str:
    return (
        f'<form method="{method}" action="{action}" class="{css}">{fields}'
        f'<button type="submit">{escape(button)}</button></form>'
    )


def callers_page(
    mount: str, rows: list[CallerRow], refs: dict[str, str], *, next_page: str | None, heading: str
) -> str:
    search = form(
        f"{mount}/find",
        '<label for="q">Number or name</label> <input id="q" name="q" autocomplete="off" required>',
        "Find caller",
        css="inline",
    )
    listed = (
        table(
            ("Caller", "Name", "Calls", "Last call", "Last agent"),
            (
                (
                    f'<a href="{mount}/caller/{refs[row.caller]}">{escape(mask(row.caller))}</a>',
                    escape(row.name) or "—",
                    str(row.calls),
                    escape(row.last_call) or "—",
                    f"<code>{escape(row.last_agent)}</code>" if row.last_agent else "—",
                )
                for row in rows
            ),
            heading,
        )
        if rows
        else '<p class="empty">No callers here.</p>'
    )
    more = f'<p><a href="{mount}/?page={next_page}" rel="next">Next page</a></p>' if next_page else ""
    return layout(mount, "Callers", search + listed + more, current="Callers")


def caller_page(
    mount: str,
    ref: str,
    detail: CallerDetail,
    *,
    full_number: bool = False,
    search: tuple[str, dict[str, Any]] | None = None,
    notice: str = "",
) -> str:
    base = f"{mount}/caller/{ref}"
    shown = detail.caller if full_number else mask(detail.caller)
    parts = [f'<p class="notice" role="status">{escape(notice)}</p>' if notice else ""]
    parts.append(
        f'<p class="who"><span class="number">{escape(shown)}</span> '
        + ("" if full_number else form(f"{base}/reveal", "", "Show full number", css="inline"))
        + "</p>"
    )
    profile = detail.profile
    facts = (
        f"{_count(profile.call_count, 'call')} counted, "
        f"{_count(profile.memory_count, 'memory', 'memories')} counted"
        if profile
        else "No profile: a new caller to every agent."
    )
    parts.append(f"<p>{escape(facts)}</p>")
    told = detail.told if full_number else {**detail.told, "caller_id": mask(detail.told.get("caller_id"))}
    parts.append(_told(told, detail.agent))
    parts.append(_search_box(base, search))
    parts.append(_memories(detail))
    parts.append(_timeline(base, detail.conversations))
    parts.append(_actions(base, detail.caller))
    return layout(mount, f"Caller {mask(detail.caller)}", "".join(parts), current="Callers")


def _count(number: int, one: str, many: str = "") -> str:
    return f"{number} {one if number == 1 else many or one + 's'}"


def _told(told: dict[str, str], agent: str) -> str:
    rows = (
        (
            f"<code>{escape(k)}</code>",
            f'<pre class="value">{escape(v)}</pre>' if "\n" in v else escape(v) or "—",
        )
        for k, v in told.items()
        if k != "memory_context"
    )
    return (
        '<section aria-labelledby="told"><h2 id="told">What the agent gets now</h2>'
        + (f"<p>As agent <code>{escape(agent)}</code> (by default, the last call's).</p>" if agent else "")
        + '<p class="first-message"><strong>First message:</strong> '
        f"{escape(told.get('first_message', ''))}</p>"
        '<h3>Brief (<code>memory_context</code>)</h3><pre class="brief">'
        f"{escape(told.get('memory_context') or '(empty)')}</pre>"
        + table(("Dynamic variable", "Value"), rows, "Every dynamic variable ClientData answers with")
        + "</section>"
    )


def _search_box(base: str, search: tuple[str, dict[str, Any]] | None) -> str:
    query, answer = search if search else ("", {})
    box = form(
        f"{base}/search",
        f'<label for="query">What would the agent find for…</label> '
        f'<input id="query" name="q" value="{escape(query)}" required>',
        "Search",
        css="inline",
    )
    found = ""
    if search:
        items = "".join(
            f'<li><span class="date">{escape(m.get("date") or "")}</span> {escape(m.get("memory") or "")}'
            f' <span class="score">score {escape(str(m.get("score")))}</span></li>'
            for m in answer.get("memories", [])
        )
        message = escape(answer.get("message", ""))
        found = f'<div class="answer" role="status"><p>{message}</p><ol>{items}</ol></div>'
    return f'<section aria-labelledby="find"><h2 id="find">Search as Retrieve does</h2>{box}{found}</section>'


def _memories(detail: CallerDetail) -> str:
    if detail.memory_error:
        body = f'<p class="error">The memory store could not be read: {escape(detail.memory_error)}</p>'
    elif not detail.memories:
        body = '<p class="empty">No memories.</p>'
    else:
        body = table(
            ("Date", "Type", "Agent", "Conversation", "Memory"),
            (
                (
                    escape(str(m.metadata.get("call_date") or (m.created_at or "")[:10])),
                    escape(str(m.metadata.get("type") or "")),
                    f"<code>{escape(str(m.metadata.get('agent_id') or ''))}</code>",
                    f"<code>{escape(str(m.metadata.get('conversation_id') or ''))}</code>",
                    escape(m.memory),
                )
                for m in detail.memories
            ),
            f"{len(detail.memories)} memories, newest first",
        )
    return f'<section aria-labelledby="memories"><h2 id="memories">Memories</h2>{body}</section>'


def _timeline(base: str, conversations: list[Conversation]) -> str:
    items = "".join(_conversation(base, c) for c in conversations)
    listed = f'<ol class="timeline">{items}</ol>' if items else '<p class="empty">None archived.</p>'
    return f'<section aria-labelledby="calls"><h2 id="calls">Conversations</h2>{listed}</section>'


def _conversation(base: str, c: Conversation) -> str:
    # Secrets redacted unless the operator asks for the exact text: an explicit action, recorded.
    exact = (
        '<p class="notice" role="status">The exact text, as received. This reading is recorded '
        "(who, when, which conversation).</p>"
        if c.exact
        else form(
            f"{base}/exact",
            f'<input type="hidden" name="conversation" value="{escape(c.conversation_id)}">'
            '<span class="hint">Card numbers, accounts, ids, PINs, passwords and codes are redacted. </span>',
            "Show the exact text",
            css="inline",
        )
    )
    duration = f", {c.duration_seconds} s" if c.duration_seconds is not None else ""
    audio = (
        f'<audio controls preload="metadata" src="{escape(c.audio_url)}" '
        f'aria-label="Recording of {escape(c.conversation_id)}"></audio>'
        if c.audio_url
        else '<p class="empty">No recording archived.</p>'
    )
    collected = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in c.collected.items())
    evaluations = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in c.evaluations.items())
    turns = "".join(
        f'<li class="{escape(t.role)}"><span class="role">{escape(t.role)}</span>'
        + (f' <span class="at">{t.at_seconds}s</span>' if t.at_seconds is not None else "")
        + f" {escape(t.message)}</li>"
        for t in c.turns
    )
    return (
        f'<li class="call"><h3>{escape(c.started or "undated")} — {escape(c.title or "untitled")}</h3>'
        f'<p class="meta"><code>{escape(c.conversation_id)}</code>, '
        f"agent <code>{escape(c.agent_id)}</code>{duration}</p>"
        f"{exact}<p>{escape(c.summary)}</p>{audio}"
        + (f"<h4>Collected</h4><dl>{collected}</dl>" if collected else "")
        + (f"<h4>Evaluation</h4><dl>{evaluations}</dl>" if evaluations else "")
        + (
            f"<details><summary>Transcript ({len(c.turns)} turns)</summary>"
            f'<ol class="turns">{turns}</ol></details>'
            if turns
            else ""
        )
        + "</li>"
    )


def _actions(base: str, caller: str) -> str:
    shown = mask(caller)  # as logs show a caller: the last two digits, never more
    return (
        '<section aria-labelledby="actions"><h2 id="actions">Access and erasure</h2>'
        f'<p><a class="button" href="{base}/export" download>Export (JSON)</a></p>'
        + form(
            f"{base}/forget",
            f'<label for="confirm">Erase this caller everywhere (Mem0, profile, archive). '
            f"Type the last two digits of {escape(shown)}, <strong>{escape(shown[-2:])}</strong>, "
            "to confirm:</label> "
            '<input id="confirm" name="confirm" autocomplete="off" inputmode="numeric" required>',
            "Forget caller",
            css="danger",
        )
        + "</section>"
    )


def output_page(mount: str, title: str, code: int, text: str, back: str) -> str:
    status = "Done" if code == 0 else "Failed"
    body = (
        f'<p role="status" class="{"ok" if code == 0 else "error"}">{status}.</p>'
        f'<pre class="output">{escape(text)}</pre><p><a href="{back}">Back</a></p>'
    )
    return layout(mount, title, body)


def operations_page(
    mount: str,
    letters: list[DeadLetter],
    problems: list[tuple[str, str, str]],
    checks: list[tuple[str, str, str]] | None,
) -> str:
    messages = sum(letter.count for letter in letters)
    read = f"the first {messages} messages read" if messages >= DEAD_LETTERS_READ else f"{messages} messages"
    dead = (
        table(
            ("Conversation", "Step", "Messages", "Why it failed", "First queued"),
            (
                (
                    f"<code>{escape(letter.subject)}</code>",
                    escape(letter.step),
                    str(letter.count),
                    escape(letter.reason),
                    escape(f"{letter.first_queued:%Y-%m-%d %H:%M UTC}" if letter.first_queued else "—"),
                )
                for letter in letters
            ),
            f"Dead letters, each once, oldest first ({read})",
        )
        + '<p class="meta">First queued: when the oldest of its messages was sent. SQS keeps that time '
        "when it moves a message here, and records no time of the move.</p>"
        + form(f"{mount}/operations/replay", "", "Replay every dead letter")
        if letters
        else '<p class="empty">The dead-letter queue is empty.</p>'
    )
    unfinished = (
        table(
            ("Conversation", "Status", "Errors"),
            ((f"<code>{escape(c)}</code>", escape(s), escape(e) or "—") for c, s, e in problems),
            "Ingestions unfinished or with failed chunks",
        )
        if problems
        else '<p class="empty">No unfinished or failed ingestion.</p>'
    )
    doctor = form(f"{mount}/operations/doctor", "", "Run the doctor checks")
    if checks is not None:
        doctor += table(
            ("Status", "Check", "Detail"),
            ((escape(s), escape(n), escape(d)) for s, n, d in checks),
            "agentic-memory doctor",
        )
    body = (
        f'<section aria-labelledby="dlq"><h2 id="dlq">Dead letters</h2>{dead}</section>'
        '<section aria-labelledby="ledger"><h2 id="ledger">Recent ingestion problems</h2>'
        f"{unfinished}</section>"
        f'<section aria-labelledby="doctor"><h2 id="doctor">Checks</h2>{doctor}</section>'
    )
    return layout(mount, "Operations", body, current="Operations")


def message_page(mount: str, title: str, text: str) -> str:
    return layout(mount, title, f"<p>{escape(text)}</p>")
