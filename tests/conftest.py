"""Shared fixtures: the spaCy model (loaded once) and the shared/ folder."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_f2937b82b4b0c76a.txt"
SHARED = Path(os.environ.get("CLAIMLIB_SHARED_DIR", ROOT.parent / "shared"))
EVAL_DIR = Path(os.environ.get("CLAIMLIB_EVAL_DIR", SHARED / "eval"))
SPEC_DIR = SHARED / "spec"


@pytest.fixture(scope="session")
def nlp():
    from claimlib.nlp import load_model

    return load_model()


def spec_json(name: str) -> dict:
    """A contract file of ../shared/spec, or a skip when ../shared is absent."""
    import json

    path = SPEC_DIR / name
    if not path.exists():
        pytest.skip(f"{path} not found (../shared absent)")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_expected() -> dict:
    return spec_json("seed-expected.json")


@pytest.fixture(scope="session")
def seed_story() -> dict:
    return spec_json("seed-story.json")


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    if not EVAL_DIR.is_dir():
        pytest.skip(f"{EVAL_DIR} not found (../shared/eval absent)")
    return EVAL_DIR


@pytest.fixture(scope="session")
def seed_article():
    from claimlib.article import read_article

    return read_article(SEED)


@pytest.fixture(scope="session")
def seed_doc(nlp, seed_article):
    from claimlib.article import make_doc

    return make_doc(nlp, seed_article)
