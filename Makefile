# dialdesk: `make run` starts the tray app, `make test` runs the tests. Both set up .venv first.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: run test lint bench clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

run: $(BIN)/.installed
	$(BIN)/dialdesk

test: $(BIN)/.installed
	PYTHON=$(BIN)/python tests/run.sh

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: $(BIN)/.installed
	$(BIN)/python bench/normalize.py
	$(BIN)/python bench/imports.py
	$(BIN)/python bench/handoff.py
	$(BIN)/python bench/startup.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
