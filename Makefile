# Two commands set everything up from a fresh clone:
#   make demo   builds a server from specs/bookshop-3.0.yaml, installs it in its own venv, starts it, lists and tests it
#   make test   runs the whole test suite
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test golden bench

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/python scripts/demo.py

test: $(VENV)/.installed
	$(BIN)/python -m pytest -n 2 --dist loadfile --durations=25

golden: $(VENV)/.installed
	$(BIN)/python tests/golden.py
