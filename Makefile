# The two commands a person needs: `make run` and `make test`. Each sets up .venv first.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck bench clean translations package package-check

# Qt Linguist catalogues, compiled to .qm beside them (not committed).
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)
# Core's gettext catalogue (the words of exports and observations), compiled to .mo the same way.
POT := resources/locale/core.pot
PO  := $(wildcard resources/locale/*/LC_MESSAGES/core.po)
MO  := $(PO:.po=.mo)
METAINFO := packaging/linux/org.boundaryjournal.BoundaryJournal.metainfo.xml
DESKTOP  := packaging/linux/org.boundaryjournal.BoundaryJournal.desktop

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || \
		{ echo "Boundary Journal needs Python 3.11 or newer as $(PYTHON) (make PYTHON=python3.12 ...)"; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev]'
	@touch $(STAMP)

run: $(STAMP) $(QM) $(MO)
	$(PY) -m journal_app

test: $(STAMP) $(QM) $(MO)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	@if command -v appstreamcli >/dev/null; then appstreamcli validate --no-net $(METAINFO); \
		else echo "appstreamcli not installed: metainfo not validated (Debian: appstream)"; fi
	@if command -v desktop-file-validate >/dev/null; then desktop-file-validate $(DESKTOP); \
		else echo "desktop-file-validate not installed: desktop entry not validated (Debian: desktop-file-utils)"; fi
	$(PY) -m pytest -q

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

resources/locale/%.mo: resources/locale/%.po $(STAMP)
	$(VENV)/bin/pybabel -q compile -D core -i $< -o $@

# After changing UI strings: refresh the catalogues (translations are kept), then translate
# the new strings in resources/i18n/boundary_journal_ru.ts (Qt Linguist: pyside6-linguist).
# After changing core's words (gettext, ngettext, pgettext, N_, NC_ in journal_app/core):
# the same for resources/locale/ru/LC_MESSAGES/core.po (any .po editor, or a text editor).
# Every module of the window, however deep; -locations none keeps file names (which move)
# out of the catalogues: a message is found by its context (the class) and its text.
UI_SOURCES = $(shell find journal_app/ui -name '*.py' | sort)
translations: $(STAMP)
	$(VENV)/bin/pybabel -q extract -k NC_:1c,2 --no-location --sort-output \
		--project "Boundary Journal" --copyright-holder "Boundary Journal team" \
		-o $(POT) journal_app/core
	$(VENV)/bin/pybabel -q update -D core -i $(POT) -d resources/locale -l ru --init-missing \
		--ignore-obsolete
	$(VENV)/bin/pyside6-lupdate $(UI_SOURCES) -ts resources/i18n/boundary_journal_ru.ts \
		-no-obsolete -locations none
	$(VENV)/bin/pyside6-lupdate $(UI_SOURCES) -ts resources/i18n/boundary_journal_en.ts \
		-pluralonly -no-obsolete -locations none

# A one-folder build with PyInstaller (Linux): dist/boundary-journal/.
PKG_STAMP := $(VENV)/.package-tools
$(PKG_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[package]'
	@touch $(PKG_STAMP)

package: $(PKG_STAMP) $(QM) $(MO)
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/boundary-journal.spec
	$(PY) packaging/icons.py dist/boundary-journal/share/icons >/dev/null

package-check:
	@test -x dist/boundary-journal/boundary-journal || { echo "run make package first"; exit 1; }
	dist/boundary-journal/boundary-journal --version
	@for lang in en ru; do test -f dist/boundary-journal/_internal/journal_app/resources/i18n/boundary_journal_$$lang.qm \
		|| { echo "the build has no $$lang catalogue (.qm)"; exit 1; }; done
	@test -f dist/boundary-journal/_internal/journal_app/resources/locale/ru/LC_MESSAGES/core.mo \
		|| { echo "the build has no Russian catalogue of core (core.mo)"; exit 1; }
	QT_QPA_PLATFORM=offscreen dist/boundary-journal/boundary-journal \
		--data-dir "$$(mktemp -d)" --profile-startup

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

# Not part of `make test`: generates journals of 1,000 / 10,000 / 100,000 entries (a few
# minutes) and prints the figures docs/benchmarks.md records (tens of minutes in all). jrnl, for the comparison, goes
# into a venv of its own.
bench: $(STAMP) $(QM) $(MO)
	@# Compiled bytecode, as an installed app has (pip compiles on install); without it each
	@# start would compile the app's modules again, where PYTHONDONTWRITEBYTECODE is set.
	$(PY) -m compileall -q journal_app >/dev/null
	$(PY) benchmarks/run.py
	@test -x benchmarks/.venv-jrnl/bin/jrnl || \
		{ $(PYTHON) -m venv benchmarks/.venv-jrnl && benchmarks/.venv-jrnl/bin/pip install --quiet jrnl; }
	$(PY) benchmarks/window_bench.py 1000 100000
	@# At 100,000 entries jrnl runs once per command and its export is left out (minutes);
	@# BENCH_EXPORT=1 BENCH_JRNL_RUNS=3 for those too.
	$(PY) benchmarks/compare_jrnl.py 1000 10000 100000

typecheck: $(STAMP)
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .mypy_cache resources/i18n/*.qm \
		resources/locale/*/LC_MESSAGES/*.mo
