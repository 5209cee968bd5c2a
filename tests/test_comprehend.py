"""Amazon Comprehend as a second opinion (``PII_SECOND_OPINION=comprehend``): it reads what the rules
left, what it finds of a caller's secrets goes too, and when it fails or cannot read the language the
rules alone stand and the call goes on."""

from __future__ import annotations

import json
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from agentic_memory import comprehend
from agentic_memory.runtime import aws, observability
from agentic_memory.sensitive import redact_transcription
from agentic_memory.settings import get_settings
from agentic_memory_ops.events import s3_event, signed_webhook_event
from testkit.aws import BUCKET
from testkit.fakes.comprehend import FakeComprehend
from testkit.fakes.mem0 import FakeMem0Server
from testkit.handlers import LambdaContext
from testkit.payloads import HMAC_SECRET, fixture_json
from testkit.queue import run_extraction_checks

KINDS = frozenset({"cards", "bank_accounts", "national_ids", "secrets"})
PASSPHRASE = "lily pad 44"  # said with no word the rules know: "for the portal it's, um, lily pad 44"


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeComprehend]:
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    aws.session.cache_clear()
    comprehend.client.cache_clear()
    with FakeComprehend() as fake:
        yield fake
    comprehend.client.cache_clear()


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    names: list[str] = []
    monkeypatch.setattr(observability.metrics, "add_metric", lambda name, **_: names.append(name))
    return names


def call(*said: str, language: str = "en") -> dict[str, Any]:
    return {
        "transcript": [{"role": "user", "message": text} for text in said],
        "metadata": {"main_language": language},
        "analysis": {
            "transcript_summary": f"The caller set up the portal; the passphrase is {PASSPHRASE}.",
            "data_collection_results": {
                "lasting_facts": {"value": "Lives at 12 Elm Street", "rationale": None}
            },
        },
    }


def test_what_comprehend_finds_goes_and_it_never_sees_what_the_rules_took(fake: FakeComprehend) -> None:
    fake.finds(PASSPHRASE, "PASSWORD")
    fake.finds("12 Elm Street", "ADDRESS")  # not a secret: memory is for addresses
    data = call("My PIN is 4321.", f"For the portal it's, um, {PASSPHRASE}, lowercase.")

    assert redact_transcription(data, KINDS, second_opinion=True) == {"secrets"}

    text = json.dumps(data)
    assert PASSPHRASE not in text and "4321" not in text
    assert "[secret], lowercase" in data["transcript"][1]["message"]
    assert "Lives at 12 Elm Street" in text
    [request] = fake.requests  # one call's texts in one request
    assert request["LanguageCode"] == "en" and "4321" not in request["Text"]


def test_a_call_in_a_language_comprehend_does_not_read_is_left_to_the_rules(
    fake: FakeComprehend, counted: list[str]
) -> None:
    fake.finds(PASSPHRASE, "PASSWORD")
    data = call(f"Pour le portail c'est {PASSPHRASE}.", language="fr")
    redact_transcription(data, KINDS, second_opinion=True)
    assert fake.requests == [] and counted == ["PiiSecondOpinionSkipped"]
    assert PASSPHRASE in json.dumps(data)  # what the rules did not know stays: the floor is the rules


@pytest.mark.parametrize(("status", "code"), [(500, "InternalServerException"), (400, "ThrottlingException")])
def test_a_failure_leaves_the_rules_redaction_and_is_counted(
    fake: FakeComprehend, counted: list[str], status: int, code: str
) -> None:
    fake.finds(PASSPHRASE, "PASSWORD")
    fake.fail(status, code, times=5)
    data = call("My PIN is 4321.", f"It's {PASSPHRASE}.")
    assert redact_transcription(data, KINDS, second_opinion=True) == {"secrets"}  # the rules' own
    assert "4321" not in json.dumps(data)
    assert counted == ["PiiSecondOpinionFailed"]
    assert len(fake.requests) == 2  # one retry (comprehend._CONFIG), then the rules alone


def test_a_long_call_goes_in_requests_under_100_kb_and_offsets_map_back(fake: FakeComprehend) -> None:
    fake.finds("Q7-ZEBRA-19", "PASSWORD")
    filler = "We talked about the garden and the weather for a while. " * 40  # about 2.3 KB a turn
    said = [f"{filler} Turn {n}." for n in range(80)] + ["The word is Q7-ZEBRA-19, then."]
    data = call(*said, "Ça va, merci.")
    redact_transcription(data, KINDS, second_opinion=True)

    assert len(fake.requests) >= 2
    assert all(len(r["Text"].encode()) <= 100_000 for r in fake.requests)
    assert data["transcript"][80]["message"] == "The word is [secret], then."
    assert [t["message"] for t in data["transcript"][:80]] == said[:80]  # nothing else moved


def test_only_the_types_that_are_secrets_are_taken(fake: FakeComprehend) -> None:
    fake.finds("Daniel Ortiz", "NAME")
    fake.finds("555-0100", "PHONE")
    fake.finds("X1Y2Z3", "PASSPORT_NUMBER", score=0.3)  # less likely than not: kept
    data = call("I'm Daniel Ortiz, call me on 555-0100, the form says X1Y2Z3.")
    redact_transcription(data, KINDS, second_opinion=True)
    assert data["transcript"][0]["message"] == "I'm Daniel Ortiz, call me on 555-0100, the form says X1Y2Z3."


@pytest.mark.usefixtures("aws")
def test_nothing_comprehend_finds_reaches_mem0(
    post_call: ModuleType, memory_server: FakeMem0Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PII_SECOND_OPINION", "comprehend")
    get_settings.cache_clear()
    comprehend.client.cache_clear()
    document = fixture_json("post_call_transcription_returning_caller.json")
    document["data"]["transcript"].append(
        {"role": "user", "message": f"For the portal it's, um, {PASSPHRASE}."}
    )
    body = json.dumps(document).encode()
    with FakeComprehend() as fake:
        fake.finds(PASSPHRASE, "PASSWORD")
        assert (
            post_call.lambda_handler(signed_webhook_event(body, HMAC_SECRET), LambdaContext())["statusCode"]
            == 200
        )
        key = "conversations/conv_0000fake0000000000000000002/transcription.json"
        post_call.lambda_handler(s3_event(BUCKET, key), LambdaContext())
        run_extraction_checks(post_call)
    comprehend.client.cache_clear()

    sent = " ".join(json.dumps(r.json) for r in memory_server.requests if r.json)
    assert PASSPHRASE not in sent and "[secret]" in sent
    assert fake.requests and fake.requests[0]["LanguageCode"] == "en"
