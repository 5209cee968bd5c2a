"""template.yaml with MemoryBackend=agentcore: it lints and transforms with that choice and a KMS key, the
Memory is the one the backend expects, and each function may do only what it does with it."""

from __future__ import annotations

import json
from typing import Any

import pytest

from agentic_memory import agentcore_wire as wire
from testkit.template import grants, lint_messages, load_source, properties, sam_transform

KEY = "arn:aws:kms:us-east-1:123456789012:key/0b3c9a1e-1111-2222-3333-444455556666"
ON = frozenset({"AgentCoreOn", "AgentCoreKmsKeyOn"})
MEMORY_ARN = {"Fn::GetAtt": ["AgentCoreMemory", "MemoryArn"]}


@pytest.fixture(scope="module")
def chosen() -> dict[str, Any]:
    """The source with agentcore and a KMS key as the parameters' values (cfn-lint reads defaults)."""
    source = load_source()
    source["Parameters"]["MemoryBackend"]["Default"] = "agentcore"
    source["Parameters"]["AgentCoreKmsKeyArn"]["Default"] = KEY
    return source


@pytest.fixture(scope="module")
def translated(chosen: dict[str, Any]) -> dict[str, Any]:
    return sam_transform(chosen)


def test_the_template_with_agentcore_lints_before_and_after_the_transform(
    chosen: dict[str, Any], translated: dict[str, Any]
) -> None:
    assert lint_messages(json.dumps(chosen, indent=1)) == []
    assert lint_messages(json.dumps(translated, indent=1)) == []


def test_the_memory_is_the_one_the_backend_reads(translated: dict[str, Any]) -> None:
    memory = properties(translated, "AgentCoreMemory")
    namespaces = [next(iter(s.values()))["Namespaces"][0] for s in memory["MemoryStrategies"]]
    assert namespaces == [
        "/callers/{actorId}/agents/{agent}/facts",
        "/callers/{actorId}/agents/{agent}/summaries/{sessionId}",
        "/callers/{actorId}/agents/{agent}/preferences",
    ]
    assert memory["NamespaceKeys"] == [{"Key": "agent"}]
    indexed = {key["Key"] for key in memory["IndexedKeys"]}
    filtered_on = {wire.CONVERSATION, wire.CHUNK, wire.KIND}
    assert filtered_on <= indexed
    expiry = {"RecordExpiryDurationDays": {"Ref": "MemoryRetentionDays"}}
    for strategy in memory["MemoryStrategies"]:
        assert next(iter(strategy.values()))["RecordExpirySpecification"] == {
            "Fn::If": ["KeepUntilErased", {"Ref": "AWS::NoValue"}, expiry]
        }
        schema = next(iter(strategy.values()))["MemoryRecordSchema"]["MetadataSchema"]
        passed = {entry["Key"] for entry in schema if entry["ExtractionType"] == "STRICTLY_CONSISTENT"}
        assert indexed | {"call_date", "categories", "expires"} <= passed
    assert memory["EventExpiryDuration"] == {
        "Fn::If": ["KeepUntilErased", 365, {"Ref": "MemoryRetentionDays"}]
    }
    assert memory["EncryptionKeyArn"] == {
        "Fn::If": ["AgentCoreKmsKeyOn", {"Ref": "AgentCoreKmsKeyArn"}, {"Ref": "AWS::NoValue"}]
    }
    assert translated["Resources"]["AgentCoreMemory"]["Condition"] == "AgentCoreOn"


def test_each_function_may_do_only_what_it_does_with_the_memory(translated: dict[str, Any]) -> None:
    def agentcore_grants(function: str, conditions: frozenset[str]) -> dict[str, list[Any]]:
        allowed = grants(translated, function, conditions)
        return {a: r for a, r in allowed.items() if a.startswith(("bedrock-agentcore:", "kms:"))}

    assert agentcore_grants("ClientDataFunction", ON) == {}
    assert agentcore_grants("RetrieveFunction", ON) == {
        "bedrock-agentcore:RetrieveMemoryRecords": [MEMORY_ARN],
        "kms:Decrypt": [{"Ref": "AgentCoreKmsKeyArn"}],
    }
    ingestion = {
        f"bedrock-agentcore:{action}": [MEMORY_ARN]
        for action in (
            "CreateEvent", "ListEvents", "DeleteEvent", "ListSessions", "ListMemoryRecords",
            "BatchCreateMemoryRecords", "UpdateMemoryRecordExpirySpecification", "BatchDeleteMemoryRecords",
            "ListMemoryExtractionJobs", "StartMemoryExtractionJob",
        )
    }  # fmt: skip
    key = [{"Ref": "AgentCoreKmsKeyArn"}]
    assert agentcore_grants("PostCallFunction", ON) == {
        **ingestion,
        "kms:Decrypt": key,
        "kms:GenerateDataKey": key,
    }
    for function in ("ClientDataFunction", "RetrieveFunction", "PostCallFunction"):
        assert agentcore_grants(function, frozenset()) == {}, function  # mem0-platform: nothing


def test_the_functions_are_told_the_backend_and_the_memory(translated: dict[str, Any]) -> None:
    for function in ("ClientDataFunction", "RetrieveFunction", "PostCallFunction"):
        variables = properties(translated, function)["Environment"]["Variables"]
        assert variables["MEMORY_BACKEND"] == {"Ref": "MemoryBackend"}
        assert variables["AGENTCORE_MEMORY_ID"] == {
            "Fn::If": ["AgentCoreOn", {"Fn::GetAtt": ["AgentCoreMemory", "MemoryId"]}, ""]
        }


def test_the_memory_name_is_the_stack_name_as_the_service_takes_it(translated: dict[str, Any]) -> None:
    """Memory names are ``[a-zA-Z][a-zA-Z0-9_]{0,47}``; stack names have hyphens, up to 27 characters."""
    name = properties(translated, "AgentCoreMemory")["Name"]
    assert name == {
        "Fn::Join": ["_", [{"Fn::Join": ["_", {"Fn::Split": ["-", {"Ref": "AWS::StackName"}]}]}, "memory"]]
    }
    assert len("a" * 27 + "_memory") <= 48


def test_a_retention_agentcore_cannot_keep_is_refused_before_anything_is_created(
    chosen: dict[str, Any],
) -> None:
    """Records expire at least 31 days after writing (RecordExpiryDurationDays): 1 to 30 are refused by
    a rule, which CloudFormation checks before creating anything."""
    rule = chosen["Rules"]["AgentCoreRetention"]
    assert rule["RuleCondition"] == {"Fn::Equals": [{"Ref": "MemoryBackend"}, "agentcore"]}
    ((refused, days),) = [
        assertion["Assert"]["Fn::Not"][0]["Fn::Contains"] for assertion in rule["Assertions"]
    ]
    assert days == {"Ref": "MemoryRetentionDays"}
    assert refused == [str(n) for n in range(1, 31)]
