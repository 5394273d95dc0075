# Two commands for a fresh clone: `make datasets` and `make test`.
# Both create the virtual environment in .venv/ from the lock file when it is missing or stale.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
READY := $(VENV)/.ready
DEV_READY := $(VENV)/.ready-dev
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check
COMPILE := --quiet --generate-hashes --allow-unsafe --strip-extras

.PHONY: datasets test lint format lock clean bench fetch corpus release

# The outputs are files with prerequisites, so `make datasets` does nothing when neither the
# articles (raw/) nor the code changed. The `raw` folder itself is a prerequisite so that
# adding or removing an article counts as a change.
ARTICLES := raw $(wildcard raw/*.txt raw/*.source.json)
CODE := $(shell find pipeline schemas -name '*.py' -not -path '*/__pycache__/*') pyproject.toml

datasets: outputs/relations.duckdb

outputs/SHA256SUMS: $(READY) $(ARTICLES) $(CODE)
	$(BIN)/python -m pipeline datasets

outputs/relations.duckdb: outputs/SHA256SUMS
	$(BIN)/python -m pipeline database

# A release: outputs/ (database included) as dist/relations-datasets-<version>.zip, the same
# bytes whenever outputs/ is.
release: datasets
	$(BIN)/python -m pipeline release --out-dir outputs --dist-dir dist

# Real articles in. `make fetch TITLES='India–Nepal relations|Chile–Peru relations'` saves
# them into raw/ (then `make datasets`); `make corpus DUMP=enwiki-latest-pages-articles.xml.bz2`
# converts every relation article of a dump into corpus/raw and publishes corpus/outputs.
fetch: $(READY)
	$(BIN)/python -m pipeline fetch "$(TITLES)"

CORPUS ?= corpus
corpus: $(READY)
	$(BIN)/python -m pipeline import-dump "$(DUMP)" --raw-dir $(CORPUS)/raw
	$(BIN)/python -m pipeline datasets --keep-going --raw-dir $(CORPUS)/raw \
		--out-dir $(CORPUS)/outputs --work-dir $(CORPUS)/build

# The tests, and the lint that keeps the code as the house style wants it.
test: $(DEV_READY)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

lint: $(DEV_READY)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(DEV_READY)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# The environment: exact versions and hashes from requirements.lock (what running needs), then
# this package (editable, no dependencies of its own to resolve). Tests and lint add
# requirements-dev.lock (everything, the runtime pins included).
$(READY): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) --require-hashes --no-deps -r requirements.lock
	$(PIP) --no-deps --no-build-isolation -e .
	touch $@

$(DEV_READY): $(READY) requirements-dev.lock
	$(PIP) --require-hashes --no-deps -r requirements-dev.lock
	touch $@

# Re-pin every dependency (needs pip-tools); commit the result. The runtime lock is compiled
# from the dev lock's pins, so the two never disagree on a version.
lock: $(READY)
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile $(COMPILE) --extra dev --extra install -o requirements-dev.lock pyproject.toml
	cp requirements-dev.lock requirements.lock
	$(BIN)/pip-compile $(COMPILE) --extra install -o requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache

# Benchmarks are run on demand, never by `make test`.
bench: $(DEV_READY)
	$(PIP) --require-hashes --no-deps -r benchmarks/requirements.lock
	$(BIN)/python benchmarks/bench.py $(if $(SIZES),--sizes $(SIZES))
	$(BIN)/python benchmarks/dates.py
