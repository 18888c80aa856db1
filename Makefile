# Two commands for a fresh machine: `make run` (the demo on http://127.0.0.1:8000) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint install bench clean browser i18n audit

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Rempart needs Python 3.11 or newer")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/rempart serve --demo --host 127.0.0.1 --port 8000

# Browser tests drive Debian's Chromium (never a browser Playwright downloads). As root with apt,
# install it when missing; otherwise those tests are skipped and say why.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian's chromium for the browser tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; \
	  else echo "chromium not installed: browser tests will be skipped"; fi; }

test: $(STAMP) browser
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

# Known vulnerabilities in the installed dependencies (PyPI's advisory data); fails on any found.
# Packages the index has no advisory data for are listed as skipped, not silently passed.
audit: $(STAMP)
	$(BIN)/pip-audit --progress-spinner off --skip-editable

# The HTTP benchmarks drive the server with wrk (Debian's package), installed here when missing.
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	@command -v wrk >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; \
	  else echo "install wrk to run bench/checks.py and bench/load.py"; fi; }
	$(BIN)/python bench/detection.py
	$(BIN)/python bench/checks.py --postgres-url postgresql+psycopg://postgres@127.0.0.1/rempart_bench

i18n: $(STAMP)
	$(BIN)/python -m rempart.web.catalogue

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
