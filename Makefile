# Two commands do all set-up on a fresh Debian machine:
#   make run   — install everything, then open Shakha on a demo branch database
#   make test  — install everything, then run the whole test suite
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
APT_PACKAGES := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-image0 \
	libxcb-render-util0 libxcb-xinerama0 libxcb-randr0 xvfb poppler-utils \
	gcc libc6-dev libssl-dev python3-dev

.PHONY: run test fuzz system venv lint typecheck bench translations bundle guide clean

# a first start without a database opens the demo (the app itself would offer the
# first-run wizard: set up a real branch, or try the demo)
run: venv
	SHAKHA_FIRST_RUN=demo $(BIN)/shakha $(ARGS)

# Deterministic: property tests run derandomized with their fixed budgets (the `ci`
# Hypothesis profile, tests/hypothesis_profiles.py), so every run tries the same cases.
test: venv
	HYPOTHESIS_PROFILE=ci $(BIN)/python -m pytest -n 2 --dist loadgroup $(PYTEST_ARGS)

# Long random runs of the property tests (FACTOR times each test's examples, default 20).
# A failure found here becomes an explicit example or regression test, so `make test` keeps it.
FUZZ_TESTS = $(shell grep -rlE --include='test_*.py' '^ *(from|import) hypothesis' tests)
fuzz: venv
	HYPOTHESIS_PROFILE=fuzz SHAKHA_FUZZ_FACTOR=$(or $(FACTOR),20) \
	  $(BIN)/python -m pytest -n 2 --dist loadgroup --hypothesis-show-statistics \
	  $(FUZZ_TESTS) $(PYTEST_ARGS)

# System libraries Qt needs, installed only when missing and only when we may (root);
# also what builds head office's C loop (app/sync/_fastchain.c: a compiler, the OpenSSL
# and Python headers; without them it is skipped and the Python code does the work).
system:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = "0" ]; then \
	    echo "Installing system libraries:$$missing"; \
	    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; \
	  else \
	    echo "Missing system libraries (ask an administrator to install):$$missing"; \
	  fi; \
	fi

$(STAMP): pyproject.toml app/sync/_fastchain.c
	@$(MAKE) --no-print-directory system
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

lint: venv
	$(BIN)/ruff check app ui tests benchmarks
	$(BIN)/mypy app

bench: venv
	$(BIN)/python -m benchmarks $(NAME)

translations: venv
	$(BIN)/python -m ui.i18n_build

# The user guide (HTML and PDF, English and Bengali) with fresh screenshots: build/guide/
guide: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m docs.build_guide build/guide

# The one-folder app that runs without Python (PyInstaller): dist/shakha/
bundle: venv
	$(BIN)/python packaging/build_bundle.py

clean:
	rm -rf $(VENV) build dist *.egg-info
