"""The SAM template read as tests read it: the source as cfn-lint decodes it, transformed as `sam
deploy` would, and the questions tests ask of it (a function's environment, its role's grants)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from boto3.session import Session
from cfnlint.api import lint
from cfnlint.decode import decode_str
from samtranslator.parser.parser import Parser
from samtranslator.translator.translator import Translator

from testkit import ROOT

TEMPLATE = ROOT / "template.yaml"

Template = dict[str, Any]


def load_source() -> Template:
    decoded, matches = decode_str(TEMPLATE.read_text(encoding="utf-8"))
    assert not matches, [str(match) for match in matches]
    # The decoder's node types carry line numbers; plain dicts are what the translator expects.
    template: Template = json.loads(json.dumps(decoded))
    return template


def packaged(template: Template) -> Template:
    """What `sam package` uploads: local CodeUri/ContentUri folders become S3 locations."""
    result: Template = json.loads(json.dumps(template))
    for logical_id, resource in result["Resources"].items():
        properties = resource.get("Properties", {})
        for key in ("CodeUri", "ContentUri"):
            if key in properties:
                properties[key] = f"s3://artifacts/{logical_id}.zip"
    return result


def sam_transform(template: Template) -> Template:
    # Inline policies only, so no managed-policy name needs resolving through IAM; the session only
    # supplies the region for pseudo parameters and ARN partitions.
    translator = Translator({}, Parser(), boto_session=Session(region_name="us-east-1"))
    translated: Template = translator.translate(packaged(template), parameter_values={})
    return translated


def lint_messages(template_text: str) -> list[str]:
    return [f"{match.rule.id} {match.message} (line {match.linenumber})" for match in lint(template_text)]


def of_type(template: Template, resource_type: str) -> dict[str, Any]:
    return {name: r for name, r in template["Resources"].items() if r["Type"] == resource_type}


def properties(template: Template, logical_id: str) -> dict[str, Any]:
    props: dict[str, Any] = template["Resources"][logical_id]["Properties"]
    return props


def environment(translated: Template, function: str) -> dict[str, Any]:
    variables: dict[str, Any] = properties(translated, function)["Environment"]["Variables"]
    return variables


def role_statements(
    translated: Template, function: str, conditions: frozenset[str] = frozenset()
) -> list[dict[str, Any]]:
    """The statements of the function's role, with each ``Fn::If`` resolved: true for ``conditions``."""
    role = properties(translated, function)["Role"]["Fn::GetAtt"][0]
    statements = []
    for policy in properties(translated, role).get("Policies", []):
        for written in policy["PolicyDocument"]["Statement"]:
            statement = written
            if "Fn::If" in written:
                condition, when_true, when_false = written["Fn::If"]
                statement = when_true if condition in conditions else when_false
            if statement != {"Ref": "AWS::NoValue"}:
                statements.append(statement)
    return statements


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def grants(
    translated: Template, function: str, conditions: frozenset[str] = frozenset()
) -> dict[str, list[Any]]:
    """Action → resources the function's own inline policies allow (``conditions`` true)."""
    allowed: dict[str, list[Any]] = {}
    for statement in role_statements(translated, function, conditions):
        assert statement["Effect"] == "Allow"
        for action in as_list(statement["Action"]):
            allowed.setdefault(action, []).extend(as_list(statement["Resource"]))
    return allowed


def walk(value: Any) -> Iterator[Any]:
    yield value
    if isinstance(value, dict):
        for item in value.values():
            yield from walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from walk(item)


def mentions(value: Any, logical_id: str) -> bool:
    """Whether an intrinsic anywhere in ``value`` refers to ``logical_id`` (Ref, GetAtt or Sub)."""
    for node in walk(value):
        if not isinstance(node, dict):
            continue
        if node.get("Ref") == logical_id:
            return True
        if "Fn::GetAtt" in node and as_list(node["Fn::GetAtt"])[0].split(".")[0] == logical_id:
            return True
        if "Fn::Sub" in node:
            text = as_list(node["Fn::Sub"])[0]
            if re.search(r"\$\{" + re.escape(logical_id) + r"(\.[^}]*)?\}", text):
                return True
    return False
