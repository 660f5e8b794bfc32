# Every target bootstraps .venv from nothing but python3.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
BENCH  := $(VENV)/.bench-installed
MUTATE := $(VENV)/.mutation-installed
# mypy checks amigo_client at its Python 3.8 floor with a pinned mypy 1.x in a 3.8 venv
# (pyproject.toml's typecheck-py38 extra); scripts/test_matrix.py finds the interpreter.
PY38   := .venv-py38-mypy

.PHONY: install demo emulator cassettes generate check-generated spec spec-update upstream-proof lint typecheck test test-matrix check bench bench-quick bench-realtime mutation clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(STAMP) ## create .venv and install the package with its dev extra

demo: $(STAMP) ## a conversation streamed from a local emulator (examples/conversation.py)
	$(BIN)/python scripts/demo.py

emulator: $(STAMP) ## keep a local emulator running on PORT (default 8765), printing its AMIGO_* settings
	$(BIN)/python scripts/demo.py --serve --port $(or $(PORT),8765)

cassettes: $(STAMP) ## re-record tests/sdk/cassettes/test_recorded/ from the local emulator (secrets filtered)
	$(BIN)/python scripts/record_cassettes.py

generate: $(STAMP) ## openapi.yaml -> amigo_client/ (then overrides/ copied in)
	$(BIN)/python scripts/generate.py

check-generated: $(STAMP) ## fail if amigo_client/ differs from a fresh `make generate`
	$(BIN)/python scripts/generate.py --check

# SRC and FLAGS reach the shell as single-quoted words, taken as written ($(value ...): make
# expands nothing in them) and never exported (make would expand them to build the environment),
# so `SRC='x"; touch y'` is a file name, not a command. spec_update.py exits 3 when it changed
# openapi.yaml; make counts that as success (CI that needs the four outcomes runs the script:
# see `scripts/spec_update.py --help`).
unexport SRC FLAGS
shell-quote = '$(subst ','\'',$(1))'
spec-args = $(if $(value SRC),$(call shell-quote,$(value SRC))) $(foreach f,$(value FLAGS),$(call shell-quote,$(f)))

spec: $(STAMP) ## rebuild openapi.yaml + amigo_client/ from spec/ (words, overlay) and the upstream document openapi.yaml records
	@set -f; $(BIN)/python scripts/spec_update.py $(spec-args) || [ $$? -eq 3 ]

spec-update: $(STAMP) ## bring an upstream version in: make spec-update SRC=<path or URL> [FLAGS=--fail-on-breaking|--dry-run]
	@if [ -z $(call shell-quote,$(value SRC)) ]; then echo "usage: make spec-update SRC=<path or URL of an upstream OpenAPI document> [FLAGS=--fail-on-breaking]" >&2; exit 2; fi
	@set -f; $(BIN)/python scripts/spec_update.py $(spec-args) || [ $$? -eq 3 ]

upstream-proof: $(STAMP) ## issue 14's whole-suite proofs, in copies of the repository: a later upstream version brought in, then make check; an older one without some operations, then make demo and the tests
	$(BIN)/python tests/upstream/proof.py

lint: $(STAMP) ## ruff on everything, generated code included
	$(BIN)/ruff check .
	$(BIN)/ruff format --check overrides scripts spectools tests amigo_emulator bench examples

$(PY38)/.installed: pyproject.toml $(STAMP)
	@py38=$$($(BIN)/python scripts/test_matrix.py --find 3.8) || { echo "typecheck: no Python 3.8 interpreter for the floor check (pyenv install 3.8)" >&2; exit 1; }; \
	rm -rf $(PY38) && $$py38 -m venv $(PY38)
	$(PY38)/bin/python -m pip install --quiet --disable-pip-version-check -e '.[typecheck-py38]'
	touch $@

typecheck: $(STAMP) $(PY38)/.installed ## mypy --strict on amigo_client (also at Python 3.8), scripts, spectools, the emulator, bench, examples and tests
	$(BIN)/mypy amigo_client scripts spectools amigo_emulator tests/emulator bench examples
	$(BIN)/mypy tests/sdk
	$(BIN)/mypy tests/e2e
	$(BIN)/mypy tests/realtime
	$(BIN)/mypy tests/testkit
	$(BIN)/mypy tests/upstream
	$(BIN)/mypy tests/*.py
	$(PY38)/bin/mypy --python-version 3.8 --cache-dir .mypy_cache/py38 amigo_client

test: $(STAMP) ## pytest
	$(BIN)/python -m pytest -q

test-matrix: $(STAMP) ## tests/sdk + tests/e2e + tests/realtime on each Python 3.8-3.13 found, and on the oldest with the lowest declared httpx/attrs/dateutil
	$(BIN)/python scripts/test_matrix.py

check: lint typecheck check-generated test ## everything CI runs, and more

$(BENCH): $(STAMP) pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	touch $@

bench: $(STAMP) $(BENCH) ## the benchmark suite (a few minutes): amigo_client vs httpx+json.loads vs amigo_sdk
	$(BIN)/python -m bench

bench-quick: $(STAMP) $(BENCH) ## a smaller suite (under a minute); exits non-zero when a target is missed
	$(BIN)/python -m bench --quick

bench-realtime: $(STAMP) ## client.realtime vs a raw WebSocket client on the emulator (bench/realtime.py; QUICK=1: smaller)
	$(BIN)/python -m bench.realtime $(if $(QUICK),--quick)

$(MUTATE): $(STAMP) pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev,mutation]'
	touch $@

# Not part of `check` or CI: a full run (about 1900 mutants) needs about an hour on 2 busy shared
# cores (JOBS=2, nice 19: 1376 mutants took 33 min); one module takes 5-10 minutes (MODULES=webhooks).
mutation: $(STAMP) $(MUTATE) ## mutation testing of the hand-written safety code (mutation/modules.toml): score per module; fails on a survivor not explained in mutation/equivalent.toml. [MODULES="retries webhooks"] [JOBS=2] [KEEP=1]
	$(BIN)/python scripts/mutation.py --jobs $(or $(JOBS),2) $(foreach m,$(MODULES),--module $(m)) $(if $(KEEP),--keep)

clean:
	rm -rf $(VENV) $(PY38) .venv-matrix .mypy_cache .pytest_cache .ruff_cache .mutation
