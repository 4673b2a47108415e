# The portal's everyday commands. `make run` and `make test` work on a fresh
# clone with nothing but Python 3.11+ (and Pango for WeasyPrint).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help run test lint format messages translations migrate load superuser clean \
	backup restore collectstatic serve-prod
.DEFAULT_GOAL := help

help: ## list the targets
	@awk 'BEGIN {FS = ":[^#]*## "} /^[a-z-]+:.*## / {printf "  make %-14s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

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

translations: $(VENV)/.installed ## compile the .po catalogues to .mo (pure Python)
	$(MANAGE) compile_translations

migrate: $(VENV)/.installed ## apply the database migrations
	$(MANAGE) migrate --no-input

load: migrate ## migrate, then load the 2024 brochure (records already there are kept)
	$(MANAGE) load_2024

run: translations load ## install, migrate, load 2024, serve on http://127.0.0.1:8000 (HOST=…, PORT=… to change)
	$(MANAGE) runserver $(HOST):$(PORT)

# The targets the README gives the server's operator (backup, restore,
# superuser) use the .venv as it is, and install only into a checkout that has
# none yet: the README's build and upgrade install with pip, not make, so the
# stamp is missing or older than requirements.txt, and a nightly backup or a
# restore after a failure must not run pip (nor fail on a server without network).
USE_VENV = @test -x $(BIN)/python || $(MAKE) --no-print-directory $(VENV)/.installed

superuser: ## create an admin account (the department head)
	$(USE_VENV)
	$(MANAGE) migrate --no-input
	$(MANAGE) createsuperuser

# pytest-xdist: one worker per core, each with a test database of its own.
test: $(VENV)/.dev-installed translations ## the whole test suite, one worker per core (PYTEST_ARGS=… to pass options)
	$(BIN)/pytest -n auto $(PYTEST_ARGS)

lint: $(VENV)/.dev-installed ## ruff check and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.dev-installed ## ruff: fix and format the code
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Backups: every record (natural keys) and every uploaded file in one archive.
# Reads only: a scheduled backup must not migrate the database behind an upgrade.
backup: ## archive every record and uploaded file (FILE=… to name it)
	$(USE_VENV)
	$(MANAGE) backup $(if $(FILE),--output "$(FILE)")

# make restore FILE=backups/cooperation-….tar.gz [REPLACE=1]
restore: ## FILE=<archive> [REPLACE=1]: restore a backup
	@test -n "$(FILE)" || (echo "Usage: make restore FILE=backups/<archive>.tar.gz [REPLACE=1]" && exit 2)
	$(USE_VENV)
	$(MANAGE) migrate --no-input
	$(MANAGE) restore "$(FILE)" $(if $(REPLACE),--replace)

collectstatic: $(VENV)/.installed ## collect and compress the static files for production
	DJANGO_DEBUG=0 DJANGO_SECRET_KEY=collectstatic-only $(MANAGE) collectstatic --no-input -v0

# The production setup on this machine: gunicorn + WhiteNoise + PostgreSQL,
# plain HTTP on loopback. Needs DATABASE_URL (PostgreSQL) and a secret key.
serve-prod: translations collectstatic ## gunicorn + WhiteNoise on PostgreSQL, plain HTTP (DATABASE_URL=…, GUNICORN_BIND=…)
	@test -n "$(DATABASE_URL)" || (echo "Set DATABASE_URL=postgres://… (see README, Deploying)" && exit 2)
	DJANGO_DEBUG=0 DJANGO_SECRET_KEY=$${DJANGO_SECRET_KEY:-$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))')} \
	DJANGO_ALLOWED_HOSTS=$${DJANGO_ALLOWED_HOSTS:-127.0.0.1,localhost} DJANGO_SECURE_SSL_REDIRECT=0 \
	DJANGO_SECURE_COOKIES=0 DJANGO_HSTS_SECONDS=0 \
	sh -c '$(MANAGE) migrate --no-input && $(MANAGE) load_2024 && $(BIN)/gunicorn -c gunicorn.conf.py cooperation.wsgi'

# Developers: refresh locale/*/django.po from the source (needs GNU gettext).
messages: $(VENV)/.dev-installed ## refresh locale/*/django.po from the source (GNU gettext)
	$(MANAGE) update_translations

clean: ## remove .venv, collected static files and tool caches
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
