"""The fake OpenMemory server answers as the server's code does (CaviraOSS/OpenMemory,
packages/openmemory-js: src/server/middleware/auth.ts, tenant.ts, validate.ts, routes/memory.ts,
memory/hsg.ts), so that the backend's tests prove something about the real one."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from testkit.fakes.openmemory import FakeOpenMemoryServer, tenant_of


def client(fake: FakeOpenMemoryServer, **headers: str) -> httpx.Client:
    return httpx.Client(base_url=fake.url, headers=headers or {"x-api-key": fake.api_key or ""})


def add(http: httpx.Client, content: str, **extra: Any) -> dict[str, Any]:
    answer = http.post("/memory/add", json={"content": content, **extra})
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def test_health_is_public_and_every_memory_route_needs_the_key(fake_openmemory: FakeOpenMemoryServer) -> None:
    anonymous = httpx.Client(base_url=fake_openmemory.url)
    assert anonymous.get("/health").json()["ok"] is True
    missing = anonymous.get("/memory/all")
    assert (missing.status_code, missing.json()["error"]) == (401, "authentication_required")
    wrong = client(fake_openmemory, **{"x-api-key": "nope"}).get("/memory/all")
    assert (wrong.status_code, wrong.json()) == (403, {"error": "invalid_api_key"})
    bearer = client(fake_openmemory, authorization=f"Bearer {fake_openmemory.api_key}")
    assert bearer.get("/memory/all").json() == {"items": []}
    with FakeOpenMemoryServer(api_key=None) as unconfigured:
        answer = client(unconfigured, **{"x-api-key": "any"}).get("/memory/all")
        assert (answer.status_code, answer.json()["error"]) == (503, "auth_not_configured")


def test_the_user_is_the_key_and_any_other_user_id_is_refused(fake_openmemory: FakeOpenMemoryServer) -> None:
    http = client(fake_openmemory)
    tenant = tenant_of(fake_openmemory.api_key or "")
    refused = http.post("/memory/add", json={"content": "Likes tea", "user_id": "+15550100002"})
    assert (refused.status_code, refused.json()["error"]) == (403, "tenant_mismatch")
    assert add(http, "Likes tea", user_id=tenant)["id"]
    assert http.get(f"/users/{tenant}/summary").status_code == 200
    assert http.get("/users/someone/memories").status_code == 403
    assert [item["user_id"] for item in http.get("/memory/all").json()["items"]] == [tenant]


def test_bodies_and_pages_are_validated_as_the_routes_do(fake_openmemory: FakeOpenMemoryServer) -> None:
    http = client(fake_openmemory)
    empty = http.post("/memory/add", json={"content": ""})
    assert (empty.status_code, empty.json()["error"]) == (400, "invalid_input")
    assert http.post("/memory/query", json={"query": "x", "k": 201}).status_code == 400
    assert http.get("/memory/all", params={"l": 10_001}).json() == {"error": "invalid_pagination"}
    assert http.get("/memory/unknown").json() == {"err": "nf"}
    assert http.delete("/memory/unknown").status_code == 404


def test_an_add_with_the_same_words_as_any_memory_is_folded_into_it(
    fake_openmemory: FakeOpenMemoryServer,
) -> None:
    http = client(fake_openmemory)
    first = add(http, "Prefers email reminders.")
    again = add(http, "prefers EMAIL reminders")
    assert again == {
        "id": first["id"],
        "primary_sector": "semantic",
        "sectors": ["semantic"],
        "deduplicated": True,
    }
    assert len(fake_openmemory.memories) == 1
    assert fake_openmemory.memories[0]["salience"] == pytest.approx(0.55)


def test_long_content_is_stored_as_its_essence(fake_openmemory: FakeOpenMemoryServer) -> None:
    http = client(fake_openmemory)
    long = " ".join(f"Sentence {n} tells something rather long about the booking." for n in range(10, 20))
    add(http, long)
    stored = fake_openmemory.memories[0]["content"]
    assert len(stored) <= 200 and stored.startswith("Sentence 10 tells")


def test_a_query_is_answered_from_its_cache_for_a_minute_deleted_memories_included(
    fake_openmemory: FakeOpenMemoryServer,
) -> None:
    http = client(fake_openmemory)
    memory = add(http, "Doctor Rivera cleans teeth")
    body = {"query": "doctor rivera", "k": 5}
    first = http.post("/memory/query", json=body).json()["matches"]
    assert [m["id"] for m in first] == [memory["id"]]
    assert set(first[0]) == {
        "id",
        "content",
        "score",
        "sectors",
        "primary_sector",
        "path",
        "salience",
        "last_seen_at",
    }
    assert http.delete(f"/memory/{memory['id']}").json() == {"ok": True}
    assert [m["id"] for m in http.post("/memory/query", json=body).json()["matches"]] == [memory["id"]]
    fresh = {**body, "filters": {"endTime": 2**52}}
    assert http.post("/memory/query", json=fresh).json()["matches"] == []


def test_failures_after_acceptance_and_rate_limits(fake_openmemory: FakeOpenMemoryServer) -> None:
    http = client(fake_openmemory)
    fake_openmemory.fail_after_commit("POST", "/memory/add")
    assert http.post("/memory/add", json={"content": "Stored anyway"}).status_code == 502
    assert [m["content"] for m in fake_openmemory.memories] == ["Stored anyway"]
    fake_openmemory.throttle(7)
    limited = http.get("/memory/all")
    assert (limited.status_code, limited.json()) == (429, {"error": "rate_limit_exceeded", "retry_after": 7})
    assert limited.headers["X-RateLimit-Remaining"] == "0"
    assert http.get("/memory/all").status_code == 200
