"""`make eval`: how well the memory serves the agent, on development sets apart from held-out sets.

    python -m evaluation [--scope caller|caller_agent|both] [--json FILE] [--misses]
    python -m evaluation --heldout [--set NAME ...] [--force] [--label TEXT]

The development sets (``dataset``, ``holdout``, ``realistic``, ``blind``, and the held-out sets already
spent: ``heldout_services``, ``heldout_households``, ``heldout_studios``, ``heldout_property``,
``heldout_motoring``, ``heldout_wellbeing``, ``heldout_hospitality``, ``heldout_trades``,
``heldout_retail``, ``heldout_civic``, ``heldout_food``, ``heldout_upkeep``, ``heldout_leisure``,
``heldout_offices``, ``heldout_community``, ``heldout_makers``, ``heldout_travel``,
``heldout_occasions``, ``heldout_clinics``, ``heldout_accounts``, ``heldout_animals``,
``heldout_pastimes``, ``heldout_journeys``, ``heldout_repairs``, ``heldout_utilities``,
``heldout_learning``, ``heldout_workplaces``, ``heldout_outdoors``, ``heldout_premises``,
``heldout_errands``, ``heldout_hires``, ``heldout_neighbours``, ``heldout_workshops``,
``heldout_events``, ``heldout_countryside``, ``heldout_consultants``) are the ones the ranking and the
readers are tuned on; ``make eval`` runs them. The held-out sets not yet spent (``heldout_callouts``,
``heldout_professions``) were written before the changes they judge and are never tuned on: ``make
eval-heldout`` runs them once per batch of changes, each with the post-call analysis items as written
and without any, and appends a dated record with the commit to ``evaluation/heldout-runs.md``; it
refuses a commit already recorded there unless ``--force``.
``--set`` runs only the sets named: the baseline of a set registered after the others, which must not
run twice in one batch. Only the scores are printed and recorded, never a held-out question or its
answer. See ``harness`` for how a set is run and ``judging`` for what is counted.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from evaluation.blind import BLIND
from evaluation.dataset import CALLERS, Caller
from evaluation.harness import evaluate
from evaluation.heldout_accounts import HELDOUT_ACCOUNTS
from evaluation.heldout_animals import HELDOUT_ANIMALS
from evaluation.heldout_callouts import HELDOUT_CALLOUTS
from evaluation.heldout_civic import HELDOUT_CIVIC
from evaluation.heldout_clinics import HELDOUT_CLINICS
from evaluation.heldout_community import HELDOUT_COMMUNITY
from evaluation.heldout_consultants import HELDOUT_CONSULTANTS
from evaluation.heldout_countryside import HELDOUT_COUNTRYSIDE
from evaluation.heldout_errands import HELDOUT_ERRANDS
from evaluation.heldout_events import HELDOUT_EVENTS
from evaluation.heldout_food import HELDOUT_FOOD
from evaluation.heldout_hires import HELDOUT_HIRES
from evaluation.heldout_hospitality import HELDOUT_HOSPITALITY
from evaluation.heldout_households import HELDOUT_HOUSEHOLDS
from evaluation.heldout_journeys import HELDOUT_JOURNEYS
from evaluation.heldout_learning import HELDOUT_LEARNING
from evaluation.heldout_leisure import HELDOUT_LEISURE
from evaluation.heldout_makers import HELDOUT_MAKERS
from evaluation.heldout_motoring import HELDOUT_MOTORING
from evaluation.heldout_neighbours import HELDOUT_NEIGHBOURS
from evaluation.heldout_occasions import HELDOUT_OCCASIONS
from evaluation.heldout_offices import HELDOUT_OFFICES
from evaluation.heldout_outdoors import HELDOUT_OUTDOORS
from evaluation.heldout_pastimes import HELDOUT_PASTIMES
from evaluation.heldout_premises import HELDOUT_PREMISES
from evaluation.heldout_professions import HELDOUT_PROFESSIONS
from evaluation.heldout_property import HELDOUT_PROPERTY
from evaluation.heldout_repairs import HELDOUT_REPAIRS
from evaluation.heldout_retail import HELDOUT_RETAIL
from evaluation.heldout_services import HELDOUT_SERVICES
from evaluation.heldout_studios import HELDOUT_STUDIOS
from evaluation.heldout_trades import HELDOUT_TRADES
from evaluation.heldout_travel import HELDOUT_TRAVEL
from evaluation.heldout_upkeep import HELDOUT_UPKEEP
from evaluation.heldout_utilities import HELDOUT_UTILITIES
from evaluation.heldout_wellbeing import HELDOUT_WELLBEING
from evaluation.heldout_workplaces import HELDOUT_WORKPLACES
from evaluation.heldout_workshops import HELDOUT_WORKSHOPS
from evaluation.holdout import HOLDOUT
from evaluation.judging import Scores
from evaluation.quoted import quote_development
from evaluation.realistic import REALISTIC
from evaluation.redaction import SPENT as SPENT_REDACTION, run as run_redaction

# A held-out set is spent once it has judged a batch of changes (evaluation/heldout-runs.md records
# the run): from then on it is a development set like the others, and the next batch needs new ones.
DEVELOPMENT: dict[str, list[Caller]] = {
    "dataset": CALLERS,
    "holdout": HOLDOUT,
    "realistic": REALISTIC,
    "blind": BLIND,
    "heldout_services": HELDOUT_SERVICES,  # spent at be125f9
    "heldout_households": HELDOUT_HOUSEHOLDS,  # spent at be125f9
    "heldout_studios": HELDOUT_STUDIOS,  # spent at 2235d42
    "heldout_property": HELDOUT_PROPERTY,  # spent at 2235d42
    "heldout_motoring": HELDOUT_MOTORING,  # spent at bd58dad
    "heldout_wellbeing": HELDOUT_WELLBEING,  # spent at bd58dad
    "heldout_hospitality": HELDOUT_HOSPITALITY,  # spent at 57e2d8c
    "heldout_trades": HELDOUT_TRADES,  # spent at 57e2d8c
    "heldout_retail": HELDOUT_RETAIL,  # spent at 04e7801
    "heldout_civic": HELDOUT_CIVIC,  # spent at 04e7801
    "heldout_food": HELDOUT_FOOD,  # spent at 699f1b1
    "heldout_upkeep": HELDOUT_UPKEEP,  # spent at 699f1b1
    "heldout_leisure": HELDOUT_LEISURE,  # spent at a25c1e0
    "heldout_offices": HELDOUT_OFFICES,  # spent at a25c1e0
    "heldout_community": HELDOUT_COMMUNITY,  # spent at f1e37da
    "heldout_makers": HELDOUT_MAKERS,  # spent at f1e37da
    "heldout_travel": HELDOUT_TRAVEL,  # spent at e537b3b
    "heldout_occasions": HELDOUT_OCCASIONS,  # spent at e537b3b
    "heldout_clinics": HELDOUT_CLINICS,  # spent at 9514b07
    "heldout_accounts": HELDOUT_ACCOUNTS,  # spent at 9514b07
    "heldout_animals": HELDOUT_ANIMALS,  # spent at 9514b07
    "heldout_pastimes": HELDOUT_PASTIMES,  # spent at 9514b07
    "heldout_journeys": HELDOUT_JOURNEYS,  # spent at 7487053
    "heldout_repairs": HELDOUT_REPAIRS,  # spent at 7487053
    "heldout_utilities": HELDOUT_UTILITIES,  # spent at 0a8d621
    "heldout_learning": HELDOUT_LEARNING,  # spent at 0a8d621
    "heldout_workplaces": HELDOUT_WORKPLACES,  # spent at b45b774
    "heldout_outdoors": HELDOUT_OUTDOORS,  # spent at b45b774
    "heldout_premises": HELDOUT_PREMISES,  # spent at f335a8a
    "heldout_errands": HELDOUT_ERRANDS,  # spent at f335a8a
    "heldout_hires": HELDOUT_HIRES,  # spent at 8c29974
    "heldout_neighbours": HELDOUT_NEIGHBOURS,  # spent at 8c29974
    "heldout_workshops": HELDOUT_WORKSHOPS,  # spent at 4423720
    "heldout_events": HELDOUT_EVENTS,  # spent at 4423720
    "heldout_countryside": HELDOUT_COUNTRYSIDE,  # spent at e8adc31
    "heldout_consultants": HELDOUT_CONSULTANTS,  # spent at e8adc31
}
# The held-out sets not yet spent: the next batch's, written before it.
HELDOUT: dict[str, list[Caller]] = {
    "heldout_callouts": HELDOUT_CALLOUTS,
    "heldout_professions": HELDOUT_PROFESSIONS,
}
RUNS = Path(__file__).resolve().parent / "heldout-runs.md"
COLUMNS = (
    "recall@1",
    "recall@3",
    "characters per query",
    "unanswerable → nothing",
    "outdated value first",
    "brief answers before the call",
    "greeting: right name or none",
    "greetings",
    "leaks across callers",
    "leaks across agents",
    "access codes told",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation", description=__doc__.split("\n\n")[0])
    parser.add_argument("--scope", choices=("caller", "caller_agent", "both"), default="both")
    parser.add_argument("--json", help="also write the scores to this file")
    parser.add_argument("--misses", action="store_true", help="list every question answered wrong")
    parser.add_argument("--heldout", action="store_true", help="run the held-out sets once and record it")
    parser.add_argument("--force", action="store_true", help="run again on a recorded commit")
    parser.add_argument("--label", default="", help="with --heldout: what this run measures, in the record")
    parser.add_argument(
        "--set", action="append", choices=sorted(HELDOUT), help="with --heldout: only this set (repeatable)"
    )
    args = parser.parse_args(argv)
    scopes = ("caller", "caller_agent") if args.scope == "both" else (args.scope,)
    if args.heldout:
        chosen = args.set or list(HELDOUT)
        return run_heldout(scopes, force=args.force, label=args.label, json_path=args.json, sets=chosen)
    results = [evaluate(name, callers, scope) for name, callers in DEVELOPMENT.items() for scope in scopes]
    for scores in results:
        print_scores(scores, misses=args.misses)
    quote_development(results, list(DEVELOPMENT))  # docs/memory-quality.md, on a run of both scopes
    for spent in (None, *SPENT_REDACTION):  # the redaction corpora (``evaluation.redaction``)
        run_redaction(spent=spent, misses=args.misses)
    run_redaction(words=True, misses=args.misses)
    if args.json:
        Path(args.json).write_text(json.dumps([s.summary() for s in results], indent=2) + "\n")
    return 0


def run_heldout(
    scopes: tuple[str, ...], *, force: bool, label: str, json_path: str | None, sets: list[str] | None = None
) -> int:
    commit, dirty = _commit()
    if not force and f"commit {commit}" in (RUNS.read_text() if RUNS.exists() else ""):
        print(f"The held-out sets already ran on {commit}; they run once per batch of changes (--force).")
        return 2
    if not HELDOUT:
        print("No held-out set is left unspent: write the next batch's sets before its changes.")
        return 2
    results = [
        evaluate(name, callers, scope, items=items)
        for name, callers in HELDOUT.items()
        if sets is None or name in sets
        for items in (True, False)
        for scope in scopes
    ]
    for scores in results:
        print_scores(scores, misses=False)
    record = heldout_record(results, commit=commit, dirty=dirty, label=label)
    with RUNS.open("a") as runs:
        runs.write(record)
    print(f"\nRecorded in {RUNS}")
    if json_path:
        Path(json_path).write_text(json.dumps([s.summary() for s in results], indent=2) + "\n")
    return 0


def print_scores(scores: Scores, *, misses: bool) -> None:
    print(f"\n{scores.dataset}, MEMORY_SCOPE={scores.scope}, {scores.variant}")
    for name, value in scores.summary().items():
        if name == "by kind":
            for kind, recall in value.items():
                print(f"  {'  ' + kind:<36} {recall}")
        elif name not in ("scope", "dataset", "variant"):
            print(f"  {name:<36} {value}")
    if misses:
        for miss in scores.misses:
            print(f"  miss: {miss}")


def heldout_record(results: list[Scores], *, commit: str, dirty: bool, label: str) -> str:
    """One run as Markdown: a row per set, scope and variant, then recall per kind."""
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    head = f"\n## {when}, commit {commit}{' (with uncommitted changes)' if dirty else ''}"
    lines = [head + (f": {label}" if label else ""), ""]
    lines.append("| set | scope | analysis items | " + " | ".join(COLUMNS) + " |")
    lines.append("|---" * (len(COLUMNS) + 3) + "|")
    for s in results:
        summary = s.summary()
        items = "as written" if s.variant == "as written" else "none"
        cells = [str(summary[c]) for c in COLUMNS]
        lines.append(f"| {s.dataset} | {s.scope} | {items} | " + " | ".join(cells) + " |")
    lines += ["", "By kind (recall@1 · @3 · brief, questions; unanswerable: answered with nothing):", ""]
    for s in results:
        kinds = "; ".join(f"{k} {v}" for k, v in s.summary()["by kind"].items())
        lines.append(f"* {s.dataset}, {s.scope}, {s.variant}: {kinds}")
    return "\n".join(lines) + "\n"


def _commit() -> tuple[str, bool]:
    """The commit the working tree is at, and whether it has uncommitted changes to tracked files."""
    root = Path(__file__).resolve().parent.parent
    git = shutil.which("git") or "git"
    head = subprocess.run(  # noqa: S603 - git, with fixed arguments
        [git, "rev-parse", "--short", "HEAD"], check=False, cwd=root, capture_output=True, text=True
    )
    status = subprocess.run(  # noqa: S603 - git, with fixed arguments
        [git, "status", "--porcelain", "--untracked-files=no"],
        check=False,
        cwd=root,
        capture_output=True,
        text=True,
    )
    return head.stdout.strip() or "unknown", bool(status.stdout.strip())


if __name__ == "__main__":
    sys.exit(main())
