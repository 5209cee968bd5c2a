"""template.yaml read the way SAM reads it, for a local stack: functions, routes, triggers, resources.

Intrinsic functions and conditions are resolved as CloudFormation does (Ref, Fn::Sub, Fn::GetAtt,
Fn::If with AWS::NoValue, Fn::Equals, Fn::Not, Fn::And: the ones the template uses;
https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html),
parameters take their defaults unless overridden (``sam local --parameter-overrides``), a resource
whose ``Condition`` is false does not exist, and pseudo parameters take fixed local values.

moto's own CloudFormation does not cover the template (moto 5.2.5, tried on the template as
samtranslator transforms it, with ``create_stack``): it has no AWS::SecretsManager::Secret,
AWS::SQS::QueuePolicy, AWS::S3::BucketPolicy, AWS::CloudWatch::Alarm, AWS::Lambda::Alias nor
AWS::ApiGatewayV2::Api, stops the stack with ``KeyError: 'FunctionName'``,
leaves the bucket's versioning and notification unset, and names tables and queues with a random
suffix, which a restart could not find again. The template's data resources are made here instead
(``aws.create_resources``), and the functions' environment is resolved here in any case.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cfnlint.decode import decode_str

STACK_NAME = "agentic-memory-local"
ACCOUNT_ID = "123456789012"
REGION = "us-east-1"
_SUB = re.compile(r"\$\{([^}!]+)\}")
_NO_VALUE = object()  # what {"Ref": "AWS::NoValue"} resolves to: the property or item is left out
_PSEUDO = {
    "AWS::StackName": STACK_NAME,
    "AWS::AccountId": ACCOUNT_ID,
    "AWS::Region": REGION,
    "AWS::Partition": "aws",
    "AWS::URLSuffix": "amazonaws.com",
}
_ARNS = {  # Fn::GetAtt <resource>.Arn
    "AWS::S3::Bucket": "arn:aws:s3:::{}",
    "AWS::DynamoDB::Table": f"arn:aws:dynamodb:{REGION}:{ACCOUNT_ID}:table/{{}}",
    "AWS::SQS::Queue": f"arn:aws:sqs:{REGION}:{ACCOUNT_ID}:{{}}",
    "AWS::Lambda::Function": f"arn:aws:lambda:{REGION}:{ACCOUNT_ID}:function:{{}}",
}


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
        self.parameters = {name: str(spec.get("Default", "")) for name, spec in declared.items()}
        self.parameters.update(parameter_overrides or {})
        self.conditions: dict[str, bool] = {}
        for name in self.template.get("Conditions", {}):
            self.condition(name)
        self.resources: dict[str, dict[str, Any]] = {
            logical_id: resource
            for logical_id, resource in self.template["Resources"].items()
            if "Condition" not in resource or self.condition(resource["Condition"])
        }

    def condition(self, name: str) -> bool:
        """A named condition of the template's ``Conditions`` section, evaluated once."""
        if name not in self.conditions:
            self.conditions[name] = bool(self._evaluate(self.template["Conditions"][name]))
        return self.conditions[name]

    # -- names ------------------------------------------------------------------------------------

    def physical_name(self, logical_id: str) -> str:
        """What ``Ref`` returns for a resource here: its explicit name, else stack-logical id."""
        properties = self.resources[logical_id].get("Properties", {})
        for key in ("BucketName", "TableName", "QueueName", "Name", "FunctionName"):
            if key in properties:
                return str(self.resolve(properties[key]))
        return f"{STACK_NAME}-{logical_id}"

    def resolve(self, value: Any) -> Any:
        """``value`` with every intrinsic function replaced by its result; ``AWS::NoValue`` removes
        the property or list item it stands for."""
        resolved = self._evaluate(value)
        return None if resolved is _NO_VALUE else resolved

    def _evaluate(self, value: Any) -> Any:
        if isinstance(value, dict) and len(value) == 1:
            ((key, argument),) = value.items()
            if key in _FUNCTIONS:
                return _FUNCTIONS[key](self, argument)
        if isinstance(value, dict):
            pairs = ((k, self._evaluate(v)) for k, v in value.items())
            return {k: v for k, v in pairs if v is not _NO_VALUE}
        if isinstance(value, list):
            return [v for v in (self._evaluate(item) for item in value) if v is not _NO_VALUE]
        return value

    def _if(self, argument: list[Any]) -> Any:
        name, when_true, when_false = argument
        return self._evaluate(when_true if self.condition(name) else when_false)

    def _ref(self, name: str) -> Any:
        if name == "AWS::NoValue":
            return _NO_VALUE
        if name in _PSEUDO:
            return _PSEUDO[name]
        if name in self.parameters:
            return self.parameters[name]
        if name not in self.resources:
            raise ValueError(f"template refers to {name!r}, which is not a parameter or an existing resource")
        if self.resources[name]["Type"] == "AWS::SQS::Queue":  # a queue's Ref is its URL
            return f"http://sqs.{REGION}.localhost/{ACCOUNT_ID}/{self.physical_name(name)}"
        return self.physical_name(name)

    def _sub(self, argument: str | list[Any]) -> str:
        template, variables = (argument, {}) if isinstance(argument, str) else (argument[0], argument[1])

        def value(name: str) -> str:
            if name in variables:
                return str(self.resolve(variables[name]))
            return str(self._get_att(name) if "." in name else self._ref(name))

        return _SUB.sub(lambda match: value(match.group(1)), template)

    def _get_att(self, argument: str | list[str]) -> str:
        logical_id, attribute = argument if isinstance(argument, list) else argument.split(".", 1)
        name = self.physical_name(logical_id)
        if attribute != "Arn":
            return name
        return _ARNS.get(self.resources[logical_id]["Type"], _ARNS["AWS::Lambda::Function"]).format(name)

    # -- what the local server needs ----------------------------------------------------------------

    def of_type(self, resource_type: str) -> dict[str, dict[str, Any]]:
        return {k: v for k, v in self.resources.items() if v["Type"] == resource_type}

    def functions(self) -> list[FunctionSpec]:
        globals_ = self.template.get("Globals", {}).get("Function", {})
        shared_env = globals_.get("Environment", {}).get("Variables", {})
        specs = []
        for logical_id, resource in self.of_type("AWS::Serverless::Function").items():
            properties = resource["Properties"]
            variables = self.resolve({**shared_env, **properties.get("Environment", {}).get("Variables", {})})
            specs.append(
                FunctionSpec(
                    logical_id=logical_id,
                    name=self.physical_name(logical_id),
                    code_dir=self.root / properties["CodeUri"],
                    handler=properties.get("Handler", globals_.get("Handler", "app.lambda_handler")),
                    environment={k: str(v) for k, v in variables.items()},
                    routes=self._routes(properties),
                    queues=self._queues(properties),
                    timeout_seconds=float(
                        self.resolve(properties.get("Timeout", globals_.get("Timeout", 3)))
                    ),
                )
            )
        return specs

    def _queues(self, properties: dict[str, Any]) -> list[str]:
        return [
            self.physical_name(event["Properties"]["Queue"]["Fn::GetAtt"][0])
            for event in properties.get("Events", {}).values()
            if event["Type"] == "SQS"
        ]

    def layer_dirs(self) -> list[Path]:
        return [
            self.root / layer["Properties"]["ContentUri"]
            for layer in self.of_type("AWS::Serverless::LayerVersion").values()
        ]

    @staticmethod
    def _routes(properties: dict[str, Any]) -> list[Route]:
        return [
            Route(event["Properties"]["Method"].upper(), event["Properties"]["Path"])
            for event in properties.get("Events", {}).values()
            if event["Type"] == "HttpApi"
        ]


_FUNCTIONS: dict[str, Any] = {
    "Ref": Stack._ref,
    "Fn::Sub": Stack._sub,
    "Fn::GetAtt": Stack._get_att,
    "Fn::If": Stack._if,
    "Condition": Stack.condition,
    "Fn::Equals": lambda stack, pair: str(stack._evaluate(pair[0])) == str(stack._evaluate(pair[1])),
    "Fn::Not": lambda stack, conditions: not stack._evaluate(conditions[0]),
    "Fn::And": lambda stack, conditions: all(stack._evaluate(c) for c in conditions),
}
