"""The source addresses of data/ are collected completely, and the link check reports rotten ones (fake network)."""

import csv

import pytest

from analysis import DATA_DIR, sources


def fake_fetch(answers: dict[tuple[str, str], int | Exception], calls: list | None = None):
    """A fetcher that answers from a table ``(method, url) -> status or exception`` (default status 200)."""

    def fetch(method: str, url: str, timeout: float) -> int:
        if calls is not None:
            calls.append((method, url, timeout))
        answer = answers.get((method, url), 200)
        if isinstance(answer, Exception):
            raise answer
        return answer

    return fetch


def every_url_in(data_dir):
    found = set()
    for path in data_dir.rglob("*.csv"):
        if "exports" in path.parts:
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                found.update(row[c] for c in ("source_url", "status_evidence_url") if row.get(c))
    return found


def test_every_distinct_address_of_observations_steps_and_pledges_is_collected():
    collected = sources.collect_sources()
    urls = [s.url for s in collected]
    assert urls == sorted(set(urls)), "addresses must be distinct and sorted"
    assert set(urls) == every_url_in(DATA_DIR)
    files = {place.split(",")[0] for s in collected for place in s.places}
    assert "pledges.csv" in files and "steps.csv" in files
    assert any(f.startswith("observations/") for f in files)
    assert not any(f.startswith("exports/") for f in files), "derived exports repeat the catalogue"


def test_places_name_file_and_row(data_copy):
    path = data_copy / "steps.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows[1]["source_url"] = "https://example.org/only-here"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    found = {s.url: s.places for s in sources.collect_sources(data_copy)}
    assert found["https://example.org/only-here"] == ("steps.csv, row 3",)


def test_a_value_that_is_no_address_is_refused_with_file_and_row(data_copy):
    path = data_copy / "steps.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    header = lines[0].split(",")
    cells = next(csv.reader([lines[1]]))
    cells[header.index("source_url")] = "www.example.org"
    lines[1] = ",".join(f'"{c}"' for c in cells)
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(ValueError, match=r"data/steps.csv, row 2, source_url: 'www.example.org' is not a web address"):
        sources.collect_sources(data_copy)


def test_head_then_get_decides_what_is_rotten():
    calls = []
    fetch = fake_fetch(
        {
            ("HEAD", "https://a.example/ok"): 200,
            ("HEAD", "https://b.example/no-head"): 405,  # refuses HEAD, GET works: not rotten
            ("GET", "https://b.example/no-head"): 200,
            ("HEAD", "https://c.example/gone"): 404,
            ("GET", "https://c.example/gone"): 404,
            ("HEAD", "https://d.example/down"): ConnectionRefusedError("refused"),
            ("GET", "https://d.example/down"): TimeoutError("timed out"),
            ("HEAD", "https://e.example/flaky"): TimeoutError("timed out"),
            ("GET", "https://e.example/flaky"): 200,
        },
        calls,
    )
    results = {r.url: r for r in (sources.check_url(u, fetch, timeout=3) for u in (
        "https://a.example/ok", "https://b.example/no-head", "https://c.example/gone", "https://d.example/down",
        "https://e.example/flaky"))}
    assert [u for u, r in results.items() if r.rotten] == ["https://c.example/gone", "https://d.example/down"]
    assert results["https://c.example/gone"].problem == "HTTP 404"
    assert results["https://d.example/down"].problem == "no answer (TimeoutError: timed out)"
    assert ("GET", "https://a.example/ok", 3) not in calls, "a working HEAD needs no GET"
    assert all(timeout == 3 for _, _, timeout in calls)


def test_report_lists_rotten_addresses_with_their_places():
    listed = [
        sources.Source("https://x.example/fine", ("pledges.csv, row 2",)),
        sources.Source("https://y.example/gone", tuple(f"observations/safety.csv, row {n}" for n in range(2, 7))),
    ]
    results = sources.check_sources(listed, fake_fetch({("HEAD", listed[1].url): 410, ("GET", listed[1].url): 410}))
    text = sources.report(listed, results)
    assert "2 distinct addresses checked, 1 rotten" in text
    assert "| https://y.example/gone | HTTP 410 | observations/safety.csv, row 2; " in text
    assert "and 2 more |" in text
    assert "x.example" not in text
    clean = sources.report(listed[:1], results[:1])
    assert "1 distinct address checked, 0 rotten" in clean and "|" not in clean


def test_check_reports_without_failing_unless_strict(data_copy, tmp_path, capsys):
    gone = sources.collect_sources(data_copy)[0].url
    fetch = fake_fetch({("HEAD", gone): 404, ("GET", gone): 404})
    summary = tmp_path / "summary.md"
    args = ["--check", "--data", str(data_copy), "--summary", str(summary)]
    assert sources.main(args, fetch=fetch) == 0
    assert f"| {gone} | HTTP 404 |" in summary.read_text(encoding="utf-8")
    assert "1 rotten" in capsys.readouterr().out
    assert sources.main([*args, "--strict"], fetch=fetch) == 1
    assert sources.main([*args, "--strict"], fetch=fake_fetch({})) == 0


def test_listing_without_check_asks_nobody(data_copy, capsys):
    def refuse(method, url, timeout):
        raise AssertionError("the listing must not touch the network")

    assert sources.main(["--data", str(data_copy)], fetch=refuse) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(sources.collect_sources(data_copy))


def test_the_real_fetcher_against_a_local_server():
    import http.server
    import threading

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_HEAD(self):
            self.send_response(405 if self.path == "/no-head" else 200 if self.path == "/ok" else 404)
            self.end_headers()

        def do_GET(self):
            self.send_response(200 if self.path in ("/ok", "/no-head") else 404)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        assert sources.http_status("HEAD", base + "/ok", 5) == 200
        assert not sources.check_url(base + "/no-head", timeout=5).rotten
        assert sources.check_url(base + "/gone", timeout=5).problem == "HTTP 404"
    finally:
        server.shutdown()
        server.server_close()
    assert sources.check_url(base + "/ok", timeout=2).status is None, "a closed server is no answer"
