"""The console in a real browser: headless Chromium (the system's package) driven by Selenium, against
``make run`` after real signed webhooks, as an operator uses it. Screenshots go to build/screenshots/.

Without Chromium and its driver the browser tests are skipped, unless CONSOLE_BROWSER_REQUIRED is set
(``.ci/run`` installs both and sets it). The console's sign-in and origin rules are tested without a
browser, below.
"""

from __future__ import annotations

import argparse
import base64
import json
import math
import os
import shutil
import signal
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from types import ModuleType
from typing import Any

import boto3
import httpx
import moto.sqs.models as sqs_models
import pytest
from moto.core.utils import unix_time_millis

from agentic_memory.ingest import MAX_RESENDS
from agentic_memory.runtime.ingestion import IngestionFailedError
from agentic_memory_ops.cli.target import Target
from agentic_memory_ops.console.app import COOKIE, Console
from agentic_memory_ops.console.data import NO_REASON, PAGE_SIZE, UNUSABLE, ConsoleData
from agentic_memory_ops.events import s3_event, signed_webhook_event
from local_server.aws import free_port
from testkit import ROOT
from testkit.aws import BUCKET, PROFILE_TABLE
from testkit.console import signed_in
from testkit.fakes.mem0 import FakeMem0Server
from testkit.handlers import LambdaContext
from testkit.local_stack import RunningServer, clean_env
from testkit.payloads import HMAC_SECRET, RETURNING_CALLER, RETURNING_CONVERSATION, fixture_json
from testkit.queue import run_extraction_checks

pytestmark = pytest.mark.slow  # make run and a browser

SCREENSHOTS = ROOT / "build" / "screenshots"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
MARIA = "+15550100002"
CALLERS = {  # number -> (conversation, first name, what they said)
    MARIA: ("conv_0000sample00000000000000001", "Maria", None),
    "+15550100031": ("conv_0000console000000000000031", "Tomas", "I need my prescription glasses adjusted."),
    "+15550100032": ("conv_0000console000000000000032", "Aiko", "Please deliver the order to the back door."),
}
TONE_SECONDS = 2


def real_mp3(seconds: int = TONE_SECONDS) -> bytes:
    """A 440 Hz tone encoded by LAME: a real MP3 the browser decodes and plays."""
    import lameenc

    rate = 22050
    samples = b"".join(
        struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * i / rate))) for i in range(rate * seconds)
    )
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(64)
    encoder.set_in_sample_rate(rate)
    encoder.set_channels(1)
    encoder.set_quality(7)
    return bytes(encoder.encode(samples) + encoder.flush())


def transcription(number: str, conversation: str, name: str, said: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(
        (ROOT / "agentic_memory_ops" / "samples" / "post_call_transcription.json").read_text()
    )
    data = document["data"]
    data["conversation_id"] = conversation
    data["metadata"]["start_time_unix_secs"] = int(time.time()) - 3600  # an hour ago: within retention
    data["metadata"]["phone_call"]["external_number"] = number
    data["conversation_initiation_client_data"]["dynamic_variables"]["system__caller_id"] = number
    data["transcript"] = [
        {"role": "agent", "message": "Hello, how can I help?", "time_in_call_secs": 0},
        {"role": "user", "message": f"Hi, I'm {name}. {said}", "time_in_call_secs": 3},
    ]
    data["analysis"]["transcript_summary"] = f"{name} called. {said}"
    data["analysis"]["call_summary_title"] = f"Call from {name}"
    for result in data["analysis"]["data_collection_results"].values():
        if result.get("data_collection_id") in ("first_name", "name"):
            result["value"] = name
    return document


@pytest.fixture
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    if not (CHROMIUM and CHROMEDRIVER):
        if os.environ.get("CONSOLE_BROWSER_REQUIRED"):
            pytest.fail("chromium and chromedriver are required (CONSOLE_BROWSER_REQUIRED)")
        pytest.skip("no chromium/chromedriver: apt-get install chromium chromium-driver")
    folder = tmp_path_factory.mktemp("console")
    server = RunningServer(folder / "data")
    try:
        assert server.cli("send", "--wait").returncode == 0
        for number, (conversation, name, said) in CALLERS.items():
            if said:
                path = folder / f"{conversation}.json"
                path.write_text(json.dumps(transcription(number, conversation, name, said)))
                sent = server.cli("send", str(path), "--wait")
                assert sent.returncode == 0, sent.stdout + sent.stderr
        audio = {
            "type": "post_call_audio",
            "event_timestamp": 1764547200,
            "data": {
                "agent_id": "agent_0000sample00000000000000001",
                "conversation_id": CALLERS[MARIA][0],
                "full_audio": base64.b64encode(real_mp3()).decode(),
            },
        }
        (folder / "audio.json").write_text(json.dumps(audio))
        assert server.cli("send", str(folder / "audio.json")).returncode == 0
        yield server
    finally:
        server.stop()


@pytest.fixture
def browser(stack: RunningServer) -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,900"):
        options.add_argument(flag)
    options.add_argument("--autoplay-policy=no-user-gesture-required")
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(60)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    try:
        yield driver
    finally:
        driver.quit()


def shot(driver: Any, name: str) -> None:
    """The whole page, not only the window."""
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1366, max(900, height))
    driver.save_screenshot(str(SCREENSHOTS / f"{name}.png"))
    driver.set_window_size(1366, 900)


def entry(server: RunningServer) -> str:
    token = json.loads((server.data_dir / "server.json").read_text())["token"]
    return f"{server.url}/console/?token={token}"


def wait(driver: Any, condition: Any, seconds: float = 20) -> Any:
    """Poll ``condition`` until it holds; an element the page re-rendered between finding and reading it
    (a stale reference) is found again at the next poll rather than failing the test."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, seconds, ignored_exceptions=[StaleElementReferenceException]).until(
        condition
    )


def test_an_operator_uses_the_console_of_make_run_in_a_browser_and_of_a_stack_from_the_cli(
    stack: RunningServer, browser: Any
) -> None:
    """One test, so that one worker starts ``make run`` (16 s) and the browser once for the three."""
    an_operator_finds_a_caller_hears_the_call_searches_and_forgets(stack, browser)
    operations_show_the_checks_and_the_queue(stack, browser)
    the_console_command_serves_a_stack_with_the_operators_credentials(stack)


def an_operator_finds_a_caller_hears_the_call_searches_and_forgets(
    stack: RunningServer, browser: Any
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.get(entry(stack))
    assert browser.current_url.endswith("/console/")  # the token is gone from the address
    listed = browser.find_element(By.TAG_NAME, "table").text
    for number, (_, name, _) in CALLERS.items():
        assert name in listed
        assert number not in browser.page_source  # masked: +1********02
    assert "+1********02" in listed
    shot(browser, "callers")

    # Keyboard only: the search box, a name, Enter; then the link.
    box = browser.find_element(By.ID, "q")
    box.send_keys("aiko", Keys.ENTER)
    wait(browser, lambda d: "Callers found" in d.page_source)
    assert [a.text for a in browser.find_elements(By.CSS_SELECTOR, "tbody a")] == ["+1********32"]
    browser.get(f"{stack.url}/console/")
    browser.find_element(By.ID, "q").send_keys(MARIA, Keys.ENTER)
    wait(browser, lambda d: "Callers found" in d.page_source)
    browser.find_element(By.CSS_SELECTOR, "tbody a").send_keys(Keys.ENTER)
    wait(browser, lambda d: "What the agent gets now" in d.page_source)

    page = browser.find_element(By.TAG_NAME, "main").text
    assert "Hi Maria, welcome back!" in page  # the first message ClientData would answer now
    assert "returning_caller" in page and "memory_context" in page
    assert "reminders by text message" in page  # a memory, and the summary in the timeline
    assert MARIA not in browser.page_source

    # The recording: a real MP3 from the archive, decoded and played by the audio element.
    audio = browser.find_element(By.TAG_NAME, "audio")
    browser.execute_script("arguments[0].muted = true; arguments[0].play();", audio)
    wait(browser, lambda d: d.execute_script("return arguments[0].currentTime", audio) > 0.2)
    duration = browser.execute_script("return arguments[0].duration", audio)
    assert abs(duration - TONE_SECONDS) < 0.3
    browser.execute_script("arguments[0].pause()", audio)
    shot(browser, "caller")

    # The exact text of a transcript: an explicit action, recorded before it is shown (docs/privacy.md).
    browser.find_element(By.XPATH, "//button[text()='Show the exact text']").click()
    wait(browser, lambda d: "This reading is recorded" in d.page_source)

    # What would the agent find: the same search Retrieve runs.
    question = browser.find_element(By.ID, "query")
    question.send_keys("How does the caller want reminders?", Keys.ENTER)
    wait(browser, lambda d: "Found" in d.find_element(By.CLASS_NAME, "answer").text)
    assert "text message" in browser.find_element(By.CLASS_NAME, "answer").text

    browser.find_element(By.XPATH, "//button[text()='Show full number']").click()
    wait(browser, lambda d: MARIA in d.find_element(By.CLASS_NAME, "number").text)

    # Forget, behind a typed confirmation: wrong digits erase nothing.
    browser.find_element(By.ID, "confirm").send_keys("1234", Keys.ENTER)
    wait(browser, lambda d: "Not erased" in d.page_source)
    browser.find_element(By.ID, "confirm").send_keys("02", Keys.ENTER)
    wait(browser, lambda d: "Erased caller" in d.page_source)
    told = stack.post("/client-data", {"caller_id": MARIA, "agent_id": "agent_demo"}).json()
    assert told["dynamic_variables"]["returning_caller"] == "no"
    browser.get(f"{stack.url}/console/")
    assert "Maria" not in browser.find_element(By.TAG_NAME, "main").text

    log = stack.log.read_text().split("Stop with Ctrl-C.", 1)[1]  # after the banner's sample commands
    assert "5550100002" not in log and "reminders by text message" not in log  # access logs name no one


def operations_show_the_checks_and_the_queue(stack: RunningServer, browser: Any) -> None:
    from selenium.webdriver.common.by import By

    browser.get(entry(stack))
    browser.find_element(By.LINK_TEXT, "Operations").click()
    wait(browser, lambda d: "Dead letters" in d.page_source)
    assert "The dead-letter queue is empty." in browser.page_source
    browser.find_element(By.XPATH, "//button[text()='Run the doctor checks']").click()
    wait(browser, lambda d: "agentic-memory doctor" in d.page_source)
    checks = browser.find_element(By.XPATH, "//caption[text()='agentic-memory doctor']/..").text
    assert "PASS archive bucket" in checks and "PASS PostCall endpoint" in checks
    shot(browser, "operations")


# -- sign-in and origins, without a browser ------------------------------------------------------


class _NoData:
    def callers(self, start: Any = None) -> tuple[list[Any], None]:
        return [], None


@pytest.fixture
def console() -> Console:
    return Console(_NoData(), "the-token", "/console")  # type: ignore[arg-type]


def test_the_console_needs_its_link_then_its_cookie(console: Console) -> None:
    assert console.handle("GET", "/", "", {}, b"").status == 401
    assert console.handle("GET", "/", "token=wrong", {}, b"").status == 401
    signed_in = console.handle("GET", "/", "token=the-token", {}, b"")
    assert signed_in.status == 303 and signed_in.headers["Location"] == "/console/"
    cookie = signed_in.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/console;" in cookie + ";"
    session = cookie.split(";", 1)[0]
    assert session.startswith(f"{COOKIE}=") and "the-token" not in session  # a value of its own
    assert console.handle("GET", "/", "", {"Cookie": session}, b"").status == 200
    assert console.handle("GET", "/", "", {"Cookie": f"{COOKIE}=the-token"}, b"").status == 401
    assert console.handle("GET", "/", "", {"Cookie": f"{COOKIE}=guess"}, b"").status == 401


def test_a_form_from_another_site_is_refused(console: Console) -> None:
    headers = {"Cookie": signed_in(console), "Host": "127.0.0.1:3000", "Origin": "https://evil.example"}
    assert console.handle("POST", "/find", "", headers, b"q=maria").status == 403


def test_an_unknown_caller_reference_names_nobody(console: Console) -> None:
    answer = console.handle("GET", "/caller/+15550100002", "", {"Cookie": signed_in(console)}, b"")
    assert answer.status == 404 and b"5550100002" not in answer.body


def the_console_command_serves_a_stack_with_the_operators_credentials(stack: RunningServer) -> None:
    """``agentic-memory console`` as against a deployed stack: here the local stack's AWS endpoint."""
    described = json.loads((stack.data_dir / "server.json").read_text())
    env = {
        **clean_env(),
        "AWS_ACCESS_KEY_ID": "local",
        "AWS_SECRET_ACCESS_KEY": described["token"],
        "AWS_DEFAULT_REGION": "us-east-1",
        "PROFILE_TABLE": "agentic-memory-local-CallerProfileTable",
        "S3_BUCKET_NAME": "agentic-memory-local-archive-123456789012-us-east-1",
        "MEMORY_BACKEND": "mem0-platform",
    }
    port = free_port()
    command = [sys.executable, "-m", "agentic_memory_ops.cli", "console", "--port", str(port)]
    process = subprocess.Popen(
        [*command, "--endpoint-url", described["aws_endpoint"]],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert process.stdout is not None
        link = process.stdout.readline().split(": ", 1)[1].strip()  # "Console for …: <link>"
        client = httpx.Client(follow_redirects=True, timeout=30)
        callers = client.get(link)
        assert callers.status_code == 200 and "Tomas" in callers.text and "Aiko" in callers.text
        assert httpx.get(f"http://127.0.0.1:{port}/console/", timeout=30).status_code == 401  # no cookie
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)
    assert process.returncode == 0


@pytest.mark.usefixtures("aws")
def test_callers_come_a_page_at_a_time_without_tombstones() -> None:
    dynamodb = boto3.client("dynamodb")
    for n in range(30):
        item = {"pk": {"S": f"+1555020{n:04d}"}, "call_count": {"N": "1"}}
        dynamodb.put_item(TableName=PROFILE_TABLE, Item=item)
    dynamodb.put_item(TableName=PROFILE_TABLE, Item={"pk": {"S": "tombstone#caller#abc"}})
    data = ConsoleData(Target.resolve(argparse.Namespace()))

    first, cursor = data.callers()
    assert len(first) >= PAGE_SIZE and cursor is not None
    rest: list[Any] = []
    while cursor is not None:
        page, cursor = data.callers(cursor)
        rest += page
    numbers = [row.caller for row in first + rest]
    assert sorted(numbers) == [f"+1555020{n:04d}" for n in range(30)]  # each once, no tombstone
    assert [row.caller for row in data.find("(555) 020-0007")] == ["+15550200007"]


def lambda_failure_record(event: dict[str, Any], error: str) -> str:
    """Lambda's OnFailure destination record of an asynchronous invocation that kept failing."""
    return json.dumps(
        {
            "requestContext": {"condition": "RetriesExhausted", "approximateInvokeCount": 3},
            "requestPayload": event,
            "responsePayload": {"errorMessage": error, "errorType": "APIError"},
        }
    )


@pytest.mark.usefixtures("aws")
def test_operations_show_each_dead_letter_once_with_its_count_reason_and_first_queued(
    post_call: ModuleType, memory_server: FakeMem0Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A call of 45 turns (3 chunks) whose last chunk Mem0 fails to extract every time it is sent:
    # its extraction check fails for good, and Mem0's error is in the ingestion ledger.
    document = fixture_json("post_call_transcription_returning_caller.json")
    document["data"]["transcript"] = [
        {"role": "user" if n % 2 else "agent", "message": f"Turn number {n} about topic {n}."}
        for n in range(45)
    ]
    event = signed_webhook_event(json.dumps(document).encode(), HMAC_SECRET)
    assert post_call.lambda_handler(event, LambdaContext())["statusCode"] == 200
    memory_server.fail_extractions(
        times=1 + MAX_RESENDS, error="Extraction failed: LLM provider error", containing="Turn number 44"
    )
    key = f"conversations/{RETURNING_CONVERSATION}/transcription.json"
    post_call.lambda_handler(s3_event(BUCKET, key), LambdaContext())
    with pytest.raises(IngestionFailedError):
        run_extraction_checks(post_call, rounds=MAX_RESENDS + 2)

    sqs = boto3.client("sqs")
    queue = sqs.create_queue(QueueName="dead-letters")["QueueUrl"]
    check = {"step": "confirm", "conversation_id": RETURNING_CONVERSATION}
    before = datetime.now(UTC).replace(microsecond=0)
    sqs.send_message(QueueUrl=queue, MessageBody=json.dumps({**check, "round": 3}))
    # Every later message is sent 1.1 s later on SQS's clock (moto's), without waiting for it.
    monkeypatch.setattr(sqs_models, "unix_time_millis", lambda at=None: unix_time_millis(at) + 1100)
    second = datetime.now(UTC) + timedelta(seconds=1.1)
    sqs.send_message(QueueUrl=queue, MessageBody=json.dumps({**check, "round": 1}))  # a second chain
    never = s3_event(BUCKET, "conversations/conv_0000never0000000000000000009/transcription.json")
    for _ in range(11):  # S3 delivered its notification again and again
        sqs.send_message(QueueUrl=queue, MessageBody=json.dumps(never))
    lambdas = s3_event(BUCKET, "conversations/conv_0000lambda000000000000000008/transcription.json")
    sqs.send_message(QueueUrl=queue, MessageBody=lambda_failure_record(lambdas, "Mem0 answered 500"))
    sqs.send_message(QueueUrl=queue, MessageBody=json.dumps({"step": "erase", "caller": RETURNING_CALLER}))
    sqs.send_message(QueueUrl=queue, MessageBody="not json at all")
    data = ConsoleData(Target.resolve(argparse.Namespace(queue_url=queue)))

    letters = data.dead_letters()

    shown = {(letter.subject, letter.step): (letter.count, letter.reason) for letter in letters}
    assert len(letters) == len(shown) == 5  # 16 messages, each piece of work once
    count, reason = shown[(RETURNING_CONVERSATION, "extraction check")]
    assert count == 2
    assert reason.startswith("Mem0 failed to extract chunk ")
    assert reason.endswith(": Extraction failed: LLM provider error")
    assert shown[("conv_0000never0000000000000000009", "ingestion")] == (11, NO_REASON)
    assert shown[("conv_0000lambda000000000000000008", "ingestion")] == (1, "Mem0 answered 500")
    count, reason = shown[("caller +1********02", "erasure")]
    assert count == 1 and "agentic-memory forget" in reason
    assert shown[(UNUSABLE, "unknown")][0] == 1
    oldest = letters[0]
    assert oldest.subject == RETURNING_CONVERSATION  # oldest first, dated by its first message
    assert oldest.first_queued is not None and before <= oldest.first_queued <= second
    attributes = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["All"])["Attributes"]
    assert attributes["ApproximateNumberOfMessages"] == "16"  # all left in the queue, visible
    assert attributes["ApproximateNumberOfMessagesNotVisible"] == "0"

    console = Console(data, "the-token", "/console")
    page = console.handle("GET", "/operations", "", {"Cookie": signed_in(console)}, b"").body.decode()
    assert page.count("conv_0000never0000000000000000009") == 1
    assert "<td>11</td>" in page and "replay shows it" in page and "LLM provider error" in page
    assert "+1********02" in page and "5550100002" not in page  # an erasure's caller, masked
