"""The GitHub Actions workflows cannot run here, so they are checked: valid against the GitHub workflow schema
(vendored in check-jsonschema, no network), and doing what the project needs (ci.yml runs the README's test command
through .ci/run and publishes the book from main; links.yml reports rotten source addresses without failing)."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from analysis import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
MAIN_PUSH = "github.event_name == 'push' && github.ref == 'refs/heads/main'"


def validate(*paths: Path) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
               *map(str, paths)]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def load(name: str) -> dict:
    return YAML(typ="safe").load((WORKFLOWS / name).read_text(encoding="utf-8"))


def steps(job: dict) -> list[dict]:
    return job["steps"]


def uses(job: dict, action: str) -> list[dict]:
    return [s for s in steps(job) if s.get("uses", "").split("@")[0] == action]


def test_the_workflow_files_are_there_and_all_are_validated():
    names = {p.name for p in WORKFLOWS.iterdir()}
    assert {"ci.yml", "links.yml"} <= names
    assert all(name.endswith(".yml") for name in names), "a .yaml workflow would escape the validation below"


def test_workflows_are_valid_against_the_github_workflow_schema():
    result = validate(*sorted(WORKFLOWS.glob("*.yml")))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "name, old, new",
    [
        ("ci.yml", "    runs-on: ubuntu-latest\n", "    runs_on: ubuntu-latest\n"),  # misspelt key
        ("ci.yml", "    steps:\n", "    stpes:\n"),
        ("links.yml", "  workflow_dispatch:\n", "  workflow_dispatched:\n"),  # unknown event
        ("links.yml", "    timeout-minutes: 30\n", "    timeout-minutes: half an hour\n"),  # wrong type
    ],
)
def test_a_broken_workflow_fails_validation(tmp_path, name, old, new):
    text = (WORKFLOWS / name).read_text(encoding="utf-8")
    assert old in text, f"{name} no longer contains {old!r}: update this test"
    broken = tmp_path / name
    broken.write_text(text.replace(old, new, 1), encoding="utf-8")
    assert validate(broken).returncode != 0


def test_ci_runs_the_readme_test_command_through_ci_run_on_pushes_and_pull_requests():
    ci = load("ci.yml")
    assert {"push", "pull_request"} <= set(ci["on"])
    assert ci["on"]["push"] is None and ci["on"]["pull_request"] is None, "every branch and every pull request"
    test = ci["jobs"]["test"]
    assert test["runs-on"] == "ubuntu-latest"
    assert re.fullmatch(r"python:3\.11(-[a-z]+)?", test["container"]["image"]), "Python 3.11 on Debian"
    runs = [s for s in steps(test) if s.get("run") == "bash .ci/run"]
    assert len(runs) == 1 and "if" not in runs[0], "the tests run on every event"
    assert not any("make test" in s.get("run", "") for s in steps(test)), "make test runs only through .ci/run"
    ci_run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci_run.rstrip().splitlines()[-1] == "make test"
    assert "apt-get install -y --no-install-recommends chromium chromium-driver" in ci_run
    assert "make test   # run every test" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_ci_provides_the_programme_texts_where_the_quote_test_looks():
    test = load("ci.yml")["jobs"]["test"]
    checkouts = uses(test, "actions/checkout")
    assert checkouts[0]["with"]["path"] == "main"
    assert any(c.get("with", {}).get("path") == "shared/sources" for c in checkouts), "../shared/sources"
    assert test["env"]["CI"] == "true", "under CI a missing programme text fails the quote test"


def test_ci_publishes_the_book_from_main_only():
    ci = load("ci.yml")
    test, deploy = ci["jobs"]["test"], ci["jobs"]["deploy"]
    names = [s.get("run") or s.get("uses", "").split("@")[0] for s in steps(test)]
    book, upload = names.index("make book"), names.index("actions/upload-pages-artifact")
    assert names.index("bash .ci/run") < book < upload
    for step in (steps(test)[book], steps(test)[upload]):
        assert step["if"] == MAIN_PUSH
    assert steps(test)[upload]["with"]["path"] == "main/_build/html"
    assert deploy["needs"] == "test" and deploy["if"] == MAIN_PUSH
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert deploy["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    actions = [s["uses"].split("@")[0] for s in steps(deploy)]
    assert actions == ["actions/configure-pages", "actions/deploy-pages"]
    assert ci["permissions"] == {"contents": "read"}, "only the deploy job may write to Pages"


def test_link_check_runs_weekly_and_by_hand_and_never_fails_the_build():
    links = load("links.yml")
    assert set(links["on"]) == {"schedule", "workflow_dispatch"}
    (cron,) = [entry["cron"] for entry in links["on"]["schedule"]]
    minute, hour, day, month, weekday = cron.split()
    assert day == month == "*" and weekday.isdigit(), f"weekly: {cron}"
    commands = [s["run"] for job in links["jobs"].values() for s in steps(job) if "run" in s]
    assert commands == ["python -m analysis.sources --check"]
    assert "--strict" not in (WORKFLOWS / "links.yml").read_text(encoding="utf-8")


def test_the_link_check_is_not_part_of_make_test():
    """It needs the network; the unit tests of analysis.sources use a fake fetcher and a local server instead."""
    for path in (ROOT / "Makefile", ROOT / ".ci" / "run"):
        assert "analysis.sources" not in path.read_text(encoding="utf-8"), f"{path.name} runs the link check"
