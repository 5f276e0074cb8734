"""notebooks/sanitize.cfg blanks only what varies between runs (addresses, timings, paths)."""
from __future__ import annotations

import configparser
import re

import pytest

from .conftest import ROOT


def _sanitize(text: str) -> str:
    config = configparser.ConfigParser()
    config.read(ROOT / "notebooks" / "sanitize.cfg")
    for section in config.sections():
        text = re.sub(config[section]["regex"], config[section]["replace"], text)
    return text


@pytest.mark.parametrize("text, expected", [
    ("<Figure size 900x505 with 1 Axes>", "<Figure size 900x505 with 1 Axes>"),
    ("<Figure size 900x999 with 1 Axes>", "<Figure size 900x999 with 1 Axes>"),
    ("<object at 0x7f3a2b9c>", "<object at 0xADDRESS>"),
    ("staff cuts of the 1990s", "staff cuts of the 1990s"),
    ("took 3.25 s", "took TIME"),
    ("done in 2.1s", "done in TIME"),
    ("in 12 seconds", "in TIME"),
    ("12s of 40s", "12s of 40s"),
    ("/home/x/claimlib/data/processed/a.csv", "PROJECT/data/processed/a.csv"),
])
def test_sanitizer_blanks_only_what_varies(text, expected):
    assert _sanitize(text) == expected
