"""The documentation a newcomer reads: a README of one page whose links, commands and numbers hold.

The README stays short (≤ 220 lines) and every `make X` it names is a target; every relative link in
it and in docs/ reaches a file; the parameters' table of docs/configuration.md is template.yaml's; the
"to change X, open Y" table names modules that exist; and the blocks the tools write (``make bench``,
``make eval``, ``scripts/docs_parameters.py``) replace what is between their markers and nothing else.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

from agentic_memory.settings import VARIABLES
from agentic_memory_ops import docs_blocks
from agentic_memory_ops.docs_blocks import MissingBlock, read_block, write_block
from evaluation.judging import Scores
from evaluation.quoted import quote_development

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCS = ROOT / "docs"
PAGES = [README, *sorted(DOCS.glob("*.md"))]
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
FENCE = re.compile(r"^```.*?^```", re.M | re.S)
CODE_SPAN = re.compile(r"`([^`\n]+)`")


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("docs_parameters", ROOT / "scripts" / "docs_parameters.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _code(text: str) -> str:
    """The README's commands: its fenced blocks and inline code, where a `make X` is an instruction."""
    blocks = FENCE.findall(text)
    return "\n".join([*blocks, *CODE_SPAN.findall(FENCE.sub("", text))])


def test_the_readme_is_one_page() -> None:
    lines = README.read_text().splitlines()
    assert len(lines) <= 220, f"README.md has {len(lines)} lines; move detail to a page under docs/"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_relative_link_reaches_a_file(page: Path) -> None:
    broken = []
    for target in LINK.findall(FENCE.sub("", page.read_text())):
        if re.match(r"[a-z]+:", target) or target.startswith("#"):
            continue
        path = target.split("#", 1)[0]
        if not (page.parent / path).exists():
            broken.append(target)
    assert not broken, f"{page.relative_to(ROOT)} links to missing files: {broken}"


def test_every_make_target_the_readme_names_exists() -> None:
    makefile = (ROOT / "Makefile").read_text()
    targets = set(re.findall(r"^([A-Za-z][\w-]*)\s*:(?!=)", makefile, re.M))
    named = set(re.findall(r"\bmake\s+([a-z][\w-]*)(?![\w=])", _code(README.read_text())))
    assert named, "the README names no make target: the pattern no longer reads it"
    assert named <= targets, f"README names make targets the Makefile lacks: {sorted(named - targets)}"


def test_the_parameters_table_is_the_templates() -> None:
    script = _script()
    page = (DOCS / "configuration.md").read_text()
    assert read_block(page, script.BLOCK) == script.table(script.load()), (
        "docs/configuration.md disagrees with template.yaml: run .venv/bin/python scripts/docs_parameters.py"
    )


def test_the_parameters_table_names_every_parameter_and_its_variable() -> None:
    script = _script()
    template = script.load()
    block = read_block((DOCS / "configuration.md").read_text(), script.BLOCK)
    for name in template["Parameters"]:
        assert f"| `{name}` |" in block
    assert "| `MemoryScope` | `MEMORY_SCOPE` | `caller` |" in block
    assert (
        "`MEM0_API_KEY` (in the secret)" in block
    )  # a NoEcho key reaches the functions only through the secret


def test_every_setting_is_documented() -> None:
    page = (DOCS / "configuration.md").read_text()
    missing = sorted(name for name in VARIABLES if f"`{name}`" not in page)
    assert not missing, f"settings read by settings.py but absent from docs/configuration.md: {missing}"


def test_the_change_x_open_y_table_names_files_that_exist() -> None:
    text = (DOCS / "architecture.md").read_text()
    table = text.split("## To change X, open Y", 1)[1].split("\n## ", 1)[0]
    rows = [
        line for line in table.splitlines() if line.startswith("| ") and not line.startswith("| to change")
    ]
    assert len(rows) > 20
    missing = []
    for row in rows:
        folder = ROOT
        for name in CODE_SPAN.findall(row.rsplit(" | ", 1)[1]):
            if "/" in name.rstrip("/"):
                path = ROOT / name
                folder = path if name.endswith("/") else path.parent
            elif not re.fullmatch(r"[\w.]+\.(py|yaml)|\w+/", name):
                continue  # a command, a resource or a function name, not a file
            else:  # in the folder of the path before it, or a file of the root such as template.yaml
                path = folder / name if (folder / name).exists() else ROOT / name
            if not path.exists():
                missing.append(name)
    assert not missing, f"docs/architecture.md names files that do not exist: {missing}"


@pytest.mark.parametrize(
    ("page", "block"),
    [
        ("performance.md", "bench:results"),
        ("memory-quality.md", "eval:development"),
        ("configuration.md", "template:parameters"),
    ],
)
def test_each_tool_finds_its_block(page: str, block: str) -> None:
    read_block((DOCS / page).read_text(), block)  # raises MissingBlock otherwise


PAGE = """# Title

Written by people, with `<!-- x -->` quoted in code.

<!-- bench:results -->
old table
<!-- /bench:results -->

More prose, after.
"""


def test_a_block_is_replaced_and_the_rest_of_the_page_untouched(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(PAGE)
    assert write_block(page, "bench:results", "| new | table |\n")
    text = page.read_text()
    assert read_block(text, "bench:results") == "| new | table |"
    before, after = PAGE.split("old table\n")
    assert text == before + "| new | table |\n" + after
    assert not write_block(page, "bench:results", "| new | table |")  # the same numbers: no write


@pytest.mark.parametrize(
    "text",
    [
        "no markers at all\n",
        "<!-- /bench:results -->\nbackwards\n<!-- bench:results -->\n",
        "<!-- bench:results -->\nopened twice\n<!-- bench:results -->\n<!-- /bench:results -->\n",
    ],
)
def test_a_page_without_its_markers_is_refused_and_left_alone(tmp_path: Path, text: str) -> None:
    page = tmp_path / "page.md"
    page.write_text(text)
    with pytest.raises(MissingBlock, match="bench:results"):
        write_block(page, "bench:results", "numbers")
    assert page.read_text() == text
    with pytest.raises(MissingBlock, match="does not exist"):
        write_block(tmp_path / "absent.md", "bench:results", "numbers")


def test_make_eval_writes_its_block_only_from_a_run_of_every_set_under_both_scopes(tmp_path: Path) -> None:
    page = tmp_path / "memory-quality.md"
    page.write_text(PAGE.replace("bench:results", "eval:development"))
    sets = ["dataset", "blind"]
    caller_only = [Scores(name, "caller", answerable=4, first=3) for name in sets]
    assert not quote_development(caller_only, sets, page)
    assert "old table" in page.read_text()
    both = caller_only + [Scores(name, "caller_agent", answerable=4, first=3) for name in sets]
    assert quote_development(both, sets, page)
    block = read_block(page.read_text(), "eval:development")
    assert "`MEMORY_SCOPE=caller and caller_agent` (the same numbers)" in block
    assert "| answer first (recall@1) | 0.75 | 0.75 |" in block
    assert page.read_text().endswith("More prose, after.\n")
    differing = caller_only + [Scores(name, "caller_agent", answerable=4, first=1) for name in sets]
    quote_development(differing, sets, page)
    block = read_block(page.read_text(), "eval:development")
    assert "`MEMORY_SCOPE=caller`:" in block and "| answer first (recall@1) | 0.25 | 0.25 |" in block


def test_the_helper_writes_into_this_repositorys_docs() -> None:
    assert docs_blocks.DOCS == DOCS and (DOCS / "README.md").exists()


def test_the_index_lists_every_page() -> None:
    index = (DOCS / "README.md").read_text()
    unlisted = [p.name for p in DOCS.glob("*.md") if p.name != "README.md" and f"]({p.name})" not in index]
    assert not unlisted, f"docs/README.md does not list {unlisted}"
