# Two commands for a fresh machine with Python 3.11 (see README):
#   make lab    set up .venv if needed, then open lesson 01 in JupyterLab
#   make test   set up the same .venv if needed, then run the whole test suite
# The environment is rebuilt only when pyproject.toml changes. The tests' npm packages (axe-core for the
# accessibility checks, configurable-http-proxy for the JupyterHub test) come from package.json, pinned
# in package-lock.json, into node_modules/: without npm those tests are skipped.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.kit-installed
AXE    := node_modules/.kit-installed

.PHONY: lab test lint benchmarks release clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

$(AXE): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --silent && touch $(AXE); \
	else echo "npm not found: the accessibility and hub tests will be skipped (apt-get install npm)"; fi

lab: $(STAMP)
	$(BIN)/python -m kit lab

test: $(STAMP) $(AXE)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check kit tests benchmarks scripts

benchmarks: $(STAMP)
	$(BIN)/python benchmarks/speed.py

release: $(STAMP)
	$(BIN)/python -m kit release

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache node_modules
