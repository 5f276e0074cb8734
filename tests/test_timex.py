"""Temporal expressions and dated events (claimlib.timex).

Sentences are written for these tests; the publication date is Tuesday
2019-06-04 unless a case says otherwise, so every expected value below can be
checked with a calendar.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claimlib.timex import Event, Timex, extract_events, extract_timexes

PUB = dt.date(2019, 6, 4)  # a Tuesday


def _doc(nlp, text: str, published: dt.date | None = PUB):
    doc = nlp(text)
    doc.user_data["published"] = published
    return doc


def _find(timexes: list[Timex], text: str) -> Timex:
    hits = [t for t in timexes if t.text == text]
    assert hits, f"no timex {text!r} in {[t.text for t in timexes]}"
    return hits[0]


# (sentence, timex text, type, value)
RULE_CASES = [
    # bare weekdays: the most recent one, the publication day included ...
    ("The Kremlin said on Tuesday it did not know.", "Tuesday", "DATE", "2019-06-04"),
    ("Trump tweeted on Monday that troops had left.", "Monday", "DATE", "2019-06-03"),
    ("The newspaper reported the cuts on Sunday.", "Sunday", "DATE", "2019-06-02"),
    ("Rescue teams arrived Wednesday.", "Wednesday", "DATE", "2019-05-29"),
    # ... the next one when the clause looks ahead
    ("The two leaders will meet on Friday in Geneva.", "Friday", "DATE", "2019-06-07"),
    ("The hearing is scheduled for Thursday.", "Thursday", "DATE", "2019-06-06"),
    ("Officials said they would vote on Monday.", "Monday", "DATE", "2019-06-10"),
    ("The Senate met last Tuesday.", "last Tuesday", "DATE", "2019-05-28"),
    # full dates
    ("The deal was signed on June 04, 2019.", "June 04, 2019", "DATE", "2019-06-04"),
    ("The law took effect on 3 March 2018.", "3 March 2018", "DATE", "2018-03-03"),
    ("The ceasefire began on Sept. 12, 2017.", "Sept. 12, 2017", "DATE", "2017-09-12"),
    ("Elections were held in October 2015.", "October 2015", "DATE", "2015-10"),
    ("The plant opened in 1998.", "1998", "DATE", "1998"),
    # months and dates without a year: most recent unless the clause looks ahead
    ("Sales fell sharply in March.", "March", "DATE", "2019-03"),
    ("Prices rose in December.", "December", "DATE", "2018-12"),
    ("The summit will take place in September.", "September", "DATE", "2019-09"),
    # an event still ahead whatever the clause's tense
    ("He had been talking about the slated visit of the minister in September.", "September", "DATE", "2019-09"),
    ("Aides talked about the scheduled talks on Friday.", "Friday", "DATE", "2019-06-07"),
    ("The treaty was ratified on May 20.", "May 20", "DATE", "2019-05-20"),
    # weeks, months, years relative to publication
    ("The company cut 300 jobs last week.", "last week", "DATE", "2019-W22"),
    ("The ministry will publish its report next week.", "next week", "DATE", "2019-W24"),
    ("Exports have grown this year.", "this year", "DATE", "2019"),
    ("Unemployment rose last year.", "last year", "DATE", "2018"),
    ("Prices rose last month.", "last month", "DATE", "2019-05"),
    ("The agency said earlier this month that it would resign.", "earlier this month", "DATE", "2019-06"),
    ("Talks collapsed earlier this year.", "earlier this year", "DATE", "2019"),
    # seasons and quarters
    ("Tourism collapsed last summer.", "last summer", "DATE", "2018-SU"),
    ("Construction will start this autumn.", "this autumn", "DATE", "2019-FA"),
    ("Profits doubled in the first quarter of 2019.", "the first quarter of 2019", "DATE", "2019-Q1"),
    ("Profits doubled in the first quarter.", "the first quarter", "DATE", "2019-Q1"),
    ("Revenue fell in the third quarter.", "the third quarter", "DATE", "2018-Q3"),
    # counted back from publication
    ("The plant closed three days ago.", "three days ago", "DATE", "2019-06-01"),
    ("The firm was founded two years ago.", "two years ago", "DATE", "2017"),
    ("The mine flooded several years ago.", "several years ago", "DATE", "PAST_REF"),
    # durations
    ("He has lived in Caracas for two years.", "two years", "DURATION", "P2Y"),
    ("The staff has remained unchanged for years.", "years", "DURATION", "PXY"),
    ("The strike lasted 5 1/2 hours.", "5 1/2 hours", "DURATION", "PT5H30M"),
    ("Inflation doubled over the past three months.", "the past three months", "DURATION", "P3M"),
    ("They signed a two-year contract.", "two-year", "DURATION", "P2Y"),
    ("Growth will slow in the next few years.", "the next few years", "DURATION", "PXY"),
    ("He negotiated for a couple of weeks.", "a couple of weeks", "DURATION", "P2W"),
    # vague references
    ("Technical specialists had recently finished the work.", "recently", "DATE", "PAST_REF"),
    ("Interfax had earlier cited an unnamed source.", "earlier", "DATE", "PAST_REF"),
    ("The mine is currently closed.", "currently", "DATE", "PRESENT_REF"),
    ("Talks are now under way.", "now", "DATE", "PRESENT_REF"),
    ("A decision is expected soon.", "soon", "DATE", "FUTURE_REF"),
    ("Nobody knows what the future holds.", "the future", "DATE", "FUTURE_REF"),
    ("Such storms were rare in the past.", "the past", "DATE", "PAST_REF"),
    # times of day
    ("Troops crossed the border on Tuesday morning.", "Tuesday morning", "TIME", "2019-06-04TMO"),
    ("Voting closes at 3 p.m.", "3 p.m.", "TIME", "2019-06-04T15:00"),
    ("The blast occurred at 10:35 a.m. Monday.", "10:35 a.m. Monday", "TIME", "2019-06-03T10:35"),
    ("Protesters gathered last night.", "last night", "TIME", "2019-06-03TNI"),
    # deictic days
    ("The results were announced yesterday.", "yesterday", "DATE", "2019-06-03"),
    ("The minister resigned today.", "today", "DATE", "2019-06-04"),
    ("The court will rule tomorrow.", "tomorrow", "DATE", "2019-06-05"),
    # recurrences
    ("The newspaper is published daily.", "daily", "SET", "P1D"),
    ("The committee meets every week.", "every week", "SET", "P1W"),
    ("Inspectors visit every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
    # decades, spoken years, holidays
    ("The economy boomed in the 1990s.", "the 1990s", "DATE", "199"),
    ("Protesters gather daily outside the embassy.", "daily", "SET", "P1D"),
    ("The post-1959 politics split families.", "post-1959", "DATE", "1959"),
    ("Riots broke out in nineteen ninety-two.", "nineteen ninety-two", "DATE", "1992"),
    ("The store was crowded on Christmas Eve.", "Christmas Eve", "DATE", "2018-12-24"),
    # a date after a past reference point may lie on either side of publication:
    # the nearer reading wins (an infinitive under a past verb, a past plan)
    ("The delegation planned to leave Nairobi on Wednesday.", "Wednesday", "DATE", "2019-06-05"),
    ("Organisers planned a large rally on Thursday.", "Thursday", "DATE", "2019-06-06"),
    ("The committee subpoenaed him to testify on July 10.", "July 10", "DATE", "2019-07-10"),
    ("A memorial service planned for Saturday was cancelled.", "Saturday", "DATE", "2019-06-01"),
    # ... but the time of the planning itself, and implicative verbs, stay past
    ("On Thursday, the government planned new cuts.", "Thursday", "DATE", "2019-05-30"),
    ("The prisoner managed to escape on Thursday.", "Thursday", "DATE", "2019-05-30"),
    # a perfect progressive started in the past: "have been searching since ..."
    ("Police have been searching for him since the Nov. 20 robbery.", "Nov. 20", "DATE", "2018-11-20"),
    # an hour without a day belongs to the day just named
    ("The doctor was killed on Oct. 23, 2018. He was shot at 10 p.m. in his kitchen.", "10 p.m.", "TIME",
     "2018-10-23T22:00"),
    # granted time runs ahead: "gave them until Friday"
    ("The court gave the family until Friday to respond.", "Friday", "DATE", "2019-06-07"),
    ("Regulators extended the offer until September 15.", "September 15", "DATE", "2019-09-15"),
    # a year told by its last day is a length
    ("Revenue doubled in the year ended March 31.", "the year", "DURATION", "P1Y"),
    ("The chain lost money in the fiscal year ended Jan. 31.", "the fiscal year", "DURATION", "P1Y"),
    # Easter is computed, "Easter week" is the week of Easter Sunday (21 April 2019)
    ("Pilgrims crowded the city at Easter.", "Easter", "DATE", "2019-04-21"),
    ("Protesters prayed as Easter week began.", "Easter week", "DATE", "2019-W16"),
    # the second day of "July 24 and 25" shares the month
    ("The summit will be held on July 24 and 25.", "25", "DATE", "2019-07-25"),
    # "-long" adjectives are lengths
    ("The lawyers emerged from a day-long meeting.", "day-long", "DURATION", "P1D"),
    ("The firms settled their decades-long dispute.", "decades-long", "DURATION", "PXDE"),
    # seasons of spoken years (broadcast transcripts)
    ("Oil hit that level in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four",
     "DATE", "1994-WI"),
    # "the following month/year" counts from the date just named
    ("The plant opened in March 2015. The following month, it closed.", "The following month", "DATE", "2015-04"),
    ("He was promoted on May 2, 1995, and the following year he retired.", "the following year", "DATE", "1996"),
    # adjectival quarters leave the determiner to the noun
    ("The company reported a third-quarter loss.", "third-quarter", "DATE", "2018-Q3"),
]


@pytest.mark.parametrize(("text", "timex_text", "type_", "value"), RULE_CASES)
def test_rules(nlp, text, timex_text, type_, value):
    timexes = extract_timexes(_doc(nlp, text))
    found = _find(timexes, timex_text)
    assert (found.type, found.value) == (type_, value)


# Ranges: TimeML tags each end on its own, each resolved.
@pytest.mark.parametrize(("text", "expected"), [
    ("The plant operated from 2010 to 2015.", [("2010", "2010"), ("2015", "2015")]),
    ("The talks ran from Monday to Wednesday last week.", [("Monday", None), ("Wednesday", None)]),
    ("Between March and May sales fell.", [("March", "2019-03"), ("May", "2019-05")]),
])
def test_ranges_tag_both_ends(nlp, text, expected):
    timexes = extract_timexes(_doc(nlp, text))
    texts = [t.text for t in timexes]
    for timex_text, value in expected:
        assert timex_text in texts
        if value is not None:
            assert _find(timexes, timex_text).value == value


# Without a publication date nothing relative is invented.
@pytest.mark.parametrize(("text", "timex_text", "value"), [
    ("He left on Tuesday.", "Tuesday", "XXXX-WXX-2"),
    ("Jobs were cut last week.", "last week", "XXXX-WXX"),
    ("Sales fell in March.", "March", "XXXX-03"),
    ("The results came out yesterday.", "yesterday", "XXXX-XX-XX"),
    ("Unemployment rose last year.", "last year", "XXXX"),
    ("The deal was signed on June 04, 2019.", "June 04, 2019", "2019-06-04"),
    ("He stayed for two years.", "two years", "P2Y"),
    ("He had recently resigned.", "recently", "PAST_REF"),
])
def test_without_publication_date(nlp, text, timex_text, value):
    timexes = extract_timexes(_doc(nlp, text, published=None))
    assert _find(timexes, timex_text).value == value


@pytest.mark.parametrize(("text", "absent"), [
    ("The bank raised its rate by 0.5 percent.", None),
    ("About 2000 people marched.", "2000"),
    ("Kopp's 8-month-old truce held.", None),
    ("He watched ABC's \"This Week\" program.", "This Week"),
    ("The prices fall when supply grows.", "fall"),
    ("May I ask a question?", "May"),
    ("Volumes averaged 133 million shares in average daily trading.", "daily"),
    # sentence-initial and post-verbal "earlier" are left untagged (TimeBank/AQUAINT practice)
    ("Earlier, the minister had denied the report.", "Earlier"),
    ("The reward announced earlier by the police was doubled.", "earlier"),
    ("The brewer kept its earlier-announced goal.", "earlier"),
    # names, not times
    ("Activists joined the \"Spring of Life\" marches.", "Spring"),
    ("He told CBS's 60 Minutes that he would stay.", "60 Minutes"),
    ("The story ran in the Daily Telegraph on Monday.", "Daily"),
    ("The firm posted its first quarterly loss.", "its first"),
])
def test_non_temporal_words_are_left_alone(nlp, text, absent):
    texts = [t.text for t in extract_timexes(_doc(nlp, text))]
    if absent is None:
        assert not any(t for t in texts if "month" in t or "percent" in t)
    else:
        assert absent not in texts


def test_former_is_opt_in(nlp):
    doc = _doc(nlp, "The former president previously ran a bank.")
    assert [t.text for t in extract_timexes(doc)] == []
    tagged = extract_timexes(doc, include_former=True)
    assert [(t.text, t.value) for t in tagged] == [("former", "PAST_REF"), ("previously", "PAST_REF")]


def test_year_earlier_follows_the_quarter(nlp):
    doc = _doc(nlp, "Net income rose in the third quarter of 2018 to $5 million from $4 million a year earlier.")
    timexes = extract_timexes(doc)
    assert _find(timexes, "the third quarter of 2018").value == "2018-Q3"
    assert _find(timexes, "a year earlier").value == "2017-Q3"


# Year-ago comparisons in results stories count back from the quarter reported on.
@pytest.mark.parametrize(("text", "timex_text", "value"), [
    # a year-ago expression is no anchor of its own: no double subtraction
    ("Profit fell in the third quarter of 2018. In the year-ago quarter, the company earned $4 million. "
     "The year-ago results included a charge.", "The year-ago results", "2017-Q3"),
    # an outlook quarter is no base for the comparison
    ("Losses will continue through the third quarter of 2020. In the year-ago period, the company earned "
     "$4 million.", "the year-ago period", "2018"),
    # a nine-month figure compares with the year before, not with the quarter
    ("Net rose in the first quarter of 2019. For the first nine months, net was $9 million, compared with "
     "$7 million a year earlier.", "a year earlier", "2018"),
])
def test_year_ago_anchor(nlp, text, timex_text, value):
    assert _find(extract_timexes(_doc(nlp, text)), timex_text).value == value


def test_offsets_anchor_and_published_argument(nlp):
    text = "The Kremlin said on Tuesday it had no idea, and Peskov will travel on Friday."
    doc = nlp(text)  # no user_data: the keyword argument supplies the date
    timexes = extract_timexes(doc, published=PUB)
    assert [(t.text, t.value) for t in timexes] == [("Tuesday", "2019-06-04"), ("Friday", "2019-06-07")]
    for t in timexes:
        assert doc.text[t.start:t.end] == t.text
        assert t.anchor_token is not None
    assert doc[timexes[0].anchor_token].lemma_ == "say"
    assert doc[timexes[1].anchor_token].lemma_ == "travel"


def test_timex_is_frozen(nlp):
    t = extract_timexes(_doc(nlp, "It rained on Monday."))[0]
    with pytest.raises(AttributeError):
        t.value = "x"  # type: ignore[misc]


# ---------------------------------------------------------------------------
# Events

# (sentence, predicate, actor, date)
EVENT_CASES = [
    ("The Kremlin said on Tuesday it did not know where Trump got the idea.", "say", "The Kremlin", "2019-06-04"),
    ("Trump tweeted on Monday that Russia had told him so.", "tweet", "Trump", "2019-06-03"),
    ("Hundreds of protesters gathered outside the embassy on Monday.", "gather", "Hundreds of protesters",
     "2019-06-03"),
    ("The two leaders will meet on Friday in Geneva.", "meet", "The two leaders", "2019-06-07"),
    ("Rostec cut its staff in Venezuela last week.", "cut", "Rostec", "2019-W22"),
]


@pytest.mark.parametrize(("text", "predicate", "actor", "date"), EVENT_CASES)
def test_dated_events(nlp, text, predicate, actor, date):
    doc = _doc(nlp, text)
    timexes = extract_timexes(doc)
    events = extract_events(doc, timexes)
    dated = [e for e in events if e.date]
    assert len(dated) == 1
    ev = dated[0]
    assert (ev.predicate, ev.actor_text, ev.date) == (predicate, actor, date)
    assert timexes[ev.timex_index].value == date
    assert doc.text[ev.start:ev.end] == ev.description
    assert doc.text[ev.actor_start:ev.actor_end] == actor
    assert doc[ev.verb_index].lemma_ == predicate


# (sentence, predicate, actor): a wh-word subject is the noun its relative
# clause hangs on, and a free relative ("what happened") names no actor.
WH_ACTOR_CASES = [
    ("Nobody could say what happened in the capital on Monday.", "happen", ""),
    ("The specialists, who arrived in Caracas in March, are still there.", "arrive", "The specialists"),
    ("The company, which announced the deal on Friday, declined to comment.", "announce", "The company"),
]


@pytest.mark.parametrize(("text", "predicate", "actor"), WH_ACTOR_CASES)
def test_wh_subject_actors(nlp, text, predicate, actor):
    doc = _doc(nlp, text)
    events = [e for e in extract_events(doc, extract_timexes(doc)) if e.predicate == predicate]
    assert len(events) == 1
    assert events[0].actor_text == actor
    if actor:
        assert doc.text[events[0].actor_start:events[0].actor_end] == actor
    else:
        assert events[0].actor_start is None


def test_timex_on_noun_with_relative_clause_dates_the_clause(nlp):
    text = ("Trump's tweet followed a Wall Street Journal article on Sunday that said "
            "Rostec had cut its staff in Venezuela.")
    doc = _doc(nlp, text)
    events = extract_events(doc, extract_timexes(doc))
    sunday = [e for e in events if e.date == "2019-06-02"]
    assert len(sunday) == 1
    assert sunday[0].predicate == "say"
    assert sunday[0].actor_text == "a Wall Street Journal article"


@pytest.mark.parametrize(("text", "predicate", "actor"), [
    ("Interfax had earlier cited an unnamed source in Caracas.", "cite", "Interfax"),
    ("Russian officials denied the reports.", "deny", "Russian officials"),
    ("Kremlin spokesman Dmitry Peskov told reporters that Moscow had not been in touch.", "tell",
     "Kremlin spokesman Dmitry Peskov"),
])
def test_undated_speech_events(nlp, text, predicate, actor):
    doc = _doc(nlp, text)
    timexes = extract_timexes(doc)
    events = extract_events(doc, timexes)
    assert [(e.predicate, e.actor_text, e.date, e.timex_index) for e in events] == [(predicate, actor, "", None)]
    assert extract_events(doc, timexes, include_undated_speech=False) == []


def test_events_never_invent_dates(nlp):
    text = ("Peskov said the process was going according to plan. Rostec said on Tuesday that the staff "
            "had remained unchanged for years. He recently visited Caracas.")
    doc = _doc(nlp, text)
    timexes = extract_timexes(doc)
    values = {t.value for t in timexes}
    events = extract_events(doc, timexes)
    assert events and all(isinstance(e, Event) for e in events)
    for e in events:
        assert e.date == "" or e.date in values
        assert e.date not in ("PXY", "PAST_REF")  # durations and vague refs date nothing
    assert [e.date for e in events if e.predicate == "say"] == ["", "2019-06-04"]


# ---------------------------------------------------------------------------
# Seed article expectations

def _seed_text() -> str:
    name = "000_f2937b82b4b0c76a.txt"
    root = Path(__file__).resolve().parents[1]
    for candidate in (root / "seeds" / name, root.parent / "shared" / "seeds" / name):
        if candidate.exists():
            return candidate.read_text(encoding="utf-8")
    pytest.skip("seed article not found")


@pytest.fixture(scope="module")
def seed_timexes(nlp):
    doc = nlp(_seed_text())
    doc.user_data["published"] = dt.date(2019, 6, 4)
    return doc, extract_timexes(doc)


def test_seed_timexes(seed_timexes, seed_expected):
    doc, timexes = seed_timexes
    for exp in seed_expected["timexes"]:
        texts = [exp["text"], *exp.get("accept_text", [])]
        candidates = [t for t in timexes if t.text in texts]
        if "in" in exp:
            where = doc.text.find(exp["in"])
            assert where >= 0
            candidates = [t for t in candidates if where <= t.start < where + len(exp["in"])]
        assert candidates, f"missing {exp}"
        assert candidates[0].value == exp["value"], exp


def test_seed_events_order_the_timeline(seed_timexes, seed_expected):
    doc, timexes = seed_timexes
    events = extract_events(doc, timexes)
    dated = sorted((e for e in events if e.date), key=lambda e: e.date)
    actors = [e.actor_text for e in dated]
    order = seed_expected["timeline_order"]
    firsts = []
    for name in order:
        idx = next(i for i, a in enumerate(actors) if name.split()[-1] in a)
        firsts.append(idx)
    assert firsts == sorted(firsts)


@pytest.mark.parametrize("text, expected", [
    # (sentence, rule matches among those it yields, as (rule, matched text));
    # "midMarch": a rule's first word glued to the next; "twenty times": any word opens "set"
    ("The company reported a loss in the third quarter of 2018.",
     {("quarter", "the third quarter of 2018"), ("year", "2018")}),
    ("Talks resumed in midMarch, the Past Three Decades after the war.",
     {("month", "midMarch"), ("duration", "the Past Three Decades")}),
    ("He left 10 years ago, and his ex-wife sold the house at 5 p.m. on Monday.",
     {("ago", "10 years ago"), ("duration", "10 years"), ("clock", "5 p.m. on Monday"),
      ("weekday", "Monday"), ("former", "ex-")}),
    ("Sales rose twice a year, then twenty times a day.",
     {("set", "twice a year"), ("set", "twenty times a day"), ("article_duration", "twice a year")}),
])
def test_keyed_rule_scan_finds_what_finditer_finds(text, expected):
    """Rules are tried only where a word they can begin with begins; the
    matches are exactly each rule's own finditer matches."""
    from claimlib.timex import FORMER_RULE, RULES, _rule_matches

    rules = [*RULES, FORMER_RULE]
    keyed = _rule_matches(text, rules)
    for rule, matches in zip(rules, keyed):
        plain = [m for m in rule.pattern.finditer(text)] if rule.gate is None or rule.gate.search(text) else []
        assert [(m.span(), m.groupdict()) for m in matches] == [(m.span(), m.groupdict()) for m in plain], rule.name
    assert expected <= {(rule.name, m.group().strip()) for rule, ms in zip(rules, keyed) for m in ms}
