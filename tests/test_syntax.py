"""The shared syntax helpers: one subject and one noun phrase per verb, whoever asks."""
import pytest

from claimlib.syntax import noun_phrase_bounds, subject_of


def _verb(doc, lemma):
    return next(t for t in doc if t.lemma_ == lemma and t.pos_ in ("VERB", "AUX"))


def _phrase(token, **options):
    start, end = noun_phrase_bounds(token, **options)
    return token.doc[start:end].text


@pytest.mark.parametrize(
    "text, verb, options, expected",
    [
        ("The minister said the plan would fail.", "say", {}, "The minister"),
        # a relative pronoun stands for the noun its clause hangs on
        ("It followed an article on Sunday that said staff had been cut.", "say", {}, "an article"),
        # the passive agent acts
        ("The plan was announced on Monday by the ministry.", "announce", {}, "the ministry"),
        # a passive without agent has no speaker, unless the passive subject is asked for
        ("The plan was announced on Monday.", "announce", {}, None),
        ("The plan was announced on Monday.", "announce", {"passive": "subject"}, "The plan"),
        # a subjectless verb takes the subject of the verb it hangs on
        ("Rostec said it had cut staff, adding that the work went on.", "add", {}, "Rostec"),
    ],
)
def test_subject_of(nlp, text, verb, options, expected):
    subject = subject_of(_verb(nlp(text), verb), **options)
    assert (None if subject is None else _phrase(subject, preps="of")) == expected


@pytest.mark.parametrize(
    "text, head, options, expected",
    [
        ("A spokesman for the ministry said so.", "spokesman", {}, "A spokesman for the ministry"),
        ("An article on Sunday said so.", "article", {"preps": "of"}, "An article"),
        ("Hundreds of protesters said so.", "Hundreds", {"preps": "of"}, "Hundreds of protesters"),
        ("MACAU (Reuters) - Top donor Sheldon Adelson said so.", "Adelson", {}, "Top donor Sheldon Adelson"),
        ("Peskov, the Kremlin spokesman, said so.", "Peskov", {}, "Peskov"),
        # coordinated heads stay in, with their "and" and commas
        ("Trump and Pence said on Monday that the wall would be built.", "Trump", {}, "Trump and Pence"),
        ("The mayor and two council members said the vote was rigged.", "mayor", {},
         "The mayor and two council members"),
        ("Acme, Globex and Initech said in a joint statement that prices would rise.", "Acme", {},
         "Acme, Globex and Initech"),
        # an apposition still ends the phrase
        ("Dana Fox, a spokeswoman, and her deputy declined to comment.", "Fox", {}, "Dana Fox"),
    ],
)
def test_noun_phrase_bounds(nlp, text, head, options, expected):
    doc = nlp(text)
    assert _phrase(next(t for t in doc if t.text == head), **options) == expected
