"""A definite description of a person as speaker: "the Florida senator", "The billionaire
businessman", "the retired neurosurgeon" name the person the text gave that description, or
else the one person just talked about that it fits; never one of two that fit equally."""
from __future__ import annotations

import pytest

from claimlib.speakers import person_description
from tests.test_accusations import _analyze


@pytest.mark.parametrize("text, content, speaker", [
    # a person given the description earlier, though someone else was just talked about
    ('Race\n\nThe campaign moved to Iowa. Florida Sen. Mark Delgado spoke in Des Moines on Monday. Gov. John Perkins stayed home in Ohio. '
     '"We are closing strong," the Florida senator told reporters.', "closing strong", "Mark Delgado"),
    # the description in apposition to the name
    ('Visit\n\nThe tour went on. Ben Carter, a retired neurosurgeon, toured a clinic in Detroit on Monday. Mayor Tom Reed '
     'greeted him at the door. "We must listen to the young," the retired neurosurgeon said.',
     "listen to the young", "Ben Carter"),
    # the subject of the sentence before, described for the first time
    ('Town hall\n\nDonald Brant is taking questions at a lodge in Salem. The billionaire businessman said '
     'that the drug crisis was "worse than anyone admits."', "worse than anyone admits", "Donald Brant"),
    ('Festival\n\nThe festival opened. Susan Hale spoke at the film festival on Sunday. "I am tired of the status quo," '
     'the actress said.', "tired of the status quo", "Susan Hale"),
    # the one whose words the sentence before quoted
    ('Donors\n\n"We talked about trade," donor Sheldon Ames said on Friday. "It was very nice," the casino '
     'tycoon told reporters in Macau.', "It was very nice", "Sheldon Ames"),
    # a description that is itself the subject passes its person on
    ('Rally\n\nThe race went on. "We will win Indiana," Mike Penner said. The Republican vice presidential nominee was '
     'speaking on Friday in Fort Wayne, hours after Donald Brant sent a flurry of tweets. The Indiana '
     'governor said the media were to blame.', "the media were to blame", "Mike Penner"),
    # the focus of a cleft is what the text talks about
    ('Sunday\n\nEight candidates went on television. As usual, it was Donald Brant who commanded most of '
     'the attention. Appearing on a morning show, the GOP front-runner said his rival "caused tremendous harm."',
     "caused tremendous harm", "Donald Brant"),
    # the one person the paragraphs named, asked by an unnamed reporter
    ('Database\n\nThe debate went on. "Should there be a database?" a reporter asked Donald Brant after an '
     'event in Iowa.\n\n"There should be a lot of systems," the businessman replied.',
     "a lot of systems", "Donald Brant"),
    # a clause set off by a comma says more of the same person
    ('Iowa\n\nThe race went on. Donald Brant kept up his attacks on his rival in a radio interview. "He is a '
     'whack job," said the New York businessman, who campaigned in New Hampshire on Monday.',
     "whack job", "Donald Brant"),
    # the sentence names the person given the noun, though not with every word of the description
    ('Interview\n\nThe show went on. Ann Lee spoke first on Sunday. Later the host pressed Sen. Bernard Sandler '
     'on the deal, but the Vermont senator insisted that he "never discussed it."', "never discussed it",
     "Bernard Sandler"),
])
def test_description_names_the_person(nlp, text, content, speaker) -> None:
    quotes = _analyze(nlp, text).quotes
    row = quotes[quotes.content.str.contains(content)]
    assert len(row) >= 1 and set(row.speaker) == {speaker}, quotes[["content", "speaker_text", "speaker"]]


@pytest.mark.parametrize("text, content, not_speaker", [
    # two senators just named together: either could be "the senator"
    ('Talks\n\nSen. Ann Lee and Sen. Tom Park met in Washington on Monday. "We agree on nothing," '
     'the senator said.', "agree on nothing", {"Ann Lee", "Tom Park"}),
    # "the president" is never simply whoever was just talked about
    ('Rally\n\nDonald Brant spoke to a crowd in Ohio on Monday. "Jobs are coming back," the president said.',
     "Jobs are coming back", {"Donald Brant"}),
    # anyone at all is not a description of the person named before
    ('Rally\n\nBernie Sanders spoke to a crowd in Manchester. "They stole the country," the man shouted.',
     "stole the country", {"Bernie Sanders"}),
    # a governor is not "the senator"; a Texas senator is not "the Florida senator"
    ('Iowa\n\nOhio Gov. John Perkins spoke in Des Moines on Monday. "We will win here," the senator said.',
     "We will win here", {"John Perkins"}),
    ('Iowa\n\nThe race moved on. Texas Sen. Ted Crane spoke in Des Moines on Monday. "We will win here," the Florida senator said.',
     "We will win here", {"Ted Crane"}),
    # a man is not "the actress"
    ('Film\n\nMr. Donald Brant spoke at the premiere on Monday. "I loved the film," the actress said.',
     "loved the film", {"Donald Brant"}),
    # a senator named long before, another person just talked about: unsure which
    ('Vote\n\nSen. Ann Lee voted against the bill on Monday.\n\nThe House passed it anyway.\n\n'
     'Marco Ruiz stopped by his headquarters on Tuesday. "We are closing strong," the senator said.',
     "closing strong", {"Ann Lee", "Marco Ruiz"}),
    # a description is not the subject of its own sentence (the text would say "he")
    ('Debate\n\nThe week went on. Mr. Brant took on Ann Lee on Sunday after the Democratic front-runner had '
     'said that he was "the best recruiter" of the enemy.', "best recruiter", {"Brant"}),
    # the phrase goes on to name its own person
    ('Cables\n\nThe lobbying went on. Paul Manford pressed the diplomats in Kiev to treat both parties alike. '
     'With his help, the party was "working to change its image," wrote the American ambassador at the '
     'time, John Herbold.', "working to change its image", {"Paul Manford"}),
    # an office no one was given, two people named: unsure
    ('Immigration\n\nThe debate went on. Donald Brant spoke first. John Kasick said later that deporting '
     'parents was wrong. The Ohio governor said the border must be secured.', "border must be secured",
     {"Donald Brant"}),
    # someone introduced unnamed by the same noun
    ('Leave\n\nThe speech went on. As Ann Lee spoke, a fashion designer at the company watched from her home. '
     'She said she used her vacation days. "It is hard to come back to work," said the designer, who works '
     'for another brand.', "hard to come back", {"Ann Lee"}),
])
def test_description_left_unresolved(nlp, text, content, not_speaker) -> None:
    quotes = _analyze(nlp, text).quotes
    row = quotes[quotes.content.str.contains(content)]
    assert len(row) >= 1, quotes[["content", "speaker_text", "speaker"]]
    assert not set(row.speaker) & not_speaker, quotes[["content", "speaker_text", "speaker"]]


@pytest.mark.parametrize("text, phrase, expected", [
    ("The Florida senator said it.", "senator", ("senator", {"florida"})),
    ("The GOP front-runner complained about it.", "runner", ("front-runner", {"republican"})),
    ("The retired neurosurgeon said it.", "neurosurgeon", ("neurosurgeon", {"retired"})),
    ("The justice said it.", "justice", ("judge", set())),
    ("A senator said it.", "senator", None),
    ("The senator from Ohio said it.", "senator", None),
    ("The man said it.", "man", None),
    ("Trump's lawyer said it.", "lawyer", None),
])
def test_person_description(nlp, text, phrase, expected) -> None:
    doc = nlp(text)
    head = next(t for t in doc if t.text == phrase)
    got = person_description(head)
    assert (got[:2] if got else None) == (expected if expected is None else (expected[0], frozenset(expected[1])))
