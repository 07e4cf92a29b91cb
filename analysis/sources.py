"""The external source addresses of ``data/`` and a check for rotten ones (``python -m analysis.sources --check``).

Every distinct web address the data cite: ``source_url`` of the observations and of the dated steps, and
``status_evidence_url`` of the pledge catalogue (derived files in ``data/exports/`` repeat the catalogue and are left
out). :func:`collect_sources` lists them with the places (file and row) that cite them; :func:`check_sources` asks
each address once (``HEAD``, then ``GET`` when ``HEAD`` fails, since some servers refuse ``HEAD``) with a timeout;
an address is rotten when both answer with HTTP status 400 or above or cannot connect. :func:`report` writes the
result as Markdown (for a CI job summary).

The check needs the network and is never part of the tests; it runs weekly in CI and reports without failing
(exit status 0) unless ``--strict`` is given. Only the standard library is used, so that the job needs no install.
"""

from __future__ import annotations

import argparse
import csv
import http.client
import os
import sys
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from . import DATA_DIR

URL_COLUMNS = ("source_url", "status_evidence_url")
"""The columns that hold a source's web address."""

DERIVED = ("exports/",)
"""Folders below ``data/`` whose files are derived from others (their addresses are counted at the origin)."""

TIMEOUT = 20.0
"""Seconds to wait for an answer to one request."""

USER_AGENT = "dortmund-programme-check link check (+https://creativecommons.org/licenses/by/4.0/)"

NETWORK_ERRORS = (OSError, ValueError, http.client.HTTPException)
"""What counts as "no answer": connection errors, timeouts, broken responses, addresses urllib cannot use."""

Fetch = Callable[[str, str, float], int]
"""``fetch(method, url, timeout) -> HTTP status``; raises ``OSError`` (or a subclass) when it cannot connect."""


@dataclass(frozen=True)
class Source:
    """One distinct address and the places that cite it (``file, row N``, in file and row order)."""

    url: str
    places: tuple[str, ...]


@dataclass(frozen=True)
class Result:
    """The answer for one address: the final HTTP status (or ``None``) and the error, if it could not connect."""

    url: str
    status: int | None
    error: str | None = None

    @property
    def rotten(self) -> bool:
        return self.status is None or self.status >= 400

    @property
    def problem(self) -> str:
        return f"HTTP {self.status}" if self.status is not None else f"no answer ({self.error})"


def source_files(data_dir: Path | None = None) -> list[Path]:
    """Every CSV file below ``data/`` that is not derived, in sorted order."""
    data_dir = Path(data_dir or DATA_DIR)
    return [
        path for path in sorted(data_dir.rglob("*.csv"))
        if not path.relative_to(data_dir).as_posix().startswith(DERIVED)
    ]


def collect_sources(data_dir: Path | None = None) -> list[Source]:
    """Every distinct web address in the URL columns of ``data/``, sorted, with the places that cite it."""
    data_dir = Path(data_dir or DATA_DIR)
    places: dict[str, list[str]] = {}
    for path in source_files(data_dir):
        name = path.relative_to(data_dir).as_posix()
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            columns = [c for c in URL_COLUMNS if c in (reader.fieldnames or [])]
            for row in reader:
                for column in columns:
                    url = (row[column] or "").strip()
                    if not url:
                        continue
                    if not url.startswith(("http://", "https://")):
                        raise ValueError(f"data/{name}, row {reader.line_num}, {column}: {url!r} is not a web address")
                    places.setdefault(url, []).append(f"{name}, row {reader.line_num}")
    return [Source(url, tuple(places[url])) for url in sorted(places)]


def http_status(method: str, url: str, timeout: float) -> int:
    """The HTTP status of one request (redirects followed); raises ``OSError`` when there is no answer."""
    request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def check_url(url: str, fetch: Fetch = http_status, timeout: float = TIMEOUT) -> Result:
    """``HEAD`` the address; when that fails (status 400 or above, or no answer), ``GET`` it and keep that answer."""
    try:
        status = fetch("HEAD", url, timeout)
        if status < 400:
            return Result(url, status)
    except NETWORK_ERRORS:
        pass
    try:
        return Result(url, fetch("GET", url, timeout))
    except NETWORK_ERRORS as exc:
        return Result(url, None, f"{type(exc).__name__}: {exc}")


def check_sources(
    sources: Iterable[Source], fetch: Fetch = http_status, timeout: float = TIMEOUT, workers: int = 8
) -> list[Result]:
    """Check each address once; results in the order of ``sources``."""
    urls = [source.url for source in sources]
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        return list(pool.map(lambda url: check_url(url, fetch, timeout), urls))


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def report(sources: list[Source], results: list[Result], *, max_places: int = 3) -> str:
    """The check as Markdown: how many addresses were asked and a table of the rotten ones with where they are cited."""
    where = {source.url: source.places for source in sources}
    rotten = [result for result in results if result.rotten]
    lines = ["## Source addresses in data/", ""]
    lines.append(
        f"{len(results)} distinct address{'' if len(results) == 1 else 'es'} checked, {len(rotten)} rotten "
        "(HTTP status 400 or above, or no answer)."
    )
    if rotten:
        lines += ["", "| address | problem | cited in |", "| --- | --- | --- |"]
        for result in rotten:
            places = list(where.get(result.url, ()))
            more = len(places) - max_places
            cited = "; ".join(places[:max_places]) + (f"; and {more} more" if more > 0 else "")
            lines.append(f"| {_cell(result.url)} | {_cell(result.problem)} | {_cell(cited)} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None, fetch: Fetch = http_status) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.sources", description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="ask every address and report the rotten ones")
    parser.add_argument("--strict", action="store_true", help="exit with status 1 when an address is rotten")
    parser.add_argument("--timeout", type=float, default=TIMEOUT, help="seconds per request (default %(default)s)")
    parser.add_argument("--data", type=Path, default=None, help="the data folder (default: this repository's)")
    parser.add_argument(
        "--summary", type=Path, default=os.environ.get("GITHUB_STEP_SUMMARY") or None,
        help="also append the report to this file (default: $GITHUB_STEP_SUMMARY when set)",
    )
    args = parser.parse_args(argv)
    sources = collect_sources(args.data)
    if not args.check:
        for source in sources:
            print(f"{source.url}\t{len(source.places)}")
        return 0
    results = check_sources(sources, fetch, args.timeout)
    text = report(sources, results)
    print(text, end="")
    if args.summary:
        with Path(args.summary).open("a", encoding="utf-8") as handle:
            handle.write(text)
    return 1 if args.strict and any(result.rotten for result in results) else 0


if __name__ == "__main__":
    sys.exit(main())
