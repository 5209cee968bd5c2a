"""`make eval` runs offline through the real handlers, and what it measures as leaks stays at zero."""

from __future__ import annotations

import pytest

from evaluation.blind import BLIND
from evaluation.dataset import CALLERS, Caller
from evaluation.harness import evaluate
from evaluation.realistic import REALISTIC

pytestmark = pytest.mark.slow  # the whole evaluation, six times


@pytest.mark.parametrize("scope", ["caller", "caller_agent"])
@pytest.mark.parametrize(
    ("name", "callers"), [("dataset", CALLERS), ("realistic", REALISTIC), ("blind", BLIND)]
)
def test_the_evaluation_runs_and_nothing_leaks_across_callers_or_agents(
    name: str, callers: list[Caller], scope: str
) -> None:
    scores = evaluate(name, callers, scope)

    assert scores.queries == sum(len(caller.questions) for caller in callers)
    assert scores.answerable == sum(1 for caller in callers for q in caller.questions if q.answers)
    assert (scores.caller_leaks, scores.agent_leaks) == (0, 0)
    assert scores.greetings > 0 and scores.greeting_name_right == scores.greetings
