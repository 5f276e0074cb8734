"""Issue 15, second round: reporting frames that report nobody's words on
real pages (evidence subjects, generic and counterfactual speakers, titles
after a work noun, a report's source, a cue in another quote's attribution,
infinitives of purpose, announcements to come), each beside a real quote of
the same shape that is kept; and speakers of such frames."""
from __future__ import annotations

import pytest

import claimlib
from tests.test_web import _quotes


@pytest.mark.parametrize(
    "text, not_quoted",
    [
        # evidence, not a speaker, as the subject of a verb of showing
        ("The ferry fares rise whenever the data suggests passengers will pay them.", "passengers will pay"),
        ("A litany of complaints about the operator suggest that the ferries are unsafe.", "the ferries are unsafe"),
        ("Neon is a catchall term that describes the technology of glowing glass tubes.", "the technology of glowing"),
        ("That opener suggests that the council is preparing to act.", "the council is preparing"),
        # anyone, nobody in particular
        ("Anyone who has run a harbour will tell you that the tides decide.", "the tides decide"),
        # counterfactual report
        ("The operator might have suggested that its boats could help with the rescue.", "its boats could help"),
        # a title right after a noun for a work
        ('In her book \u201cA Paradise Built in Hell: The Communities that Arise in Disaster,\u201d '
         "Rebecca Solnit wrote of the meaning people find in a crisis.", "A Paradise Built in Hell"),
        # the place a report was read is no second statement
        ("The deals don't pop up overnight, he said according to a transcript of the hearing.",
         "The deals don't pop up overnight, he said"),
        # a verb with another sense as an infinitive of purpose
        ("Their willingness to resort to force to maintain power destroyed the harbour trade.",
         "power destroyed the harbour trade"),
        # an announcement still to come, with a plain object
        ("On Friday, the port authority will announce a new ferry timetable.", "a new ferry timetable"),
        # a cue in the attribution of another quote
        ('"I thought a lot before writing this post," the developer Ammar Askar wrote in a post published '
         "Thursday, 21 months, he said, after reporting the bug to the company.", "I thought a lot"),
    ],
)
def test_no_false_quote(nlp, text, not_quoted):
    quotes = _quotes(nlp, text)
    bad = quotes[quotes.content.str.contains(not_quoted, regex=False) & (quotes.type != "direct")
                 | quotes.content.str.startswith(not_quoted)]
    if not_quoted == "I thought a lot":  # the quotation itself stays; only the span over it goes
        bad = quotes[quotes.content.str.contains("he said", regex=False)]
    assert bad.empty, quotes[["content", "cue", "speaker_text"]]


@pytest.mark.parametrize(
    "text, quoted",
    [
        # a speaker or a document that speaks, with the same verbs
        ("The harbour master suggested that the ferries were unsafe.", "the ferries were unsafe"),
        ("A report by the port authority suggests that the pier will close in May.", "the pier will close in May"),
        ("The engineer described the cracks as the worst she had seen.", "the cracks"),
        ("Someone who works at the pier told reporters that the tides decide.", "the tides decide"),
        ("Few people would have described the mayor as a sailor.", "the mayor as a sailor"),
        ("The mayor said, according to a transcript, that the pier would close.", "the pier would close"),
        ("The pier will close in May, according to the port authority.", "The pier will close in May"),
        ("The port authority will announce that the pier is closed.", "the pier is closed"),
        ("He continued to maintain that the pier was safe.", "the pier was safe"),
        ('The mayor said in her newsletter that "the pier is safe".', "the pier is safe"),
        ('"We cannot take any risk," the engineer wrote in a letter, adding that the pier was unsafe.',
         "We cannot take any risk"),
    ],
)
def test_real_quotes_are_kept(nlp, text, quoted):
    quotes = _quotes(nlp, text)
    assert any(quoted in c for c in quotes.content), quotes[["content", "cue", "speaker_text"]]


@pytest.mark.parametrize(
    "text, quoted, speaker",
    [
        # a subjectless participle hung on the speaker's noun phrase
        ("The leader of the dockers, Rachid Ghannouchi, condemned the attack, saying in a statement "
         "that it would not break the union.", "would not break the union", "Rachid Ghannouchi"),
        # the parser gave the verb two subjects; the nearest is the speaker
        ("Ferry Lines co-founder and CEO John Mackey said in a memo that the fares would fall.",
         "the fares would fall", "John Mackey"),
        # a definite organisation described by common words is the one just named
        ("Roscosmos said the craft was working. The Russian space agency would not describe the fault, "
         "saying its experts were looking into it.", "its experts were looking into it", "Roscosmos"),
        # ... but not one with a name of its own
        ("Roscosmos said the craft was working. The Obama administration said it would help.",
         "it would help", "Obama administration"),
        # officials named by their organisation speak for it ...
        ("Con Edison runs the grid. Con Edison officials said the cables were old.",
         "the cables were old", "Con Edison"),
        # ... and "the officials" after them too
        ("Con Edison officials said the cables were old. The plastic pipes last longer, said the officials, "
         "who added that they were replacing 100 miles a year.", "The plastic pipes last longer", "Con Edison"),
        # the author of a piece speaks through it
        ("Emery shared an article by the Herald Tribune that claimed the ferry was sold.",
         "the ferry was sold", "Herald Tribune"),
    ],
)
def test_speaker_of_the_frame(nlp, text, quoted, speaker):
    quotes = _quotes(nlp, text)
    rows = quotes[quotes.content.str.contains(quoted, regex=False)]
    assert len(rows) >= 1, quotes[["content", "speaker_text", "speaker"]]
    assert rows.iloc[0].speaker == speaker, rows[["content", "speaker_text", "speaker"]]


# --------------------------------------------------------------------------
# The timeline's title says "dispute" only when there is one.


@pytest.mark.parametrize(
    "stances, title",
    [
        (["", ""], "Timeline"),
        ([], "Timeline"),
        (["", "opposes"], "Timeline of the dispute"),
    ],
)
def test_timeline_title(stances, title):
    import pandas as pd

    from claimlib.plots import timeline_title

    assert timeline_title(pd.DataFrame({"stance": stances})) == title


# --------------------------------------------------------------------------
# A past event named by its month alone is dated before publication, even
# when the nearer month of that name lies ahead (published in December).


@pytest.mark.parametrize(
    "text, value",
    [
        ("Fa, whose father died in January, took over the ferry firm.", "2019-01"),
        ("After his father died in January, Fa took over the ferry firm.", "2019-01"),
        ('"My father died in January," Fa said.', "2019-01"),
        ("Fa said his father died on January 5.", "2019-01-05"),
        ("The ferry firm will close in January.", "2020-01"),
    ],
)
def test_past_event_is_dated_before_publication(nlp, text, value):
    import datetime as dt

    from claimlib.timex import extract_timexes

    timexes = extract_timexes(nlp(text), published=dt.date(2019, 12, 20))
    assert [t.value for t in timexes] == [value]


# --------------------------------------------------------------------------
# Captions the page marks as such (a list right after a figure, the parts of
# a figcaption) and bracketed newsletter plugs stay out of the analysed text.

_PARAGRAPHS = "".join(
    f"<p>The harbour master said on Monday that the pier would close for repairs in May, "
    f"and that ferries would use the north quay until the work was done ({i}).</p>" for i in range(4)
)
_FIRST = "<p>Ferries will use the north quay from May, the harbour authority said on Monday in a statement.</p>"


@pytest.mark.parametrize(
    "furniture_html, furniture_text",
    [
        ('<figure><img src="a.jpg"/></figure><ul><li><p>The old pier at dawn, before the storm</p></li></ul>',
         "The old pier at dawn"),
        ('<figure><img src="a.jpg"/><figcaption><span>Boats moored at the north quay</span>'
         "<span>Jane Roe for The Harbour Times</span></figcaption></figure>", "Jane Roe for The Harbour Times"),
        ("<p><em>[What you need to know today:</em> <a href='x'><em>Get Harbour News in your inbox</em></a>"
         "<em>.]</em></p>", "Get Harbour News in your inbox"),
    ],
)
def test_captions_and_plugs_stay_out(tmp_path, furniture_html, furniture_text):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Pier to close</title><meta property='article:published_time' content='2020-03-02'>"
        f"</head><body><article><h1>Pier to close</h1>{_FIRST}{furniture_html}{_PARAGRAPHS}"
        "</article></body></html>", encoding="utf-8")
    article = claimlib.read_article(page)
    assert furniture_text not in article.clean_text
    assert "the pier would close for repairs in May" in article.clean_text


# --------------------------------------------------------------------------
# A one-word name the text keeps putting somewhere is a place, unless it is
# given a title, a first name or words to say.


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("Goats were removed from Redonda last year. Rats on Redonda had eaten the seabirds' eggs. "
         "Today lizards thrive on Redonda, and boats anchor near Redonda again.", "Redonda", "GPE"),
        ("Fa met Redonda in March. Redonda said the seabirds were back. Visitors in Redonda's care were happy.",
         "Redonda", "PERSON"),
        ("Maria Okafor arrived on Monday. The crowd waited on Okafor for an hour. Reporters stood around "
         "Okafor at the quay.", "Maria Okafor", "PERSON"),
    ],
)
def test_place_by_context(nlp, text, name, label):
    from claimlib.entities import extract_entities

    _, entities = extract_entities(nlp(text))
    labels = {e.name: e.label for e in entities}
    assert labels.get(name) == label, labels


@pytest.mark.parametrize(
    "text, tagged, bare_goes_to",
    [
        # the tagger called the father an organisation: he is still a Parata
        ("Hori Parata saw his first stranding at seven. Parata has seen 500 since. "
         "His son Te Kaurinui Robert Parata carves bone.", {"Hori Parata": "ORG"}, "Hori Parata"),
        # an organisation whose last word is no person's surname stays apart
        ("Ferry Lines cut fares. Lines of passengers formed. Mary Jones said the fares were fair.",
         {"Ferry Lines": "ORG"}, None),
    ],
)
def test_a_bare_surname_goes_to_the_relative_named_first(nlp, text, tagged, bare_goes_to):
    from claimlib.entities import _Cand, _cluster_names

    doc = nlp(text)
    cands = []
    for ent in doc.ents:
        if ent.label_ in ("PERSON", "ORG", "GPE"):
            cands.append(_Cand(ent.start, ent.end, "name", tagged.get(ent.text, ent.label_), True))
    # every bare capitalised word that is a surname of a full name, as the extractor re-finds it
    full = {ent.text.split()[-1] for ent in doc.ents if len(ent.text.split()) > 1}
    cands += [_Cand(t.i, t.i + 1, "name", "PERSON", True) for t in doc
              if t.text in full and not any(c.start <= t.i < c.end for c in cands)]
    _cluster_names(doc, cands)
    by_text = {doc[c.start:c.end].text: c.cluster for c in cands}
    bare = [c for c in cands if c.end - c.start == 1 and doc[c.start].text in full]
    if bare_goes_to is None:
        assert all(c.cluster != by_text.get("Ferry Lines") for c in bare)
    else:
        assert all(c.cluster == by_text[bare_goes_to] for c in bare), by_text
