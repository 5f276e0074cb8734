"""Extractor options reach the extractors from claimlib.analyze() and the CLI."""
from __future__ import annotations

import pandas as pd
import pytest

import claimlib
from claimlib.cli import build_parser, extract_options, main
from claimlib.entities import resolve_pronouns
from claimlib.extract import ExtractOptions

TEXT = (
    "Plan will fail, minister says\n\n"
    "Former minister Anna Berg said on Monday that the plan would fail. "
    "She said the company had ignored the warnings."
)


def _pronouns_resolved(result) -> int:
    return int((result.mentions["kind"] == "pronoun").sum())


@pytest.mark.parametrize(
    "options, check",
    [
        (None, lambda r: _pronouns_resolved(r) > 0),
        ({"resolver": None}, lambda r: _pronouns_resolved(r) == 0),
        (ExtractOptions(resolver=None), lambda r: _pronouns_resolved(r) == 0),
        ({"include_former": True}, lambda r: "Former" in set(r.timexes["text"])),
        ({"include_former": False}, lambda r: "Former" not in set(r.timexes["text"])),
        ({"undated_speech": False}, lambda r: r.events["date"].fillna("").ne("").all()),
    ],
)
def test_analyze_passes_options(nlp, options, check):
    result = claimlib.analyze({"id": "a", "text": TEXT, "published": "2019-03-06"}, nlp=nlp, options=options)
    assert check(result)


@pytest.mark.parametrize(
    "argv, expected",
    [
        ([], ExtractOptions()),
        (["--no-pronouns"], ExtractOptions(resolver=None)),
        (["--resolver", "claimlib.entities:resolve_pronouns"], ExtractOptions(resolver=resolve_pronouns)),
        (["--no-nominals", "--no-unnamed"], ExtractOptions(nominals=False, unnamed=False)),
        (["--include-former", "--no-undated-speech"], ExtractOptions(include_former=True, undated_speech=False)),
    ],
)
def test_cli_flags_make_options(argv, expected):
    args = build_parser().parse_args(["analyze", "x.txt", "--out", "o", *argv])
    assert extract_options(args) == expected


def test_cli_bad_resolver_is_one_line(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    rc = main(["analyze", str(article), "--out", str(tmp_path / "out"), "--resolver", "no_such_module:f"])
    err = capsys.readouterr().err.strip().splitlines()
    assert rc != 0 and len(err) == 1 and "--resolver no_such_module:f" in err[0]


def test_cli_include_former_reaches_the_tables(nlp, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["analyze", str(article), "--out", str(out), "--quiet", "--no-cache", "--include-former"]) == 0
    assert "Former" in set(pd.read_csv(out / "timexes.csv")["text"])


@pytest.mark.parametrize("cache, error", [(False, None), (None, None), (3, TypeError), (True, TypeError)])
def test_cache_option_is_a_folder_or_nothing(nlp, cache, error):
    """``cache=False`` means no cache, like None; anything else not a folder is refused in one line."""
    if error is None:
        result = claimlib.analyze_text(TEXT, nlp=nlp, cache=cache)
        assert "Anna Berg" in set(result.quotes["speaker"])
    else:
        with pytest.raises(error, match="cache takes a folder"):
            claimlib.analyze_text(TEXT, nlp=nlp, cache=cache)
