"""Redaction on sentences written apart from the code: caught and kept, by language and kind.

    python -m evaluation.redaction [--words | --spent N | --heldout N] [--misses] [--json FILE]

Each case's turns go, in order, through the redaction ingestion applies before anything reaches
memory or the brief (``sensitive.redact_transcription`` with every kind, as ``REDACT_SENSITIVE``'s
default): one call's transcript, the caller's turns as the caller's, a value split across turns
included. A case is *caught* when nothing of its secrets survives: no run of 3 of a secret's digits
(in order, as written or spoken) and, for a secret mixing letters and digits or made of words, no run
of 4 of its characters (``survives``) — a partial removal is a miss. It is *kept* when every one of
its keep substrings survives. A *label beside a value* is a case where a label was written and a secret
it names is still there ("the password [secret] tango-river-88"): a removal claimed and not done.

The development corpora are the ones to tune on: ``redaction_corpus``, ``redaction_words`` (``--words``:
secrets said in words, security answers, corrections, codes said as dates), and each held-out corpus
once it is spent (``--spent N``: ``redaction_heldout`` to ``redaction_heldout18``, each run once as
held-out and recorded in evaluation/redaction-runs.md before it joined them). ``--heldout N`` runs a
held-out corpus not yet spent (``redaction_heldout19``), never tuned on: it is run once, at the end of
a batch of changes, and its numbers reported (the misses of a held-out run are not printed).
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agentic_memory.sensitive import ALL_KINDS, redact_transcription
from agentic_memory.sensitive_numbers import number_runs, spoken_digits

_LABEL = re.compile(r"\[(?:card ending|account ending|national id|secret)[^\]]*\]")


@dataclass
class Tally:
    cases: int = 0
    caught: int = 0  # sensitive cases with every secret gone
    sensitive: int = 0
    kept: int = 0  # cases with every keep substring present
    with_keep: int = 0

    def add(self, caught: bool | None, kept: bool | None) -> None:
        self.cases += 1
        if caught is not None:
            self.sensitive += 1
            self.caught += caught
        if kept is not None:
            self.with_keep += 1
            self.kept += kept

    def row(self) -> str:
        return (
            f"caught {_ratio(self.caught, self.sensitive):>14}   kept {_ratio(self.kept, self.with_keep):>14}"
        )


@dataclass
class Report:
    corpus: str
    total: Tally = field(default_factory=Tally)
    by_language: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_kind: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    label_beside_value: int = 0
    misses: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        return {
            "corpus": self.corpus,
            "caught": _ratio(self.total.caught, self.total.sensitive),
            "kept": _ratio(self.total.kept, self.total.with_keep),
            "label beside value": self.label_beside_value,
            "by language": {k: v.row() for k, v in sorted(self.by_language.items())},
            "by kind": {k: v.row() for k, v in sorted(self.by_kind.items())},
        }


def redacted_turns(turns: tuple[str, ...]) -> list[str]:
    """The turns as ingestion would store them: one transcript, redacted as one conversation."""
    data: dict[str, Any] = {
        "transcript": [{"role": "user", "message": text} for text in turns],
        "analysis": {"transcript_summary": "", "data_collection_results": {}},
    }
    redact_transcription(data, frozenset(ALL_KINDS))
    return [turn["message"] for turn in data["transcript"]]


_DIGIT_RUN = 3  # digits of a secret in a row that still say too much (a CVV is 3)
_CHARACTER_RUN = 4  # letters and digits of a secret in a row, for codes and passwords


def survives(secret: str, after: str, before: str = "") -> bool:
    """Whether any part of ``secret`` is left in ``after``: the whole of it; a run of 3 of its digits
    (written or spoken, across spaces and dashes: "411" of a card, "five eight one" of a PIN); for a
    code mixing letters and digits, a run of 4 of its letters and digits ("X123" of "X1234567"); for
    a password of words, one of its words of 4 letters or more. The last four a label keeps ("[card
    ending 1111]") are the label's, as designed, not a survival. Parts that ``before`` (the text as
    said) also holds outside the secret do not count: they are the sentence's, not the secret's."""
    if secret in _LABEL.sub(" ", after):  # the last four a label keeps are the label's, as below
        return True
    rest = before.replace(secret, " ")
    digits = spoken_digits(secret) or re.sub(r"\D", "", secret)
    elsewhere = [run.digits for run in number_runs(rest)]
    left = [run.digits for run in number_runs(_LABEL.sub(" ", after))]  # a label's last four are by design
    for i in range(len(digits) - _DIGIT_RUN + 1):
        part = digits[i : i + _DIGIT_RUN]
        if any(part in run for run in left) and not any(part in run for run in elsewhere):
            return True
    if spoken_digits(secret) is not None or not re.search(r"[^\W\d_]", secret):
        return False
    if re.search(r"\d", secret):
        # the chunks of a code: those with a digit, glued ("Lisboa!Tejo3") or spelled ("q w e r t y 2"),
        # not the words said around it ("star 5 5 3 1", "79, sorry, 5879")
        chunks = [c for c in re.split(r"[\s,]+", secret) if re.search(r"\d", c) or len(c) == 1]
        chars = re.sub(r"[\W_]", "", "".join(chunks)).lower()
        compact = re.sub(r"[\W_]", "", _LABEL.sub(" ", after)).lower()
        said = re.sub(r"[\W_]", "", rest).lower()
        windows = {chars[i : i + _CHARACTER_RUN] for i in range(len(chars) - _CHARACTER_RUN + 1)}
        return any(w in compact and w not in said for w in windows)
    words = {w.lower() for w in re.findall(r"[^\W\d_]{4,}", secret)}
    words -= {w.lower() for w in re.findall(r"[^\W\d_]{4,}", rest)}
    return bool(words & {w.lower() for w in re.findall(r"[^\W\d_]{4,}", after)})


def evaluate(cases: tuple[Any, ...], corpus: str) -> Report:
    report = Report(corpus)
    for case in cases:
        before = "\n".join(case.turns)
        after = "\n".join(redacted_turns(case.turns))
        left = [secret for secret in case.secrets if survives(secret, after, before)]
        lost = [keep for keep in case.keep if keep not in after]
        caught = not left if case.secrets else None
        kept = not lost if case.keep or not case.secrets else None
        if not case.secrets and not case.keep:  # a control with nothing named: kept means unchanged
            kept = after == "\n".join(case.turns)
        for tally in (report.total, report.by_language[case.language], report.by_kind[case.kind]):
            tally.add(caught, kept)
        if left and _LABEL.search(after):
            report.label_beside_value += 1
        if left or not (kept is None or kept):
            report.misses.append(f"{case.id}: left {left} lost {lost} → {after!r}")
    return report


# The held-out corpora, in the order they were written; each is spent once it has judged a batch of
# changes (evaluation/redaction-runs.md records when), then it is a development corpus like the first,
# and the next batch needs the next one.
SPENT = {
    "1": ("redaction_heldout", "REDACTION_HELDOUT"),
    "2": ("redaction_heldout2", "REDACTION_HELDOUT2"),
    "3": ("redaction_heldout3", "REDACTION_HELDOUT3"),  # spent at 2235d42
    "4": ("redaction_heldout4", "REDACTION_HELDOUT4"),  # spent at e4adf47
    "5": ("redaction_heldout5", "REDACTION_HELDOUT5"),  # spent at 57e2d8c
    "6": ("redaction_heldout6", "REDACTION_HELDOUT6"),  # spent at 25f886e
    "7": ("redaction_heldout7", "REDACTION_HELDOUT7"),  # spent at 699f1b1
    "8": ("redaction_heldout8", "REDACTION_HELDOUT8"),  # spent at a25c1e0
    "9": ("redaction_heldout9", "REDACTION_HELDOUT9"),  # spent at f1e37da
    "10": ("redaction_heldout10", "REDACTION_HELDOUT10"),  # spent at e537b3b
    "11": ("redaction_heldout11", "REDACTION_HELDOUT11"),  # spent at 1b0c208
    "12": ("redaction_heldout12", "REDACTION_HELDOUT12"),  # spent at dde5eb4
    "13": ("redaction_heldout13", "REDACTION_HELDOUT13"),  # spent at 0a8d621
    "14": ("redaction_heldout14", "REDACTION_HELDOUT14"),  # spent at b45b774
    "15": ("redaction_heldout15", "REDACTION_HELDOUT15"),  # spent at f335a8a
    "16": ("redaction_heldout16", "REDACTION_HELDOUT16"),  # spent at 8c29974
    "17": ("redaction_heldout17", "REDACTION_HELDOUT17"),  # spent at 4423720
    "18": ("redaction_heldout18", "REDACTION_HELDOUT18"),  # spent at e8adc31
}
# Written to be tuned on, beside ``redaction_corpus``: secrets said in words.
WORDS = ("redaction_words", "REDACTION_WORDS")
# Not yet spent: written apart from the code for the next batch of redaction changes, its baseline
# taken where it was registered.
HELDOUT = {"19": ("redaction_heldout19", "REDACTION_HELDOUT19")}


def run(
    *,
    heldout: str | None = None,
    spent: str | None = None,
    words: bool = False,
    misses: bool = False,
    json_file: str | None = None,
) -> Report:
    """Evaluate one corpus and print its scores (``make eval`` calls this for the development ones)."""
    module, name = (
        HELDOUT[heldout]
        if heldout
        else SPENT[spent]
        if spent
        else WORDS
        if words
        else ("redaction_corpus", "REDACTION_CASES")
    )
    cases = getattr(importlib.import_module(f"evaluation.{module}"), name)
    report = evaluate(cases, module)
    summary = report.summary()
    print(f"\nredaction, {module} ({report.total.cases} cases)")
    print(f"  {'all':<18} {report.total.row()}")
    print(f"  label beside value {report.label_beside_value}")
    for heading in ("by language", "by kind"):
        for key, row in summary[heading].items():
            print(f"  {key:<18} {row}")
    if misses and not heldout:
        for miss in report.misses:
            print(f"  miss: {miss}")
    if json_file:
        Path(json_file).write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
    return report


def _ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} {100 * part / whole:.1f}%" if whole else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m evaluation.redaction", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--heldout",
        choices=sorted(HELDOUT),
        help="a held-out corpus not yet spent (run it once, at the end of a batch of changes)",
    )
    parser.add_argument(
        "--spent", choices=sorted(SPENT), help="a held-out corpus already spent: development now"
    )
    parser.add_argument("--words", action="store_true", help="the development corpus of secrets in words")
    parser.add_argument(
        "--misses", action="store_true", help="list every case missed (development corpora only)"
    )
    parser.add_argument("--json", help="also write the scores to this file")
    args = parser.parse_args(argv)
    run(heldout=args.heldout, spent=args.spent, words=args.words, misses=args.misses, json_file=args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
