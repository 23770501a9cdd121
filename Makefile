# Idea Bank — every set-up step lives here, so a fresh clone needs only `make run` / `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
RUN    := $(CURDIR)/.run
RUN_DB := sqlite:///$(RUN)/server/ideabank.sqlite3
PORT   ?= 8765
SHARED_DATA := $(abspath $(CURDIR)/../shared/data)
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test install translations ts lint bench dist dist-check clean screenshots

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

# Compiled catalogues are build products: made here, never committed.
resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .

# The server on its embedded SQLite default with demo data, and the desktop client on it.
run: $(STAMP) translations
	@mkdir -p $(RUN)/server $(RUN)/desktop
	@$(BIN)/python -m sync_server --db $(RUN_DB) seed-demo --shared-data "$(SHARED_DATA)"
	@$(BIN)/python -m sync_server --db $(RUN_DB) serve --port $(PORT) & server=$$!; \
	trap 'kill $$server 2>/dev/null; wait $$server 2>/dev/null; exit $${status:-0}' EXIT INT TERM; \
	for i in $$(seq 1 150); do \
	  $(BIN)/python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$(PORT)/api/v1/health', timeout=1)" 2>/dev/null && break; \
	  sleep 0.2; \
	done; \
	status=0; IDEABANK_HOME=$(RUN)/desktop \
	  IDEABANK_NO_DISPLAY_NOTE="The server keeps running on http://127.0.0.1:$(PORT)/api/v1/ (Ctrl+C stops it)." \
	  $(BIN)/python -m desktop --server http://127.0.0.1:$(PORT) || status=$$?; \
	if [ $$status -eq 3 ]; then wait $$server; fi

# Minutes at full size; IDEABANK_BENCH_SCALE=0.1 for a quick run (tests/bench/__main__.py).
# Kinto (the peer it is compared with) and the profiler are the benchmark's own, not the product's.
bench: $(STAMP) translations
	$(BIN)/python -m pip install --quiet 'kinto>=19' 'kinto-http>=11' 'pyinstrument>=4.6'
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench

dist: $(STAMP) translations
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec
	@du -sh dist/ideabank

# The packaged programs start on their own: CI runs this after the tests.
dist-check: dist
	QT_QPA_PLATFORM=offscreen IDEABANK_HOME=$$(mktemp -d) dist/ideabank/ideabank --self-check
	dist/ideabank/ideabank --version
	dist/ideabank/ideabank-server --self-check
	dist/ideabank/ideabank-server --version

clean:
	rm -rf build dist $(QM)

# Refresh the translation sources from the code (then translate the new entries in the .ts files).
ts: $(STAMP)
	$(BIN)/pyside6-lupdate $$(git ls-files 'desktop/*.py' 'desktop/**/*.py') -ts $(TS)

# Refresh docs/screenshots: every main screen in Azerbaijani, English and Russian.
screenshots: $(STAMP) translations
	IDEABANK_SCREENSHOTS=$(CURDIR)/docs/screenshots QT_QPA_PLATFORM=offscreen \
	  $(BIN)/python -m pytest -q tests/desktop/screenshots
