# The two commands a person needs: `make run` and `make test`. Each sets up .venv first.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || \
		{ echo "Boundary Journal needs Python 3.11 or newer as $(PYTHON) (make PYTHON=python3.12 ...)"; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(PY) -m journal_app

test: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	$(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

# Not part of `make test`: generates journals of 1,000 / 10,000 / 100,000 entries (a few
# minutes) and prints the figures docs/benchmarks.md records. jrnl, for the comparison, goes
# into a venv of its own.
bench: $(STAMP)
	@# Compiled bytecode, as an installed app has (pip compiles on install); without it each
	@# start would compile the app's modules again, where PYTHONDONTWRITEBYTECODE is set.
	$(PY) -m compileall -q journal_app >/dev/null
	$(PY) benchmarks/run.py
	@test -x benchmarks/.venv-jrnl/bin/jrnl || \
		{ $(PYTHON) -m venv benchmarks/.venv-jrnl && benchmarks/.venv-jrnl/bin/pip install --quiet jrnl; }
	$(PY) benchmarks/compare_jrnl.py 10000
	@echo "For 100,000 entries: $(PY) benchmarks/compare_jrnl.py 100000 (jrnl's export alone takes over 10 minutes)"

typecheck: $(STAMP)
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .mypy_cache
