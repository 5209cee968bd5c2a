"""`make eval` runs offline through the real handlers, and what it measures as leaks stays at zero."""

from __future__ import annotations

import pytest

from evaluation.__main__ import evaluate
from evaluation.dataset import CALLERS


@pytest.mark.parametrize("scope", ["caller", "caller_agent"])
def test_the_evaluation_runs_and_nothing_leaks_across_callers_or_agents(scope: str) -> None:
    scores = evaluate("dataset", CALLERS, scope)

    assert scores.answerable == 20 and scores.queries == 27
    assert (scores.caller_leaks, scores.agent_leaks) == (0, 0)
    assert scores.greetings > 0 and scores.greeting_name_right == scores.greetings
