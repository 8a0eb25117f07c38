# consult: `make run` serves the demo, `make test` runs the whole suite. Both set everything up.
PYTHON ?= python3
PORT ?= 5000
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test install install-dev assets translations lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	touch $@

run: install
	mkdir -p instance
	$(BIN)/consult db upgrade
	$(BIN)/consult demo --base-url http://127.0.0.1:$(PORT)
	$(BIN)/consult serve --port $(PORT)

test: install-dev
	@if command -v npm >/dev/null 2>&1; then $(MAKE) --no-print-directory node_modules/.package-lock.json; fi
	$(BIN)/python -m pytest --durations=25

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/mypy consult/pipeline
	$(BIN)/lint-imports

# Rebuild the committed CSS and JS from the npm govuk-frontend package.
assets: node_modules/.package-lock.json
	npm run build

# Re-extract the English strings and recompile the Welsh catalogue.
translations: install-dev
	$(BIN)/pybabel extract -F babel.cfg -k _l -o consult/translations/messages.pot .
	$(BIN)/pybabel update -i consult/translations/messages.pot -d consult/translations --no-fuzzy-matching
	$(BIN)/pybabel compile -d consult/translations

bench: install-dev
	$(BIN)/python bench/anonymise.py
	$(BIN)/python bench/anonymise_cy.py
	$(BIN)/python bench/analysis.py
	$(BIN)/python bench/page_weight.py
	$(BIN)/python -W ignore bench/coding_latency.py
	$(BIN)/python bench/sms_webhook.py
	$(BIN)/python bench/report.py
	$(BIN)/python bench/results.py

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache
