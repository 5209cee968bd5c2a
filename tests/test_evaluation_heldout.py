"""`make eval-heldout`: the held-out sets run once per commit and are recorded; what a question's kind
is; the analysis items as ElevenLabs fills them, or none."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import evaluation.__main__ as evaluation_cli
from evaluation import harness
from evaluation.dataset import Call, Caller, Question, analysis_items
from evaluation.judging import Scores, access_codes, kinds_of
from evaluation.overredaction import lost_values

AGENT = "agent_test_000000000000000000000001"
SPANISH = Call(AGENT, 9, "es", "", "Lucía llamó por la dirección.", [("¿Su dirección?", "Calle Mayor 5.")],
               analysis_items("change of address", "", "{+3}", "Lives at Calle Mayor 5", "none"))  # fmt: skip
TALK = [("Mm-hm.", "Nice weather.")] * 20 + [("Right.", "The lockbox code is 4 7 1 9.")] * 21
LONG = Call(AGENT, 3, "en", "Survey", "The survey was booked.", TALK)
CALLER = Caller("+34600000001", [SPANISH, LONG], [], ("Lucía",))


def test_a_commit_already_recorded_is_refused_without_running_anything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    runs = tmp_path / "heldout-runs.md"
    runs.write_text("\n## 2026-12-06 15:09 UTC, commit abc1234: baseline\n")
    monkeypatch.setattr(evaluation_cli, "RUNS", runs)
    monkeypatch.setattr(evaluation_cli, "_commit", lambda: ("abc1234", False))
    monkeypatch.setattr(evaluation_cli, "evaluate", lambda *a, **k: pytest.fail("a held-out set ran"))

    assert evaluation_cli.main(["--heldout"]) == 2
    assert "already ran on abc1234" in capsys.readouterr().out


def test_a_run_is_appended_with_its_commit_per_set_scope_and_items(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runs = tmp_path / "heldout-runs.md"
    monkeypatch.setattr(evaluation_cli, "RUNS", runs)
    monkeypatch.setattr(evaluation_cli, "_commit", lambda: ("def5678", True))
    monkeypatch.setattr(evaluation_cli, "HELDOUT", {"one": [CALLER]})
    ran: list[tuple[str, str, bool]] = []

    def fake(name: str, callers: list[Caller], scope: str, *, items: bool) -> Scores:
        ran.append((name, scope, items))
        return Scores(name, scope, "as written" if items else "without analysis items", answerable=2, first=1)

    monkeypatch.setattr(evaluation_cli, "evaluate", fake)
    assert evaluation_cli.main(["--heldout", "--label", "after"]) == 0

    assert sorted(ran) == [("one", s, i) for s in ("caller", "caller_agent") for i in (False, True)]
    record = runs.read_text()
    assert "commit def5678 (with uncommitted changes): after" in record
    assert record.count("| one |") == 4 and "| as written |" in record and "| none |" in record
    assert evaluation_cli.main(["--heldout"]) == 2  # once per commit


def test_a_set_registered_later_gets_its_baseline_without_running_the_others_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(evaluation_cli, "RUNS", tmp_path / "heldout-runs.md")
    monkeypatch.setattr(evaluation_cli, "_commit", lambda: ("def5678", False))
    monkeypatch.setattr(evaluation_cli, "HELDOUT", {"old": [CALLER], "new": [CALLER]})
    ran: set[str] = set()

    def fake(name: str, callers: list[Caller], scope: str, *, items: bool) -> Scores:
        ran.add(name)
        return Scores(name, scope, "as written" if items else "without analysis items", answerable=1)

    monkeypatch.setattr(evaluation_cli, "evaluate", fake)
    assert evaluation_cli.run_heldout(("caller",), force=False, label="", json_path=None, sets=["new"]) == 0

    assert ran == {"new"}
    assert "| old |" not in (tmp_path / "heldout-runs.md").read_text()


def test_kinds_come_from_the_calls_not_from_the_answers_wording() -> None:
    address = Question(AGENT, "Where does she live?", ("Calle Mayor",))
    assert kinds_of(CALLER, address) == ["not in a summary", "other-language call", "paraphrased"]
    when = Question(AGENT, "When is the survey?", ("booked",), outdated=("cancelled",))
    assert kinds_of(CALLER, when) == ["correction", "date", "long call"]
    weather = Question(AGENT, "How was the weather?", ("Nice weather",))
    assert kinds_of(CALLER, weather) == ["not in a summary", "long call"]
    assert kinds_of(CALLER, Question(AGENT, "Any pets?", ())) == ["unanswerable"]
    assert access_codes(CALLER) == {"4719"}


def test_items_are_filled_as_their_descriptions_ask_or_left_out_whole() -> None:
    assert harness.collected_value("open_item_date", "{+3}", date(2026, 12, 1)) == "2026-12-04"
    assert harness.collected_value("open_item", "visit on {+3}", date(2026, 12, 1)) == "visit on December 4"
    stripped = harness.without_items(CALLER)
    assert stripped.calls[0].collected == {} and stripped.calls[0].summary == SPANISH.summary


def test_a_greeting_is_judged_against_the_calls_delivered_before_it_not_those_listed_before() -> None:
    """Listed by business, a caller's calls reach the service by date: the greeting before the call
    nine days ago knows the one twelve days ago, listed after it."""
    other = Call("agent_other_00000000000000000000002", 12, "en", "Blinds", "Blinds measured.", [])
    caller = Caller("+34600000002", [SPANISH, LONG, other], [], ("Lucía",))
    assert harness.delivered_before(caller, 0) == [other]
    assert harness.delivered_before(caller, 1) == [SPANISH, other]
    assert harness.delivered_before(caller, 2) == []


def test_with_every_held_out_set_spent_nothing_runs_and_it_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(evaluation_cli, "RUNS", tmp_path / "heldout-runs.md")
    monkeypatch.setattr(evaluation_cli, "_commit", lambda: ("def5678", False))
    monkeypatch.setattr(evaluation_cli, "HELDOUT", {})
    monkeypatch.setattr(evaluation_cli, "evaluate", lambda *a, **k: pytest.fail("a set ran"))

    assert evaluation_cli.main(["--heldout"]) == 2
    assert "write the next batch's sets" in capsys.readouterr().out
    assert not (tmp_path / "heldout-runs.md").exists()


def test_what_redaction_costs_memory_is_the_answers_it_removed_from_the_calls() -> None:
    said = [("When can the crew come?", "Two thirty, Monday to Friday."), ("And the code?", "It's 4 7 1 9.")]
    call = Call(AGENT, 4, "en", "Pickup time", "The pickup is at two thirty.", said)
    time = Question(AGENT, "What time is the pickup?", ("two thirty",))
    code = Question(AGENT, "What did she read out?", ("4 7 1 9",))  # a value redaction must remove
    lost = lost_values([Caller("+14155550101", [call], [time, code], ("Ana",))])
    assert len(lost) == 1 and "4 7 1 9" in lost[0]  # the time is kept, the code is not
