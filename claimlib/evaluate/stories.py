"""Check an article's tables against a careful reader's account of its dispute.

A *story* (``../shared/spec/seed-story.json`` is the model) says what a
careful reader takes from an article: the propositions in dispute (known by
their words), the independent voices, who speaks for whom, what is only
alleged, where each voice stands, which voices are opposed, and what must
not be said. :func:`check_story` turns each of these into an expectation
that is met or not met (and each ``must_not`` into one that is broken or
not), reading only the contract tables (``propositions``, ``voices``,
``claims``, ``disputes``, ``quotes``, ``sourcing``).

Names are compared without case, leading articles and possessive marks;
a name matches a voice when it equals the voice's name or one of its
members (a voice named "Kremlin" with member "Dmitry Peskov" answers to
both). ``optional`` expectations are reported but not required.

Story files for articles other than the seed carry ``path`` (the article
file relative to the shared eval folder) and ``published`` (ISO date or
null); :func:`evaluate_stories` analyses each article and checks it.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = ["Expectation", "check_story", "evaluate_stories", "format_stories_report"]

#: Stances ordered by how much they decide: a voice that both questions and
#: denies a proposition denies it.
_DECIDING = ("denies", "supports", "questions", "neutral")


@dataclass
class Expectation:
    """One thing a story expects (or forbids) and whether the tables do it.

    Attributes:
        kind: "proposition", "voice", "one_voice", "alleged", "position",
            "dispute", or "must_not:<kind>".
        what: A short description of the expectation.
        met: True when met (for a must_not: when not broken).
        optional: Credited but not required.
        detail: What was found instead, when not met.
    """

    kind: str
    what: str
    met: bool
    optional: bool = False
    detail: str = ""

    @property
    def broken(self) -> bool:
        """A must_not that the tables say."""
        return self.kind.startswith("must_not") and not self.met


def _norm(name: object) -> str:
    text = str(name or "").lower().replace("\u2019", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip())
    return re.sub(r"\s+", " ", text).strip(" .,")


_HONORIFICS = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "senator"}


def _name_words(name: str) -> list[str]:
    """A person's name without honorifics and middle initials ("Mr. Donald J. Trump" -> donald trump)."""
    words = [w.strip(".,") for w in name.split()]
    return [w for w in words if w and w not in _HONORIFICS and not re.fullmatch(r"[a-z]", w)]


def _names_match(a: object, b: object) -> bool:
    """Same name, or the same person by a fuller form: "Donald J. Trump" = "Donald Trump",
    "Trump" = "Donald Trump" (one word matching the other's last)."""
    na, nb = _norm(a), _norm(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    wa, wb = _name_words(na), _name_words(nb)
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    short, long_ = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    return len(short) == 1 and len(long_) <= 3 and short[0] == long_[-1] and short[0][:1].isalpha() \
        and str(a)[:1].isupper() and str(b)[:1].isupper()


def _any_match(names: Iterable[object], alternatives: Sequence[str]) -> bool:
    return any(_names_match(n, alt) for n in names for alt in alternatives)


def _split(cell: object) -> list[str]:
    if cell is None or (isinstance(cell, float) and pd.isna(cell)):
        return []
    return [p.strip() for p in str(cell).split("|") if p.strip()]


def _text(cell: object) -> str:
    if cell is None or (isinstance(cell, float) and pd.isna(cell)) or cell is pd.NA:
        return ""
    return str(cell)


def _table(tables: Mapping[str, pd.DataFrame], name: str, article_id: str | None) -> pd.DataFrame:
    df = tables.get(name)
    if df is None:
        return pd.DataFrame()
    if article_id is not None and "article_id" in df.columns and len(df):
        df = df[df["article_id"].astype(str) == str(article_id)]
    return df.reset_index(drop=True)


def _proposition_matches(text: str, expected: Mapping) -> bool:
    low = text.lower()
    if any(w.lower() not in low for w in expected.get("all", [])):
        return False
    if any(not any(w.lower() in low for w in group) for group in expected.get("any", [])):
        return False
    return not any(w.lower() in low for w in expected.get("none", []))


@dataclass
class _Tables:
    propositions: pd.DataFrame
    voices: pd.DataFrame
    claims: pd.DataFrame
    disputes: pd.DataFrame
    quotes: pd.DataFrame
    sourcing: pd.DataFrame
    #: Story proposition id -> table proposition ids whose text matches it.
    mapped: dict[str, set[str]] = field(default_factory=dict)

    def voice_ids(self, alternatives: Sequence[str]) -> set[str]:
        """Voices whose name or one of whose members is one of ``alternatives``."""
        out = set()
        for _, v in self.voices.iterrows():
            if _any_match([v.get("name")] + _split(v.get("members")), alternatives):
                out.add(_text(v.get("voice_id")))
        return out

    def voice_names(self, voice_id: str) -> list[str]:
        rows = self.voices[self.voices["voice_id"].astype(str) == voice_id] if len(self.voices) else self.voices
        return [n for _, v in rows.iterrows() for n in [v.get("name")] + _split(v.get("members"))]

    def claims_of(self, alternatives: Sequence[str]) -> pd.DataFrame:
        """Claims made by a voice answering to ``alternatives`` (by voice_id, else by claimant)."""
        if not len(self.claims):
            return self.claims
        ids = self.voice_ids(alternatives)
        by_voice = self.claims["voice_id"].astype(str).isin(ids) if "voice_id" in self.claims.columns \
            else pd.Series(False, index=self.claims.index)
        by_name = self.claims["claimant"].map(lambda c: _any_match([c], alternatives))
        return self.claims[by_voice | by_name]


def _own(claims: pd.DataFrame) -> pd.DataFrame:
    if not len(claims) or "alleged_by" not in claims.columns:
        return claims
    return claims[claims["alleged_by"].map(_text) == ""]


def _position(stances: Iterable[str]) -> str:
    found = set(stances)
    if {"supports", "denies"} <= found:
        return "mixed"
    for stance in _DECIDING:
        if stance in found:
            return stance
    return ""


def check_story(story: Mapping, tables: Mapping[str, pd.DataFrame]) -> list[Expectation]:
    """Every expectation of ``story``, met or not, on one article's tables.

    Args:
        story: A careful reader's account (the seed-story.json format).
        tables: The article's tables by name (``claimlib.analyze(...).tables``);
            rows of other articles are ignored when ``article_id`` is given.

    Returns:
        One :class:`Expectation` per proposition, voice, one_voice group,
        alleged statement, position, dispute and must_not, in that order.
    """
    aid = story.get("article_id")
    t = _Tables(*(_table(tables, n, aid) for n in ("propositions", "voices", "claims", "disputes", "quotes",
                                                  "sourcing")))
    out: list[Expectation] = []
    for p in story.get("propositions", []):
        ids = {_text(r["proposition_id"]) for _, r in t.propositions.iterrows()
               if _proposition_matches(_text(r.get("text")), p)} if len(t.propositions) else set()
        t.mapped[p["id"]] = ids
        found = "; ".join(_text(x) for x in t.propositions.get("text", [])) if len(t.propositions) else "none"
        out.append(Expectation("proposition", f"{p['id']}: {p.get('text', '')}", bool(ids), p.get("optional", False),
                               "" if ids else f"propositions found: {found}"))
    out += [_check_voice(t, v) for v in story.get("voices", [])]
    out += [_check_one_voice(t, group) for group in story.get("one_voice", [])]
    out += [_check_alleged(t, a) for a in story.get("alleged", [])]
    out += [_check_position(t, p) for p in story.get("positions", [])]
    out += [_check_dispute(t, d) for d in story.get("disputes", [])]
    out += [_check_must_not(t, m, story) for m in story.get("must_not", [])]
    return out


def _check_voice(t: _Tables, v: Mapping) -> Expectation:
    names = v["name"]
    what = f"voice {names[0]}"
    rows = [r for _, r in t.voices.iterrows() if _any_match([r.get("name")], names)] if len(t.voices) else []
    if not rows:
        return Expectation("voice", what, False, v.get("optional", False), "no voice of that name")
    problems = []
    for r in rows:
        problems = []
        if "on_record" in v and str(r.get("on_record")).lower() not in {str(v["on_record"]).lower()}:
            problems.append(f"on_record {r.get('on_record')}")
        members = _split(r.get("members"))
        for m in v.get("members_include", []):
            if not _any_match(members, [m]):
                problems.append(f"members lack {m} ({r.get('members')})")
        if v.get("cited_by") and not _any_match([r.get("cited_by")], v["cited_by"]):
            problems.append(f"cited_by {_text(r.get('cited_by'))!r}")
        if not problems:
            return Expectation("voice", what, True, v.get("optional", False))
    return Expectation("voice", what, False, v.get("optional", False), "; ".join(problems))


def _check_one_voice(t: _Tables, group: Sequence) -> Expectation:
    groups = [[g] if isinstance(g, str) else list(g) for g in group]
    what = "one voice: " + " = ".join(g[0] for g in groups)
    for _, r in t.voices.iterrows():
        names = [r.get("name")] + _split(r.get("members"))
        if all(_any_match(names, g) for g in groups):
            # No second voice may answer to any of the names.
            others = [o.get("name") for _, o in t.voices.iterrows() if o.get("voice_id") != r.get("voice_id")
                      and any(_any_match([o.get("name")] + _split(o.get("members")), g) for g in groups)]
            if others:
                return Expectation("one_voice", what, False, False, f"also voices {others}")
            return Expectation("one_voice", what, True)
    return Expectation("one_voice", what, False, False, "no voice holds them all")


def _check_alleged(t: _Tables, a: Mapping) -> Expectation:
    what = f"{a['speaker'][0]} alleged by {a['alleged_by'][0]}"
    claims = t.claims[t.claims["claimant"].map(lambda c: _any_match([c], a["speaker"]))] if len(t.claims) else t.claims
    if not len(claims) or "alleged_by" not in claims.columns:
        return Expectation("alleged", what, False, a.get("optional", False), "no claim of that speaker")
    alleged = claims["alleged_by"].map(lambda x: _any_match([x], a["alleged_by"]))
    if not alleged.any():
        return Expectation("alleged", what, False, a.get("optional", False),
                           f"alleged_by {sorted(set(claims['alleged_by'].map(_text)))}")
    if (claims["alleged_by"].map(_text) == "").any():
        return Expectation("alleged", what, False, a.get("optional", False), "some of its claims are its own")
    independent = [r.get("name") for _, r in t.voices.iterrows()
                   if _any_match([r.get("name")], a["speaker"]) and not _text(r.get("cited_by"))] \
        if len(t.voices) else []
    if independent:
        return Expectation("alleged", what, False, a.get("optional", False), "an independent voice of that name")
    return Expectation("alleged", what, True, a.get("optional", False))


def _claims_on(t: _Tables, claims: pd.DataFrame, proposition: str) -> pd.DataFrame:
    ids = t.mapped.get(proposition, set())
    if not len(claims):
        return claims
    return claims[claims["proposition_id"].astype(str).isin(ids)]


def _check_position(t: _Tables, p: Mapping) -> Expectation:
    what = f"{p['voice'][0]} {'/'.join(p['stance'])} {p['proposition']}"
    claims = _claims_on(t, _own(t.claims_of(p["voice"])), p["proposition"])
    position = _position(claims["stance"]) if len(claims) else ""
    met = position in p["stance"]
    return Expectation("position", what, met, p.get("optional", False),
                       "" if met else f"position {position or 'none'}")


def _check_dispute(t: _Tables, d: Mapping) -> Expectation:
    a, b = d["between"]
    what = f"dispute {a[0]} vs {b[0]} on {d['proposition']}"
    ids = t.mapped.get(d["proposition"], set())
    if len(t.disputes) and "voice_id" in t.disputes.columns:
        for _, r in t.disputes.iterrows():
            if _text(r.get("proposition_id")) not in ids:
                continue
            one, two = t.voice_names(_text(r.get("voice_id"))), t.voice_names(_text(r.get("opposed_voice_id")))
            if _any_match(one, a) and _any_match(two, b) or _any_match(one, b) and _any_match(two, a):
                return Expectation("dispute", what, True, d.get("optional", False))
    return Expectation("dispute", what, False, d.get("optional", False), f"{len(t.disputes)} disputes, none between them")


def _check_must_not(t: _Tables, m: Mapping, story: Mapping) -> Expectation:
    kind = m["kind"]
    what = m.get("why", kind)
    broken = ""
    if kind == "claim_in_headline":
        body_start = story.get("body_start")
        if body_start is not None and len(t.claims) and len(t.quotes):
            starts = dict(zip(t.quotes["quote_id"].astype(str), t.quotes["content_start"]))
            early = [c for c, q in zip(t.claims["claim_id"], t.claims["quote_id"].astype(str))
                     if q in starts and pd.notna(starts[q]) and int(starts[q]) < int(body_start)]
            broken = f"claims {early}" if early else ""
    elif kind == "content_by":
        needle = m["contains"].lower()
        hits = [r.get("quote_id") for _, r in t.quotes.iterrows()
                if needle in _text(r.get("content")).lower()
                and _any_match([r.get("speaker"), r.get("speaker_text")], m["speaker"])] if len(t.quotes) else []
        broken = f"quotes {hits}" if hits else ""
    elif kind == "self_citation":
        hits = []
        for _, r in t.sourcing.iterrows():
            same = _names_match(r.get("speaker"), r.get("cited"))
            if not same and len(t.voices):
                a = t.voice_ids([_text(r.get("speaker"))])
                same = bool(a) and a == t.voice_ids([_text(r.get("cited"))])
            if same:
                hits.append(f"{r.get('speaker')} cites {r.get('cited')}")
        broken = "; ".join(hits)
    elif kind == "dispute_within_voice":
        hits = []
        for _, r in t.disputes.iterrows():
            if "voice_id" in t.disputes.columns and _text(r.get("voice_id")) \
                    and _text(r.get("voice_id")) == _text(r.get("opposed_voice_id")):
                hits.append(f"{r.get('claimant')} vs {r.get('opposed_claimant')}")
            elif len(t.voices):
                a, b = t.voice_ids([_text(r.get("claimant"))]), t.voice_ids([_text(r.get("opposed_claimant"))])
                if a and a & b:
                    hits.append(f"{r.get('claimant')} vs {r.get('opposed_claimant')}")
        broken = "; ".join(hits)
    elif kind == "claim_stance":
        claims = _claims_on(t, t.claims, m["proposition"])
        needle = m["contains"].lower()
        hits = [c for c, text, stance in zip(claims.get("claim_id", []), claims.get("text", []), claims.get("stance", []))
                if needle in _text(text).lower() and stance == m["stance"]]
        broken = f"claims {hits}" if hits else ""
    elif kind == "independent_support":
        claims = _claims_on(t, _own(t.claims_of(m["voice"])), m["proposition"])
        hits = list(claims["claim_id"][claims["stance"] == "supports"]) if len(claims) else []
        broken = f"claims {hits}" if hits else ""
    else:
        broken = f"unknown must_not kind {kind!r}"
    return Expectation(f"must_not:{kind}", what, not broken, False, broken)


# --------------------------------------------------------------------------
# Running over a folder of stories


def _article_path(story: Mapping, story_file: Path, *, eval_dir: Path | None, articles: Sequence[Path]) -> Path | None:
    if story.get("path"):
        candidates = [eval_dir / story["path"]] if eval_dir is not None else []
        candidates.append(story_file.parent / story["path"])
    else:
        name = f"{story.get('article_id', story_file.stem)}.txt"
        candidates = [d / name for d in [story_file.parent, *articles]]
    return next((c for c in candidates if c.is_file()), None)


def evaluate_stories(
    folder: str | Path,
    *,
    eval_dir: str | Path | None = None,
    articles: Sequence[str | Path] = (),
) -> dict:
    """Analyse the article of every story in ``folder`` and check it.

    Args:
        folder: A folder of story files (``*.json``), or one story file.
        eval_dir: Where a story's ``path`` is relative to (default: the
            ``shared/eval`` folder beside the checkout, if any).
        articles: Further folders to find ``<article_id>.txt`` in, for
            stories without ``path`` (the seed's).

    Returns:
        ``{"stories": [{"story", "article", "met", "total", "broken",
        "expectations"}], "met", "total", "broken", "missing"}`` where
        ``total`` counts required expectations (must_not included).
    """
    from ..corpus import analyze  # imported here: spaCy is slow to load

    folder = Path(folder)
    files = [folder] if folder.is_file() else sorted(folder.glob("*.json"))
    if eval_dir is None:
        here = Path(__file__).resolve().parents[2]
        for guess in (here.parent / "shared" / "eval", Path.cwd().parent / "shared" / "eval"):
            if guess.is_dir():
                eval_dir = guess
                break
    eval_dir = Path(eval_dir) if eval_dir is not None else None
    seeds = [Path(a) for a in articles] + [Path(__file__).resolve().parents[2] / "seeds"]
    result: dict[str, Any] = {"stories": [], "met": 0, "total": 0, "broken": 0, "missing": []}
    for story_file in files:
        story = json.loads(story_file.read_text(encoding="utf-8"))
        path = _article_path(story, story_file, eval_dir=eval_dir, articles=seeds)
        if path is None:
            result["missing"].append(story_file.name)
            continue
        published = story.get("published")
        analysis = analyze(path, published=published, progress=False)
        tables = analysis.tables
        if "article_id" not in story and len(tables["articles"]):
            story = {**story, "article_id": tables["articles"]["article_id"].iloc[0]}
        expectations = check_story(story, tables)
        required = [e for e in expectations if not e.optional]
        met = sum(e.met for e in required)
        broken = sum(e.broken for e in expectations)
        result["stories"].append({"story": story_file.name, "article": str(path), "met": met,
                                  "total": len(required), "broken": broken,
                                  "expectations": [e.__dict__ for e in expectations]})
        result["met"] += met
        result["total"] += len(required)
        result["broken"] += broken
    return result


def format_stories_report(result: Mapping) -> str:
    """A short text report: met/total per story, the unmet ones, the total."""
    lines = []
    for s in result["stories"]:
        lines.append(f"{s['story']}: {s['met']}/{s['total']} met, {s['broken']} must-not broken")
        for e in s["expectations"]:
            if not e["met"]:
                tag = "BROKEN" if e["kind"].startswith("must_not") else ("optional" if e["optional"] else "not met")
                lines.append(f"  {tag}: {e['kind']} {e['what']}" + (f" ({e['detail']})" if e["detail"] else ""))
    for name in result["missing"]:
        lines.append(f"{name}: article not found")
    total = result["total"]
    share = f" ({result['met'] / total:.0%})" if total else ""
    lines.append(f"stories: {len(result['stories'])}, expectations met {result['met']}/{total}{share}, "
                 f"must-not broken {result['broken']}")
    return "\n".join(lines)
