# khabar — every target bootstraps its own virtualenv (.venv) from pinned dependencies.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV := ../shared/data/khabar-dev

.PHONY: demo test check lint typecheck eval eval-ledger bench clean

$(STAMP): pyproject.toml requirements.lock
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --upgrade pip
	@$(BIN)/python -m pip install -q -c requirements.lock -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP)

## demo: extract one bundled article, ingest the bundled set into SQLite, print the ledger
demo: $(STAMP)
	@bash scripts/demo.sh

## test: lint, type-check and the whole test suite (what CI runs)
test: check

LINT_PATHS := $(wildcard src tests bench eval scripts)

check: $(STAMP)
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)
	$(BIN)/mypy
	$(BIN)/python -m pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(BIN)/ruff check $(LINT_PATHS)

typecheck: $(STAMP)
	$(BIN)/mypy

## eval: quality gates on the dev set and our own held-out and blind sets (needs ../shared)
eval: $(STAMP)
	$(BIN)/python eval/gate.py --set dev
	$(BIN)/python eval/gate.py --set heldout
	$(BIN)/python eval/gate.py --set blind
	$(BIN)/python eval/gate.py --set blind2
	$(BIN)/python eval/gate.py --set blind3
	$(BIN)/python eval/gate.py --set blind4
	$(BIN)/python eval/gate.py --set blind5
	$(BIN)/python eval/gate.py --set blind6
	$(BIN)/python eval/gate.py --set blind7
	$(BIN)/python eval/gate.py --set blind8
	$(BIN)/python eval/gate.py --set blind9
	$(BIN)/python eval/gate.py --set blind10
	$(BIN)/python eval/gate.py --set blind11
	$(BIN)/python eval/gate.py --set blind12
	$(BIN)/python eval/gate.py --set blind13
	$(BIN)/python eval/gate.py --set blind14
	$(BIN)/python eval/gate.py --set blind15
	$(BIN)/python eval/gate.py --set blind16
	$(BIN)/python eval/gate.py --set blind17
	$(BIN)/python eval/gate.py --set blind18
	$(BIN)/python eval/gate.py --set blind19
	$(BIN)/python eval/ledger_gate.py --set dev
	$(BIN)/python eval/ledger_gate.py --set heldout
	$(BIN)/python eval/ledger_gate.py --set blind
	$(BIN)/python eval/ledger_gate.py --set blind3
	$(BIN)/python eval/ledger_gate.py --set blind4
	$(BIN)/python eval/ledger_gate.py --set blind5
	$(BIN)/python eval/ledger_gate.py --set blind6
	$(BIN)/python eval/ledger_gate.py --set blind7
	$(BIN)/python eval/ledger_gate.py --set blind8
	$(BIN)/python eval/ledger_gate.py --set blind9
	$(BIN)/python eval/ledger_gate.py --set blind10
	$(BIN)/python eval/ledger_gate.py --set blind11
	$(BIN)/python eval/ledger_gate.py --set blind12
	$(BIN)/python eval/ledger_gate.py --set blind13
	$(BIN)/python eval/ledger_gate.py --set blind14
	$(BIN)/python eval/ledger_gate.py --set blind15
	$(BIN)/python eval/ledger_gate.py --set blind16
	$(BIN)/python eval/ledger_gate.py --set blind17
	$(BIN)/python eval/ledger_gate.py --set blind18
	$(BIN)/python eval/ledger_gate.py --set blind19
	$(BIN)/python eval/dates_quantities.py --min-date 0.9 --min-qty 0.9

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
