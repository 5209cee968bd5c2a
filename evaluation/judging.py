"""What ``make eval`` counts, per set and scope: recall@1 and @3, characters returned per query, how
often an outdated value comes first, how often a question nobody answered returns nothing, how often the
brief alone answers, greeting correctness, leakage across callers and agents, access codes told, and the
same recall per kind of question.

A question's kinds are read from the set's data, never from its answers' wording alone: a ``kind`` the
set gives it; "correction" (it has outdated values); "unanswerable"; "date" (it asks when); "not in a
summary" (no summary holds an answer); "long call" (only a call of 80+ turns holds an answer);
"other-language call" (only calls not in English hold an answer); "paraphrased" (it shares no word with
the calls that answer it).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from agentic_memory.categories import is_private
from evaluation.dataset import Call, Caller, Question

PRIVATE = frozenset({"health"})  # PRIVATE_FACT_CATEGORIES' default
LONG_CALL_TURNS = 80
_WHEN = re.compile(r"\b(when|what day|which day|what date|what time|how long ago)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{4,}")
# An access code said in a call: digits after the word that names it ("the lockbox code is 4 7 1 9").
_ACCESS_CODE = re.compile(
    r"\b(?:lock ?box|key ?safe|padlock|pin|combination|(?:gate|door|alarm|entry|garage|keypad|access) code)\b"
    r"[^.?!]{0,40}?(\d(?:[\s-]?\d){2,7})",
    re.IGNORECASE,
)


@dataclass
class Recall:
    answerable: int = 0
    first: int = 0
    top3: int = 0
    brief: int = 0
    unanswerable: int = 0
    empty: int = 0

    def summary(self) -> str:
        if not self.answerable:
            return f"nothing {self.empty} of {self.unanswerable}"
        n = self.answerable
        return f"@1 {self.first / n:.2f} · @3 {self.top3 / n:.2f} · brief {self.brief / n:.2f} ({n})"


@dataclass
class Scores:
    dataset: str
    scope: str
    variant: str = "as written"
    answerable: int = 0
    first: int = 0
    top3: int = 0
    outdated_first: int = 0
    with_outdated: int = 0
    unanswerable: int = 0
    unanswerable_empty: int = 0
    characters: int = 0
    queries: int = 0
    brief_answers: int = 0
    greetings: int = 0
    greeting_name_right: int = 0
    greetings_with_topic: int = 0  # greetings with a topic the agent may be told
    greeting_topic: int = 0
    caller_leaks: int = 0
    agent_leaks: int = 0
    access_codes_told: int = 0
    kinds: dict[str, Recall] = field(default_factory=lambda: defaultdict(Recall))
    misses: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        def ratio(part: int, whole: int) -> float:
            return round(part / whole, 3) if whole else 0.0

        return {
            "dataset": self.dataset,
            "scope": self.scope,
            "variant": self.variant,
            "recall@1": ratio(self.first, self.answerable),
            "recall@3": ratio(self.top3, self.answerable),
            "characters per query": round(self.characters / self.queries, 1) if self.queries else 0.0,
            "outdated value first": f"{self.outdated_first} of {self.with_outdated}",
            "unanswerable → nothing": ratio(self.unanswerable_empty, self.unanswerable),
            "brief answers before the call": ratio(self.brief_answers, self.answerable),
            "greeting: right name or none": ratio(self.greeting_name_right, self.greetings),
            "greeting: open item or last topic": ratio(self.greeting_topic, self.greetings_with_topic),
            "greetings": f"{self.greeting_topic} of {self.greetings_with_topic} with a topic",
            "leaks across callers": self.caller_leaks,
            "leaks across agents": self.agent_leaks,
            "access codes told": self.access_codes_told,
            "questions": f"{self.answerable} answerable, {self.unanswerable} not",
            "by kind": {kind: recall.summary() for kind, recall in sorted(self.kinds.items())},
        }


def kinds_of(caller: Caller, question: Question) -> list[str]:
    """The kinds ``question`` belongs to (see the module); "plain" when none."""
    labelled = getattr(question, "kind", "")
    kinds = [labelled] if labelled else []
    if not question.answers:
        return [*kinds, "unanswerable"]
    if question.outdated:
        kinds.append("correction")
    if _WHEN.search(question.query):
        kinds.append("date")
    values = [a.casefold() for a in question.answers]
    holding = [c for c in caller.calls if any(v in _said_in(c) for v in values)]
    if holding and not any(any(v in c.summary.casefold() for v in values) for c in holding):
        kinds.append("not in a summary")
    if holding and all(len(c.turns) * 2 >= LONG_CALL_TURNS for c in holding):
        kinds.append("long call")
    if holding and all(not c.language.startswith("en") for c in holding):
        kinds.append("other-language call")
    asked = {w[:5] for w in _WORD.findall(question.query.casefold())}
    if holding and not asked & {w[:5] for c in holding for w in _WORD.findall(_said_in(c))}:
        kinds.append("paraphrased")
    return kinds or ["plain"]


def _said_in(call: Call) -> str:
    return " ".join([call.title, call.summary, *(x for pair in call.turns for x in pair),
                     *call.collected.values()]).casefold()  # fmt: skip


def topics_of(call: Call) -> list[str]:
    """What a greeting recalling ``call`` may mention: its title (or the start of its summary), and the
    topic and open item its analysis items name."""
    items = [call.collected.get(k, "") for k in ("call_topic", "open_item")]
    return [t.casefold() for t in (call.title or call.summary.split("{")[0][:25], *items) if t]


def judge_greeting(
    scores: Scores, caller: Caller, *, before: list[Call], agent: str, answer: dict[str, str], scope: str
) -> None:
    visible = [c for c in before if scope == "caller" or c.agent == agent]
    if not visible:
        return
    scores.greetings += 1
    message = answer["first_message"].casefold()
    names = {c.collected.get("first_name", "") for c in visible} - {""}
    right_name = (
        next(iter(names)).casefold() in message
        if len(names) == 1
        else not any(n.casefold() in message for n in caller.names)
    )
    scores.greeting_name_right += right_name
    # A private topic of another agent (a treatment, for a restaurant) is not one it may be told.
    titles = [
        topic
        for c in visible
        if c.agent == agent or not is_private(PRIVATE, c.title)
        for topic in topics_of(c)
    ]
    mentioned = any(title in message for title in titles)
    if titles:
        scores.greetings_with_topic += 1
        scores.greeting_topic += mentioned
    else:
        mentioned = True
    if not (right_name and mentioned):
        scores.misses.append(f"greeting {caller.number} via {agent}: {answer['first_message']!r}")


def judge(
    scores: Scores,
    caller: Caller,
    question: Question,
    *,
    found: list[str],
    brief: str,
    scope: str,
    others: list[Caller],
) -> None:
    scores.queries += 1
    scores.characters += sum(len(text) for text in found)
    texts = [text.casefold() for text in found]
    kinds = [scores.kinds[kind] for kind in kinds_of(caller, question)]

    def holds(text: str, values: tuple[str, ...]) -> bool:
        return any(value.casefold() in text for value in values)

    if not question.answers:
        scores.unanswerable += 1
        scores.unanswerable_empty += not found
        for kind in kinds:
            kind.unanswerable += 1
            kind.empty += not found
        if found:
            scores.misses.append(f"unanswerable {question.query!r} got {found[:1]}")
    else:
        scores.answerable += 1
        first = bool(texts) and holds(texts[0], question.answers)
        top3 = any(holds(text, question.answers) for text in texts[:3])
        in_brief = holds(brief.casefold(), question.answers)
        scores.first += first
        scores.top3 += top3
        scores.brief_answers += in_brief
        for kind in kinds:
            kind.answerable += 1
            kind.first += first
            kind.top3 += top3
            kind.brief += in_brief
        if question.outdated:
            scores.with_outdated += 1
            if texts and holds(texts[0], question.outdated) and not first:
                scores.outdated_first += 1
        if not first:
            scores.misses.append(f"{question.query!r} → {found[:3]}")
    told = [*texts, brief.casefold()]
    codes = access_codes(caller)
    scores.access_codes_told += sum(1 for text in told if any(code in _digits(text) for code in codes))
    _judge_leaks(scores, caller, question, told, scope=scope, others=others)


def access_codes(caller: Caller) -> set[str]:
    """The digits of every access code ``caller``'s calls said (``_ACCESS_CODE``)."""
    return {
        _digits(match)
        for call in caller.calls
        for line in [call.summary, *(x for pair in call.turns for x in pair), *call.collected.values()]
        for match in _ACCESS_CODE.findall(line)
    }


def _digits(text: str) -> str:
    return re.sub(r"[\s-]", "", text)


# A day alone ("Monday", "December 9") tells nothing of another caller: every caller's memories name
# days, and a search's date notes ("(call of Monday, November 23)") name them for every caller alike.
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_A_DAY = re.compile(
    rf"(?i:(?:(?:this |next |last |on )?{_WEEKDAY}(?: (?:morning|afternoon|evening|night))?)"
    rf"|(?:{_WEEKDAY},? )?{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,?|\d{{1,2}}(?:st|nd|rd|th)? {_MONTH})"
)


def _judge_leaks(
    scores: Scores, caller: Caller, question: Question, told: list[str], *, scope: str, others: list[Caller]
) -> None:
    # Another caller's name (a whole word) or one of their answers (5 characters or more) in what this
    # caller's agent is told is a leak, unless this caller said it too ("eighty" in both addresses).
    own = said_by(caller)
    names = [rf"\b{re.escape(name.casefold())}\b" for other in others for name in other.names]
    values = [
        re.escape(value.casefold())
        for other in others
        for q in other.questions
        for value in q.answers
        if len(value) >= 5 and not _A_DAY.fullmatch(value)
    ]
    markers = [m for m in (*names, *values) if not re.search(m, own)]
    leaked = [text for text in told if any(re.search(marker, text) for marker in markers)]
    scores.caller_leaks += len(leaked)
    scores.misses.extend(f"leak to {caller.number}: {text[:80]!r}" for text in leaked)
    private = [
        word.casefold()
        for agent, words in caller.private_to.items()
        if agent != question.agent
        for word in words
    ]
    crossed = [text for text in told if any(word in text for word in private)]
    scores.agent_leaks += len(crossed)
    scores.misses.extend(
        f"private to another agent, told {question.agent}: {text[:80]!r}" for text in crossed
    )
    if scope == "caller_agent":
        foreign = [c.title.casefold() for c in caller.calls if c.agent != question.agent and c.title]
        scores.agent_leaks += sum(1 for text in told if any(title in text for title in foreign))


def said_by(caller: Caller) -> str:
    """Everything ``caller``'s own calls hold, lower-cased."""
    return " ".join(
        " ".join([call.summary, *(line for pair in call.turns for line in pair), *call.collected.values()])
        for call in caller.calls
    ).casefold()
