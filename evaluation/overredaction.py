"""What redaction costs memory: the values a development set's questions need that the call's redaction
removed, as ingestion redacts a call (``sensitive.redact_transcription``, the default kinds).

    python -m evaluation.overredaction [--misses]

A question's answer ("1986", "design D-2291", "two thirty") that a turn or the summary said and that is
gone once the call is redacted can never be found again: counted per text that lost one, by set. A
secret a question names only to check it is never told (an access code's questions are unanswerable)
is no answer here. The redaction corpora measure caught and kept on sentences written for them; this
reads the calls the memory sets were written with, where a harmless value is said as people say it.
"""

from __future__ import annotations

import argparse
import copy
from datetime import date
from typing import Any

from agentic_memory.sensitive import ALL_KINDS, redact_transcription
from evaluation.__main__ import DEVELOPMENT
from evaluation.dataset import Caller
from evaluation.harness import transcription


def lost_values(callers: list[Caller]) -> list[str]:
    """Each text of the callers' calls that lost a value one of its caller's questions needs, described."""
    found: list[str] = []
    for caller in callers:
        answers = {a.casefold() for q in caller.questions for a in q.answers if len(a) >= 2}
        for index, call in enumerate(caller.calls):
            data = transcription(caller, index, call, date.today())["data"]
            said = copy.deepcopy(data)
            redact_transcription(data, frozenset(ALL_KINDS), second_opinion=False)
            for before, after in zip(_texts(said), _texts(data), strict=True):
                lost = sorted(a for a in answers if a in before.casefold() and a not in after.casefold())
                if lost:
                    found.append(f"{lost[:2]} in {after[:100]!r}")
    return found


def _texts(data: dict[str, Any]) -> list[str]:
    """The texts of a call that reach memory and a question may need: its turns and its summary."""
    turns = [str(t.get("message") or "") for t in data.get("transcript") or []]
    return [*turns, str(data["analysis"].get("transcript_summary") or "")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every text that lost a value")
    args = parser.parse_args()
    total = 0
    for name in DEVELOPMENT:
        lost = lost_values(DEVELOPMENT[name])
        total += len(lost)
        if lost:
            print(f"{name:22} {len(lost)}")
        for line in lost if args.misses else []:
            print(f"    {line}")
    print(f"{total} texts lost a value a question needs, over {len(DEVELOPMENT)} development sets")


if __name__ == "__main__":
    main()
