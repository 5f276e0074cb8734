"""The dispute told by voices: the tables the notebooks and the report read.

Every chapter that tells the dispute (``00-the-story``, ``05-the-dispute``,
the report) reads it through :func:`dispute_view`, never straight from the
extraction tables, so that it switches over in one place.

The contract adds a ``voices`` table, ``claims.voice_id`` / ``alleged_by``
and ``disputes.proposition_id`` / ``voice_id`` / ``opposed_voice_id``
(``../shared/spec/tables.md``, "Voices and stances"). When the analysis has
them, :func:`dispute_view` uses them as they are. Until then it derives a
provisional version from the older tables with the contract's rules (a
spokesman folds into the body he speaks for; an unnamed source is a voice
off the record, known through whoever cites it; a named speaker known only
through another's account is alleged, no voice; the headline makes no
claims). :data:`DisputeView.provisional` says which one a reader is shown.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from .plots import plain_date

__all__ = ["DisputeView", "dispute_view", "has_voice_tables"]

#: Words after an organisation's name that make a person speak for it ("Kremlin spokesman").
_SPOKESPERSON = re.compile(
    r"\b(spokes(?:man|woman|person)|press secretary|representative|attorney|lawyer|campaign)\b", re.I)
_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "government", "NORP": "group"}


def has_voice_tables(result) -> bool:
    """Whether ``result`` carries the voices table and the voice columns of claims and disputes."""
    voices = getattr(result, "voices", None)
    return (isinstance(voices, pd.DataFrame) and "voice_id" in result.claims
            and "voice_id" in result.disputes and "proposition_id" in result.disputes)


@dataclass
class DisputeView:
    """One article's dispute as the chapters show it.

    Attributes:
        voices: voice_id, name, members, kind, on_record, cited_by, quotes, first_said.
        propositions: proposition_id, text, holder, worded_by (whose sentence
            holds the words, when the table has offsets).
        claims: claim_id, quote_id, proposition_id, voice (or the alleged
            speaker), voice_id, alleged_by, stance, said_on, when, evidence,
            text, cites, in_headline. ``said_on`` is the claims table's, or,
            for a statement nested in the same speaker's dated statement
            ("who it said continued to work there"), that statement's date.
        positions: voice x proposition -> stances, from the voice's own claims.
        opposed: one row per dispute, the two sides side by side.
        provisional: True when derived from the older tables.
    """

    voices: pd.DataFrame
    propositions: pd.DataFrame
    claims: pd.DataFrame
    positions: pd.DataFrame
    opposed: pd.DataFrame
    provisional: bool


def _s(value) -> str:
    return value if isinstance(value, str) else ""


def _one(df: pd.DataFrame, article_id: str) -> pd.DataFrame:
    return df[df.article_id == article_id].copy() if len(df) else df.copy()


def _cites(sourcing: pd.DataFrame, names: set[str]) -> dict[str, list[str]]:
    """Whom each speaker cites or reports, by speaker name (never itself)."""
    out: dict[str, list[str]] = {}
    for s in sourcing.itertuples():
        speaker, cited = _s(s.speaker), _s(s.cited)
        if speaker and cited and speaker != cited and cited not in out.get(speaker, []):
            out.setdefault(speaker, []).append(cited)
    return out


# --------------------------------------------------------------------------
# Provisional voices, from the older tables


def _member_of(entities: pd.DataFrame) -> dict[str, str]:
    """Person -> the organisation it speaks for, from descriptors such as "Kremlin spokesman"."""
    names = set(entities.name.dropna())
    out = {}
    for e in entities.itertuples():
        if e.label != "PERSON":
            continue
        for descriptor in _s(e.descriptors).split(" | "):
            match = _SPOKESPERSON.search(descriptor)
            head = descriptor[: match.start()].strip() if match else ""
            if head in names and head != e.name:
                out[e.name] = head
    return out


def _provisional(result, article_id: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    entities = _one(result.entities, article_id)
    quotes = _one(result.quotes, article_id)
    claims = _one(result.claims, article_id)
    member_of = _member_of(entities)
    entity = {e.name: e for e in entities.itertuples()}
    headline = set(quotes.quote_id[quotes.sentence_id == 0]) if len(quotes) else set()
    rows = []
    for c in claims.itertuples():
        claimant = _s(c.claimant)
        reporter = _s(getattr(c, "reported_by", ""))
        known = entity.get(claimant)
        unnamed = known is not None and _s(getattr(known, "kind", "")) == "unnamed"
        alleged_by = member_of.get(reporter, reporter) if reporter and not unnamed else ""
        voice = "" if alleged_by else member_of.get(claimant, claimant)
        rows.append({"claim_id": c.claim_id, "quote_id": c.quote_id, "proposition_id": c.proposition_id,
                     "speaker": claimant, "voice": voice, "alleged_by": alleged_by,
                     "cited_by": reporter if unnamed else "", "in_headline": c.quote_id in headline})
    claim_voices = pd.DataFrame(rows, columns=["claim_id", "quote_id", "proposition_id", "speaker", "voice",
                                               "alleged_by", "cited_by", "in_headline"])
    voices = []
    named = claim_voices[(claim_voices.voice != "") & ~claim_voices.in_headline]
    for name in dict.fromkeys(named.voice):
        members = sorted(m for m, org in member_of.items() if org == name)
        cited_by = next((c for c in named.cited_by[named.voice == name] if c), "")
        e = entity.get(name)
        unnamed = e is not None and _s(getattr(e, "kind", "")) == "unnamed"
        voices.append({"name": name, "members": " | ".join(members),
                       "kind": "unnamed" if unnamed else _KINDS.get(getattr(e, "label", ""), "person"),
                       "on_record": not unnamed, "cited_by": cited_by})
    # Unnamed sources that are cited but make no claim are voices too.
    for s in _one(result.sourcing, article_id).itertuples():
        e = entity.get(_s(s.cited))
        if e is not None and _s(getattr(e, "kind", "")) == "unnamed" and s.cited not in {v["name"] for v in voices}:
            voices.append({"name": s.cited, "members": "", "kind": "unnamed", "on_record": False,
                           "cited_by": member_of.get(_s(s.speaker), _s(s.speaker))})
    voices = pd.DataFrame(voices, columns=["name", "members", "kind", "on_record", "cited_by"])
    voices.insert(0, "voice_id", [f"v{i}" for i in range(1, len(voices) + 1)])
    ids = dict(zip(voices.name, voices.voice_id))
    claim_voices["voice_id"] = claim_voices.voice.map(ids).fillna("")
    disputes = _one(result.disputes, article_id)
    by_claim = dict(zip(claim_voices.claim_id, claim_voices.voice))
    pid = dict(zip(claim_voices.claim_id, claim_voices.proposition_id))
    disputes["proposition_id"] = disputes.claim_id.map(pid)
    disputes["voice_id"] = disputes.claim_id.map(by_claim).map(ids)
    disputes["opposed_voice_id"] = disputes.opposed_claim_id.map(by_claim).map(ids)
    # One voice cannot dispute itself (the Kremlin and its spokesman).
    disputes = disputes[disputes.voice_id != disputes.opposed_voice_id]
    disputes = disputes.drop_duplicates(["voice_id", "opposed_voice_id", "opposed_claim_id", "proposition_id"])
    return voices, claim_voices, disputes


# --------------------------------------------------------------------------
# The view


def _nested_date(quotes: pd.DataFrame, quote_id: str) -> str:
    """The date of the statement a quote sits in, when the same speaker makes both ("the Kremlin said on Tuesday
    ..., who it said continued to work there"): it is part of that statement. Empty otherwise."""
    if not len(quotes) or "parent_quote_id" not in quotes:
        return ""
    by_id = quotes.set_index("quote_id")
    if quote_id not in by_id.index:
        return ""
    q = by_id.loc[quote_id]
    parent = _s(q.parent_quote_id)
    if not parent or parent not in by_id.index or _s(by_id.loc[parent, "speaker"]) != _s(q.speaker) or not _s(q.speaker):
        return ""
    return _s(by_id.loc[parent, "said_on"])


def dispute_view(result, *, article_id: str | None = None) -> DisputeView:
    """The voices, propositions, claims, positions and opposed pairs of one article.

    Args:
        result: A :class:`claimlib.Analysis`.
        article_id: The article (default: the first one).
    """
    article_id = article_id or result.articles.article_id.iloc[0]
    quotes = _one(result.quotes, article_id)
    claims = _one(result.claims, article_id)
    provisional = not has_voice_tables(result)
    if provisional:
        voices, claim_voices, disputes = _provisional(result, article_id)
    else:
        voices = _one(result.voices, article_id)
        disputes = _one(result.disputes, article_id)
        names = dict(zip(voices.voice_id, voices.name))
        headline = set(quotes.quote_id[quotes.sentence_id == 0]) if len(quotes) else set()
        claim_voices = pd.DataFrame({
            "claim_id": claims.claim_id, "speaker": claims.claimant,
            "voice": claims.voice_id.map(names).fillna(""), "voice_id": claims.voice_id.fillna(""),
            "alleged_by": claims.alleged_by.fillna("") if "alleged_by" in claims else "",
            "in_headline": claims.quote_id.isin(headline)})
    names = dict(zip(voices.voice_id, voices.name))
    members = {m: v.name for v in voices.itertuples() for m in _s(v.members).split(" | ") if m}
    cites = _cites(_one(result.sourcing, article_id), set())

    def cites_of(voice: str) -> str:
        said = cites.get(voice, []) + [c for m, v in members.items() if v == voice for c in cites.get(m, [])]
        return " | ".join(dict.fromkeys(members.get(c, c) for c in said if members.get(c, c) != voice))

    table = claims[["claim_id", "quote_id", "proposition_id", "stance", "said_on", "evidence", "text"]].merge(
        claim_voices[["claim_id", "speaker", "voice", "voice_id", "alleged_by", "in_headline"]], on="claim_id")
    table["said_on"] = pd.Series([_s(d) or _nested_date(quotes, q) for d, q in zip(table.said_on, table.quote_id)],
                                 index=table.index, dtype=object)  # stays text when there are no claims
    table["in_headline"] = table.in_headline.astype(bool)  # stays a mask when there are no claims
    table["alleged_by"] = table.alleged_by.fillna("")
    table["when"] = table.said_on.map(plain_date)
    table["cites"] = [cites_of(v) if v else "" for v in table.voice]
    table["voice"] = [v or f"{s} (alleged by {a})" for v, s, a in zip(table.voice, table.speaker, table.alleged_by)]
    table = table[["claim_id", "quote_id", "proposition_id", "voice", "voice_id", "alleged_by", "stance", "said_on",
                   "when", "evidence", "text", "cites", "in_headline"]]

    counted = quotes[quotes.sentence_id != 0] if len(quotes) else quotes
    speaker_voice = counted.speaker.fillna("").map(lambda s: members.get(s, s))
    voices = voices.copy()
    if "quotes" not in voices:
        voices["quotes"] = voices.name.map(speaker_voice.value_counts()).fillna(0).astype(int)
    if "first_said" not in voices:
        days = table[table.said_on.str.match(r"^\d{4}-\d{2}-\d{2}$") & (table.alleged_by == "")]
        voices["first_said"] = voices.voice_id.map(days.groupby("voice_id").said_on.min()).fillna("")
    voices["on_record"] = voices.on_record.map(lambda v: str(v).strip().lower() in {"true", "1"})
    for column in ("members", "cited_by", "first_said"):
        voices[column] = voices[column].fillna("")
    voices = voices[["voice_id", "name", "members", "kind", "on_record", "cited_by", "quotes", "first_said"]]

    propositions = _one(result.propositions, article_id)
    worded_by = []
    for p in propositions.itertuples():
        start, end = getattr(p, "start", None), getattr(p, "end", None)
        inside = quotes[(quotes.content_start <= start) & (quotes.content_end >= end)] if (
            start is not None and pd.notna(start)) else quotes.iloc[0:0]
        speaker = _s(inside.sort_values("content_start").speaker.iloc[0]) if len(inside) else ""
        worded_by.append(members.get(speaker, speaker))
    propositions = propositions.assign(worded_by=worded_by)
    propositions = propositions[["proposition_id", "text", "holder", "worded_by"]].reset_index(drop=True)

    own = table[(table.alleged_by == "") & ~table.in_headline & (table.voice_id != "")]
    positions = (own.groupby(["voice", "proposition_id"], sort=False)
                 .agg(stances=("stance", lambda s: " | ".join(dict.fromkeys(s))),
                      first_said=("said_on", lambda s: min([x for x in s if x] or [""])),
                      claims=("claim_id", "count"))
                 .reset_index())
    positions["when"] = positions.first_said.map(plain_date)

    by_claim = table.set_index("claim_id")
    sides = []
    for d in disputes.itertuples():
        if d.claim_id not in by_claim.index or d.opposed_claim_id not in by_claim.index:
            continue
        a, b = by_claim.loc[d.claim_id], by_claim.loc[d.opposed_claim_id]
        sides.append({
            "proposition_id": _s(d.proposition_id) or a.proposition_id,
            "voice": names.get(d.voice_id, a.voice), "said_on": a.said_on, "when": a.when, "words": a.text,
            "evidence": a.evidence, "stance": a.stance, "cites": a.cites,
            "opposed_voice": names.get(d.opposed_voice_id, b.voice), "opposed_said_on": b.said_on,
            "opposed_when": b.when, "opposed_words": b.text, "opposed_evidence": b.evidence,
            "opposed_stance": b.stance, "opposed_cites": b.cites,
            "claim_id": d.claim_id, "opposed_claim_id": d.opposed_claim_id})
    opposed = pd.DataFrame(sides, columns=[
        "proposition_id", "voice", "when", "words", "evidence", "stance", "cites", "opposed_voice", "opposed_when",
        "opposed_words", "opposed_evidence", "opposed_stance", "opposed_cites", "said_on", "opposed_said_on",
        "claim_id", "opposed_claim_id"])
    return DisputeView(voices.reset_index(drop=True), propositions, table.reset_index(drop=True),
                       positions, opposed, provisional)
