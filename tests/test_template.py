"""template.yaml tested as code, offline: cfn-lint on the SAM source, the SAM transform run as a library
(as CloudFormation would run it, minus the packaging step), cfn-lint again on its output, and the wiring
of what comes out. cfn-lint on the source alone misses circular dependencies (DESIGN §5b); they show
as E3004 only on the translated template.
"""

from __future__ import annotations

import json
import re
from typing import Any, get_args

import pytest

from agentic_memory import archive, ledger, settings as config
from agentic_memory.runtime.observability import METRICS_NAMESPACE
from testkit import ROOT
from testkit.template import (
    TEMPLATE,
    Template,
    as_list,
    environment,
    grants,
    lint_messages,
    load_source,
    mentions,
    of_type,
    properties,
    role_statements,
    sam_transform,
)

FUNCTIONS = {
    "ClientDataFunction": ("ClientDataApi", "/client-data", "client_data", "client-data"),
    "RetrieveFunction": ("RetrieveApi", "/retrieve", "retrieve", "retrieve"),
    "PostCallFunction": ("PostCallApi", "/post-call", "post_call", "post-call"),
}
# Parameter → the secret's keys it fills (MemoryApiKey is the chosen backend's key, under both names).
SECRET_PARAMETERS = {
    "MemoryApiKey": ("MEM0_API_KEY", "OPENMEMORY_API_KEY"),
    "ElevenLabsHmacKey": ("ELEVENLABS_HMAC_KEY",),
    "ElevenLabsWorkspaceKey": ("ELEVENLABS_WORKSPACE_KEY",),
    "ElevenLabsApiKey": ("ELEVENLABS_API_KEY",),
}
SECRET_KEYS = {key for keys in SECRET_PARAMETERS.values() for key in keys}
BUCKET_NAME = "${AWS::StackName}-archive-${AWS::AccountId}-${AWS::Region}"
COMMON_ENV = {
    "POWERTOOLS_LOG_LEVEL",
    "POWERTOOLS_SERVICE_NAME",
    "POWERTOOLS_METRICS_NAMESPACE",
    "POWERTOOLS_TRACE_DISABLED",
    "MEM0_DIR",
    "MEM0_TELEMETRY",
    "SECRETS_ID",
    "DEFAULT_REGION",
    "MEMORY_BACKEND",
    "AGENTCORE_MEMORY_ID",
    "MEM0_HOST",
    "OPENMEMORY_URL",
    "MEMORY_SCOPE",
    "PRIVATE_FACT_CATEGORIES",
}
FUNCTION_ENV = {
    "ClientDataFunction": {
        "PROFILE_TABLE",
        "FIRST_MESSAGE_OVERRIDE",
        "DEFAULT_FIRST_MESSAGE",
        "PROMPT_OVERRIDE",
        "LANGUAGE_OVERRIDE",
        "BASE_PROMPT",
        "AUDIT_RECORDS",
        "S3_BUCKET_NAME",
        "CALLER_VERIFICATION",
    },
    "RetrieveFunction": {"FORGET_ME_TOOL", "PROFILE_TABLE", "INGESTION_QUEUE_URL", "CALLER_VERIFICATION"},
    "PostCallFunction": {
        "S3_BUCKET_NAME",
        "PROFILE_TABLE",
        "INGESTION_LEDGER_TABLE",
        "AUDIO_SOURCE",
        "REDACT_SENSITIVE",
        "PII_SECOND_OPINION",
        "MEMORY_RETENTION_DAYS",
        "RECONCILE_AGENT_IDS",
        "INGESTION_QUEUE_URL",
        "INGEST_CONCURRENCY",
        "MEM0_ADDS_PER_MINUTE",
    },
}


@pytest.fixture(scope="module")
def source() -> Template:
    return load_source()


@pytest.fixture(scope="module")
def translated(source: Template) -> Template:
    return sam_transform(source)


@pytest.mark.slow
def test_template_passes_cfn_lint() -> None:
    assert lint_messages(TEMPLATE.read_text(encoding="utf-8")) == []


@pytest.mark.slow
def test_transformed_template_passes_cfn_lint_without_circular_dependencies(translated: Template) -> None:
    assert lint_messages(json.dumps(translated, indent=1)) == []


@pytest.mark.slow
def test_referring_to_the_bucket_from_the_queue_policy_would_be_caught_as_a_cycle(source: Template) -> None:
    """The bucket waits for the queue policy (S3 checks its notification's destination), so the policy
    names the bucket by its computed name: a reference would close a loop cfn-lint reports."""
    broken = json.loads(json.dumps(source))
    (statement,) = broken["Resources"]["IngestionQueuePolicy"]["Properties"]["PolicyDocument"]["Statement"]
    statement["Condition"]["ArnEquals"]["aws:SourceArn"] = {"Fn::GetAtt": ["ArchiveBucket", "Arn"]}

    messages = lint_messages(json.dumps(sam_transform(broken)))

    assert any(message.startswith("E3004") for message in messages), messages


def test_each_function_has_its_own_http_api(translated: Template) -> None:
    routes: dict[str, set[tuple[str, str, str]]] = {}
    for api_id, api in of_type(translated, "AWS::ApiGatewayV2::Api").items():
        for path, methods in api["Properties"]["Body"]["paths"].items():
            for method, operation in methods.items():
                integration = operation["x-amazon-apigateway-integration"]
                # Every deploy publishes a version behind the alias "live" (SnapStart needs one).
                target = re.search(r"\$\{(\w+)Aliaslive\}", integration["uri"]["Fn::Sub"])
                assert target is not None
                assert integration["payloadFormatVersion"] == "2.0"
                routes.setdefault(api_id, set()).add((method.upper(), path, target.group(1)))

    expected = {api: {("POST", path, function)} for function, (api, path, *_) in FUNCTIONS.items()}
    expected["RetrieveApi"].add(("POST", "/forget-me", "RetrieveFunction"))  # the optional forget_me tool
    expected["RetrieveApi"].add(("POST", "/verify-caller", "RetrieveFunction"))  # and verify_caller
    assert routes == expected


def test_functions_share_one_layer_and_run_python312_on_arm64(source: Template, translated: Template) -> None:
    layers = of_type(translated, "AWS::Lambda::LayerVersion")
    (layer_id,) = layers
    layer = layers[layer_id]
    assert layer["Properties"]["CompatibleRuntimes"] == ["python3.12"]
    assert layer["Properties"]["CompatibleArchitectures"] == ["arm64"]
    # `sam build` builds the layer only with these (layer/Makefile); without them it ships layer/ bare.
    assert source["Resources"]["SharedLayer"]["Metadata"] == {
        "BuildMethod": "makefile",
        "BuildArchitecture": "arm64",
    }
    assert "build-SharedLayer:" in (ROOT / "layer" / "Makefile").read_text()
    functions = of_type(translated, "AWS::Lambda::Function")
    assert set(functions) == set(FUNCTIONS)
    for function in functions.values():
        assert function["Properties"]["Layers"] == [{"Ref": layer_id}]
        assert function["Properties"]["Runtime"] == "python3.12"
        assert function["Properties"]["Architectures"] == ["arm64"]


def test_each_function_runs_the_handler_in_its_folder(source: Template, translated: Template) -> None:
    for function, (_, _, folder, service) in FUNCTIONS.items():
        code_uri = source["Resources"][function]["Properties"]["CodeUri"]
        handler_module, handler_name = properties(translated, function)["Handler"].split(".")
        assert code_uri == f"src/{folder}/"
        assert f"def {handler_name}(" in (ROOT / code_uri / f"{handler_module}.py").read_text()
        assert environment(translated, function)["POWERTOOLS_SERVICE_NAME"] == service


def test_only_archived_transcriptions_are_queued_for_post_call(translated: Template) -> None:
    (bucket,) = of_type(translated, "AWS::S3::Bucket").values()
    (notification,) = bucket["Properties"]["NotificationConfiguration"]["QueueConfigurations"]
    assert notification["Queue"] == {"Fn::GetAtt": ["IngestionQueue", "Arn"]}
    assert notification["Event"] == "s3:ObjectCreated:*"
    assert bucket["DependsOn"] == "IngestionQueuePolicy"  # S3 checks it may send when configured
    (statement,) = properties(translated, "IngestionQueuePolicy")["PolicyDocument"]["Statement"]
    assert statement["Principal"] == {"Service": "s3.amazonaws.com"}
    assert statement["Condition"]["ArnEquals"]["aws:SourceArn"] == {
        "Fn::Sub": f"arn:${{AWS::Partition}}:s3:::{BUCKET_NAME}"
    }
    (mapping,) = of_type(translated, "AWS::Lambda::EventSourceMapping").values()
    assert mapping["Properties"]["FunctionName"] == {"Ref": "PostCallFunctionAliaslive"}
    assert mapping["Properties"]["EventSourceArn"] == {"Fn::GetAtt": ["IngestionQueue", "Arn"]}
    assert mapping["Properties"]["BatchSize"] == 1
    assert mapping["Properties"]["ScalingConfig"] == {"MaximumConcurrency": {"Ref": "IngestionConcurrency"}}
    rules = {rule["Name"]: rule["Value"] for rule in notification["Filter"]["S3Key"]["Rules"]}

    def triggers(key: str) -> bool:
        return key.startswith(rules["prefix"]) and key.endswith(rules["suffix"])

    assert triggers(archive.transcription_key("conv_1"))
    assert not triggers(archive.audio_key("conv_1"))
    assert not triggers(archive.failure_key("conv_1"))
    assert not triggers(archive.caller_index_key("+16125550123", "conv_1"))


def test_failed_ingestions_land_in_an_alarmed_dead_letter_queue(translated: Template) -> None:
    ingestion = properties(translated, "IngestionQueue")
    assert ingestion["RedrivePolicy"] == {
        "deadLetterTargetArn": {"Fn::GetAtt": ["DeadLetterQueue", "Arn"]},
        "maxReceiveCount": 3,
    }
    timeout = properties(translated, "PostCallFunction")["Timeout"]
    assert ingestion["VisibilityTimeout"] >= 6 * timeout  # Lambda's advice for SQS event sources
    # PostCall sends only its own extraction checks; SAM grants the event source's receive and delete.
    assert grants(translated, "PostCallFunction")["sqs:SendMessage"] == [
        {"Fn::GetAtt": ["IngestionQueue", "Arn"]}
    ]

    queue = properties(translated, "DeadLetterQueue")
    assert queue["MessageRetentionPeriod"] == 14 * 24 * 3600
    assert queue["SqsManagedSseEnabled"] is True

    alarm_properties = properties(translated, "DeadLetterQueueAlarm")
    assert alarm_properties["MetricName"] == "ApproximateNumberOfMessagesVisible"
    assert alarm_properties["Dimensions"] == [
        {"Name": "QueueName", "Value": {"Fn::GetAtt": ["DeadLetterQueue", "QueueName"]}}
    ]
    assert alarm_properties["ComparisonOperator"] == "GreaterThanOrEqualToThreshold"
    assert alarm_properties["Threshold"] == 1


def test_archive_is_private_encrypted_versioned_and_expires_per_parameter(source: Template) -> None:
    bucket = properties(source, "ArchiveBucket")
    assert bucket["BucketName"] == {"Fn::Sub": BUCKET_NAME}
    assert set(bucket["PublicAccessBlockConfiguration"].values()) == {True}
    assert len(bucket["PublicAccessBlockConfiguration"]) == 4
    assert bucket["OwnershipControls"]["Rules"] == [{"ObjectOwnership": "BucketOwnerEnforced"}]
    # SSE-S3, not KMS: the archive compares ETags with MD5s to recognise identical redeliveries.
    (encryption,) = bucket["BucketEncryption"]["ServerSideEncryptionConfiguration"]
    assert encryption["ServerSideEncryptionByDefault"] == {"SSEAlgorithm": "AES256"}
    assert bucket["VersioningConfiguration"] == {"Status": "Enabled"}
    (rule,) = bucket["LifecycleConfiguration"]["Rules"]
    assert rule["Status"] == "Enabled"
    assert rule["ExpirationInDays"] == {"Ref": "ArchiveRetentionDays"}
    assert rule["NoncurrentVersionExpiration"]["NoncurrentDays"] >= 1
    assert source["Parameters"]["ArchiveRetentionDays"]["Type"] == "Number"


def test_archive_refuses_requests_without_tls(translated: Template) -> None:
    (policy,) = of_type(translated, "AWS::S3::BucketPolicy").values()
    assert policy["Properties"]["Bucket"] == {"Ref": "ArchiveBucket"}
    (statement,) = policy["Properties"]["PolicyDocument"]["Statement"]
    assert statement["Effect"] == "Deny"
    assert statement["Principal"] == "*"
    assert statement["Action"] == "s3:*"
    assert statement["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}
    assert statement["Resource"] == [
        {"Fn::GetAtt": ["ArchiveBucket", "Arn"]},
        {"Fn::Sub": "${ArchiveBucket.Arn}/*"},
    ]


def test_caller_profiles_are_keyed_by_pk_with_point_in_time_recovery(source: Template) -> None:
    table = properties(source, "CallerProfileTable")
    assert table["BillingMode"] == "PAY_PER_REQUEST"
    assert table["KeySchema"] == [{"AttributeName": "pk", "KeyType": "HASH"}]
    assert table["PointInTimeRecoverySpecification"] == {"PointInTimeRecoveryEnabled": True}
    assert table["SSESpecification"] == {"SSEEnabled": True}


def test_the_ingestion_ledger_is_keyed_by_conversation_and_expires_when_the_ledger_says(
    source: Template,
) -> None:
    table = properties(source, "IngestionLedgerTable")
    # agentic_memory.ledger keys each item by "id" and sets "expiration" KEEP_SECONDS ahead.
    assert table["BillingMode"] == "PAY_PER_REQUEST"
    assert table["KeySchema"] == [{"AttributeName": "id", "KeyType": "HASH"}]
    assert table["AttributeDefinitions"] == [{"AttributeName": "id", "AttributeType": "S"}]
    assert table["TimeToLiveSpecification"] == {"AttributeName": "expiration", "Enabled": True}
    days = ledger.KEEP_SECONDS // 86400
    comment = TEMPLATE.read_text(encoding="utf-8").split("  IngestionLedgerTable:")[1].split("Properties:")[0]
    assert f"Items live {days} days" in comment


def test_secrets_are_no_echo_parameters_stored_as_one_json_secret(source: Template) -> None:
    for parameter in SECRET_PARAMETERS:
        assert source["Parameters"][parameter]["NoEcho"] is True, parameter
    for parameter in ("ElevenLabsHmacKey", "ElevenLabsWorkspaceKey"):
        assert source["Parameters"][parameter]["MinLength"] == 1, parameter

    secret_string = properties(source, "AppSecret")["SecretString"]["Fn::Sub"]
    values = {parameter: f"value of {parameter}" for parameter in SECRET_PARAMETERS}
    stored = json.loads(re.sub(r"\$\{(\w+)\}", lambda m: values[m.group(1)], secret_string))

    assert stored == {key: values[parameter] for parameter, keys in SECRET_PARAMETERS.items() for key in keys}


def test_optional_secrets_are_required_when_their_feature_is_chosen(source: Template) -> None:
    asserted = {
        json.dumps(rule.get("RuleCondition")): [assertion["Assert"] for assertion in rule["Assertions"]]
        for rule in source["Rules"].values()
    }
    mem0 = json.dumps({"Fn::Equals": [{"Ref": "MemoryBackend"}, "mem0-platform"]})  # not with agentcore
    assert asserted[mem0] == [{"Fn::Not": [{"Fn::Equals": [{"Ref": "MemoryApiKey"}, ""]}]}]
    condition = json.dumps({"Fn::Equals": [{"Ref": "AudioSource"}, "api"]})
    assert asserted[condition] == [{"Fn::Not": [{"Fn::Equals": [{"Ref": "ElevenLabsApiKey"}, ""]}]}]


def test_functions_get_the_secret_id_never_a_secret_value(translated: Template) -> None:
    for function in FUNCTIONS:
        variables = environment(translated, function)
        assert variables["SECRETS_ID"] == {"Ref": "AppSecret"}
        assert not set(variables) & SECRET_KEYS, function
        for parameter in SECRET_PARAMETERS:
            assert not mentions(variables, parameter), (function, parameter)


def test_functions_carry_the_documented_configuration(translated: Template) -> None:
    for function, specific in FUNCTION_ENV.items():
        assert set(environment(translated, function)) == COMMON_ENV | specific, function
        assert environment(translated, function)["POWERTOOLS_METRICS_NAMESPACE"] == METRICS_NAMESPACE
    variables = environment(translated, "ClientDataFunction")
    assert variables["MEM0_DIR"].startswith("/tmp/")
    assert variables["MEM0_TELEMETRY"] == "False"


def test_parameters_accept_exactly_the_values_the_layer_accepts(source: Template) -> None:
    parameters = source["Parameters"]
    # mem0-oss is local only: its stack is not in the Lambda layer (layer/Makefile).
    assert parameters["MemoryBackend"]["AllowedValues"] == ["mem0-platform", "agentcore", "openmemory"]
    assert set(parameters["MemoryBackend"]["AllowedValues"]) < set(get_args(config.MemoryBackendName))
    assert parameters["MemoryScope"]["AllowedValues"] == list(get_args(config.MemoryScope))
    assert parameters["AudioSource"]["AllowedValues"] == list(get_args(config.AudioSource))
    assert parameters["MemoryScope"]["Default"] == "caller"
    assert parameters["AudioSource"]["Default"] == "webhook"
    # Every override off by default (DESIGN §2.1): none listed, no base prompt.
    assert parameters["Overrides"]["Default"] == ""
    assert parameters["BasePrompt"]["Default"] == ""
    redaction = re.compile(parameters["RedactSensitive"]["AllowedPattern"])
    for value in ("all", "off", "cards,secrets", "all,archive", "national_ids,archive"):
        assert redaction.fullmatch(value), value
        config.Settings.from_env({"REDACT_SENSITIVE": value})  # and the layer reads it
    for value in ("off,archive", "archive", "archive,all", "all,cards"):
        assert not redaction.fullmatch(value), value


def test_functions_name_the_bucket_instead_of_referring_to_it(translated: Template) -> None:
    for function in FUNCTIONS:
        role = properties(translated, function)["Role"]["Fn::GetAtt"][0]
        assert not mentions(translated["Resources"][function], "ArchiveBucket"), function
        assert not mentions(translated["Resources"][role], "ArchiveBucket"), role
    for function in ("ClientDataFunction", "PostCallFunction"):
        assert environment(translated, function)["S3_BUCKET_NAME"] == {"Fn::Sub": BUCKET_NAME}


def test_client_data_may_only_read_profiles_and_its_secret_and_write_audit_records_when_on(
    translated: Template,
) -> None:
    bucket_arn = f"arn:${{AWS::Partition}}:s3:::{BUCKET_NAME}"
    reads = {
        "dynamodb:BatchGetItem": [{"Fn::GetAtt": ["CallerProfileTable", "Arn"]}],
        "secretsmanager:GetSecretValue": [{"Ref": "AppSecret"}],
    }
    assert grants(translated, "ClientDataFunction") == reads
    assert grants(translated, "ClientDataFunction", frozenset({"AuditRecordsOn"})) == {
        **reads,
        "s3:PutObject": [{"Fn::Sub": f"{bucket_arn}/audit/*"}],
    }
    assert translated["Conditions"]["AuditRecordsOn"] == {"Fn::Equals": [{"Ref": "AuditRecords"}, "on"]}


def test_no_parameter_offers_a_single_value(source: Template) -> None:
    for name, parameter in source["Parameters"].items():
        assert len(parameter.get("AllowedValues", [None, None])) > 1, name


@pytest.mark.parametrize(
    ("resource", "policy"),
    [
        ("ArchiveBucket", "Retain"),
        ("CallerProfileTable", "Retain"),
        ("IngestionLedgerTable", "Delete"),
        ("AppSecret", "Delete"),
    ],
)
def test_where_data_lives_deletion_and_replacement_are_explicit(
    source: Template, resource: str, policy: str
) -> None:
    assert source["Resources"][resource]["DeletionPolicy"] == policy
    assert source["Resources"][resource]["UpdateReplacePolicy"] == policy


def test_retrieve_may_only_read_its_secret_unless_the_forget_me_tool_is_on(translated: Template) -> None:
    profiles = [{"Fn::GetAtt": ["CallerProfileTable", "Arn"]}]
    # and the workspace's own numbers (an outbound call's customer is the other number), that item only
    secret = {"secretsmanager:GetSecretValue": [{"Ref": "AppSecret"}], "dynamodb:GetItem": profiles}
    assert grants(translated, "RetrieveFunction") == secret
    (numbers,) = [
        s for s in role_statements(translated, "RetrieveFunction") if s["Action"] == "dynamodb:GetItem"
    ]
    assert numbers["Condition"] == {
        "ForAllValues:StringEquals": {"dynamodb:LeadingKeys": ["workspace#numbers"]}
    }
    assert grants(translated, "RetrieveFunction", frozenset({"ForgetMeToolOn"})) == {
        **secret,
        "dynamodb:UpdateItem": profiles,
        "dynamodb:DeleteItem": profiles,
        "sqs:SendMessage": [{"Fn::GetAtt": ["IngestionQueue", "Arn"]}],
    }


def test_post_call_may_use_the_archive_its_tables_and_its_secret_and_erase(translated: Template) -> None:
    bucket_arn = f"arn:${{AWS::Partition}}:s3:::{BUCKET_NAME}"
    objects = [{"Fn::Sub": f"{bucket_arn}/*"}]
    profiles = [{"Fn::GetAtt": ["CallerProfileTable", "Arn"]}]
    ledger_table = [{"Fn::GetAtt": ["IngestionLedgerTable", "Arn"]}]
    assert grants(translated, "PostCallFunction") == {
        "s3:PutObject": objects,
        "s3:GetObject": objects,
        "s3:AbortMultipartUpload": objects,
        "s3:ListBucket": [{"Fn::Sub": bucket_arn}],
        "dynamodb:GetItem": ledger_table + profiles,
        "dynamodb:UpdateItem": ledger_table + profiles,
        "secretsmanager:GetSecretValue": [{"Ref": "AppSecret"}],
        "sqs:SendMessage": [{"Fn::GetAtt": ["IngestionQueue", "Arn"]}],
        # erasure: a call an erasure covers, all its versions, and the profile that merged it
        "s3:DeleteObjectVersion": objects,
        "s3:ListBucketVersions": [{"Fn::Sub": bucket_arn}],
        "dynamodb:DeleteItem": profiles,
        "dynamodb:PutItem": profiles,
    }


def test_each_function_logs_to_its_own_log_group_with_retention(translated: Template) -> None:
    for function in FUNCTIONS:
        function_properties = properties(translated, function)
        log_group_id = function_properties["LoggingConfig"]["LogGroup"]["Ref"]
        log_group = properties(translated, log_group_id)
        function_name = function_properties["FunctionName"]["Fn::Sub"]
        assert log_group["LogGroupName"] == {"Fn::Sub": f"/aws/lambda/{function_name}"}
        assert log_group["RetentionInDays"] == {"Ref": "LogRetentionDays"}
    assert len(of_type(translated, "AWS::Logs::LogGroup")) == len(FUNCTIONS)


def test_interactive_functions_give_up_before_elevenlabs_does(translated: Template) -> None:
    # ElevenLabs waits 20 s for a tool by default, and the call is ringing during client data.
    for function in ("ClientDataFunction", "RetrieveFunction"):
        assert properties(translated, function)["Timeout"] <= 10, function
    assert properties(translated, "PostCallFunction")["MemorySize"] >= 1024


def test_outputs_give_operators_the_three_webhook_urls_and_the_resources(source: Template) -> None:
    outputs = source["Outputs"]
    for function, (api, path, *_) in FUNCTIONS.items():
        url = outputs[f"{function.removesuffix('Function')}ApiUrl"]["Value"]["Fn::Sub"]
        assert url == f"https://${{{api}}}.execute-api.${{AWS::Region}}.${{AWS::URLSuffix}}{path}"
    assert outputs["ArchiveBucketName"]["Value"] == {"Ref": "ArchiveBucket"}
    assert outputs["CallerProfileTableName"]["Value"] == {"Ref": "CallerProfileTable"}
    assert outputs["IngestionLedgerTableName"]["Value"] == {"Ref": "IngestionLedgerTable"}
    assert outputs["DeadLetterQueueUrl"]["Value"] == {"Ref": "DeadLetterQueue"}
    assert outputs["AppSecretArn"]["Value"] == {"Ref": "AppSecret"}


def test_operators_are_alarmed_on_5xx_per_api_and_on_ingestion_failures(translated: Template) -> None:
    alarms = {
        name: alarm["Properties"] for name, alarm in of_type(translated, "AWS::CloudWatch::Alarm").items()
    }
    for function in ("ClientData", "Retrieve", "PostCall"):
        alarm = alarms[f"{function}ServerErrorAlarm"]
        assert (alarm["Namespace"], alarm["MetricName"]) == ("AWS/ApiGateway", "5xx")
        assert {"Name": "ApiId", "Value": {"Ref": f"{function}Api"}} in alarm["Dimensions"]
    ingestion = alarms["IngestionFailureAlarm"]
    assert (ingestion["Namespace"], ingestion["MetricName"]) == (METRICS_NAMESPACE, "IngestFailed")
    assert ingestion["Dimensions"] == [{"Name": "service", "Value": "post-call"}]


def test_the_dashboard_is_valid_json_over_the_functions_and_the_queue(translated: Template) -> None:
    body, variables = properties(translated, "OperationsDashboard")["DashboardBody"]["Fn::Sub"]
    rendered = re.sub(r"\$\{([\w:]+)\}", lambda m: m.group(1), body)
    widgets = json.loads(rendered)["widgets"]
    metrics = json.dumps([widget["properties"]["metrics"] for widget in widgets])
    for name in ("ClientDataFunction", "RetrieveFunction", "PostCallFunction", "QueueName", "IngestFailed"):
        assert name in metrics
    assert variables == {"QueueName": {"Fn::GetAtt": ["DeadLetterQueue", "QueueName"]}}


def test_tracing_off_means_no_tracer_is_created(source: Template) -> None:
    variables = source["Globals"]["Function"]["Environment"]["Variables"]
    assert variables["POWERTOOLS_TRACE_DISABLED"] == {"Fn::If": ["TracingActive", "false", "true"]}
    assert source["Conditions"]["TracingActive"] == {"Fn::Equals": [{"Ref": "TracingMode"}, "Active"]}
    assert source["Globals"]["Function"]["Tracing"] == {"Ref": "TracingMode"}


def test_snapstart_is_an_option_on_the_live_alias(source: Template, translated: Template) -> None:
    assert source["Parameters"]["SnapStart"]["AllowedValues"] == ["on", "off"]
    assert source["Parameters"]["SnapStart"]["Default"] == "off"
    for function in FUNCTIONS:
        assert properties(translated, function)["SnapStart"] == {
            "ApplyOn": {"Fn::If": ["SnapStartOn", "PublishedVersions", "None"]}
        }
        assert properties(translated, f"{function}Aliaslive")["Name"] == "live"
    (mapping,) = of_type(translated, "AWS::Lambda::EventSourceMapping").values()
    assert mapping["Properties"]["FunctionName"] == {"Ref": "PostCallFunctionAliaslive"}


def test_each_http_api_is_throttled_and_enumerating_callers_raises_an_alarm(
    source: Template, translated: Template
) -> None:
    for api, rate, burst in (("ClientDataApi", 50, 100), ("RetrieveApi", 50, 100), ("PostCallApi", 200, 400)):
        settings = properties(source, api)["DefaultRouteSettings"]
        assert settings == {"ThrottlingRateLimit": rate, "ThrottlingBurstLimit": burst}
    stages = [r for r in translated["Resources"].values() if r["Type"] == "AWS::ApiGatewayV2::Stage"]
    assert len(stages) == 3
    assert all("ThrottlingRateLimit" in s["Properties"]["DefaultRouteSettings"] for s in stages)

    alarm = properties(source, "CallerEnumerationAlarm")
    assert (alarm["Namespace"], alarm["MetricName"]) == ("ElevenLabsAgenticMemory", "NewCaller")
    assert alarm["Dimensions"] == [{"Name": "service", "Value": "client-data"}]


def test_an_operator_chooses_among_at_most_28_parameters_each_in_one_group(source: Template) -> None:
    """Values nobody changes are constants (the template's literals, the settings' defaults); the
    rest are grouped, so the console shows them under a heading rather than in one long list."""
    parameters = set(source["Parameters"])
    groups = source["Metadata"]["AWS::CloudFormation::Interface"]["ParameterGroups"]
    grouped = [name for group in groups for name in group["Parameters"]]

    # 28 at most (issue 22): new features merge into existing parameters (MemoryUrl, MemoryApiKey,
    # Overrides, RedactSensitive's archive item) or read a constant rather than raise the cap.
    assert len(parameters) <= 28
    assert sorted(grouped) == sorted(parameters)  # each parameter in exactly one group, none unknown
    assert all(group["Label"]["default"] for group in groups)


def test_the_deploy_example_sets_only_parameters_the_template_accepts(source: Template) -> None:
    """samconfig.toml.example, commented lines included: every name is a parameter, every value allowed."""
    text = (TEMPLATE.parent / "samconfig.toml.example").read_text(encoding="utf-8")
    overrides = re.findall(r'^\s*#?\s*"(\w+)=([^"]*)",?$', text, re.MULTILINE)
    assert len(overrides) >= 8
    parameters = source["Parameters"]
    for name, value in overrides:
        assert name in parameters, name
        spec = parameters[name]
        if value != "replace-me":
            assert value in spec.get("AllowedValues", [value]), (name, value)
            assert re.fullmatch(spec.get("AllowedPattern", ".*"), value), (name, value)
            if spec["Type"] == "Number":
                assert (
                    spec.get("MinValue", float("-inf")) <= float(value) <= spec.get("MaxValue", float("inf"))
                )


def test_only_post_call_may_ask_comprehend_and_only_when_the_second_opinion_is_on(
    translated: Template,
) -> None:
    def detects(function: str, conditions: frozenset[str]) -> list[dict[str, Any]]:
        return [
            statement
            for statement in role_statements(translated, function, conditions)
            if any(str(action).startswith("comprehend:") for action in as_list(statement["Action"]))
        ]

    on = frozenset({"PiiSecondOpinionOn"})
    assert detects("PostCallFunction", frozenset()) == []  # off by default: no permission at all
    [statement] = detects("PostCallFunction", on)
    assert as_list(statement["Action"]) == ["comprehend:DetectPiiEntities"]  # no other Comprehend action
    assert statement["Effect"] == "Allow"
    for function in ("ClientDataFunction", "RetrieveFunction"):
        assert detects(function, on) == []


def test_retrieve_writes_only_verification_items_when_caller_verification_is_on(
    translated: Template,
) -> None:
    profiles = [{"Fn::GetAtt": ["CallerProfileTable", "Arn"]}]
    on = grants(translated, "RetrieveFunction", frozenset({"CallerVerificationOn"}))
    assert on["dynamodb:PutItem"] == on["dynamodb:UpdateItem"] == on["dynamodb:DeleteItem"] == profiles
    statements = role_statements(translated, "RetrieveFunction", frozenset({"CallerVerificationOn"}))
    (writes,) = [s for s in statements if s.get("Sid") == "WriteVerification"]
    assert writes["Condition"] == {
        "ForAllValues:StringLike": {"dynamodb:LeadingKeys": ["verification#*", "erasure-request#*"]}
    }
    # Verification's counters and verified calls expire (verification_store): the table's TTL removes them.
    table = properties(translated, "CallerProfileTable")
    assert table["TimeToLiveSpecification"] == {"AttributeName": "expiration", "Enabled": True}
