# Every target bootstraps .venv from nothing but python3.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
BENCH  := $(VENV)/.bench-installed

.PHONY: install demo cassettes generate check-generated spec spec-update lint typecheck test check bench bench-quick clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(STAMP) ## create .venv and install the package with its dev extra

demo: $(STAMP) ## a conversation streamed from a local emulator (examples/conversation.py)
	$(BIN)/python scripts/demo.py

cassettes: $(STAMP) ## re-record tests/sdk/cassettes/test_recorded/ from the local emulator (secrets filtered)
	$(BIN)/python scripts/record_cassettes.py

generate: $(STAMP) ## openapi.yaml -> amigo_client/ (then overrides/ copied in)
	$(BIN)/python scripts/generate.py

check-generated: $(STAMP) ## fail if amigo_client/ differs from a fresh `make generate`
	$(BIN)/python scripts/generate.py --check

spec: $(STAMP) ## rebuild openapi.yaml + amigo_client/ from spec/ (words, overlay) and the upstream document openapi.yaml records
	@$(BIN)/python scripts/spec_update.py $(FLAGS)

spec-update: $(STAMP) ## bring an upstream version in: make spec-update SRC=<path or URL> [FLAGS=--fail-on-breaking|--dry-run]
	@if [ -z "$(SRC)" ]; then echo "usage: make spec-update SRC=<path or URL of an upstream OpenAPI document> [FLAGS=--fail-on-breaking]" >&2; exit 2; fi
	@$(BIN)/python scripts/spec_update.py "$(SRC)" $(FLAGS)

lint: $(STAMP) ## ruff on everything, generated code included
	$(BIN)/ruff check .
	$(BIN)/ruff format --check overrides scripts spectools tests

typecheck: $(STAMP) ## mypy on amigo_client (overrides included) and scripts
	$(BIN)/mypy amigo_client scripts spectools

test: $(STAMP) ## pytest
	$(BIN)/python -m pytest -q

check: lint typecheck check-generated test ## everything CI runs, and more

$(BENCH): $(STAMP) pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	touch $@

bench: $(STAMP) $(BENCH) ## the benchmark suite (a few minutes): amigo_client vs httpx+json.loads vs amigo_sdk
	$(BIN)/python -m bench

bench-quick: $(STAMP) $(BENCH) ## a smaller suite (under a minute); exits non-zero when a target is missed
	$(BIN)/python -m bench --quick

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
