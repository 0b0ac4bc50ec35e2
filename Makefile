# Two entry points for a fresh machine: `make run` (parse the bundled corpus) and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench eval clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/jirei parse corpus/ --recursive --format summary

test: $(STAMP)
	$(BIN)/ruff check src tests bench scripts
	bash scripts/ensure-chromium  # headless browser for tests/test_review.py (skips if it cannot)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench scripts

eval: $(STAMP)
	$(BIN)/python -m jirei eval corpus/

bench: $(STAMP)
	$(BIN)/python bench/values.py
	$(BIN)/python bench/parse.py
	$(BIN)/python bench/pdf.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .hypothesis
