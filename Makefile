# Every target bootstraps .venv on a fresh machine (Python 3.11+ and make are all it needs).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: generate check test lint typecheck bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Regenerate generated/ from schema/.
generate: $(STAMP)
	$(BIN)/axm-schema generate

## Fail if generated/ is stale (what CI runs as part of the tests, too).
check: $(STAMP)
	$(BIN)/axm-schema generate --check

# Generated Python is held to the same standard as hand-written code.
GENERATED_PY := generated/fixtures/axm_fixtures generated/python/axm_models

lint: $(STAMP)
	$(BIN)/ruff check generators tests bench $(GENERATED_PY)
	$(BIN)/ruff format --check generators tests bench $(GENERATED_PY)

typecheck: $(STAMP)
	$(BIN)/mypy --strict generators/axm_schema
	$(BIN)/mypy --strict generated/fixtures/axm_fixtures
	$(BIN)/mypy --strict generated/python/axm_models

## Lint, type-check and run the whole test suite.
test: lint typecheck
	$(BIN)/pytest

## Benchmarks (ratios against baselines measured side by side; see bench/README.md).
bench: $(STAMP)
	$(BIN)/python bench/models.py
	$(BIN)/python bench/validate.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
