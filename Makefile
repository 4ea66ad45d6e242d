# diarium — set-up is part of every target, and idempotent (stamp files).
#   make run    set up, then process the bundled samples
#   make test   set up (plus test-only system packages), then mypy and the test suite
#   make typecheck   mypy on the package (config in pyproject.toml)
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_RUN := tesseract-ocr tesseract-ocr-swe tesseract-ocr-eng tesseract-ocr-osd fonts-liberation2 fonts-dejavu-core ghostscript
APT_TEST := chromium jq

.PHONY: run test typecheck setup sysdeps sysdeps-test clean
.DEFAULT_GOAL := run

run: setup
	$(VENV)/bin/diarium run samples/

test: setup sysdeps-test
	$(VENV)/bin/mypy diarium
	$(PY) -m pytest -q -p no:cacheprovider $(PYTEST_ARGS)

typecheck: setup
	$(VENV)/bin/mypy diarium

setup: sysdeps $(VENV)/.installed

# Installs the Debian packages only when one is missing (needs root or sudo).
sysdeps:
	@missing=""; for p in $(APT_RUN); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; fi

sysdeps-test:
	@missing=""; for p in $(APT_TEST); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; fi

$(VENV)/.installed: pyproject.toml
	@[ -x $(PY) ] || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	$(PY) -c "from diarium.language.lexicon import load; load()"
	touch $@

clean:
	rm -rf $(VENV) .pytest_cache diarium.db
