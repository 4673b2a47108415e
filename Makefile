# The portal's everyday commands. `make run` and `make test` work on a fresh
# clone with nothing but Python 3.11+ (and Pango for WeasyPrint).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format messages translations migrate load superuser clean \
	backup restore collectstatic serve-prod

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

# Backups: every record (natural keys) and every uploaded file in one archive.
backup: migrate
	$(MANAGE) backup $(if $(FILE),--output $(FILE))

# make restore FILE=backups/cooperation-….tar.gz [REPLACE=1]
restore: migrate
	@test -n "$(FILE)" || (echo "Usage: make restore FILE=backups/<archive>.tar.gz [REPLACE=1]" && exit 2)
	$(MANAGE) restore $(FILE) $(if $(REPLACE),--replace)

collectstatic: $(VENV)/.installed
	DJANGO_DEBUG=0 DJANGO_SECRET_KEY=collectstatic-only $(MANAGE) collectstatic --no-input -v0

# The production setup on this machine: gunicorn + WhiteNoise + PostgreSQL,
# plain HTTP on loopback. Needs DATABASE_URL (PostgreSQL) and a secret key.
serve-prod: translations collectstatic
	@test -n "$(DATABASE_URL)" || (echo "Set DATABASE_URL=postgres://… (see README, Deploying)" && exit 2)
	DJANGO_DEBUG=0 DJANGO_SECRET_KEY=$${DJANGO_SECRET_KEY:-$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))')} \
	DJANGO_ALLOWED_HOSTS=$${DJANGO_ALLOWED_HOSTS:-127.0.0.1,localhost} DJANGO_SECURE_SSL_REDIRECT=0 \
	DJANGO_SECURE_COOKIES=0 DJANGO_HSTS_SECONDS=0 \
	sh -c '$(MANAGE) migrate --no-input && $(MANAGE) load_2024 && $(BIN)/gunicorn -c gunicorn.conf.py cooperation.wsgi'

# Developers: refresh locale/*/django.po from the source (needs GNU gettext).
messages: $(VENV)/.dev-installed
	$(MANAGE) update_translations

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
