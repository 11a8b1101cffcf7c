# Two commands for a new user: `make run` and `make test`. Everything else is what they need.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
AZURITE := tools/azurite/node_modules/.bin/azurite-table

.PHONY: run test venv azurite bench clean

run: venv azurite
	$(PY) -m handlers.local_server

test: venv azurite
	$(PY) -m pytest $(PYTEST_ARGS)

venv: $(VENV)/.installed
$(VENV)/.installed: requirements.txt requirements.lock requirements-operator.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

azurite: $(AZURITE)
$(AZURITE): tools/azurite/package.json
	cd tools/azurite && npm install --no-audit --no-fund --loglevel=error
	touch $@

bench: venv azurite
	$(PY) bench/ingest.py

clean:
	rm -rf $(VENV) tools/azurite/node_modules .azurite .pytest_cache
