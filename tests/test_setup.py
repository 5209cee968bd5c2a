"""``agentic-memory setup`` and doctor's ElevenLabs checks, with the official SDK against the fake API.

The stack is a CloudFormation stack in moto (outputs, parameters, its secret), the workspace the
fake ElevenLabs API (testkit/fakes/elevenlabs.py), holding agents as the dashboard creates them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import boto3
import pytest

from agentic_memory.agent_variables import agent_key
from agentic_memory.greeting import DYNAMIC_VARIABLES
from agentic_memory.runtime import secrets
from agentic_memory.workspace import NUMBERS_KEY
from agentic_memory_ops.cli import main
from agentic_memory_ops.cli.target import Stack
from agentic_memory_ops.elevenlabs_agent import DATA_COLLECTION
from testkit.aws import PROFILE_TABLE
from testkit.fakes.elevenlabs import FakeElevenLabs
from testkit.payloads import HMAC_SECRET, WORKSPACE_KEY

API_KEY = "xi-test-key"
AGENT = "agent_0000fake0000000000000000aa"
OTHER_AGENT = "agent_0000fake0000000000000000bb"
# https as ElevenLabs requires; localhost port 1 so that doctor's probes are refused at once, offline.
BASE = "https://localhost:1"
STACK_TEMPLATE = {
    "Parameters": {
        name: {"Type": "String"}
        for name in (
            "SecretArn",
            "ForgetMeTool",
            "Overrides",
            "BasePrompt",
        )
    },
    "Resources": {"DeadLetterQueue": {"Type": "AWS::SQS::Queue"}},
    "Outputs": {
        "AppSecretArn": {"Value": {"Ref": "SecretArn"}},
        "ClientDataApiUrl": {"Value": f"{BASE}/client-data"},
        "RetrieveApiUrl": {"Value": f"{BASE}/retrieve"},
        "PostCallApiUrl": {"Value": f"{BASE}/post-call"},
        "ForgetMeUrl": {"Value": f"{BASE}/forget-me"},
    },
}


@pytest.fixture
def elevenlabs(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeElevenLabs]:
    with FakeElevenLabs(api_key=API_KEY) as fake:
        fake.workspace.add_agent(AGENT)
        fake.workspace.add_agent(OTHER_AGENT)
        monkeypatch.setenv("ELEVENLABS_API_URL", fake.url)
        for name in ("ELEVENLABS_API_KEY", "ELEVENLABS_WORKSPACE_KEY", "ELEVENLABS_HMAC_KEY"):
            monkeypatch.delenv(name, raising=False)
        yield fake


def deploy(name: str = "agentic-memory", **parameters: str) -> str:
    """A stack as `sam deploy` leaves it: outputs, parameters and its secret."""
    secret = boto3.client("secretsmanager").create_secret(
        Name=f"{name}-secret",
        SecretString=json.dumps(
            {
                "MEM0_API_KEY": "m0-key",
                "ELEVENLABS_HMAC_KEY": HMAC_SECRET,
                "ELEVENLABS_WORKSPACE_KEY": WORKSPACE_KEY,
                "ELEVENLABS_API_KEY": API_KEY,
            }
        ),
    )["ARN"]
    values = {
        "SecretArn": secret,
        "ForgetMeTool": "off",
        "Overrides": "",
        "BasePrompt": "",
        **parameters,
    }
    boto3.client("cloudformation").create_stack(
        StackName=name,
        TemplateBody=json.dumps(STACK_TEMPLATE),
        Parameters=[{"ParameterKey": k, "ParameterValue": v} for k, v in values.items()],
    )
    return name


def stack_secret(name: str = "agentic-memory") -> dict[str, str]:
    stored: dict[str, str] = json.loads(
        boto3.client("secretsmanager").get_secret_value(SecretId=f"{name}-secret")["SecretString"]
    )
    return stored


def setup(*extra: str) -> int:
    secrets._cache.clear()  # each command is a new process
    return main(["setup", "--stack", "agentic-memory", "--agent", AGENT, "--yes", *extra])


def agent(fake: FakeElevenLabs, agent_id: str = AGENT) -> dict[str, Any]:
    return fake.workspace.agents[agent_id]


def tool_named(fake: FakeElevenLabs, name: str) -> tuple[str, dict[str, Any]]:
    (found,) = [(i, t) for i, t in fake.workspace.tools.items() if t["name"] == name]
    return found


@pytest.mark.usefixtures("aws")
def test_setup_configures_the_agent_and_a_second_run_changes_nothing(
    elevenlabs: FakeElevenLabs, capsys: pytest.CaptureFixture[str]
) -> None:
    deploy()
    workspace = elevenlabs.workspace

    assert setup() == 0
    out = capsys.readouterr().out

    # The workspace key, as a workspace secret; never printed.
    ((secret_id, secret),) = workspace.secrets.items()
    assert secret["value"] == WORKSPACE_KEY and WORKSPACE_KEY not in out
    # The post-call webhook, HMAC, retries on; its generated secret is now the stack's, unprinted.
    ((webhook_id, webhook),) = workspace.webhooks.items()
    assert webhook["webhook_url"] == f"{BASE}/post-call" and webhook["auth_type"] == "hmac"
    assert workspace.retry_enabled[webhook_id] is True
    assert stack_secret()["ELEVENLABS_HMAC_KEY"] == workspace.webhook_secrets[webhook_id]
    assert workspace.webhook_secrets[webhook_id] not in out
    # The search tool on the stack's URL with the secret header; no forget_me (ForgetMeTool=off).
    tool_id, tool = tool_named(elevenlabs, "search_memory")
    assert tool["api_schema"]["url"] == f"{BASE}/retrieve"
    assert tool["api_schema"]["request_headers"] == {"X-Workspace-Key": {"secret_id": secret_id}}
    assert tool["api_schema"]["request_body_schema"]["properties"]["caller_id"] == {
        "type": "string",
        "dynamic_variable": "system__caller_id",
    }
    assert [t["name"] for t in workspace.tools.values()] == ["search_memory"]

    configured = agent(elevenlabs)
    speaking = configured["conversation_config"]["agent"]
    assert speaking["first_message"] == "{{first_message}}"
    assert speaking["prompt"]["tool_ids"] == [tool_id]
    assert speaking["prompt"]["prompt"] == "You are Alexis, a receptionist."  # the agent's own, kept
    settings = configured["platform_settings"]
    assert {"first_name", "next_appointment"} <= set(settings["data_collection"])
    assert settings["overrides"]["conversation_config_override"]["agent"] == {
        "first_message": False,
        "language": False,
        "prompt": {"prompt": False},
    }
    assert settings["overrides"]["enable_conversation_initiation_client_data_from_webhook"] is True
    assert settings["workspace_overrides"] == {
        "conversation_initiation_client_data_webhook": {
            "url": f"{BASE}/client-data",
            "request_headers": {"X-Workspace-Key": {"secret_id": secret_id}},
        },
        "webhooks": {
            "post_call_webhook_id": webhook_id,
            "events": ["transcript", "audio", "call_initiation_failure"],
        },
    }
    assert workspace.agent_updates == {AGENT: 1}
    assert OTHER_AGENT not in workspace.agent_updates  # only the agents named

    writes = workspace.writes
    assert setup() == 0
    assert "nothing to change" in capsys.readouterr().out
    assert workspace.writes == writes
    assert workspace.agent_updates == {AGENT: 1}


@pytest.mark.usefixtures("aws")
def test_a_dry_run_shows_the_plan_and_changes_nothing(
    elevenlabs: FakeElevenLabs, capsys: pytest.CaptureFixture[str]
) -> None:
    deploy()
    assert setup("--dry-run") == 0
    plan = capsys.readouterr().out
    assert "create the workspace secret" in plan and "create the search_memory tool" in plan
    assert f"agent {AGENT}: first message {{{{first_message}}}}" in plan
    assert elevenlabs.workspace.writes == 0


@pytest.mark.usefixtures("aws")
def test_setup_asks_first_and_needs_yes_without_a_terminal(
    elevenlabs: FakeElevenLabs, capsys: pytest.CaptureFixture[str]
) -> None:
    deploy()
    assert main(["setup", "--stack", "agentic-memory", "--agent", AGENT]) == 2
    assert "pass --yes" in capsys.readouterr().err
    assert elevenlabs.workspace.writes == 0


@pytest.mark.usefixtures("aws")
def test_the_switches_decide_the_overrides_and_the_forget_me_tool(elevenlabs: FakeElevenLabs) -> None:
    deploy(ForgetMeTool="on", Overrides="first_message,language")
    assert setup() == 0

    forget_id, forget = tool_named(elevenlabs, "forget_me")
    assert forget["api_schema"]["url"] == f"{BASE}/forget-me"
    assert forget_id in agent(elevenlabs)["conversation_config"]["agent"]["prompt"]["tool_ids"]
    allowed = agent(elevenlabs)["platform_settings"]["overrides"]["conversation_config_override"]["agent"]
    assert allowed == {"first_message": True, "language": True, "prompt": {"prompt": False}}


@pytest.mark.usefixtures("aws")
def test_the_agents_own_configuration_is_kept(elevenlabs: FakeElevenLabs) -> None:
    deploy()
    own = agent(elevenlabs)
    own["conversation_config"]["agent"]["prompt"]["tool_ids"] = ["tool_calendar"]
    own["platform_settings"]["data_collection"] = {"first_name": {"type": "string", "description": "Mine."}}
    own["platform_settings"]["overrides"]["conversation_config_override"]["tts"] = {"voice_id": True}

    assert setup() == 0

    configured = agent(elevenlabs)
    tool_id, _ = tool_named(elevenlabs, "search_memory")
    assert configured["conversation_config"]["agent"]["prompt"]["tool_ids"] == ["tool_calendar", tool_id]
    assert configured["platform_settings"]["data_collection"]["first_name"]["description"] == "Mine."
    assert configured["platform_settings"]["overrides"]["conversation_config_override"]["tts"] == {
        "voice_id": True
    }


@pytest.mark.usefixtures("aws")
def test_a_changed_stack_is_followed_a_stale_tool_replaced_and_a_disabled_webhook_enabled(
    elevenlabs: FakeElevenLabs,
) -> None:
    deploy()
    assert setup() == 0
    workspace = elevenlabs.workspace
    old_tool, _ = tool_named(elevenlabs, "search_memory")
    (webhook_id,) = workspace.webhooks
    workspace.webhooks[webhook_id]["is_auto_disabled"] = True

    # The workspace key was rotated in the stack.
    client = boto3.client("secretsmanager")
    rotated = {**stack_secret(), "ELEVENLABS_WORKSPACE_KEY": "rotated-workspace-key"}
    client.put_secret_value(SecretId="agentic-memory-secret", SecretString=json.dumps(rotated))
    assert setup() == 0

    new_secret = next(i for i, s in workspace.secrets.items() if s["value"] == "rotated-workspace-key")
    _, tool = tool_named(elevenlabs, "search_memory")
    assert tool["api_schema"]["request_headers"] == {"X-Workspace-Key": {"secret_id": new_secret}}
    hook = agent(elevenlabs)["platform_settings"]["workspace_overrides"][
        "conversation_initiation_client_data_webhook"
    ]
    assert hook["request_headers"] == {"X-Workspace-Key": {"secret_id": new_secret}}
    assert workspace.webhooks[webhook_id]["is_auto_disabled"] is False
    assert tool_named(elevenlabs, "search_memory")[0] == old_tool  # updated in place, not duplicated


@pytest.mark.usefixtures("aws")
def test_doctor_names_what_is_wrong_at_elevenlabs_and_passes_after_setup(
    elevenlabs: FakeElevenLabs, capsys: pytest.CaptureFixture[str]
) -> None:
    deploy(Overrides="first_message")
    secrets._cache.clear()
    main(["doctor", "--stack", "agentic-memory", "--agent", AGENT])
    before = {line[6:31].strip(): line for line in capsys.readouterr().out.splitlines()}
    assert AGENT in before["ElevenLabs agent"]
    assert (
        before["ElevenLabs webhook"].startswith("FAIL")
        and "agentic-memory setup" in before["ElevenLabs webhook"]
    )
    assert before["ElevenLabs agent"].startswith("FAIL")
    assert "data collection" in before["ElevenLabs agent"] and "placeholders" in before["ElevenLabs agent"]
    # A permission the stack needs that is off: a warning naming it, not a failure.
    assert before["ElevenLabs permissions"].startswith("WARN")
    assert "conversation_config_override.agent.first_message" in before["ElevenLabs permissions"]

    assert setup() == 0
    capsys.readouterr()
    (webhook_id,) = elevenlabs.workspace.webhooks
    elevenlabs.workspace.webhooks[webhook_id].update(
        is_auto_disabled=True, most_recent_failure_error_code=500, most_recent_failure_timestamp=1764547200
    )
    secrets._cache.clear()
    main(["doctor", "--stack", "agentic-memory", "--agent", AGENT])
    after = {line[6:31].strip(): line for line in capsys.readouterr().out.splitlines()}
    assert after["ElevenLabs agent"].startswith("PASS")
    assert after["ElevenLabs webhook"].startswith("FAIL")
    assert "disabled it after repeated failures" in after["ElevenLabs webhook"]
    assert "HTTP 500" in after["ElevenLabs webhook"]
    for secret in (WORKSPACE_KEY, API_KEY, stack_secret()["ELEVENLABS_HMAC_KEY"]):
        assert secret not in "\n".join(after.values())


@pytest.mark.usefixtures("aws")
def test_setup_refuses_urls_elevenlabs_cannot_call_and_reports_api_errors_in_one_line(
    elevenlabs: FakeElevenLabs, capsys: pytest.CaptureFixture[str]
) -> None:
    deploy()
    assert setup("--base-url", "http://127.0.0.1:3000") == 2
    assert "HTTPS URLs only" in capsys.readouterr().err

    assert main(["setup", "--stack", "agentic-memory", "--agent", "agent_unknown", "--yes"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ElevenLabs: HTTP 404" in err


def item(key: str) -> dict[str, Any] | None:
    found: dict[str, Any] | None = (
        boto3.client("dynamodb").get_item(TableName=PROFILE_TABLE, Key={"pk": {"S": key}}).get("Item")
    )
    return found


@pytest.mark.usefixtures("aws")
def test_the_previous_first_message_becomes_the_placeholder_and_every_variable_gets_one(
    elevenlabs: FakeElevenLabs,
) -> None:
    deploy()
    assert setup() == 0

    speaking = agent(elevenlabs)["conversation_config"]["agent"]
    placeholders = speaking["dynamic_variables"]["dynamic_variable_placeholders"]
    assert speaking["first_message"] == "{{first_message}}"
    # What the widget, a test call, outbound and batch calls say: the agent's own first message.
    assert placeholders["first_message"] == "Hello, this is Alexis. How can I help?"
    assert set(DYNAMIC_VARIABLES) <= set(placeholders)
    assert placeholders["returning_caller"] == "no" and placeholders["memory_count"] == "0"
    assert all(isinstance(v, str) for v in placeholders.values())


@pytest.mark.usefixtures("aws")
def test_an_agent_without_a_first_message_gets_the_default_greeting_as_placeholder(
    elevenlabs: FakeElevenLabs, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DEFAULT_FIRST_MESSAGE", "Northside Dental, how can I help?")
    deploy()
    agent(elevenlabs)["conversation_config"]["agent"]["first_message"] = ""
    assert setup() == 0

    placeholders = agent(elevenlabs)["conversation_config"]["agent"]["dynamic_variables"][
        "dynamic_variable_placeholders"
    ]
    assert placeholders["first_message"] == "Northside Dental, how can I help?"


@pytest.mark.usefixtures("aws")
def test_permissions_are_only_ever_switched_on_and_the_agents_placeholders_kept(
    elevenlabs: FakeElevenLabs,
) -> None:
    deploy(Overrides="first_message")
    own = agent(elevenlabs)
    allowed = own["platform_settings"]["overrides"]["conversation_config_override"]["agent"]
    allowed["prompt"] = {"prompt": True}  # the operator's web app overrides the prompt
    allowed["language"] = True
    own["conversation_config"]["agent"]["dynamic_variables"] = {
        "dynamic_variable_placeholders": {"clinic": "Northside", "caller_name": "friend"}
    }

    assert setup() == 0

    configured = agent(elevenlabs)
    allowed = configured["platform_settings"]["overrides"]["conversation_config_override"]["agent"]
    assert allowed == {"first_message": True, "language": True, "prompt": {"prompt": True}}
    placeholders = configured["conversation_config"]["agent"]["dynamic_variables"][
        "dynamic_variable_placeholders"
    ]
    assert placeholders["clinic"] == "Northside" and placeholders["caller_name"] == "friend"


@pytest.mark.usefixtures("aws")
def test_the_analysis_items_are_added_beside_the_agents_own_and_the_tools_send_both_numbers(
    elevenlabs: FakeElevenLabs,
) -> None:
    deploy(ForgetMeTool="on")
    own = {"type": "boolean", "description": "Whether the caller booked."}
    agent(elevenlabs)["platform_settings"]["data_collection"] = {"booked": own, "call_topic": {**own}}
    assert setup() == 0

    collected = agent(elevenlabs)["platform_settings"]["data_collection"]
    assert collected["booked"] == own and collected["call_topic"] == own  # the agent's own, unchanged
    for key in (
        "open_item",
        "open_item_date",
        "lasting_facts",
        "sensitive_category",
        "secrets_said",
        "first_name",
    ):
        assert collected[key] == DATA_COLLECTION[key] and collected[key]["type"] == "string"
    for name in ("search_memory", "forget_me"):
        properties = tool_named(elevenlabs, name)[1]["api_schema"]["request_body_schema"]["properties"]
        assert properties["caller_id"] == {"type": "string", "dynamic_variable": "system__caller_id"}
        assert properties["called_number"] == {"type": "string", "dynamic_variable": "system__called_number"}


@pytest.mark.usefixtures("aws")
def test_setup_records_the_workspace_numbers_and_the_agents_variables_and_doctor_refreshes_numbers(
    elevenlabs: FakeElevenLabs,
) -> None:
    deploy()
    workspace = elevenlabs.workspace
    workspace.add_phone_number("+15550100001")
    workspace.add_phone_number("+15550100002", provider="sip_trunk")
    speaking = agent(elevenlabs)["conversation_config"]["agent"]
    speaking["prompt"]["prompt"] = (
        "You work for {{clinic}}. Loyalty tier: {{ tier }}. Today {{system__time_utc}}."
    )
    speaking["dynamic_variables"] = {"dynamic_variable_placeholders": {"clinic": "Northside"}}

    assert setup() == 0

    numbers = item(NUMBERS_KEY)
    assert numbers is not None and set(numbers["numbers"]["SS"]) == {"+15550100001", "+15550100002"}
    recorded = item(agent_key(AGENT))
    assert recorded is not None
    variables = {k: v["S"] for k, v in recorded["variables"]["M"].items()}
    assert variables["clinic"] == "Northside" and variables["tier"] == ""
    assert "system__time_utc" not in variables
    assert variables["first_message"] == "Hello, this is Alexis. How can I help?"

    workspace.add_phone_number("+15550100003")
    secrets._cache.clear()
    main(["doctor", "--stack", "agentic-memory", "--agent", AGENT])
    numbers = item(NUMBERS_KEY)
    assert numbers is not None and "+15550100003" in numbers["numbers"]["SS"]


@pytest.mark.usefixtures("aws")
def test_undo_restores_each_agent_as_before_the_first_setup_and_keeps_what_came_since(
    elevenlabs: FakeElevenLabs, capsys: pytest.CaptureFixture[str]
) -> None:
    deploy(Overrides="first_message")
    own = agent(elevenlabs)
    own["conversation_config"]["agent"]["prompt"]["tool_ids"] = ["tool_calendar"]
    own["platform_settings"]["data_collection"] = {"booked": {"type": "boolean", "description": "Booked?"}}
    before = json.loads(json.dumps(own))

    assert setup() == 0
    assert setup() == 0  # a second setup does not overwrite the saved copy
    agent(elevenlabs)["conversation_config"]["agent"]["prompt"]["prompt"] = "Changed since."
    capsys.readouterr()
    assert setup("--undo") == 0
    plan = capsys.readouterr().out
    assert "as before the first setup: first message back to 'Hello, this is Alexis." in plan
    assert "placeholders" in plan and "call_topic" in plan and "taken off" in plan

    after = agent(elevenlabs)
    speaking = after["conversation_config"]["agent"]
    assert speaking["first_message"] == before["conversation_config"]["agent"]["first_message"]
    assert speaking["prompt"]["tool_ids"] == ["tool_calendar"]
    assert speaking["prompt"]["prompt"] == "Changed since."  # not setup's to take back
    assert not (speaking.get("dynamic_variables") or {}).get("dynamic_variable_placeholders")
    assert after["platform_settings"]["data_collection"] == before["platform_settings"]["data_collection"]
    assert after["platform_settings"]["overrides"] == before["platform_settings"]["overrides"]
    hooks = after["platform_settings"]["workspace_overrides"]
    assert not hooks.get("conversation_initiation_client_data_webhook") and not hooks.get("webhooks")
    assert item("setup#agent#" + AGENT) is None
    capsys.readouterr()
    assert setup("--undo") == 0  # nothing saved any more: said, nothing written
    assert "no saved copy" in capsys.readouterr().out


@pytest.mark.usefixtures("aws")
def test_a_reordered_answer_is_no_change_for_setup_or_doctor(
    elevenlabs: FakeElevenLabs, capsys: pytest.CaptureFixture[str]
) -> None:
    deploy(ForgetMeTool="on")
    assert setup() == 0
    stored = agent(elevenlabs)
    stored["conversation_config"]["agent"]["prompt"]["tool_ids"].reverse()
    stored["platform_settings"]["workspace_overrides"]["webhooks"]["events"].sort()
    writes = elevenlabs.workspace.writes

    assert setup() == 0
    assert "nothing to change" in capsys.readouterr().out
    assert elevenlabs.workspace.writes == writes
    secrets._cache.clear()
    main(["doctor", "--stack", "agentic-memory", "--agent", AGENT])
    lines = {line[6:31].strip(): line for line in capsys.readouterr().out.splitlines()}
    assert lines["ElevenLabs agent"].startswith("PASS")


BEYOND_LIMITS = {
    "a placeholder with the reserved prefix": (
        ("conversation_config", "agent", "dynamic_variables"),
        {"dynamic_variable_placeholders": {"system__caller_id": "+1"}},
        "system__",
    ),
    "an item of a type ElevenLabs does not have": (
        ("platform_settings", "data_collection"),
        {"booked": {"type": "date", "description": "When."}},
        "not one of string",
    ),
    "an item with two value sources": (
        ("platform_settings", "data_collection"),
        {"tier": {"type": "string", "description": "The tier.", "constant_value": "gold"}},
        "only one of",
    ),
}


@pytest.mark.usefixtures("aws")
@pytest.mark.parametrize("case", list(BEYOND_LIMITS))
def test_what_exceeds_elevenlabs_limits_is_refused_before_anything_is_written(
    elevenlabs: FakeElevenLabs, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    deploy()
    path, value, said = BEYOND_LIMITS[case]
    holder = agent(elevenlabs)
    for key in path[:-1]:
        holder = holder[key]
    holder[path[-1]] = value

    assert setup() == 2
    err = capsys.readouterr().err
    assert "nothing was changed" in err and said in err and err.count("\n") == 1
    assert elevenlabs.workspace.writes == 0


@pytest.mark.usefixtures("aws")
def test_a_key_without_access_to_phone_numbers_still_sets_the_agent_up_and_says_so(
    elevenlabs: FakeElevenLabs, capsys: pytest.CaptureFixture[str]
) -> None:
    deploy()
    elevenlabs.workspace.phone_numbers_forbidden = True

    assert setup() == 0
    out = capsys.readouterr().out
    assert "phone numbers could not be read (403)" in out
    assert agent(elevenlabs)["conversation_config"]["agent"]["first_message"] == "{{first_message}}"
    assert item(NUMBERS_KEY) is None
    secrets._cache.clear()
    main(["doctor", "--stack", "agentic-memory", "--agent", AGENT])
    lines = {line[6:31].strip(): line for line in capsys.readouterr().out.splitlines()}
    assert lines["ElevenLabs numbers"].startswith("WARN") and "403" in lines["ElevenLabs numbers"]


@pytest.mark.parametrize(
    ("parameters", "expected"),
    [
        (
            {"Overrides": "first_message", "BasePrompt": "You are Ada.", "MemoryUrl": "https://m0.example"},
            {
                "FIRST_MESSAGE_OVERRIDE": "on",
                "LANGUAGE_OVERRIDE": "off",
                "PROMPT_OVERRIDE": "on",
                "MEM0_HOST": "https://m0.example",
            },
        ),
        (
            {
                "Overrides": "",
                "BasePrompt": "",
                "MemoryBackend": "openmemory",
                "MemoryUrl": "https://om.example",
            },
            {
                "FIRST_MESSAGE_OVERRIDE": "off",
                "LANGUAGE_OVERRIDE": "off",
                "PROMPT_OVERRIDE": "off",
                "OPENMEMORY_URL": "https://om.example",
            },
        ),
        # A stack deployed with the older parameter names (docs/configuration.md, "Upgrading").
        (
            {
                "FirstMessageOverride": "off",
                "PromptOverride": "on",
                "LanguageOverride": "on",
                "BasePrompt": "",
                "Mem0Host": "https://m0.example",
            },
            {
                "FIRST_MESSAGE_OVERRIDE": "off",
                "LANGUAGE_OVERRIDE": "on",
                "PROMPT_OVERRIDE": "on",
                "MEM0_HOST": "https://m0.example",
            },
        ),
    ],
)
def test_a_stack_tells_the_cli_the_variables_its_parameters_stand_for(
    parameters: dict[str, str], expected: dict[str, str]
) -> None:
    assert Stack(name="agentic-memory", parameters=parameters).environment() == expected
