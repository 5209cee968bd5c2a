"""Numbers in the documentation written by the tools that measure them, never copied by hand.

A page quotes a tool's output between two markers on lines of their own::

    <!-- bench:results -->
    ...written by make bench...
    <!-- /bench:results -->

``make bench`` rewrites ``bench:results`` in docs/performance.md, ``make eval`` rewrites
``eval:development`` in docs/memory-quality.md, and ``scripts/docs_parameters.py`` rewrites
``template:parameters`` in docs/configuration.md. Only what lies between the markers changes; the
rest of the page, written by people, is left byte for byte.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


class MissingBlock(ValueError):
    """The page has no (or a broken) pair of markers for the block: the tool says where to add them."""


def markers(name: str) -> tuple[str, str]:
    return f"<!-- {name} -->", f"<!-- /{name} -->"


def read_block(text: str, name: str) -> str:
    """What lies between the markers of ``name`` (without the newlines next to them)."""
    start, end = _span(text, name)
    return text[start:end].strip("\n")


def replace_block(text: str, name: str, body: str) -> str:
    """``text`` with the block ``name`` holding ``body``; everything outside the markers unchanged."""
    start, end = _span(text, name)
    return text[:start] + "\n" + body.strip("\n") + "\n" + text[end:]


def write_block(page: Path, name: str, body: str) -> bool:
    """Rewrite the block ``name`` of ``page``; True when the page changed."""
    try:
        text = page.read_text()
    except FileNotFoundError as error:
        raise MissingBlock(f"{page} does not exist: it should quote the block {name}") from error
    try:
        updated = replace_block(text, name, body)
    except MissingBlock as error:
        raise MissingBlock(f"{page}: {error}") from None
    if updated == text:
        return False
    page.write_text(updated)
    return True


def _span(text: str, name: str) -> tuple[int, int]:
    """The offsets just after the opening marker and just before the closing one."""
    opening, closing = markers(name)
    begin, finish = text.find(opening), text.find(closing)
    if begin < 0 or finish < 0 or finish < begin or text.count(opening) > 1 or text.count(closing) > 1:
        raise MissingBlock(f"needs exactly one {opening} line followed by one {closing} line")
    return begin + len(opening), finish
