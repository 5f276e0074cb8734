"""No module of claimlib binds one top-level name twice: a second definition silently shadows the
first for every function that reads it (two ``_LIGHT_VERBS`` sets and two ``_CLOSING_QUOTES`` sets
did, until the tenth session)."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import claimlib

MODULES = sorted(Path(claimlib.__file__).parent.rglob("*.py"))


def _top_level_names(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_top_level_name_is_bound_twice(path):
    counts = Counter(_top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
    assert not [name for name, n in counts.items() if n > 1]


def test_a_second_binding_is_caught():
    tree = ast.parse("_WORDS = {'a'}\ndef f():\n    return _WORDS\n_WORDS = {'b'}\n")
    assert Counter(_top_level_names(tree))["_WORDS"] == 2
