# The two commands of the quick start: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test bench docs clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The demo reads the example notice and pre-flights the example invoice, so it installs those.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[notices,invoices]'
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[all,dev]'
	touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/reinstate demo

test: $(VENV)/.installed-dev
	PATH="$(abspath $(BIN)):$$PATH" scripts/with-postgres $(BIN)/pytest -n 2 -q

# Every benchmark, each against a baseline measured in the same run.
bench: $(VENV)/.installed-dev
	$(BIN)/python bench/run.py
	$(BIN)/python bench/notices.py
	$(BIN)/python bench/appeals.py
	$(BIN)/python bench/invoices.py
	$(BIN)/python bench/related.py
	$(BIN)/python bench/health.py
	$(BIN)/python bench/web_load.py

docs: $(VENV)/.installed
	$(BIN)/python -m reinstate.rules.docs
	$(BIN)/python -m reinstate.errors.docs

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
