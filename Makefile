# Two entry points: `make book` builds the book, `make test` runs every test. Both create the virtual environment
# in .venv and install the pinned toolchain first if it is missing or requirements.txt changed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
NOTEBOOKS := $(sort $(wildcard book/*.ipynb))
BUILD_FLAGS := -W -n --keep-going
# make test builds the book here (jupyter-book writes <path-output>/_build/html); the browser tests load it.
TEST_BUILD := _build/.test
TEST_HTML  := $(TEST_BUILD)/_build/html
# nbval on both cores, one notebook file per worker; one BLAS/OpenMP thread each so that the two do not fight.
NBVAL := OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 $(BIN)/python -m pytest -n 2 --dist loadfile --nbval \
  --nbval-current-env --nbval-sanitize-with tests/sanitize.cfg
# execute: NB=book/x.ipynb re-runs one notebook; all of them by default.
NB ?= $(NOTEBOOKS)

.PHONY: book test unit nbval build-check browser execute sync lock serve clean
# The steps of `test` run in the order given, also under make -j: the browser test reads the build-check output.
.NOTPARALLEL:

$(STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

## book: build the HTML book into _build/html from the committed notebooks (no re-execution)
book: $(STAMP)
	$(BIN)/jupyter-book build . $(BUILD_FLAGS)

## test: unit and data tests; strict nbval of every notebook; book build, warnings as errors; browser test of it
test: unit nbval build-check browser
	@echo "all tests passed"

## unit: unit, data, pledge and notebook-structure tests (tests/browser is left out: it needs the built book)
unit: $(STAMP)
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 $(BIN)/python -m pytest -n 2 tests

## nbval: re-execute every notebook, two at a time, and compare with the committed outputs
nbval: $(STAMP)
	$(NBVAL) $(NOTEBOOKS)

## build-check: build the book with warnings as errors into _build/.test
build-check: $(STAMP)
	rm -rf $(TEST_BUILD) && $(BIN)/jupyter-book build . $(BUILD_FLAGS) --path-output $(TEST_BUILD)

## browser: every page of the _build/.test book in headless Chromium at 1400 and 390 px (needs build-check first)
browser: $(STAMP)
	$(BIN)/python -m pytest tests/browser -rs --book-html $(TEST_HTML)

## execute: re-run the notebooks in place (NB=book/x.ipynb for one; all by default), then re-sync the text pairs
execute: $(STAMP)
	$(BIN)/jupytext --sync $(NB)
	for nb in $(NB); do $(BIN)/jupyter nbconvert --to notebook --execute --inplace \
	  --ExecutePreprocessor.record_timing=False $$nb || exit 1; done
	$(BIN)/jupytext --sync $(NB)

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
