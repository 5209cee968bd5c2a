"""template.yaml read the way SAM reads it, for a local stack: functions, routes, triggers, resources.

Parameters (their defaults unless overridden, as ``sam local --parameter-overrides``), conditions and
intrinsic functions are moto's CloudFormation parser's (``ResourceMap``, ``clean_json``); a resource
whose ``Condition`` is false does not exist. Each resource stands in moto's map under its local name
(``_Resource``), so that resolving creates nothing. Why not moto's ``create_stack``:
docs/architecture.md (the local stack).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cfnlint.decode import decode_str
from moto.cloudformation.parsing import ResourceMap, clean_json

STACK_NAME = "agentic-memory-local"
ACCOUNT_ID = "123456789012"
REGION = "us-east-1"
_NAMES = ("BucketName", "TableName", "QueueName", "Name", "FunctionName")  # a resource's own name
_ARNS = {  # Fn::GetAtt <resource>.Arn
    "AWS::S3::Bucket": "arn:aws:s3:::{}",
    "AWS::DynamoDB::Table": f"arn:aws:dynamodb:{REGION}:{ACCOUNT_ID}:table/{{}}",
    "AWS::SQS::Queue": f"arn:aws:sqs:{REGION}:{ACCOUNT_ID}:{{}}",
    "AWS::Lambda::Function": f"arn:aws:lambda:{REGION}:{ACCOUNT_ID}:function:{{}}",
}


@dataclass(frozen=True)
class _Resource:
    """A resource of the stack as ``clean_json`` asks it: ``physical_resource_id`` for Ref (a queue's
    is its URL), ``get_cfn_attribute`` for Fn::GetAtt (``Arn``; any other attribute, its name)."""

    name: str
    arn: str
    physical_resource_id: str

    def get_cfn_attribute(self, attribute: str) -> str:
        return self.arn if attribute == "Arn" else self.name


@dataclass(frozen=True)
class Route:
    method: str
    path: str


@dataclass(frozen=True)
class FunctionSpec:
    logical_id: str
    name: str
    code_dir: Path
    handler: str
    environment: dict[str, str]
    routes: list[Route] = field(default_factory=list)
    queues: list[str] = field(default_factory=list)  # SQS event sources, by queue name
    timeout_seconds: float = 3.0  # Lambda's default Timeout


class Stack:
    """The template with parameter values, resolved for a local run."""

    def __init__(self, template_path: Path, parameter_overrides: dict[str, str] | None = None) -> None:
        decoded, matches = decode_str(template_path.read_text(encoding="utf-8"))
        if matches:
            raise ValueError(f"{template_path} does not parse: {matches[0]}")
        self.root = template_path.parent
        self.template: dict[str, Any] = json.loads(json.dumps(decoded))
        declared = self.template.get("Parameters", {})
        unknown = sorted(set(parameter_overrides or {}) - set(declared))
        if unknown:
            raise ValueError(f"{template_path.name} has no parameter {', '.join(unknown)}")
        # The secrets' parameters have no default: locally their values come from the env file.
        given = {name: "" for name, spec in declared.items() if "Default" not in spec}
        parameters = {**given, **(parameter_overrides or {})}
        self._map = ResourceMap(
            STACK_NAME, STACK_NAME, parameters, {}, REGION, ACCOUNT_ID, self.template, None
        )
        self._map.load_parameters()  # a Number parameter that is not one: ValueError
        self._map.load_conditions()
        self.parameters = {name: str(value) for name, value in self._map.resolved_parameters.items()}
        self.resources: dict[str, dict[str, Any]] = {
            logical_id: resource
            for logical_id, resource in self.template["Resources"].items()
            if "Condition" not in resource or self._map.lazy_condition_map[resource["Condition"]]
        }
        for logical_id, resource in self.resources.items():
            properties = resource.get("Properties", {})
            names = [str(self.resolve(properties[key])) for key in _NAMES if key in properties]
            name = names[0] if names else f"{STACK_NAME}-{logical_id}"
            arn = _ARNS.get(resource["Type"], _ARNS["AWS::Lambda::Function"]).format(name)
            queue = resource["Type"] == "AWS::SQS::Queue"
            ref = f"http://sqs.{REGION}.localhost/{ACCOUNT_ID}/{name}" if queue else name
            # moto's map answers Ref and Fn::GetAtt from here before it would create the resource.
            self._map._parsed_resources[logical_id] = _Resource(name, arn, ref)

    def physical_name(self, logical_id: str) -> str:
        """What ``Ref`` returns for a resource here (a queue's name, not its URL): its explicit name,
        else stack-logical id."""
        return str(self._map._parsed_resources[logical_id].name)

    def resolve(self, value: Any) -> Any:
        """``value`` with every intrinsic function replaced by its result; ``AWS::NoValue`` removes
        the property or list item it stands for (moto's ``clean_json`` leaves a list's ``None``)."""
        resolved = clean_json(value, self._map)
        return [item for item in resolved if item is not None] if isinstance(resolved, list) else resolved

    # -- what the local server needs ----------------------------------------------------------------

    def of_type(self, *resource_types: str) -> dict[str, dict[str, Any]]:
        return {k: v for k, v in self.resources.items() if v["Type"] in resource_types}

    def functions(self) -> list[FunctionSpec]:
        """The functions with SAM's ``Globals``: a function's own property wins; variables merge."""
        globals_ = self.template.get("Globals", {}).get("Function", {})
        shared_env = globals_.get("Environment", {}).get("Variables", {})
        specs = []
        for logical_id, resource in self.of_type("AWS::Serverless::Function").items():
            properties = {"Handler": "app.lambda_handler", "Timeout": 3, **globals_, **resource["Properties"]}
            variables = self.resolve({**shared_env, **properties.get("Environment", {}).get("Variables", {})})
            events: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
            for event in properties.get("Events", {}).values():
                events[event["Type"]].append(event["Properties"])
            specs.append(
                FunctionSpec(
                    logical_id=logical_id,
                    name=self.physical_name(logical_id),
                    code_dir=self.root / properties["CodeUri"],
                    handler=properties["Handler"],
                    environment={k: str(v) for k, v in variables.items()},
                    routes=[Route(event["Method"].upper(), event["Path"]) for event in events["HttpApi"]],
                    # an SQS event source names its queue by ARN: the name is its last part
                    queues=[self.resolve(event["Queue"]).rsplit(":", 1)[1] for event in events["SQS"]],
                    timeout_seconds=float(self.resolve(properties["Timeout"])),
                )
            )
        return specs

    def layer_dirs(self) -> list[Path]:
        return [
            self.root / layer["Properties"]["ContentUri"]
            for layer in self.of_type("AWS::Serverless::LayerVersion").values()
        ]
