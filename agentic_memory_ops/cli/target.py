"""Which deployment a command acts on: flags first, then the CloudFormation stack, then the environment.

The environment is the functions' own (DESIGN §4), read through ``Settings``, so a developer's shell
configured like the local server works unchanged. ``--stack`` reads the stack's Outputs (resource
names, URLs, the secret) and the few Parameters that change how the service talks to Mem0.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import boto3
from botocore.config import Config

from agentic_memory.settings import Settings

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient
    from mypy_boto3_lambda import LambdaClient
    from mypy_boto3_s3 import S3Client
    from mypy_boto3_secretsmanager import SecretsManagerClient
    from mypy_boto3_sqs import SQSClient

POST_CALL_FUNCTION = "PostCallFunction"
LOCAL_TOKEN_HEADER = "X-Local-Token"  # noqa: S105 - a header name; the token is in the server's server.json
# Stack outputs and the environment variables the functions read them from.
OUTPUT_ENVIRONMENT = {
    "ArchiveBucketName": "S3_BUCKET_NAME",
    "CallerProfileTableName": "PROFILE_TABLE",
    "IngestionLedgerTableName": "INGESTION_LEDGER_TABLE",
    "AppSecretArn": "SECRETS_ID",
}
PARAMETER_ENVIRONMENT = {
    "DefaultRegion": "DEFAULT_REGION",
    "AudioSource": "AUDIO_SOURCE",
    # What ElevenLabs must allow or call (agentic-memory setup, doctor).
    "ForgetMeTool": "FORGET_ME_TOOL",
    "CallerVerification": "CALLER_VERIFICATION",
    # A stack deployed before Overrides, BasePrompt and MemoryUrl stood for these (docs/configuration.md,
    # "Upgrading"); its parameters still say them.
    "Mem0Host": "MEM0_HOST",
    "FirstMessageOverride": "FIRST_MESSAGE_OVERRIDE",
    "PromptOverride": "PROMPT_OVERRIDE",
    "LanguageOverride": "LANGUAGE_OVERRIDE",
}


def derived_environment(parameters: Mapping[str, str]) -> dict[str, str]:
    """The variables a parameter of several meanings stands for, derived as template.yaml's Conditions
    derive them: Overrides (first_message, language), BasePrompt (the prompt override is on when it is
    set) and MemoryUrl (the chosen backend's address)."""
    env: dict[str, str] = {}
    if "Overrides" in parameters:
        chosen = {item.strip() for item in parameters["Overrides"].split(",")}
        env["FIRST_MESSAGE_OVERRIDE"] = "on" if "first_message" in chosen else "off"
        env["LANGUAGE_OVERRIDE"] = "on" if "language" in chosen else "off"
    if "BasePrompt" in parameters and "PromptOverride" not in parameters:
        env["PROMPT_OVERRIDE"] = "on" if parameters["BasePrompt"] else "off"
    backend = parameters.get("MemoryBackend", "mem0-platform")
    url_variable = {"mem0-platform": "MEM0_HOST", "openmemory": "OPENMEMORY_URL"}.get(backend)
    if parameters.get("MemoryUrl") and url_variable:
        env[url_variable] = parameters["MemoryUrl"]
    return env


URL_OUTPUTS = {
    "client_data_url": "ClientDataApiUrl",
    "retrieve_url": "RetrieveApiUrl",
    "post_call_url": "PostCallApiUrl",
    "forget_me_url": "ForgetMeUrl",
    "verify_caller_url": "VerifyCallerUrl",
}
# The same URLs on the local server, by route.
LOCAL_PATHS = {
    "client_data_url": "/client-data",
    "retrieve_url": "/retrieve",
    "post_call_url": "/post-call",
    "forget_me_url": "/forget-me",
    "verify_caller_url": "/verify-caller",
}
_CONFIG = Config(connect_timeout=5, read_timeout=60, retries={"max_attempts": 3, "mode": "standard"})
# Longer than any PostCall run (its Timeout is 60 s), so a replay waits for the function's own answer.
_INVOKE_CONFIG = Config(connect_timeout=5, read_timeout=900, retries={"max_attempts": 3, "mode": "standard"})


class UsageError(Exception):
    """The command line does not say enough (or says something impossible): exit code 2."""


class CommandError(Exception):
    """The command could not do its job (a dependency failed): exit code 1."""


@contextmanager
def aws_endpoint(endpoint_url: str | None) -> Iterator[None]:
    """Point every boto3 client of this process at ``endpoint_url`` (a local moto server), including
    the one Powertools builds to read Secrets Manager, which takes no endpoint argument."""
    if not endpoint_url:
        yield
        return
    previous = os.environ.get("AWS_ENDPOINT_URL")
    os.environ["AWS_ENDPOINT_URL"] = endpoint_url
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("AWS_ENDPOINT_URL", None)
        else:
            os.environ["AWS_ENDPOINT_URL"] = previous


@dataclass(frozen=True)
class Stack:
    """What DescribeStacks says about one stack."""

    name: str
    outputs: dict[str, str] = field(default_factory=dict)
    parameters: dict[str, str] = field(default_factory=dict)

    @classmethod
    def describe(cls, name: str) -> Stack:
        cloudformation: Any = boto3.client("cloudformation", config=_CONFIG)
        stacks = cloudformation.describe_stacks(StackName=name)["Stacks"]
        if not stacks:
            raise UsageError(f"stack {name!r} not found")
        stack = stacks[0]
        return cls(
            name=name,
            outputs={o["OutputKey"]: o["OutputValue"] for o in stack.get("Outputs", [])},
            parameters={
                p["ParameterKey"]: p.get("ResolvedValue") or p.get("ParameterValue", "")
                for p in stack.get("Parameters", [])
            },
        )

    def environment(self) -> dict[str, str]:
        """The stack's answers, named like the functions' environment variables."""
        env = {var: self.outputs[key] for key, var in OUTPUT_ENVIRONMENT.items() if self.outputs.get(key)}
        env.update(
            {
                var: self.parameters[key]
                for key, var in PARAMETER_ENVIRONMENT.items()
                if self.parameters.get(key)
            }
        )
        env.update(derived_environment(self.parameters))
        return env

    def physical_id(self, logical_id: str) -> str:
        cloudformation: Any = boto3.client("cloudformation", config=_CONFIG)
        detail = cloudformation.describe_stack_resource(StackName=self.name, LogicalResourceId=logical_id)
        return str(detail["StackResourceDetail"]["PhysicalResourceId"])


def _resource_flags(args: Any) -> dict[str, str]:
    """``--bucket`` and ``--table``, named like the variables they override."""
    flags = {"S3_BUCKET_NAME": getattr(args, "bucket", None), "PROFILE_TABLE": getattr(args, "table", None)}
    return {name: value for name, value in flags.items() if value}


@dataclass(frozen=True)
class LocalDeployment:
    """What ``--local`` commands act on, told by the local server that runs them (in its process,
    where its environment already names the bucket, tables and secret)."""

    urls: dict[str, str]
    queue_url: str
    function: str
    lambda_endpoint_url: str
    lambda_token: str  # the local Invoke API asks for it: a tunnel to the server must not reach it
    console_url: str = ""  # make run's console, with the link that signs a browser in


_local: list[LocalDeployment] = []


def serve_locally(deployment: LocalDeployment) -> None:
    """Called by the local server: ``--local`` commands it runs act on ``deployment``."""
    _local[:] = [deployment]


def in_local_server() -> bool:
    return bool(_local)


@dataclass(frozen=True)
class Target:
    """One deployment, resolved: the functions' settings plus what only operators need."""

    settings: Settings
    stack: Stack | None = None
    urls: Mapping[str, str | None] = field(default_factory=dict)
    queue_url: str | None = None
    function: str | None = None
    lambda_endpoint_url: str | None = None
    lambda_token: str | None = None
    console_url: str | None = None

    @classmethod
    def resolve(cls, args: Any) -> Target:
        """From parsed arguments: flags win over ``--stack`` or ``--local``, which win over the
        environment."""
        if getattr(args, "local", False):
            return cls._local(args)
        stack = Stack.describe(args.stack) if getattr(args, "stack", None) else None
        merged = {**os.environ, **(stack.environment() if stack else {}), **_resource_flags(args)}
        outputs = stack.outputs if stack else {}
        return cls(
            settings=Settings.from_env(merged),
            stack=stack,
            urls={
                dest: getattr(args, dest, None) or outputs.get(output) for dest, output in URL_OUTPUTS.items()
            },
            queue_url=getattr(args, "queue_url", None) or outputs.get("DeadLetterQueueUrl"),
            function=getattr(args, "function", None),
            lambda_endpoint_url=getattr(args, "lambda_endpoint_url", None),
        )

    @classmethod
    def _local(cls, args: Any) -> Target:
        if not _local:
            raise UsageError("--local commands run in the local server (`make run`)")
        (local,) = _local
        if getattr(args, "stack", None):
            raise UsageError("--local and --stack name two deployments: pass one")
        return cls(
            settings=Settings.from_env({**os.environ, **_resource_flags(args)}),
            urls={dest: getattr(args, dest, None) or local.urls.get(dest) for dest in URL_OUTPUTS},
            queue_url=getattr(args, "queue_url", None) or local.queue_url,
            function=getattr(args, "function", None) or local.function,
            lambda_endpoint_url=local.lambda_endpoint_url,
            lambda_token=local.lambda_token,
            console_url=local.console_url or None,
        )

    def url(self, dest: str, flag: str) -> str:
        value = self.urls.get(dest)
        if not value:
            raise UsageError(f"no URL: pass {flag}, --stack or --local")
        return value

    def bucket(self) -> str:
        if not self.settings.archive_bucket:
            raise UsageError("no archive bucket: pass --bucket or --stack, or set S3_BUCKET_NAME")
        return self.settings.archive_bucket

    def table(self) -> str:
        if not self.settings.profile_table:
            raise UsageError("no profile table: pass --table or --stack, or set PROFILE_TABLE")
        return self.settings.profile_table

    def ingestion_ledger_table(self) -> str | None:
        """The ingestion ledger (``INGESTION_LEDGER_TABLE``), when the stack or environment names it."""
        return self.settings.ingestion_ledger_table

    def dead_letter_queue(self) -> str:
        if not self.queue_url:
            raise UsageError("no dead-letter queue: pass --queue-url or --stack")
        return self.queue_url

    def post_call_function(self) -> str:
        """``--function``, else the stack's PostCallFunction (a stack need not output its name)."""
        if self.function:
            return self.function
        if self.stack is None:
            raise UsageError("no function: pass --function or --stack")
        return self.stack.physical_id(POST_CALL_FUNCTION)

    def s3(self) -> S3Client:
        return boto3.client("s3", config=_CONFIG)

    def dynamodb(self) -> DynamoDBClient:
        return boto3.client("dynamodb", config=_CONFIG)

    def secretsmanager(self) -> SecretsManagerClient:
        return boto3.client("secretsmanager", config=_CONFIG)

    def sqs(self) -> SQSClient:
        return boto3.client("sqs", config=_CONFIG)

    def lambda_client(self) -> LambdaClient:
        # Locally the Invoke API is the local server's, not moto's: it may have an endpoint of its own.
        client = boto3.client("lambda", endpoint_url=self.lambda_endpoint_url, config=_INVOKE_CONFIG)
        if self.lambda_token:
            token = self.lambda_token

            def with_token(request: Any, **_: Any) -> None:
                request.headers[LOCAL_TOKEN_HEADER] = token

            client.meta.events.register("before-send.lambda", with_token)
        return client
