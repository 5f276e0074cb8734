"""Temporal expressions (TIMEX3) resolved against the publication date, and dated events.

Two public extractors work over a parsed spaCy ``Doc``:

* :func:`extract_timexes` finds temporal expressions with a small rule grammar
  (regular expressions over ``doc.text``, snapped to token boundaries) and
  normalises them to TimeML TIMEX3 values, resolving relative expressions
  ("on Tuesday", "last week", "two years ago") against the publication date.
  The parse is used only for what text alone cannot tell: the tense of the
  governing verb ("will meet on Friday" looks forward, "met on Friday" back)
  and where the expression attaches.
* :func:`extract_events` turns the clauses that govern a timex into dated
  events (who did what, when), plus undated speech acts.

Conventions follow TimeML 1.2.1 as annotated in TimeBank/AQUAINT: the
preposition is not part of the expression ("on *Tuesday*"), the determiner is
("*the third quarter*"), approximators are ("*nearly two years*").
Without a publication date relative expressions keep their unknown digits as
``X`` ("XXXX-WXX-2" for a bare Tuesday) rather than guessing.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from dateutil.easter import easter
from dateutil.relativedelta import MO, TH, TU, relativedelta
from spacy.tokens import Doc, Span, Token

from .constants import MONTHS, SPEECH_SENSE_NEEDS_CLAUSE, SPEECH_VERBS, WEEKDAYS
from .intervals import SpanIndex
from .nlp import doc_text, is_title_cased, tokens_lower_in
from .syntax import noun_phrase_bounds, subject_of

__all__ = ["Timex", "Event", "extract_timexes", "extract_events"]


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression.

    Attributes:
        start: Character offset of the expression in ``doc.text``.
        end: End character offset (exclusive).
        text: ``doc.text[start:end]``.
        type: TIMEX3 type: ``DATE``, ``TIME``, ``DURATION`` or ``SET``.
        value: TIMEX3 value (``2019-06-04``, ``2019-W22``, ``P2Y``, ``PAST_REF``...).
        anchor_token: Index of the token the expression attaches to (the
            governing verb, or the noun a prepositional phrase modifies), or None.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    anchor_token: int | None


@dataclass(frozen=True, slots=True)
class Event:
    """A happening told by the article, dated when the text dates it.

    Attributes:
        start: Character offset of the clause text.
        end: End character offset of the clause text.
        description: The clause text (``doc.text[start:end]``), at most ~200 chars.
        predicate: Lemma of the event's verb (or event noun).
        actor_text: Surface text of who acted ("" when unknown).
        actor_start: Character offset of the actor, or None.
        actor_end: End character offset of the actor, or None.
        date: TIMEX3 value of the governing timex, "" for undated events.
        timex_index: Index of that timex in the list passed in, or None.
        verb_index: Token index of the predicate.
    """

    start: int
    end: int
    description: str
    predicate: str
    actor_text: str
    actor_start: int | None
    actor_end: int | None
    date: str
    timex_index: int | None
    verb_index: int


# ---------------------------------------------------------------------------
# Lexicons (general English, not corpus-specific)

_WEEKDAYS = WEEKDAYS
_MONTHS = MONTHS
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a hundred": 100, "one hundred": 100, "half a": 0.5, "a half": 0.5,
    "a dozen": 12, "dozen": 12, "a couple of": 2, "couple of": 2, "a couple": 2,
}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4,
             "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
    "centuries": "CE", "fortnight": "W",
}
_TIME_UNITS = {"second", "minute", "hour"}
_SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                 "overnight": "NI", "tonight": "NI", "midday": "MI", "mid-afternoon": "AF",
                 "mid afternoon": "AF"}
_SETS = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
    "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H", "biweekly": "P2W",
}

_WD = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MON_FULL = (r"(?:January|February|March|April|May|June|July|August|September|"
             r"October|November|December)")
_MON_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MON = rf"(?:{_MON_FULL}|{_MON_ABBR}|{_MON_FULL.upper()})"
_NUMW = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|"
         r"four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|"
         r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
         r"(?:a |one )?hundred|(?:a )?dozen|half an?|an? half)")
_NUM = rf"(?:\d+(?:[.,]\d+)?(?: \d/\d)?|(?:a couple of|couple of|a couple)|{_NUMW}(?: and a half)?)"
_VAGUE = r"(?:a few|few|several|many|numerous)"
_UNIT = (r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|"
         r"decades?|century|centuries)")
#: Approximators TimeML keeps inside the expression ("nearly two years"); "about",
#: "only", "just" stay outside in TimeBank/AQUAINT.
_APPROX = (r"(?:(?:almost|nearly|roughly|around|approximately|some|more than|less than|"
           r"fewer than|over|under|at least|at most|up to|no more than|no less than|"
           r"well over|a little over|a little more than|the better part of)\s+)")
_PARTDAY = r"(?:morning|afternoon|evening|night)"
_ZONE = r"(?:\s*\(?(?:[ECMP][SD]T|GMT|UTC|local time)\)?)"
_AMPM = r"(?:a\.m\.?|p\.m\.?|am\b|pm\b|A\.M\.?|P\.M\.?)"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_UNITW = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENW = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENSW = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
#: Years read out in broadcast transcripts: "nineteen ninety-seven", "two thousand one".
_SPOKEN_YEAR = (rf"(?:(?:seventeen|eighteen|nineteen|twenty)[- ](?:{_TENSW}(?:[- ]{_UNITW})?|{_TEENW}|hundred|oh[- ]{_UNITW})"
                rf"|two thousand(?:[- ](?:and[- ])?(?:{_UNITW}|{_TEENW}))?)")


# ---------------------------------------------------------------------------
# TIMEX3 value helpers

def _fmt_date(d: dt.date) -> str:
    return d.isoformat()


def _fmt_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(d: dt.date, n: int) -> dt.date:
    return d + relativedelta(months=n)  # the day clamped to the month's end


def _quarter(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def _parse_number(text: str) -> float | None:
    t = text.lower().strip().replace(",", "")
    if not t:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return float(t)
    m = re.fullmatch(r"(\d+) (\d)/(\d)", t)
    if m:
        return int(m.group(1)) + int(m.group(2)) / int(m.group(3))
    half = 0.0
    if t.endswith(" and a half"):
        half, t = 0.5, t[: -len(" and a half")]
    if t in _NUMBER_WORDS:
        return _NUMBER_WORDS[t] + half
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[0] in _NUMBER_WORDS and parts[1] in _NUMBER_WORDS:
        return _NUMBER_WORDS[parts[0]] + _NUMBER_WORDS[parts[1]] + half
    return None


def _duration(n: float | None, unit: str) -> str:
    """TIMEX3 duration value: (2, 'year') -> P2Y, (None, 'hour') -> PTXH."""
    unit = unit.lower().rstrip("s") if unit.lower() != "centuries" else "century"
    code = _UNITS.get(unit, "Y")
    prefix = "PT" if unit in _TIME_UNITS else "P"
    if n is None:
        return f"{prefix}X{code}"
    if unit == "decade":
        code, n = "Y", n * 10
    elif unit == "century":
        code, n = "Y", n * 100
    elif unit == "fortnight":
        n = n * 2
    if n != int(n):
        # TimeML writes the fraction in the next smaller unit: 5 1/2 hours -> PT5H30M.
        smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24),
                   "H": ("M", 60), "Q": ("M", 3)}
        if unit == "minute":
            smaller = {"M": ("S", 60)}
        if code in smaller:
            code2, k = smaller[code]
            whole, rest = int(n), int(round((n - int(n)) * k))
            if code == "D":
                return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
            return f"{prefix}{whole}{code}{rest}{code2}" if whole else f"{prefix}{rest}{code2}"
    return f"{prefix}{int(n)}{code}"


def _unit_of(word: str) -> str:
    w = word.lower()
    return "century" if w.startswith("centur") else w.rstrip("s")


def _shift(pub: dt.date, n: int, unit: str) -> str:
    """Value of a point ``n`` units after ``pub``, at the unit's granularity."""
    unit = _unit_of(unit)
    if unit == "day":
        return _fmt_date(pub + dt.timedelta(days=n))
    if unit in ("week", "fortnight"):
        return _fmt_week(pub + dt.timedelta(weeks=n * (2 if unit == "fortnight" else 1)))
    if unit == "month":
        return _add_months(pub, n).strftime("%Y-%m")
    if unit == "quarter":
        d = _add_months(pub, 3 * n)
        return f"{d.year}-Q{_quarter(d)}"
    if unit == "year":
        return str(pub.year + n)
    if unit == "decade":
        return str(pub.year + 10 * n)  # "a decade ago": the year, not the whole decade
    if unit == "century":
        return str(pub.year + 100 * n)[:2]
    if unit == "hour":
        return (dt.datetime.combine(pub, dt.time(12)) + dt.timedelta(hours=n)).strftime("%Y-%m-%dT%H")
    return _fmt_date(pub)


def _unknown_like(unit: str) -> str:
    unit = _unit_of(unit)
    return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX",
            "quarter": "XXXX-QX", "year": "XXXX", "decade": "XXX", "century": "XX",
            "weekend": "XXXX-WXX-WE"}.get(unit, "XXXX-XX-XX")


# ---------------------------------------------------------------------------
# Context passed to the value resolvers

@dataclass(slots=True)
class _Ctx:
    pub: dt.date | None
    future: bool
    past: bool
    # Last resolved specific DATE value before this expression ("a year earlier").
    previous: str | None
    # Characters between that expression and this one.
    gap: int = 10**9
    # A few characters of text before the expression.
    lead: str = ""
    # The date follows a past reference point ("planned to leave on Thursday",
    # "decided to admit them in early March"): it may lie on either side of
    # the publication date, so the nearest reading wins.
    open: bool = False
    # Last quarter the story reports on ("third-quarter net") and the
    # characters since: the base of "a year ago" in results stories.
    quarter: str | None = None
    quarter_gap: int = 10**9


def _anchor_quarter(ctx: _Ctx) -> tuple[int, int] | None:
    """(year, quarter) of the last reported quarter (see ``_Ctx.quarter``), the
    base of a year-ago comparison in a results story."""
    mq = re.fullmatch(r"(\d{4})-Q(\d)", ctx.quarter or "")
    if mq is None:
        return None
    return int(mq[1]), int(mq[2])


def _weekday_date(pub: dt.date, wd: int, mode: str) -> dt.date:
    """Resolve a weekday. mode: 'past' (most recent, pub day included),
    'future' (next, pub day included), 'last' (strictly before), 'next'
    (strictly after), 'nearest' (the closer of 'past' and 'future')."""
    delta = (pub.isoweekday() - wd) % 7
    if mode == "past":
        return pub - dt.timedelta(days=delta)
    if mode == "last":
        return pub - dt.timedelta(days=delta or 7)
    ahead = (wd - pub.isoweekday()) % 7
    if mode == "nearest":
        return pub + dt.timedelta(days=ahead) if ahead < delta else pub - dt.timedelta(days=delta)
    if mode == "future":
        return pub + dt.timedelta(days=ahead)
    return pub + dt.timedelta(days=ahead or 7)


def _month_year(pub: dt.date, month: int, mode: str) -> int:
    """Year of a month named without one: the most recent (current month
    included) unless the clause looks forward."""
    if mode == "last":
        return pub.year if month < pub.month else pub.year - 1
    if mode == "next":
        return pub.year if month > pub.month else pub.year + 1
    if mode == "this":
        return pub.year
    if mode == "future":
        return pub.year if month >= pub.month else pub.year + 1
    if mode == "nearest":
        back = (pub.month - month) % 12
        ahead = (month - pub.month) % 12
        if 0 < ahead < back:
            return pub.year if month >= pub.month else pub.year + 1
    return pub.year if month <= pub.month else pub.year - 1


def _mode(word: str | None, ctx: _Ctx, default: str = "past") -> str:
    w = (word or "").lower().split()
    if w and w[0] in ("last", "past", "previous"):
        return "last"
    if "past" in w:  # "this past Sunday"
        return "last"
    if w and w[0] in ("next", "coming", "following") or "coming" in w:
        return "next"
    if w and w[0] == "this":
        return "future" if ctx.future else "this"
    if ctx.future:
        return "future"
    if ctx.open:
        return "nearest"
    return "past" if ctx.past else default


# ---------------------------------------------------------------------------
# Vetoes: context that makes a rule's match no timex. Each takes
# (doc, span, start, end) and returns True to reject the match.

Veto = Callable[[Doc, Span, int, int], bool]

_SKIP_AFTER = re.compile(r"\s*(?:-?old\b|-year-old|%|percent\b)", re.I)
_NOT_YEAR_NOUNS = {"people", "troops", "soldiers", "persons", "workers", "employees", "jobs", "shares",
                   "members", "students", "votes", "units", "cars", "homes", "miles", "feet", "meters",
                   "tons", "barrels", "pounds", "dollars", "yen", "euros"}
#: Time units as words ("60 Minutes" capitalised is a programme's name).
_UNIT_NOUNS = {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
               "fortnight", "fortnights", "month", "months", "quarter", "quarters", "year", "years",
               "decade", "decades", "century", "centuries"}
#: Nouns that make "today's X" mean the present age rather than a date.
_GENERIC_NOUNS = {"world", "society", "youth", "generation", "economy", "market", "standard", "age", "era",
                  "computer", "technology", "child", "children", "people", "family", "families", "culture"}
_RATE_NOUNS = {"volume", "volumes", "turnover", "average", "rate", "rates", "output", "production", "capacity",
               "sales", "revenue", "revenues"}
_UNIT_RX = r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)"


def _title_case_name(doc: Doc, span: Span, start: int, end: int) -> bool:
    """A capitalised phrase that is a name: ABC's "This Week" (headlines
    excepted), "VOA Today"."""
    words = span.text.split()
    if len(words) > 1 and all(w[0].isupper() for w in words) \
            and not span[0].is_sent_start and not is_title_cased(span.sent):
        return True
    return span.text[0].isupper() and not span[0].is_sent_start \
        and span.start > 0 and doc[span.start - 1].pos_ == "PROPN" and span.root.pos_ != "ADV"


def _rate_or_name(doc: Doc, span: Span, start: int, end: int) -> bool:
    """"rise 8.5% annually", "average daily volume": a rate, not a
    recurrence; "the Daily Telegraph": part of a name."""
    if span.text.lower() not in ("daily", "annually", "yearly", "monthly", "weekly"):
        return False
    prev = [t for t in doc[max(0, span.start - 3): span.start]]
    if any(t.text in ("%", "percent") or t.lower_ == "average" for t in prev):
        return True
    if span.end < len(doc) and doc[span.end].lower_ in _RATE_NOUNS:
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    return span.text[0].isupper() and not span[0].is_sent_start and nxt is not None \
        and nxt.pos_ == "PROPN" and nxt.text[0].isupper() and not is_title_cased(span.sent)


def _programme_name(doc: Doc, span: Span, start: int, end: int) -> bool:
    """"60 Minutes", "24 Hours": a programme (units are lower case in running text)."""
    return span[-1].text[0].isupper() \
        and not span[-1].is_sent_start and span[-1].text.lower() not in _WEEKDAYS \
        and not span[-1].text.isupper() and span[-1].lower_.rstrip(".") not in _MONTHS \
        and (span[-1].tag_ == "NNPS" or span[-1].lower_ in _UNIT_NOUNS and not is_title_cased(span.sent))


def _fraction_of(doc: Doc, span: Span, start: int, end: int) -> bool:
    """"three-quarters of its food"."""
    return bool(re.search(r"quarters?$", span.text, re.I) and re.match(r"\s+of\b", doc_text(doc)[end:end + 4]))


def _age_or_percent(doc: Doc, span: Span, start: int, end: int) -> bool:
    """"a 30-year-old", "10 years old", "five years %"."""
    return bool(_SKIP_AFTER.match(doc_text(doc), end))


def _not_a_year(doc: Doc, span: Span, start: int, end: int) -> bool:
    """A number that is no year: "$2000", "Flight 1549", "2000 troops"."""
    text = doc_text(doc)
    nxt = doc[span.end] if span.end < len(doc) else None
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.text in ("$", "#", "No.", "no.", "No", "number", "Room", "Flight",
                                          "flight", "Route", "route", "Highway", "Article"):
        return True
    if nxt is not None and nxt.lower_ in _NOT_YEAR_NOUNS:
        return True
    if text[end:end + 1].isdigit():
        return True
    # Tolerate CARDINAL only when the noun after it is a time word or absent.
    return span.root.ent_type_ in ("MONEY", "QUANTITY", "PERCENT")


def _month_token(span: Span) -> Token | None:
    return next((t for t in span if t.lower_.rstrip(".") in _MONTHS), None)


def _not_a_month(doc: Doc, span: Span, start: int, end: int) -> bool:
    """"may" the modal, "the annual March for Life", "march" the verb."""
    text = doc_text(doc)
    mon_tok = _month_token(span)
    if mon_tok is None:
        return True
    if mon_tok.lower_ == "may" and mon_tok.tag_ == "MD":
        return True
    if mon_tok.lower_ == "march" and re.match(r"\s+(?:for|of|on|to|against)\b", text[mon_tok.idx + 5:mon_tok.idx + 15]) \
            and re.search(r"\b(?:the|a|an|annual|this year's)\W*$", text[max(0, mon_tok.idx - 15):mon_tok.idx], re.I):
        return True  # a procession
    return mon_tok.lower_ in ("march", "may") and mon_tok.pos_ not in ("PROPN", "NOUN", "NUM")


def _bare_month_word(doc: Doc, span: Span, start: int, end: int) -> bool:
    """A month standing alone in lower case, or abbreviated: usually something else."""
    mon_tok = _month_token(span)
    return mon_tok is not None and (
        mon_tok.text[0].islower()
        or mon_tok.lower_ in ("jan", "mar", "sep", "oct", "dec", "jun", "jul", "aug", "apr", "feb", "nov"))


def _present_age(doc: Doc, span: Span, start: int, end: int) -> bool:
    """"today's youth", "the people of tomorrow": the present age, no date."""
    if span.text.lower() not in ("today", "tomorrow"):
        return False
    after = doc_text(doc)[end:end + 2]
    if after in ("'s", "\u2019s") and span.root.head.lemma_.lower() in _GENERIC_NOUNS:
        return True
    return span.start > 1 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].pos_ == "NOUN"


def _not_current_period(doc: Doc, span: Span, start: int, end: int) -> bool:
    """"current" is a timex when it dates a period or state, not in "electric current"."""
    if span.text.lower() != "current":
        return False
    head = span.root.head
    return head.lower_ in ("account", "accounts", "affairs", "events", "electric", "ocean",
                           "sea", "political", "liabilities", "assets") or span.root.dep_ != "amod"


def _earlier_outside_verb_group(doc: Doc, span: Span, start: int, end: int) -> bool:
    """"earlier" only inside a verb group ("had earlier cited"): sentence-initial
    "Earlier, ..." and "announced earlier" are left untagged in TimeBank/AQUAINT
    (1 of 7), comparatives ("earlier than") are no timex."""
    if span.text.lower() != "earlier":
        return False
    tok = span.root
    return not (tok.dep_ in ("advmod", "npadvmod") and tok.head.pos_ in ("VERB", "AUX")
                and span.start > 0 and doc[span.start - 1].dep_ in ("aux", "auxpass") and tok.head.i > tok.i
                and doc_text(doc)[end:end + 1] != "-")


def _season_name(doc: Doc, span: Span, start: int, end: int) -> bool:
    """"the Spring of Life demonstrations", "the Prague Spring of 1968" is a name too."""
    return span.text[0].isupper() and span.text.lower() in _SEASONS and not span[0].is_sent_start \
        and bool(re.match(r"\s+of\s+[A-Z]", doc_text(doc)[end:end + 6])) and not is_title_cased(span.sent)


def _after_determiner(m: re.Match, determiners: str) -> int:
    art = re.match(rf"(?:{determiners})\s+", m.group(0), re.I)
    return m.start() + art.end() if art else m.start()


def _adjectival_duration(m: re.Match) -> int:
    """Adjectival "a two-day meeting": the article belongs to the noun."""
    if m["n"] and _parse_number(m["n"]) not in (None, 1) and not m["u"].lower().endswith("s"):
        return _after_determiner(m, "the|a|an")
    return m.start()


def _adjectival_quarter(m: re.Match) -> int:
    """Adjectival "a third-quarter loss", "its fourth-quarter results": the
    determiner belongs to the noun, as with "a two-day meeting"."""
    if re.search(r"\w-(?:fiscal-)?(?:quarter|qtr)\.?$", m.group(0), re.I):
        return _after_determiner(m, "the|a|an|its|their")
    return m.start()


# ---------------------------------------------------------------------------
# Rules

Resolver = Callable[[re.Match, _Ctx], "tuple[str, str] | None"]


@dataclass(frozen=True, slots=True)
class Rule:
    """One timex rule: everything that decides a match, in one place.

    Attributes:
        name: What the rule finds ("month_day", "ago").
        pattern: The regex; named groups feed the resolver.
        resolve: (match, context) -> (TIMEX3 type, value), or None to decline.
        gate: A literal every match contains: a text without it is not scanned
            (scanning each long, case-insensitive rule over every article was
            most of extract_timexes' time).
        vetoes: Context checks that reject a match (see the Vetoes section).
        title_case: Its words are common words that capitalised may be a
            name ("This Week", "VOA Today").
        anchored: Its value is computed from an earlier timex, so it never
            becomes the anchor of later ones ("a year ago").
        begin: Where the timex starts in a match, when a determiner belongs
            to the noun rather than to the timex ("a | two-day meeting").
        starts: Keys (:func:`_word_key`) of the words a match can begin
            with: the rule is tried only where such a word begins. None: the
            rule is scanned over the whole text (a match may begin with any
            word, or with a space or an apostrophe).
    """

    name: str
    pattern: re.Pattern
    resolve: Resolver
    gate: re.Pattern | None = None
    vetoes: tuple[Veto, ...] = ()
    title_case: bool = False
    anchored: bool = False
    begin: Callable[[re.Match], int] | None = None
    starts: frozenset[str] | None = None

    def plausible(self, doc: Doc, span: Span, start: int, end: int) -> bool:
        """No veto rejects the match in its context."""
        if self.title_case and _title_case_name(doc, span, start, end):
            return False
        return not any(veto(doc, span, start, end) for veto in self.vetoes)


#: Every rule in priority order (among matches of equal length the earlier rule wins).
RULES: list[Rule] = []


#: The key of a word that begins with a digit.
DIGIT = "#"


def _word_key(word: str) -> str | None:
    """The key a rule's first word is filed under: its first three characters,
    lower-cased (``DIGIT`` for a digit); None for a word that opens with a
    non-ASCII character, which a case-insensitive rule may read as an ASCII
    letter (the dotless "ı" as "i")."""
    head = word[:3]
    if not head.isascii():
        return None
    return DIGIT if head[0].isdigit() else head.lower()


def _start_keys(*fragments: str) -> frozenset[str]:
    """Keys of every word (and ``#``, a digit) in regex fragments that can open
    a match. A word inside a fragment that cannot open it only costs a try."""
    words = (w for fragment in fragments for w in re.findall(r"[A-Za-z]+|#", re.sub(r"\\.", " ", fragment)))
    return frozenset(w if w == DIGIT else w[:3].lower() for w in words)


def _rule(name: str, pattern: str, flags: int = 0, *, gate: re.Pattern | None = None,
          vetoes: tuple[Veto, ...] = (), title_case: bool = False, anchored: bool = False,
          begin: Callable[[re.Match], int] | None = None,
          starts: tuple[str, ...] | None = None) -> Callable[[Resolver], Resolver]:
    """Declare the decorated resolver as a :class:`Rule` with these fields
    (``starts``: regex fragments whose words can open a match)."""
    def deco(fn: Resolver) -> Resolver:
        RULES.append(Rule(name, re.compile(pattern, flags), fn, gate=gate, vetoes=vetoes,
                          title_case=title_case, anchored=anchored, begin=begin,
                          starts=_start_keys(*starts) if starts is not None else None))
        return fn
    return deco


def _rule_named(name: str) -> Rule:
    return next(r for r in RULES if r.name == name)


#: Opt-in (``include_former``): "former", "formerly", "previously", "ex-".
FORMER_RULE = Rule("former", re.compile(r"\b(?:former|formerly|previously)\b|\bex-(?=\w)", re.I),
                   lambda m, c: ("DATE", "PAST_REF"), starts=_start_keys("former previously ex"))


def _spoken_year(text: str) -> int | None:
    words = re.split(r"[- ]+", text.lower().replace(" and ", " "))
    if words[:2] == ["two", "thousand"]:
        units = _parse_number(" ".join(words[2:])) if words[2:] else 0
        return 2000 + int(units or 0)
    century = _NUMBER_WORDS.get(words[0])
    rest = words[1:]
    if century is None:
        return None
    if rest == ["hundred"]:
        return int(century) * 100
    if rest and rest[0] == "oh":
        rest = rest[1:]
    n = _parse_number(" ".join(rest))
    return int(century) * 100 + int(n) if n is not None else None


def _month_num(text: str) -> int:
    return _MONTHS[text.lower().rstrip(".")]


_DAYNUM = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"


@_rule("full_date", rf"\b(?:(?P<wd>{_WD}),?\s+)?(?P<mon>{_MON})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+"
       rf"(?P<year>{_YEAR})\b|\b(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MON}),?\s+(?P<year2>{_YEAR})\b",
       starts=(_WD, _MON, "#"))
def _full_date(m: re.Match, ctx: _Ctx):
    mon = _month_num(m["mon"] or m["mon2"])
    year = int(m["year"] or m["year2"])
    day = int(m["day"] or m["day2"])
    try:
        return "DATE", _fmt_date(dt.date(year, mon, day))
    except ValueError:
        return None


@_rule("iso_date", r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b",
       starts=("#",))
def _iso_date(m: re.Match, ctx: _Ctx):
    try:
        return "DATE", _fmt_date(dt.date(int(m["y"]), int(m["m"]), int(m["d"])))
    except ValueError:
        return None


@_rule("slash_date", r"\b(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)?\d\d)\b",
       starts=("#",))
def _slash_date(m: re.Match, ctx: _Ctx):
    y = int(m["y"])
    if y < 100:
        y += 1900 if y > 40 else 2000
    try:
        return "DATE", _fmt_date(dt.date(y, int(m["m"]), int(m["d"])))
    except ValueError:
        return None


_ORDINAL_DAYS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}
_ORDINAL_DAYS.update({f"twenty-{w}": 20 + i for w, i in _ORDINAL_DAYS.items() if i < 10})
_ORDINAL_DAYS.update({"thirtieth": 30, "thirty-first": 31})
_ORDW = r"(?:(?:twenty-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|" \
        r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|thirty-first)"


@_rule("month_day", rf"\b(?:(?:this coming|this past|last|next)\s+)?(?:(?P<wd>{_WD}),?\s+)?(?P<mod>(?:early|late|mid)\s+)?"
       rf"(?P<mon>{_MON})\s+(?:{_DAYNUM}\b(?!\s*(?:%|,\d|\d|:\d))|(?:the\s+)?(?P<dayw>{_ORDW})\b)"
       rf"|\b(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MON})\b(?!,?\s+\d)",
       vetoes=(_not_a_month,),
       starts=("this last next", _WD, "early late mid", _MON, "#"))
def _month_day(m: re.Match, ctx: _Ctx):
    mon = _month_num(m["mon"] or m["mon2"])
    day = int(m["day"] or m["day2"]) if (m["day"] or m["day2"]) else _ORDINAL_DAYS[m["dayw"].lower()]
    if not 1 <= day <= 31:
        return None
    if ctx.pub is None:
        return "DATE", f"XXXX-{mon:02d}-{day:02d}"
    year = ctx.pub.year
    try:
        cand = dt.date(year, mon, day)
    except ValueError:
        return None
    lead = m.group(0).lower()
    if lead.startswith(("this coming", "next")):
        ctx = _Ctx(pub=ctx.pub, future=True, past=False, previous=ctx.previous)
    elif lead.startswith(("this past", "last")):
        ctx = _Ctx(pub=ctx.pub, future=False, past=True, previous=ctx.previous)
    # Most recent such date unless the clause looks forward; news rarely
    # refers to a date more than a few months away without its year.
    if ctx.future:
        if (ctx.pub - cand).days > 31:
            year += 1
    elif ctx.past:
        if (cand - ctx.pub).days > 31:
            year -= 1
    else:
        # Unknown tense: the nearer of last and next occurrence.
        ahead = (cand - ctx.pub).days % 365
        back = (ctx.pub - cand).days % 365
        if cand > ctx.pub and ahead > back:
            year -= 1
        elif cand < ctx.pub and 0 < ahead < back:
            year += 1
    try:
        return "DATE", _fmt_date(dt.date(year, mon, day))
    except ValueError:
        return None


@_rule("month_day_and", rf"\b(?P<mon>{_MON})\s+[0-3]?\d(?:st|nd|rd|th)?\s+(?:and|&)\s+"
       rf"(?P<core>(?P<day>[0-3]?\d)(?:st|nd|rd|th)?)\b(?!\s*(?:%|,\d|\d|:\d))(?:,?\s+(?P<year>{_YEAR})\b)?",
       starts=(_MON,))
def _month_day_and(m: re.Match, ctx: _Ctx):
    """The second day of "April 24 and 25": same month (and year) as the first."""
    if m["year"]:
        try:
            return "DATE", _fmt_date(dt.date(int(m["year"]), _month_num(m["mon"]), int(m["day"])))
        except ValueError:
            return None
    rx = _rule_named("month_day").pattern
    first = rx.match(f"{m['mon']} {m['day']}")
    return _month_day(first, ctx) if first else None


@_rule("month_year", rf"\b(?:(?P<mod>early|late|mid|the end of|the beginning of|the middle of)[- ]?)?"
       rf"(?P<mon>{_MON}),?\s+(?:of\s+)?(?P<year>{_YEAR})\b",
       starts=("early late mid the", _MON))
def _month_year_rule(m: re.Match, ctx: _Ctx):
    return "DATE", f"{int(m['year'])}-{_month_num(m['mon']):02d}"


@_rule("month", rf"\b(?:(?P<mod>(?:early|late|mid|the end of|the beginning of|the middle of|the start of)[- ]?)\s*)?"
       rf"(?:(?P<rel>last|next|this|this past|this coming|past)\s+)?(?P<mon>{_MON_FULL}|{_MON_ABBR})"
       rf"(?P<yr>\s+(?:of\s+)?(?:last|next|this) year)?\b(?!\s+\d)",
       vetoes=(_not_a_month, _bare_month_word),
       starts=("early late mid the last next this past", _MON))
def _month_alone(m: re.Match, ctx: _Ctx):
    mon = _month_num(m["mon"])
    if ctx.pub is None:
        return "DATE", f"XXXX-{mon:02d}"
    if m["yr"]:
        rel = m["yr"].split()[-2]
        year = ctx.pub.year + {"last": -1, "next": 1, "this": 0}[rel]
    else:
        # A month named alone is usually close to the story: nearest one
        # unless the tense tells which way.
        year = _month_year(ctx.pub, mon, _mode(m["rel"], ctx, default="nearest"))
    return "DATE", f"{year}-{mon:02d}"


# "post-1959 politics": TimeML tags the prefixed year with its own value.
@_rule("year", rf"\b(?:(?P<mod>(?:fiscal|calendar|early|late|mid|the end of|the beginning of|the middle of|"
       rf"the start of|the first half of|the second half of)[- ]?)\s*|(?:pre|post)-)?(?P<year>{_YEAR})\b(?![-/]\d|,\d|\.\d|\s*%)",
       vetoes=(_not_a_year,),
       starts=("fiscal calendar early late mid the pre post #",))
def _year(m: re.Match, ctx: _Ctx):
    return "DATE", m["year"]


@_rule("spoken_year", rf"\b(?:(?P<mon>{_MON_FULL})\s+|the\s+year\s+)?(?P<y>{_SPOKEN_YEAR})\b(?![- ](?:{_UNITW}|{_TENSW}|hundred|thousand|percent|people|dollars))", re.I,
       starts=(_MON_FULL, "the", _SPOKEN_YEAR))
def _spoken(m: re.Match, ctx: _Ctx):
    year = _spoken_year(m["y"])
    if year is None or not 1600 <= year <= 2100:
        return None
    if m["y"].lower().startswith("two thousand") and not m.group(0).lower().startswith(("the year", *(
            k for k in _MONTHS))):
        return None  # a bare "two thousand" is a number
    if m["mon"]:
        return "DATE", f"{year}-{_month_num(m['mon']):02d}"
    return "DATE", str(year)


@_rule("decade", r"\b(?:the\s+)?(?:(?:early|late|mid)[- ]?)?(?:(?P<full>1[6-9]\d0|20\d0)|'(?P<short>\d0))'?s\b",
       gate=re.compile(r"0'?s"))
def _decade(m: re.Match, ctx: _Ctx):
    if m["full"]:
        return "DATE", m["full"][:3]
    return "DATE", "19" + m["short"][0]


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


@_rule("decade_word", r"\bthe\s+(?:(?:early|late|mid)[- ]?)?(?P<w>twenties|thirties|forties|fifties|sixties|"
       r"seventies|eighties|nineties)\b",
       gate=re.compile(r"ties"),
       starts=("the",))
def _decade_word(m: re.Match, ctx: _Ctx):
    return "DATE", f"19{_DECADE_WORDS[m['w'].lower()]}"


@_rule("century", r"\b(?:the\s+)?(?:(?:early|late|mid)[- ]?)?(?P<n>\d{1,2})(?:st|nd|rd|th)[- ]century\b",
       gate=re.compile(r"century"),
       starts=("the early late mid #",))
def _century(m: re.Match, ctx: _Ctx):
    return "DATE", f"{int(m['n']) - 1:02d}"


@_rule("season", rf"\b(?:(?P<rel>last|next|this|this past|this coming|the|past)\s+)?(?:(?:early|late|mid)[- ]?)?"
       rf"(?P<s>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?:(?P<year>{_YEAR})|(?P<spoken>{_SPOKEN_YEAR})))?\b", re.I,
       vetoes=(_season_name,),
       starts=("last next this the past early late mid spring summer fall autumn winter",))
def _season(m: re.Match, ctx: _Ctx):
    code = _SEASONS[m["s"].lower()]
    if m["year"]:
        return "DATE", f"{m['year']}-{code}"
    if m["spoken"]:
        # Broadcast transcripts: "the winter of nineteen ninety-four".
        year = _spoken_year(m["spoken"])
        if year is not None and 1600 <= year <= 2100:
            return "DATE", f"{year}-{code}"
    rel = (m["rel"] or "").lower()
    if m["s"].lower() == "fall" and not rel:
        return None  # "the fall of the Berlin Wall", "prices fall"
    if ctx.pub is None:
        return "DATE", f"XXXX-{code}"
    start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    year = ctx.pub.year
    mode = _mode(rel if rel != "the" else "", ctx)
    if mode == "last":
        year = year if ctx.pub.month >= start + 3 else year - 1
    elif mode == "next":
        year = year if ctx.pub.month < start else year + 1
    elif mode == "past" and ctx.pub.month < start and code != "WI":
        year -= 1
    return "DATE", f"{year}-{code}"


@_rule("quarter", rf"\b(?:(?:the|its|their|a|this year's|last year's|next year's)\s+)?(?:(?P<y0>{_YEAR})\s+)?"
       rf"(?:(?P<rel>last|next|this|current|previous|latest|same|past|year-earlier|year-ago|prior-year)\s+)?"
       rf"(?:(?:fiscal|calendar)[- ]?)?"
       rf"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?(?:quarter\b|qtr\b\.?)"
       rf"(?!s)(?:\s+(?:of\s+)?(?:(?:fiscal|calendar)\s+)?(?P<year>{_YEAR}))?(?P<ly>\s+(?:of\s+)?(?:last|next|this) year)?",
       re.I,
       gate=re.compile(r"quarter|qtr", re.I), begin=_adjectival_quarter,
       starts=("the its their a this last next # current previous latest same past year prior fiscal calendar first second third fourth",))
def _quarter_rule(m: re.Match, ctx: _Ctx):
    q = _ORDINALS[m["ord"].lower()]
    pre = m.group(0).lower()
    if m["year"] or m["y0"]:
        return "DATE", f"{m['year'] or m['y0']}-Q{q}"
    if ctx.pub is None:
        return "DATE", f"XXXX-Q{q}"
    year = ctx.pub.year
    if "last year" in pre or re.search(r"year-earlier|year-ago|prior-year", pre):
        year -= 1
    elif "next year" in pre:
        year += 1
    elif "next" not in pre and "this" not in pre:
        # The nearest such quarter ("the fourth quarter" is last year's in
        # January, this year's in August) unless the tense tells.
        cur = _quarter(ctx.pub)
        back, ahead = (cur - q) % 4, (q - cur) % 4
        if ctx.past and q > cur or not ctx.future and q > cur and back <= ahead:
            year -= 1
    return "DATE", f"{year}-Q{q}"


@_rule("quarter_rel", r"\b(?:the|this|its|that)\s+(?:(?P<rel>latest|current|past|previous|last|most recent|"
       r"recent|same|year-earlier|year-ago|prior-year|comparable|fiscal|just-ended|just-completed)\s+)?"
       r"(?:(?:fiscal|year-earlier|year-ago|comparable|prior-year)\s+)?quarter\b(?!s|-)(?:\s+(?P<ago>a year (?:ago|earlier)|last year))?", re.I,
       gate=re.compile(r"quarter", re.I),
       starts=("the this its that",))
def _quarter_relative(m: re.Match, ctx: _Ctx):
    text = m.group(0).lower()
    if ctx.pub is None:
        return "DATE", "XXXX-QX"
    # Financial news reports on the quarter just ended: six weeks back
    # puts a late-October story in Q3.
    ref = ctx.pub - dt.timedelta(days=45)
    if "current" in text or text.startswith("this"):
        ref = ctx.pub
    if "past" in text and "the past" in text or "previous" in text or "last" in text.split()[1:2]:
        ref = ctx.pub - dt.timedelta(days=45)
    year = ref.year
    if any(k in text for k in ("year-earlier", "year-ago", "prior-year", "a year ago",
                               "a year earlier", "last year")):
        year -= 1
    return "DATE", f"{year}-Q{_quarter(ref)}"


@_rule("half_year", rf"\b(?:the\s+)?(?P<ord>first|second)\s+half\s+of\s+(?P<year>{_YEAR}|(?:this|last|next) year)", re.I,
       gate=re.compile(r"half", re.I),
       starts=("the first second",))
def _half(m: re.Match, ctx: _Ctx):
    h = 1 if m["ord"].lower() == "first" else 2
    y = m["year"]
    if y and y[0].isdigit():
        return "DATE", f"{y}-H{h}"
    if ctx.pub is None:
        return "DATE", f"XXXX-H{h}"
    off = {"last": -1, "next": 1}.get((y or "this").split()[0].lower(), 0)
    return "DATE", f"{ctx.pub.year + off}-H{h}"


@_rule("months_period", rf"\b(?:the\s+)?(?:(?:first|latest|last|past|same|year-earlier|year-ago|next|"
       rf"comparable|fiscal)\s+)*(?P<n>{_NUMW}|\d+)\s+months\b(?!\s+(?:ago|earlier|later|before|after))", re.I,
       gate=re.compile(r"months", re.I), vetoes=(_age_or_percent,),
       starts=("the first latest last past same year next comparable fiscal", _NUMW, "#"))
def _months_period(m: re.Match, ctx: _Ctx):
    n = _parse_number(m["n"])
    return ("DURATION", _duration(n, "month")) if n else None


@_rule("weekday", rf"\b(?:(?P<rel>last|next|this|this past|this coming|past|early|late|earlier|later|"
       rf"the previous|the following)\s+)?(?P<wd>{_WD})(?:\s+(?P<pod>{_PARTDAY}))?\b"
       rf"|\b(?P<pod2>early|late)\s+(?P<wd2>{_WD})\b",
       starts=("last next this past early late earlier later the", _WD))
def _weekday(m: re.Match, ctx: _Ctx):
    wd = _WEEKDAYS[(m["wd"] or m["wd2"]).lower()]
    pod = m["pod"]
    rel = (m["rel"] or "").lower()
    if ctx.pub is None:
        value = f"XXXX-WXX-{wd}"
    else:
        if rel in ("the previous", "the following"):
            return None  # relative to a story-internal anchor we don't track
        value = _fmt_date(_weekday_date(ctx.pub, wd, _mode(rel if rel in (
            "last", "next", "this", "this past", "this coming", "past") else "", ctx)))
    if pod:
        return "TIME", f"{value}T{_PARTS_OF_DAY[pod.lower()]}"
    return "DATE", value


@_rule("deictic_day", r"\b(?:(?P<mod>early|late|earlier|later)\s+)?(?P<w>today|yesterday|tomorrow|tonight)"
       rf"(?:\s+(?P<pod>{_PARTDAY}))?\b", re.I,
       vetoes=(_present_age,), title_case=True,
       starts=("early late earlier later today yesterday tomorrow tonight",))
def _deictic_day(m: re.Match, ctx: _Ctx):
    w = m["w"].lower()
    off = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}[w]
    value = _fmt_date(ctx.pub + dt.timedelta(days=off)) if ctx.pub else "XXXX-XX-XX"
    pod = m["pod"] or ("night" if w == "tonight" else None)
    if pod:
        return "TIME", f"{value}T{_PARTS_OF_DAY[pod.lower()]}"
    return "DATE", value


@_rule("part_of_day", rf"\b(?P<rel>this|last|tomorrow|yesterday|later this|earlier this|early this|late last|"
       rf"late this)\s+(?P<pod>{_PARTDAY})\b|\b(?P<over>overnight)\b", re.I,
       title_case=True,
       starts=("this last tomorrow yesterday later earlier early late overnight",))
def _part_of_day(m: re.Match, ctx: _Ctx):
    rel = (m["rel"] or "this").lower()
    pod = _PARTS_OF_DAY[(m["pod"] or m["over"]).lower()]
    if m["over"]:
        return "TIME", (f"{_fmt_date(ctx.pub)}TNI" if ctx.pub else "XXXX-XX-XXTNI")
    off = -1 if ("last" in rel or "yesterday" in rel) else (1 if "tomorrow" in rel else 0)
    if rel.startswith("last") and pod != "NI":
        off = -1
    base = _fmt_date(ctx.pub + dt.timedelta(days=off)) if ctx.pub else "XXXX-XX-XX"
    return "TIME", f"{base}T{pod}"


@_rule("clock", rf"\b(?:(?P<approx>around|approximately)\s+)?(?P<h>[012]?\d)(?::(?P<mi>[0-5]\d))?\s*(?P<ap>{_AMPM})(?P<tz>{_ZONE})?"
       rf"(?:(?:\s*\([^()\n]{{1,20}}\))?,?\s+(?:on\s+)?(?P<day>{_WD}|today|yesterday|tomorrow|(?P<mon>{_MON})\s+(?P<md>[0-3]?\d)))?"
       rf"|\b(?P<noon>noon|midnight|midday)(?:\s+(?:on\s+)?(?P<day2>{_WD}|today|yesterday|tomorrow))?\b"
       rf"|\b(?P<h2>[012]?\d)(?::(?P<mi2>[0-5]\d))?\s+(?:o'clock\b|in the (?P<pod3>morning|afternoon|evening)\b)",
       vetoes=(_programme_name,),
       starts=("around approximately # noon midnight midday",))
def _clock(m: re.Match, ctx: _Ctx):
    if m["noon"]:
        hour, minute = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}[m["noon"].lower()]
        day = m["day2"]
    else:
        hour = int(m["h"] or m["h2"])
        minute = int(m["mi"] or m["mi2"] or 0)
        ap = (m["ap"] or {"morning": "am", "afternoon": "pm", "evening": "pm"}.get((m["pod3"] or "").lower(), "")).lower()
        if hour > 12 and ap:
            return None
        if ap.startswith("p") and hour < 12:
            hour += 12
        elif ap.startswith("a") and hour == 12:
            hour = 0
        day = m["day"]
    base = "XXXX-XX-XX"
    if ctx.pub is not None:
        d = ctx.pub
        prev = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", ctx.previous or "")
        if not day and prev and ctx.gap < 200:
            # "killed on Oct. 23 ... shot at 10 p.m.": the hour belongs to the day just named.
            d = dt.date(int(prev[1]), int(prev[2]), int(prev[3]))
        if day:
            dl = day.lower()
            if dl in _WEEKDAYS:
                d = _weekday_date(ctx.pub, _WEEKDAYS[dl], "future" if ctx.future else "nearest" if ctx.open else "past")
            elif dl in ("yesterday", "tomorrow"):
                d = ctx.pub + dt.timedelta(days=-1 if dl == "yesterday" else 1)
            elif m["mon"]:
                try:
                    d = dt.date(ctx.pub.year, _month_num(m["mon"]), int(m["md"]))
                except ValueError:
                    pass
        base = _fmt_date(d)
    elif day and day.lower() in _WEEKDAYS:
        base = f"XXXX-WXX-{_WEEKDAYS[day.lower()]}"
    if hour == 24:
        return "TIME", f"{base}T24:00"
    return "TIME", f"{base}T{hour:02d}:{minute:02d}"


@_rule("week_of", rf"\bthe\s+week\s+of\s+(?P<mon>{_MON})\s+(?P<day>[0-3]?\d)(?:,?\s+(?P<year>{_YEAR}))?\b",
       gate=re.compile(r"week"),
       starts=("the",))
def _week_of(m: re.Match, ctx: _Ctx):
    inner = _month_day(m, ctx) if not m["year"] else ("DATE", f"{m['year']}-{_month_num(m['mon']):02d}-{int(m['day']):02d}")
    if inner is None or inner[1].startswith("X"):
        return ("DATE", "XXXX-WXX") if inner else None
    try:
        return "DATE", _fmt_week(dt.date.fromisoformat(inner[1]))
    except ValueError:
        return None


#: "the year ended March 31": a twelve-month period told by its last day.
_ENDED = re.compile(r"\s+end(?:ed|ing)\b", re.I)


@_rule("year_end", r"\b(?:around\s+)?(?:the\s+)?(?:(?P<rel>this|last|next)\s+)?(?P<end>year[- ]end|year's end|"
       r"end of the year)\b|\bthe (?P<full>full|current|calendar|fiscal) year\b(?!-)", re.I,
       gate=re.compile(r"year", re.I),
       starts=("around the this last next year end",))
def _year_end(m: re.Match, ctx: _Ctx):
    if m["full"] and m["full"].lower() == "fiscal" and (ctx.lead.endswith("for ") or _ENDED.match(m.string, m.end())):
        return "DURATION", "P1Y"
    if ctx.pub is None:
        return "DATE", "XXXX-12-31" if m["end"] and "-" in m["end"] else "XXXX"
    off = {"last": -1, "next": 1}.get((m["rel"] or "").lower(), 0)
    if m["end"] and re.fullmatch(r"year[- ]end", m["end"], re.I):
        if ctx.past and not m["rel"]:
            off = -1  # "since year-end": the last one
        return "DATE", f"{ctx.pub.year + off}-12-31"
    return "DATE", str(ctx.pub.year + off)


@_rule("earlier_this", r"\b(?P<mod>earlier|later|early|late|at the end of|by the end of)\s+(?P<rel>this|last|next)\s+"
       r"(?P<u>week|month|year|decade|century)\b", re.I,
       title_case=True,
       starts=("earlier later early late at by",))
def _earlier_this(m: re.Match, ctx: _Ctx):
    rel = m["rel"].lower()
    off = {"this": 0, "last": -1, "next": 1}[rel]
    if ctx.pub is None:
        return "DATE", _unknown_like(m["u"])
    return "DATE", _shift(ctx.pub, off, m["u"])


@_rule("end_of", r"\b(?:the\s+)?(?P<mod>end|beginning|start|middle|rest|remainder|balance)\s+of\s+(?:the\s+)?"
       r"(?P<rel>(?:this|last|next|current|coming|same)\s+)?(?P<u>week|month|year|decade|century|day)\b", re.I,
       starts=("the end beginning start middle rest remainder balance",))
def _end_of(m: re.Match, ctx: _Ctx):
    rel = (m["rel"] or "this").strip().lower()
    off = {"last": -1, "next": 1, "coming": 1}.get(rel, 0)
    if ctx.pub is None:
        return "DATE", _unknown_like(m["u"])
    return "DATE", _shift(ctx.pub, off, m["u"])


@_rule("this_unit", r"\b(?P<rel>last|next|this|this past|this coming|coming|the past|the last|the next|the coming|"
       r"the previous|the current|the following|the prior|the same|the latest|that|the)\s+"
       r"(?P<u>week|month|year|decade|century|weekend|day|fiscal year|calendar year)\b(?!-)"
       r"(?P<ago>\s+(?:before|earlier|ago))?", re.I,
       title_case=True, anchored=True,
       starts=("last next this coming the that",))
def _this_unit(m: re.Match, ctx: _Ctx):
    rel = m["rel"].lower()
    unit = m["u"].lower().split()[-1]
    if m["ago"]:
        return None
    if rel in ("the following", "the prior", "the same", "that", "the previous"):
        # Relative to a story-internal time, not the publication date.
        if rel in ("the following", "the previous", "the prior") and ctx.previous and unit == "year" \
                and re.match(r"\d{4}", ctx.previous):
            return "DATE", str(int(ctx.previous[:4]) + (1 if rel == "the following" else -1))
        if rel == "that" and ctx.previous and unit == "year" and re.match(r"\d{4}", ctx.previous):
            return "DATE", ctx.previous[:4]
        mm = re.match(r"(\d{4})-(\d\d)(?:-\d\d)?$", ctx.previous or "")
        if mm and unit == "month" and rel in ("the following", "the previous", "the prior", "that", "the same"):
            # "in March ... The following month": counted from the month just named.
            off = {"the following": 1, "the previous": -1, "the prior": -1}.get(rel, 0)
            return "DATE", _add_months(dt.date(int(mm[1]), int(mm[2]), 1), off).strftime("%Y-%m")
        return None
    if rel in ("the past", "the last", "the next", "the coming"):
        if unit == "weekend":
            return None
        if rel in ("the past", "the last") and unit == "year" and ctx.pub is not None:
            # TimeBank/AQUAINT date "the past year" as the previous calendar unit.
            return "DATE", _shift(ctx.pub, -1, unit)
        return "DURATION", _duration(1, unit)
    if rel == "the":
        if unit == "weekend":
            return ("DATE", _weekend(ctx, "past")) if ctx.pub else ("DATE", "XXXX-WXX-WE")
        if unit == "year":
            if ctx.lead.endswith("for ") or _ENDED.match(m.string, m.end()):
                return "DURATION", "P1Y"  # "net income for the year", "in the year ended March 31"
            return ("DATE", str(ctx.pub.year)) if ctx.pub else ("DATE", "XXXX")
        return None
    if rel in ("the current", "the latest"):
        rel = "this"
    off = {"last": -1, "next": 1, "this": 0, "this past": -1, "this coming": 1, "coming": 1}[rel]
    if unit == "day":
        return None
    if ctx.pub is None:
        return "DATE", _unknown_like(unit)
    if unit == "weekend":
        return "DATE", _weekend(ctx, {-1: "last", 1: "next", 0: "this"}[off])
    return "DATE", _shift(ctx.pub, off, unit)


def _weekend(ctx: _Ctx, mode: str) -> str:
    pub = ctx.pub
    assert pub is not None
    sat = _weekday_date(pub, 6, {"this": "future" if ctx.future else "past"}.get(mode, mode))
    return f"{_fmt_week(sat)}-WE"


@_rule("ago", rf"\b(?P<core>{_APPROX}?(?P<n>{_NUM}|{_VAGUE}|an?)[- ](?P<u>{_UNIT}))\s+(?P<dir>ago|earlier|before|"
       rf"later|after|from now|hence|previously)\b(?!\s+(?:than|that))", re.I,
       gate=re.compile(r"[- ]" + _UNIT_RX + r"\s+(?:ago|earlier|before|later|after|from now|hence|previously)\b", re.I), anchored=True,
       starts=(_APPROX, _NUM, _VAGUE, "an #"))
def _ago(m: re.Match, ctx: _Ctx):
    n = None if re.fullmatch(_VAGUE, m["n"], re.I) else _parse_number(m["n"])
    d = m["dir"].lower()
    if d in ("after", "before", "later", "hence") or (d == "earlier" and n is None):
        # "13 days after the bombings": TimeML tags the length, not a date.
        return "DURATION", _duration(n, m["u"])
    sign = -1 if d in ("ago", "earlier", "before", "previously") else 1
    unit = _unit_of(m["u"])
    if n is None and d in ("ago", "earlier", "previously"):
        return "DATE", "PAST_REF"  # "several years ago"
    if d in ("earlier", "ago"):
        # Quarterly results compare with the same quarter a year before
        # ("third-quarter net rose to $5 million from $4 million a year ago");
        # elsewhere the anchor is the publication date.
        anchor = _anchor_quarter(ctx)
        if anchor and unit == "year" and n is not None and (d == "earlier" or ctx.quarter_gap < 300):
            return "DATE", f"{anchor[0] + sign * int(n)}-Q{anchor[1]}"
    if ctx.pub is None or n is None or n != int(n):
        return "DATE", _unknown_like(unit)
    return "DATE", _shift(ctx.pub, sign * int(n), unit)


@_rule("year_ago_adj", r"\b(?:the\s+)?(?:year-earlier|year-ago|year-before|prior-year|a-year-earlier)"
       r"(?:\s+(?P<what>quarter|period|month|nine months|six months|three months|level|figure|result)s?)?\b", re.I,
       anchored=True,
       starts=("the year prior a",))
def _year_ago_adj(m: re.Match, ctx: _Ctx):
    what = (m["what"] or "").lower()
    if "months" in what:
        return "DURATION", _duration(_parse_number(what.split()[0]), "month")
    anchor = _anchor_quarter(ctx)
    if anchor:
        return "DATE", f"{anchor[0] - 1}-Q{anchor[1]}"
    if ctx.pub is None:
        return "DATE", "XXXX"
    if what == "quarter":
        ref = ctx.pub - dt.timedelta(days=45)
        return "DATE", f"{ref.year - 1}-Q{_quarter(ref)}"
    return "DATE", str(ctx.pub.year - 1)


@_rule("duration", rf"\b(?:(?:the|a|an|another|an additional|each of the)\s+)?"
       rf"(?:(?P<rel>past|last|next|coming|first|final|previous|following|latest|ensuing|preceding|remaining|"
       rf"recent|other|additional|same)\s+)?{_APPROX}?(?P<n>{_NUM}|{_VAGUE})(?:\s+(?:more|additional|straight|"
       rf"consecutive|full|trading|business|working))?[- ](?P<u>{_UNIT})(?:\s+(?:or so|or more|or longer))?\b"
       rf"(?!-old|\s+old\b)", re.I,
       gate=re.compile(r"[- ]" + _UNIT_RX, re.I), vetoes=(_programme_name, _fraction_of, _age_or_percent), begin=_adjectival_duration,
       starts=("the a an another each past last next coming first final previous following latest ensuing "
               "preceding remaining recent other additional same #", _APPROX, _NUM, _VAGUE))
def _duration_rule(m: re.Match, ctx: _Ctx):
    text = m.group(0)
    n_text = m["n"].lower()
    n = None if re.fullmatch(_VAGUE, n_text, re.I) else _parse_number(n_text)
    if n is None and not re.fullmatch(_VAGUE, n_text, re.I):
        return None
    if n_text in ("a", "an") and not m["rel"] and "-" not in text:
        return None  # handled by the context-checked article rule
    if n is not None and n >= 1000 and not m["u"].lower().endswith("s"):
        return None  # "the 1988 quarter" is a date
    return "DURATION", _duration(n, m["u"])


@_rule("long_adj", r"\b(?P<u>second|minute|hour|day|week|month|year|decade)(?P<pl>s)?-long\b", re.I,
       gate=re.compile(r"-long", re.I),
       starts=("second minute hour day week month year decade",))
def _long_adj(m: re.Match, ctx: _Ctx):
    """A "day-long meeting" lasts a day, "a decades-long battle" an unknown number of decades."""
    return "DURATION", _duration(None if m["pl"] else 1, m["u"])


@_rule("bare_plural", r"\b(?:(?P<prep>for|in|over|within|after)\s+)?(?P<core>(?:(?P<pre>recent|past|coming|"
       r"the past|the last|the coming|the next)\s+)?"
       r"(?P<u>seconds|minutes|hours|days|weeks|months|years|decades|centuries))\b(?!\s+(?:ago|of|earlier|later|old))",
       re.I,
       starts=("for in over within after recent past coming the seconds minutes hours days weeks months years decades centuries",))
def _bare_plural(m: re.Match, ctx: _Ctx):
    if not (m["prep"] or m["pre"]):
        return None
    return "DURATION", _duration(None, m["u"])


@_rule("article_duration", r"\b(?P<pre>for|in|within|over|after|than|about|nearly|almost|only|just|once|twice|"
       r"up to|at least|lasting|spent|took|takes|take|barely|more than|less than)\s+(?P<core>(?P<n>an?|one)\s+"
       r"(?P<u>second|minute|hour|day|week|month|year|decade|century))\b(?!\s+(?:ago|earlier|later|or two|and a half))"
       r"|\b(?P<n2>an?)\s+(?P<u2>second|minute|hour|day|week|month|year|decade)\s+(?P<post>or two|or so|and a half)\b",
       re.I,
       vetoes=(_programme_name, _fraction_of, _age_or_percent),
       starts=("for in within over after than about nearly almost only just once twice up at lasting spent took takes take barely more less a an",))
def _article_duration(m: re.Match, ctx: _Ctx):
    unit = (m["u"] or m["u2"]).lower()
    pre = (m["pre"] or "").lower()
    if pre in ("once", "twice"):
        return "SET", _duration(1, unit)
    if m["post"] and "half" in m["post"].lower():
        return "DURATION", _duration(1.5, unit)
    if m["post"] and "two" in m["post"].lower():
        return "DURATION", _duration(None, unit)
    return "DURATION", _duration(1, unit)


@_rule("set", r"\b(?P<w>daily|nightly|weekly|biweekly|monthly|annually|yearly|hourly)\b"
       rf"|\b(?P<q>every|each)\s+(?:(?P<n>other|two|three|four|five|six|ten|few)\s+)?"
       rf"(?P<u>second|minute|hour|day|night|morning|evening|week|weekend|month|quarter|year|decade|{_WD}|"
       rf"seconds|minutes|hours|days|weeks|months|years|{_MON_FULL})\b"
       rf"|\b(?P<times>once|twice|three times|four times|several times|(?:\d+|\w+) times)\s+an?\s+"
       rf"(?P<u2>day|week|month|year|decade)\b", re.I,
       vetoes=(_rate_or_name,), title_case=True)
def _set(m: re.Match, ctx: _Ctx):
    if m["w"]:
        return "SET", _SETS[m["w"].lower()]
    if m["u2"]:
        return "SET", _duration(1, m["u2"])
    u = m["u"].lower()
    if u in _WEEKDAYS:
        return "SET", f"XXXX-WXX-{_WEEKDAYS[u]}"
    if u in _MONTHS:
        return "SET", f"XXXX-{_MONTHS[u]:02d}"
    if u in ("night", "morning", "evening"):
        return "SET", f"TXX{_PARTS_OF_DAY[u]}"
    if u == "weekend":
        return "SET", "XXXX-WXX-WE"
    n_word = (m["n"] or "").lower()
    n: float | None = 1
    if n_word == "other":
        n = 2
    elif n_word == "few":
        n = None
    elif n_word:
        n = _parse_number(n_word)
    return "SET", _duration(n, u)


@_rule("ref_past", r"\b(?:in\s+)?(?P<core>(?P<w>recently|more recently|lately|the past|once upon a time|"
       r"earlier|so far|to date|hitherto|recent times))\b(?!\s+(?:this|that|today|yesterday|"
       r"in the|than|\d|on|in|during|that|week|month|year|quarter))", re.I,
       vetoes=(_earlier_outside_verb_group,), title_case=True,
       starts=("in recently more lately the once earlier so to hitherto recent",))
def _ref_past(m: re.Match, ctx: _Ctx):
    w = m["w"].lower()
    if w.startswith("in the past"):
        w = "the past"
    if w in ("so far", "to date", "hitherto"):
        return None  # TimeML leaves these unannotated
    return "DATE", "PAST_REF"


@_rule("ref_present", r"\b(?P<w>right now|now|currently|nowadays|these days|at present|presently|at the moment|"
       r"at this time|current|present-day)\b", re.I,
       vetoes=(_not_current_period,), title_case=True,
       starts=("right now currently nowadays these at present presently current",))
def _ref_present(m: re.Match, ctx: _Ctx):
    return "DATE", "PRESENT_REF"


@_rule("ref_future", r"\b(?P<w>(?<!as )soon(?! after| before| as| thereafter| afterwards?)|as soon as possible|"
       r"the (?:near |distant )?future|"
       r"shortly|eventually|someday|one day|down the road|the years ahead|the months ahead|the weeks ahead|"
       r"the days ahead|the coming (?:days|weeks|months|years)|as soon as possible|later)\b", re.I,
       title_case=True,
       starts=("soon as the shortly eventually someday one down later",))
def _ref_future(m: re.Match, ctx: _Ctx):
    w = m["w"].lower()
    if w == "soon" and ctx.past:
        return None  # "he was soon released": shortly after, not the future
    if w in ("shortly", "eventually", "one day", "down the road", "later"):
        return None  # not annotated as TIMEX3 in TimeML corpora
    m2 = re.search(r"(days|weeks|months|years) ahead|coming (days|weeks|months|years)", w)
    if m2:
        return "DURATION", _duration(None, (m2[1] or m2[2]))
    return "DATE", "FUTURE_REF"


#: US holidays on the n-th (or last) weekday of a month, from January 1st.
_WEEKDAY_HOLIDAYS: dict[str, relativedelta] = {
    "thanksgiving": relativedelta(month=11, day=1, weekday=TH(4)),
    # the first Tuesday after the first Monday of November
    "election day": relativedelta(month=11, day=2, weekday=TU(1)),
    "labor day": relativedelta(month=9, day=1, weekday=MO(1)),
    "memorial day": relativedelta(month=5, day=31, weekday=MO(-1)),
}


@_rule("holiday", r"\b(?P<rel>last|next|this)?\s*(?P<h>Christmas(?: Day| Eve)?|New Year's(?: Day| Eve)?|Thanksgiving(?: Day)?|"
       r"Halloween|Valentine's Day|Independence Day|Election Day|Labor Day|Memorial Day|Easter(?: Sunday)?)"
       r"(?P<week> [Ww]eek)?\b",
       gate=re.compile(r"Christmas|New Year's|Thanksgiving|Halloween|Valentine's Day|Independence Day"
                                  r"|Election Day|Labor Day|Memorial Day|Easter"))
def _holiday(m: re.Match, ctx: _Ctx):
    h = m["h"].lower()
    if m["week"]:
        if h != "easter":
            return None  # only "Easter week" names a week of its own
        if ctx.pub is None:
            return "DATE", "XXXX-WXX"
        return "DATE", _fmt_week(easter(ctx.pub.year))
    if h.startswith("new year's eve"):
        mon, day = 12, 31
    elif h.startswith("new year"):
        mon, day = 1, 1
    elif h.startswith("christmas eve"):
        mon, day = 12, 24
    elif h.startswith("christmas"):
        mon, day = 12, 25
    elif h == "halloween":
        mon, day = 10, 31
    elif h.startswith("valentine"):
        mon, day = 2, 14
    elif h.startswith("independence"):
        mon, day = 7, 4
    else:
        mon, day = 0, 0
    if ctx.pub is None:
        return ("DATE", f"XXXX-{mon:02d}-{day:02d}") if mon else ("DATE", "XXXX-XX-XX")
    rel = (m["rel"] or "").lower()
    mode = _mode(rel, ctx, default="nearest")

    def on(year: int) -> dt.date | None:
        if mon:
            return dt.date(year, mon, day)
        rule = next((r for name, r in _WEEKDAY_HOLIDAYS.items() if h.startswith(name)), None)
        if rule is not None:
            return dt.date(year, 1, 1) + rule
        if h.startswith("easter"):
            return easter(year)
        return None

    this = on(ctx.pub.year)
    if this is None:
        return "DATE", f"{ctx.pub.year}-XX-XX" if rel == "this" else "XXXX-XX-XX"
    if mode in ("past", "last"):
        d = this if this < ctx.pub or (mode == "past" and this == ctx.pub) else on(ctx.pub.year - 1)
    elif mode in ("future", "next"):
        d = this if this > ctx.pub or (mode == "future" and this == ctx.pub) else on(ctx.pub.year + 1)
    elif mode == "nearest":
        options = [x for x in (on(ctx.pub.year - 1), this, on(ctx.pub.year + 1)) if x]
        d = min(options, key=lambda x: (abs((x - ctx.pub).days), x > ctx.pub))
    else:
        d = this
    return "DATE", _fmt_date(d) if d else "XXXX-XX-XX"


# ---------------------------------------------------------------------------
# Syntax helpers

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "ll"}


def _governor(span: Span) -> Token | None:
    """The token a temporal expression attaches to.

    Walks up from the span's root past prepositions. When the verb right
    before the expression dominates the parser's choice, that verb wins:
    in "said on Tuesday it had no idea" the date belongs to "said", though
    parsers often hang it on "had".
    """
    head = _parsed_governor(span)
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].pos_ == "ADP":
        i -= 1
    if head is not None and i >= 0 and doc[i] is not head and doc[i].pos_ in ("VERB", "AUX") \
            and doc[i].is_ancestor(head) and head.pos_ in ("VERB", "AUX") and head.i > span.end:
        return doc[i]
    return head


def _parsed_governor(span: Span) -> Token | None:
    tok = span.root
    seen = 0
    while tok.head is not tok and seen < 20:
        seen += 1
        head = tok.head
        if span.start <= head.i < span.end:
            tok = head
            continue
        if head.dep_ == "prep" or head.pos_ == "ADP" or head.dep_ in ("pcomp",):
            tok = head
            continue
        return head
    return None if tok in span else tok


def _governing_verb(tok: Token | None) -> Token | None:
    seen = 0
    while tok is not None and seen < 20:
        seen += 1
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


_FUTURE_CUE = re.compile(r"(?:as soon as|as early as|as late as|no later than|not until|starting|beginning|"
                         r"effective|ahead of|in time for)\s+(?:on\s+)?$", re.I)
_WEAK_FUTURE_CUE = re.compile(r"\b(?:until|till|by)\s+(?:on\s+)?$", re.I)
_PAST_CUE = re.compile(r"(?:since)\s+(?:on\s+)?$", re.I)
#: Words that put the date they govern ahead ("payable Dec. 7", "the Tuesday deadline").
_FUTURE_HEADS = {"payable", "due", "deadline", "upcoming", "scheduled", "effective", "expire", "expiration"}
#: Modifiers that put the event they qualify ahead ("the slated visit in September").
_FUTURE_MODIFIERS = {"upcoming", "forthcoming", "impending", "scheduled", "slated", "planned", "proposed",
                     "expected", "coming"}
#: Governors whose date lies ahead whatever their tense ("postponed until Tuesday").
_FUTURE_GOVERNORS = {"schedule", "due", "slate", "postpone", "delay", "defer", "adjourn", "reschedule"}
#: Verbs that grant time: "gave them until Tuesday", "extended the offer until
#: Nov. 6" set a deadline, which lies ahead when the grant is reported.
_GRANT_GOVERNORS = {"give", "grant", "extend", "allow"}
#: Intentions look ahead unless told in the simple past ("planned to ... Friday").
_INTENT_GOVERNORS = {"plan", "expect", "intend", "aim", "prepare", "hope"}
#: Verbs whose infinitive happened when they did ("managed to escape on
#: Tuesday"): the past tense carries over to the date.
_IMPLICATIVE_VERBS = {"manage", "try", "attempt", "begin", "start", "continue", "fail", "happen",
                      "seem", "appear", "use", "come", "cease", "stop", "bother", "dare", "tend",
                      "get", "prove", "turn", "go", "have", "help", "rush", "move", "seek"}


def _tense_info(span: Span) -> tuple[bool, bool, bool]:
    """(future, past, open) as read off the verb governing ``span``.

    All False means the text does not say, and resolvers fall back on
    their own default (most recent weekday, nearest month).

    ``open`` marks a date posterior to a past reference point: an infinitive
    under a past verb ("subpoenaed him to testify on Feb. 10", "decided to
    admit them in early March") or the object of a past intention ("planned
    a rally on Saturday"). Such a date may lie on either side of the
    publication date.
    """
    doc = span.doc
    before = doc_text(doc)[max(0, span.start_char - 25): span.start_char]
    if _FUTURE_CUE.search(before):
        return True, False, False
    gov_tok = _governor(span)
    gov = _governing_verb(gov_tok)
    if gov_tok is not None and gov_tok.lower_ in _FUTURE_HEADS:
        return True, False, False
    if gov_tok is not None and gov_tok.pos_ == "NOUN" and any(
            c.dep_ == "amod" and c.lower_ in _FUTURE_MODIFIERS for c in gov_tok.children):
        # "the slated visit in September", "the scheduled talks on Friday":
        # the event still lies ahead, whatever the tense of the clause.
        return True, False, False
    if gov is None:
        return False, False, False
    chain = [gov]
    # "is expected to meet Friday": the infinitive's own tense is empty; its head tells.
    cur = gov
    while cur.dep_ in ("xcomp", "ccomp", "advcl", "conj", "relcl") and cur.head is not cur and len(chain) < 3:
        cur = cur.head
        if cur.pos_ not in ("VERB", "AUX", "ADJ"):
            break
        chain.append(cur)
    # Set once the walk climbs out of a to-infinitive: "subpoenaed him to
    # testify on Feb. 10" puts the testimony after the subpoena, not before
    # the story.
    posterior = False
    if _WEAK_FUTURE_CUE.search(before) and gov.lemma_.lower() in _GRANT_GOVERNORS:
        return True, False, False
    for v in chain:
        auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        lemma = v.lemma_.lower()
        if any(c.lower_ in ("had", "'d") and c.tag_ == "VBD" for c in auxes):
            return False, True, False  # past perfect: "had been scheduled to expire Friday"
        if any(c.lower_ in _FUTURE_AUX or c.lower_ == "would" for c in auxes):
            return True, False, False
        if any(c.lower_ in ("going", "gon") for c in auxes) and v.tag_ == "VB":
            return True, False, False
        if v.lemma_.lower() in _FUTURE_GOVERNORS:
            return True, False, False
        if lemma in _INTENT_GOVERNORS:
            if v.tag_ == "VBD" or v.tag_ == "VBN" and (not auxes or any(c.tag_ == "VBD" for c in auxes)):
                if span.start < v.i:
                    return False, True, False  # "On Friday, the government planned ...": when it planned
                # "planned a rally on Saturday", "a service planned for Saturday",
                # "was expected to close Friday": the plan is past, its date open.
                return False, False, True
            return True, False, False
        if v.lemma_.lower() == "set" and v.tag_ == "VBN" and (
                auxes or any(c.dep_ == "xcomp" or c.lower_ == "for" for c in v.children)):
            return True, False, False  # "is set for Friday", "set to resume Monday" (not "a record set on Aug. 6")
        infinitive = any(c.lower_ == "to" for c in auxes)
        if infinitive and v.head.lemma_ == "be" and v.dep_ in ("xcomp", "ccomp") and v.head.tag_ in ("VBZ", "VBP"):
            return True, False, False  # "is to resume trading Tuesday"
        if infinitive:
            posterior = posterior or v.dep_ in ("xcomp", "ccomp", "advcl")
            continue  # "to be completed by Dec. 15": tense comes from above
        if v.tag_ == "VBG" and v is gov_tok and any(c.lower_ in ("is", "are", "'s", "'re", "am") for c in auxes):
            return True, False, False  # "is meeting Friday": the progressive of arrangements
        if v.tag_ == "VBG" and any(c.lemma_ == "have" for c in auxes):
            return False, True, False  # "have been searching since the Oct. 23 slaying": began in the past
        if v.tag_ == "VBD":
            if posterior and lemma not in _IMPLICATIVE_VERBS:
                return False, False, True
            return False, True, False
        if v.tag_ == "VBN":
            # Perfect ("has met") or past passive ("was met") look back;
            # present passive ("is heard in May") says nothing.
            if any(c.lemma_ == "have" or c.tag_ == "VBD" for c in auxes):
                if posterior and lemma not in _IMPLICATIVE_VERBS:
                    return False, False, True
                return False, True, False
            if not auxes:
                return False, True, False  # participle: "the year ended March 31"
            if any(c.tag_ in ("VBZ", "VBP") for c in auxes):
                break
        if v.tag_ in ("VB", "VBG") and v is gov:
            continue  # infinitive/gerund: look at the verb above
        break
    if _PAST_CUE.search(before):
        return False, True, False
    if _WEAK_FUTURE_CUE.search(before):
        return True, False, False
    return False, False, False


#: "the year-ago quarter" is itself computed from the quarter being reported.
_YEAR_AGO = re.compile(r"year[- ](?:ago|earlier|before)|prior[- ]year|last year", re.I)


# Scanning speed: a lookahead on the first character.
#
# Python's ``re`` cannot skip ahead for a case-insensitive pattern, so each
# rule tried all its optional leading alternatives at every word boundary
# of the article. Prefixing ``(?=[...])`` with the characters a match can
# start with (read off the parsed pattern) rejects most positions at once;
# matches are unchanged, since every match starts with one of them.

#: Where a word begins, and its first three characters.
_WORD_START = re.compile(r"\b\w{1,3}")


def _rule_matches(text: str, rules: list[Rule]) -> list[list[re.Match]]:
    """Each rule's matches in ``text``, exactly as ``rule.pattern.finditer(text)``
    gives them.

    Scanning every rule over the whole text made the regex engine test ~37
    patterns at every character. A rule with ``starts`` is instead tried only
    where a word it can begin with begins (one pass over the words files them
    by key): ``pattern.match(text, pos)`` sees the same text around ``pos`` as
    ``finditer`` does, and a rule's next try starts after its last match, so
    the matches are the same, non-overlapping ones.
    """
    found: list[list[re.Match]] = [[] for _ in rules]
    keyed: dict[str | None, list[int]] = {None: []}
    for ri, rule in enumerate(rules):
        if rule.gate is not None and rule.gate.search(text) is None:
            continue
        if rule.starts is None:
            found[ri] = list(rule.pattern.finditer(text))
            continue
        keyed[None].append(ri)  # a word opening with a non-ASCII letter: try every rule
        for key in rule.starts:
            keyed.setdefault(key, []).append(ri)
    if len(keyed) == 1 and not keyed[None]:
        return found
    resume = [0] * len(rules)  # where each rule's next match may begin
    for w in _WORD_START.finditer(text):
        candidates = keyed.get(_word_key(w[0]))
        if not candidates:
            continue
        pos = w.start()
        for ri in candidates:
            if pos < resume[ri]:
                continue
            m = rules[ri].pattern.match(text, pos)
            if m is not None:
                found[ri].append(m)
                resume[ri] = m.end()  # never empty: every rule needs a word
    return found


def _trim_offsets(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    if text[start:end].endswith(("'s", "\u2019s")):
        end -= 2  # TimeML leaves the possessive out: "Sunday's debate"
    return start, end


def extract_timexes(doc: Doc, *, published: dt.date | None = None,
                    include_former: bool = False) -> list[Timex]:
    """Find temporal expressions and resolve them to TIMEX3 values.

    Args:
        doc: A parsed spaCy Doc (dependency parse used for tense and attachment).
        published: Publication date; defaults to ``doc.user_data["published"]``.
            Without it relative expressions stay underspecified ("XXXX-WXX-2").
        include_former: Also tag "former", "formerly", "previously" and "ex-"
            as PAST_REF. Off by default: TimeBank/AQUAINT annotate "previously"
            in 3 of 23 occurrences and "former" never, and a timeline gains
            nothing from them.

    Returns:
        Non-overlapping timexes in text order.
    """
    if published is None:
        published = doc.user_data.get("published") if doc.user_data else None
    if isinstance(published, dt.datetime):
        published = published.date()
    elif isinstance(published, str):
        try:
            published = dt.date.fromisoformat(published[:10])
        except ValueError:
            published = None
    text = doc_text(doc)
    found: list[tuple[int, int, int, Rule, re.Match]] = []
    rules = RULES + [FORMER_RULE] if include_former else RULES
    for prio, (rule, matches) in enumerate(zip(rules, _rule_matches(text, rules))):
        rx = rule.pattern
        for m in matches:
            end = m.end()
            begin = rule.begin(m) if rule.begin is not None else m.start()
            if "core" in rx.groupindex and m["core"] is not None:
                if "dir" not in rx.groupindex:
                    begin, end = m.span("core")  # "for *years*": the preposition is context
                elif m["dir"] and m["dir"].lower() in ("after", "before", "later", "hence"):
                    end = m.end("core")  # the length is the timex, "after X" is not
            s, e = _trim_offsets(text, begin, end)
            if e > s:
                found.append((s, e, prio, rule, m))
    # Longest match wins; among equals the earlier rule.
    found.sort(key=lambda f: (-(f[1] - f[0]), f[2], f[0]))
    taken = SpanIndex()  # spans already chosen, queried by overlap
    chosen: list[tuple[int, int, Rule, re.Match]] = []
    # _tense_info walks the parse; both loops below ask it about the same spans.
    tense_memo: dict[tuple[int, int], tuple[bool, bool, bool]] = {}

    def tense_info(span: Span) -> tuple[bool, bool, bool]:
        key = (span.start, span.end)
        if key not in tense_memo:
            tense_memo[key] = _tense_info(span)
        return tense_memo[key]

    for s, e, _prio, rule, m in found:
        if taken.overlapping(s, e):
            continue
        span = doc.char_span(s, e)
        if span is None:
            # Must sit on token boundaries ("12pm" vs a token "12pm" is fine; "mid-" is not).
            span = doc.char_span(s, e, alignment_mode="contract")
            if span is None or span.start_char != s and span.end_char != e:
                continue
            s, e = span.start_char, span.end_char
        if not rule.plausible(doc, span, s, e):
            continue
        # A rule may decline once it sees the context ("until now" is no
        # timex): then shorter candidates inside get their chance.
        future, past, open_ = tense_info(span)
        probe = _Ctx(pub=published, future=future, past=past, previous="2000-01-01", gap=0,
                     lead=text[max(0, s - 12):s].lower(), open=open_)
        if rule.resolve(m, probe) is None:
            continue
        taken.add(s, e)
        chosen.append((s, e, rule, m))
    chosen.sort(key=lambda c: c[0])
    out: list[Timex] = []
    previous: str | None = None
    previous_end = -10**9
    quarter: str | None = None
    quarter_end = -10**9
    for s, e, rule, m in chosen:
        span = doc.char_span(s, e, alignment_mode="expand")
        future, past, open_ = tense_info(span) if span is not None else (False, False, False)
        ctx = _Ctx(pub=published, future=future, past=past, previous=previous, gap=s - previous_end,
                   lead=text[max(0, s - 12):s].lower(), open=open_, quarter=quarter, quarter_gap=s - quarter_end)
        res = rule.resolve(m, ctx)
        if res is None:
            continue
        typ, value = res
        gov = _governor(span) if span is not None else None
        out.append(Timex(start=s, end=e, text=text[s:e], type=typ, value=value,
                         anchor_token=gov.i if gov is not None else None))
        if typ == "DATE" and re.match(r"\d{4}", value) and not rule.anchored \
                and not _YEAR_AGO.search(text[s:e]):
            previous, previous_end = value, e
            mq = re.fullmatch(r"(\d{4})-Q(\d)", value)
            if mq is None:
                quarter = None  # "in the 1988 period ... a year ago": the year is the base now
            elif published is None or (int(mq[1]), int(mq[2])) <= (published.year, _quarter(published)):
                # Results are reported for a quarter under way or over; outlooks
                # ("through the third quarter of 1990") are no base.
                quarter, quarter_end = value, e
        elif typ == "DURATION" and re.fullmatch(r"P\d+[MY]", value):
            quarter = None  # "the first nine months, compared with a year earlier"
    return out


# ---------------------------------------------------------------------------
# Events

#: Dependents that show a verb is used as a speech act (it reports something).
_REPORT_DEPS = {"ccomp", "parataxis", "dobj", "dative", "xcomp", "advcl", "prep"}

#: A subjectless verb's actor comes from the verb it is coordinated with or
#: adjoined to; not through "cited X as saying", where X is the sayer.
_ACTOR_CLIMB = frozenset({"conj", "advcl", "xcomp"})

#: Penn tags of wh-words ("who", "which", "what", "that" as a relative).
_WH_TAGS = frozenset({"WP", "WDT", "WP$"})


def _actor(verb: Token) -> tuple[str, int | None, int | None]:
    """Who acts in a verb's clause: the same subject and phrase a quote's
    speaker gets (:mod:`claimlib.syntax`), passive subjects included."""
    subj = subject_of(verb, passive="subject", climb=_ACTOR_CLIMB)
    if subj is None:
        return "", None, None
    if subj.tag_ in _WH_TAGS:
        # "the specialists, who continued to work": the actor is the noun the
        # relative clause hangs on; "what happened today" names nobody.
        clause = next((t for t in [verb, *verb.ancestors] if t.dep_ == "relcl"), None)
        if clause is None or clause.head.pos_ not in ("NOUN", "PROPN", "PRON"):
            return "", None, None
        subj = clause.head
    start, end = noun_phrase_bounds(subj, preps="of")
    span = verb.doc[start:end]
    return span.text, span.start_char, span.end_char


def _clause(verb: Token, max_chars: int = 200) -> tuple[int, int]:
    """Character extent of the verb's clause, trimmed to ``max_chars``."""
    doc = verb.doc
    toks = [t for t in verb.subtree]
    start = min(t.i for t in toks)
    end = max(t.i for t in toks)
    # Keep the clause inside the verb's sentence and without trailing punctuation.
    sent = verb.sent
    start, end = max(start, sent.start), min(end, sent.end - 1)
    while end > start and (doc[end].is_space or doc[end].is_punct and doc[end].text not in ('"', "”", ")")):
        end -= 1
    while start < end and doc[start].is_space:
        start += 1
    s, e = doc[start].idx, doc[end].idx + len(doc[end])
    if e - s > max_chars:
        # Cut on a token boundary, after the verb when possible.
        cut = s + max_chars
        last = start
        for t in doc[start: end + 1]:
            if t.idx + len(t) <= cut:
                last = t.i
        e = max(doc[last].idx + len(doc[last]), verb.idx + len(verb))
    return s, e


def _event_verb_for(doc: Doc, tmx: Timex) -> Token | None:
    span = doc.char_span(tmx.start, tmx.end, alignment_mode="expand")
    if span is None:
        return None
    head = doc[tmx.anchor_token] if tmx.anchor_token is not None else _governor(span)
    if head is None:
        return None
    if head.pos_ in ("NOUN", "PROPN"):
        # "an article on Sunday that said ...": the noun's own clause carries the date.
        rel = next((c for c in head.children if c.dep_ == "relcl"), None)
        if rel is not None:
            return rel
        # "in the attack on Tuesday" -> no verb of its own: the noun is the event.
    # The parser often hangs "X followed an article on Sunday that said ..." on the
    # verb; a noun right before the phrase with a relative clause right after it
    # is the likelier host.
    first = span[0]
    prev_i = first.i - 1
    if prev_i >= 0 and doc[prev_i].pos_ == "ADP":
        prev_i -= 1
    if prev_i >= 0 and doc[prev_i].pos_ in ("NOUN", "PROPN") and doc[prev_i] is not head:
        noun = doc[prev_i]
        rel = next((c for c in noun.children if c.dep_ == "relcl" and c.i >= span.end), None)
        if rel is not None:
            return rel
    return _governing_verb(head)


def extract_events(doc: Doc, timexes: Iterable[Timex], *,
                   include_undated_speech: bool = True) -> list[Event]:
    """Dated happenings (and optionally undated speech acts) of an article.

    Each timex of type DATE or TIME is followed up the dependency tree to the
    clause that governs it; that clause becomes an event dated with the
    timex's value, its subject the actor. Durations, sets and vague
    references (PAST_REF...) date nothing precisely and are skipped.

    Args:
        doc: The parsed Doc the timexes were extracted from.
        timexes: Output of :func:`extract_timexes` for ``doc``.
        include_undated_speech: Also emit speech-act clauses (say, tell,
            tweet, deny...) that carry no timex, with ``date=""``.

    Returns:
        Events in text order of their predicate.
    """
    tlist = list(timexes)
    events: dict[int, Event] = {}
    for i, tmx in enumerate(tlist):
        if tmx.type not in ("DATE", "TIME") or tmx.value.endswith("_REF"):
            continue
        verb = _event_verb_for(doc, tmx)
        if verb is None or verb.i in events:
            continue
        actor, a_s, a_e = _actor(verb)
        s, e = _clause(verb)
        events[verb.i] = Event(start=s, end=e, description=doc_text(doc)[s:e], predicate=verb.lemma_.lower(),
                               actor_text=actor, actor_start=a_s, actor_end=a_e, date=tmx.value,
                               timex_index=i, verb_index=verb.i)
    if include_undated_speech:
        for tok in tokens_lower_in(doc, "LEMMA", SPEECH_VERBS):
            if tok.i in events or tok.pos_ != "VERB":
                continue
            if tok.dep_ == "amod" or tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
                continue  # "the stated goal", "a report cited by ..."
            if not any(c.dep_ in _REPORT_DEPS for c in tok.children) and tok.dep_ not in ("parataxis", "relcl"):
                continue  # "he added 5%" reports nothing
            if tok.lemma_.lower() in SPEECH_SENSE_NEEDS_CLAUSE and tok.dep_ != "parataxis" \
                    and not any(c.dep_ in ("ccomp", "parataxis") for c in tok.children):
                continue  # "Moscow has maintained close ties" is no speech act
            actor, a_s, a_e = _actor(tok)
            s, e = _clause(tok)
            events[tok.i] = Event(start=s, end=e, description=doc_text(doc)[s:e], predicate=tok.lemma_.lower(),
                                  actor_text=actor, actor_start=a_s, actor_end=a_e, date="",
                                  timex_index=None, verb_index=tok.i)
    return [events[k] for k in sorted(events)]
