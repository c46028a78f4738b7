# The README's two commands: `make demo` builds content/ into output/,
# `make test` runs the whole test suite. Both set up what they need first.
PYTHON := $(shell sh scripts/find-python.sh)
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test setup setup-test serve bench clean

demo: $(VENV)/.installed
	$(BIN)/plaincast build content -o output

test: $(VENV)/.installed-test
	sh scripts/install-test-tools.sh
	$(BIN)/python -m pytest -q

serve: demo
	$(BIN)/plaincast serve output

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/run_all.py

$(VENV)/bin/python:
	@test -n "$(PYTHON)" || exit 1
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

clean:
	rm -rf output .cache
