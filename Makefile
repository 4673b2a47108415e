# The portal's everyday commands. `make run` and `make test` work on a fresh
# clone with nothing but Python 3.11+ (and Pango for WeasyPrint).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format messages translations migrate load superuser clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit("Python 3.11+ is needed" if sys.version_info < (3, 11) else 0)'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Stamps: reinstall only when a requirements file changes.
$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed $@

translations: $(VENV)/.installed
	$(MANAGE) compile_translations

migrate: $(VENV)/.installed
	$(MANAGE) migrate --no-input

load: migrate
	$(MANAGE) load_2024

run: translations load
	$(MANAGE) runserver $(HOST):$(PORT)

superuser: migrate
	$(MANAGE) createsuperuser

test: $(VENV)/.dev-installed translations
	$(BIN)/pytest $(PYTEST_ARGS)

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.dev-installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Developers: refresh locale/*/django.po from the source (needs GNU gettext).
messages: $(VENV)/.dev-installed
	$(MANAGE) update_translations

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
