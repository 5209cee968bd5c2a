"""Write the template's parameters into docs/configuration.md, between its `template:parameters` markers.

    .venv/bin/python scripts/docs_parameters.py           # rewrite the table
    .venv/bin/python scripts/docs_parameters.py --check   # exit 1 when the page and template.yaml disagree

One table per parameter group of the CloudFormation console (the template's ParameterGroups), each
parameter with the environment variable (or the secret's key) it becomes, its default, what it takes
and its description, all read from template.yaml: the page cannot drift from the template, and
tests/test_docs.py fails when someone changes one without running this.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cfnlint.decode import decode_str

from agentic_memory_ops.docs_blocks import DOCS, ROOT, read_block, write_block

TEMPLATE = ROOT / "template.yaml"
PAGE = DOCS / "configuration.md"
BLOCK = "template:parameters"


def load(path: Path = TEMPLATE) -> dict[str, Any]:
    """template.yaml as CloudFormation reads it (``!Ref X`` → ``{"Ref": "X"}``), as `make run` reads it."""
    decoded, errors = decode_str(path.read_text(encoding="utf-8"))
    if errors:
        raise SystemExit(f"{path} does not parse: {errors[0]}")
    loaded: dict[str, Any] = json.loads(json.dumps(decoded))
    return loaded


def _walk(value: Any) -> Any:
    yield value
    if isinstance(value, dict):
        for child in value.values():
            yield from _walk(child)
    elif isinstance(value, list):
        for child in value:
            yield from _walk(child)


def variables(template: dict[str, Any]) -> dict[str, list[str]]:
    """Parameter → the environment variables (or secret keys) it is passed as, in every function."""
    found: dict[str, list[str]] = {}

    def add(parameter: str, name: str) -> None:
        if name not in found.setdefault(parameter, []):
            found[parameter].append(name)

    conditions = template.get("Conditions", {})

    def refs(value: Any) -> Iterator[str]:
        """The parameters ``value`` names, through the conditions its ``Fn::If`` choose by
        (``PROMPT_OVERRIDE: !If [PromptOverrideOn, ...]`` is BasePrompt's)."""
        for inner in _walk(value):
            if isinstance(inner, dict) and isinstance(inner.get("Ref"), str):
                yield inner["Ref"]
            elif isinstance(inner, dict) and isinstance(inner.get("Fn::If"), list):
                yield from refs(conditions.get(inner["Fn::If"][0]))
            elif isinstance(inner, dict) and isinstance(inner.get("Condition"), str):
                yield from refs(conditions.get(inner["Condition"]))

    for node in _walk({"Globals": template.get("Globals"), "Resources": template.get("Resources")}):
        if not isinstance(node, dict):
            continue
        env = node.get("Environment", {})
        for name, value in (env.get("Variables") or {}).items() if isinstance(env, dict) else ():
            for parameter in refs(value):
                add(parameter, f"`{name}`")
        sub = node.get("Fn::Sub")
        if isinstance(sub, str):
            for key, parameter in re.findall(r'"(\w+)"\s*:\s*"\$\{(\w+)\}"', sub):
                add(parameter, f"`{key}` (in the secret)")
    return found


def _cell(text: object) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _takes(spec: dict[str, Any]) -> str:
    if "AllowedValues" in spec:
        return ", ".join(f"`{v}`" if str(v) != "" else "empty" for v in spec["AllowedValues"])
    if "MinValue" in spec or "MaxValue" in spec:
        low, high = spec.get("MinValue", ""), spec.get("MaxValue", "")
        return f"{low} to {high}" if high != "" else f"{low} or more"
    if "ConstraintDescription" in spec:
        return _cell(spec["ConstraintDescription"])
    if "AllowedPattern" in spec:
        return f"`{_cell(spec['AllowedPattern'])}`"
    return "text"


def _default(spec: dict[str, Any]) -> str:
    if "Default" not in spec:
        return "required"
    return f"`{spec['Default']}`" if str(spec["Default"]) != "" else "empty"


def table(template: dict[str, Any]) -> str:
    """The Markdown of the block: a heading and a table per parameter group."""
    parameters: dict[str, dict[str, Any]] = template["Parameters"]
    interface = template.get("Metadata", {}).get("AWS::CloudFormation::Interface", {})
    groups = [(g["Label"]["default"], list(g["Parameters"])) for g in interface.get("ParameterGroups", [])]
    grouped = {name for _, names in groups for name in names}
    ungrouped = [name for name in parameters if name not in grouped]
    if ungrouped:
        groups.append(("Not in a group", ungrouped))
    env = variables(template)
    lines = [f"{len(parameters)} parameters, written by `scripts/docs_parameters.py` from template.yaml."]
    for label, names in groups:
        lines += ["", f"#### {label}", ""]
        lines += ["| parameter | variable | default | takes | what it does |", "|---|---|---|---|---|"]
        for name in names:
            spec = parameters[name]
            passed = ", ".join(env.get(name, [])) or "—"
            cells = (f"`{name}`", passed, _default(spec), _takes(spec), _cell(spec.get("Description", "")))
            lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 when they differ")
    args = parser.parse_args(argv)
    wanted = table(load())
    if args.check:
        if read_block(PAGE.read_text(), BLOCK) != wanted:
            print(f"{PAGE.relative_to(ROOT)} disagrees with template.yaml: run scripts/docs_parameters.py")
            return 1
        return 0
    changed = write_block(PAGE, BLOCK, wanted)
    print(f"{PAGE.relative_to(ROOT)}: {'rewritten' if changed else 'already up to date'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
