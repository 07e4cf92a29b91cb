# Two entry points: `make book` builds the book, `make test` runs every test. Both create the virtual environment
# in .venv and install the pinned toolchain first if it is missing or requirements.txt changed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
NOTEBOOKS := $(sort $(wildcard book/*.ipynb))
BUILD_FLAGS := -W -n --keep-going

.PHONY: book test unit nbval build-check execute sync lock serve clean

$(STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

## book: build the HTML book into _build/html from the committed notebooks (no re-execution)
book: $(STAMP)
	$(BIN)/jupyter-book build . $(BUILD_FLAGS)

## test: unit, data and pledge tests; notebook/pair sync; strict nbval of every notebook; book build, warnings as errors
test: $(STAMP)
	$(BIN)/python -m pytest tests
	$(BIN)/python -m pytest --nbval --nbval-current-env --nbval-sanitize-with tests/sanitize.cfg $(NOTEBOOKS)
	rm -rf _build/.test && $(BIN)/jupyter-book build . $(BUILD_FLAGS) --path-output _build/.test
	@echo "all tests passed"

## execute: re-run every notebook in place (after changing data or code), then re-sync the text pairs
execute: $(STAMP)
	$(BIN)/jupytext --sync $(NOTEBOOKS)
	for nb in $(NOTEBOOKS); do $(BIN)/jupyter nbconvert --to notebook --execute --inplace \
	  --ExecutePreprocessor.record_timing=False $$nb || exit 1; done
	$(BIN)/jupytext --sync $(NOTEBOOKS)

## sync: update each notebook and its paired py:percent file from whichever was edited last
sync: $(STAMP)
	$(BIN)/jupytext --sync $(NOTEBOOKS)

## lock: re-resolve requirements.in into the pinned requirements.txt
lock:
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock && .venv-lock/bin/pip install --quiet -r requirements.in
	{ echo "# Resolved toolchain, pinned. Generated from requirements.in by 'make lock' (Python 3.11)."; \
	  .venv-lock/bin/pip freeze --exclude-editable | sort -f; } > requirements.txt
	rm -rf .venv-lock

## serve: serve the built book on http://localhost:8000
serve:
	cd _build/html && $(PYTHON) -m http.server 8000

clean:
	rm -rf _build
