"""The careful-reader accounts in tests/stories/ are well formed and grounded.

Each account follows ../shared/spec/seed-story.json plus "path" and
"published" (see tests/stories/README.md). The structural checks always run;
the checks against the article text run only when ../shared/eval/polnear is
present. The checker is tested on broken accounts so it can be seen to fail.
"""
from __future__ import annotations

import copy
import csv
import json
import re
from pathlib import Path

import pytest

from .conftest import EVAL_DIR, SPEC_DIR

STORIES_DIR = Path(__file__).resolve().parent / "stories"
STORY_PATHS = sorted(STORIES_DIR.glob("*.json"))
# Accounts written after the tuning set (tests/stories-holdout/README.md): same format, same checks.
HOLDOUT_PATHS = sorted((STORIES_DIR.parent / "stories-holdout").glob("*.json"))
ALL_PATHS = STORY_PATHS + HOLDOUT_PATHS
POLNEAR = EVAL_DIR / "polnear"

STANCES = {"supports", "denies", "questions", "neutral"}
REQUIRED_KEYS = {
    "article_id": str,
    "path": str,
    "published": str,
    "body_start": int,
    "propositions": list,
    "voices": list,
    "positions": list,
    "disputes": list,
    "must_not": list,
}
OPTIONAL_KEYS = {"about": str, "one_voice": list, "alleged": list}
# Each must_not kind of the seed story, with the fields it needs besides "why".
MUST_NOT_FIELDS = {
    "claim_in_headline": {},
    "self_citation": {},
    "dispute_within_voice": {},
    "content_by": {"speaker": list, "contains": str},
    "claim_stance": {"contains": str, "proposition": str, "stance": str},
    "independent_support": {"voice": list, "proposition": str},
}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _is_names(value) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) and v.strip() for v in value)


def _norm(name: str) -> str:
    return re.sub(r"^(the)\s+", "", name.strip(), flags=re.I).lower()


def declared_names(story: dict) -> set[str]:
    """Every name a story declares for a voice: names, alternatives, members, one_voice groups."""
    names = set()
    for voice in story.get("voices", []):
        if isinstance(voice, dict):
            names.update(_norm(n) for n in voice.get("name", []) if isinstance(n, str))
            names.update(_norm(n) for n in voice.get("members_include", []) if isinstance(n, str))
    for group in story.get("one_voice", []) or []:
        if isinstance(group, list):
            names.update(_norm(n) for n in group if isinstance(n, str))
    return names


def _names_declared(names, declared) -> bool:
    return any(_norm(n) in declared for n in names)


def _proposition_problems(story: dict) -> tuple[list[str], set[str]]:
    problems, ids = [], set()
    for i, prop in enumerate(story["propositions"]):
        where = f"propositions[{i}]"
        if not isinstance(prop, dict):
            problems.append(f"{where}: not an object")
            continue
        pid = prop.get("id")
        if not isinstance(pid, str) or not pid:
            problems.append(f"{where}: no id")
        elif pid in ids:
            problems.append(f"{where}: duplicate id {pid}")
        else:
            ids.add(pid)
        if not isinstance(prop.get("text"), str) or not prop["text"].strip():
            problems.append(f"{where}: no text")
        if not prop.get("all") and not prop.get("any"):
            problems.append(f"{where}: neither 'all' nor 'any' words")
        if "all" in prop and not _is_names(prop["all"]):
            problems.append(f"{where}: 'all' is not a list of words")
        if "none" in prop and not _is_names(prop["none"]):
            problems.append(f"{where}: 'none' is not a list of words")
        if "any" in prop and not (
            isinstance(prop["any"], list) and prop["any"] and all(_is_names(g) for g in prop["any"])
        ):
            problems.append(f"{where}: 'any' is not a list of word groups")
    return problems, ids


def _voice_problems(story: dict) -> list[str]:
    problems = []
    for i, voice in enumerate(story["voices"]):
        where = f"voices[{i}]"
        if not isinstance(voice, dict) or not _is_names(voice.get("name")):
            problems.append(f"{where}: no name list")
            continue
        if not isinstance(voice.get("on_record"), bool):
            problems.append(f"{where}: on_record is not true/false")
        if "members_include" in voice and not _is_names(voice["members_include"]):
            problems.append(f"{where}: members_include is not a list of names")
        if "cited_by" in voice and not _is_names(voice["cited_by"]):
            problems.append(f"{where}: cited_by is not a list of names")
        if voice.get("on_record") is False and "cited_by" not in voice:
            problems.append(f"{where}: an off-the-record voice needs cited_by")
    return problems


def _stance_list_ok(stance) -> bool:
    return isinstance(stance, list) and bool(stance) and set(stance) <= STANCES


def _position_problems(story: dict, prop_ids: set[str], declared: set[str]) -> list[str]:
    problems = []
    for i, pos in enumerate(story["positions"]):
        where = f"positions[{i}]"
        if not isinstance(pos, dict) or not _is_names(pos.get("voice")):
            problems.append(f"{where}: no voice list")
            continue
        if pos.get("proposition") not in prop_ids:
            problems.append(f"{where}: undeclared proposition {pos.get('proposition')!r}")
        if not _stance_list_ok(pos.get("stance")):
            problems.append(f"{where}: stance must be a non-empty list from {sorted(STANCES)}")
        if "optional" in pos and not isinstance(pos["optional"], bool):
            problems.append(f"{where}: optional is not true/false")
        # An optional position may name a group no voice row stands for (the seed's "Russian officials").
        if not pos.get("optional") and not _names_declared(pos["voice"], declared):
            problems.append(f"{where}: voice {pos['voice']} is not declared in voices")
    return problems


def _side_stances(story: dict, side: list[str], proposition: str) -> set[str]:
    side_names = {_norm(n) for n in side}
    stances = set()
    for pos in story["positions"]:
        if pos.get("proposition") == proposition and side_names & {_norm(n) for n in pos.get("voice", [])}:
            stances.update(pos.get("stance", []))
    return stances


def _dispute_problems(story: dict, prop_ids: set[str], declared: set[str]) -> list[str]:
    problems = []
    for i, dispute in enumerate(story["disputes"]):
        where = f"disputes[{i}]"
        between = dispute.get("between") if isinstance(dispute, dict) else None
        if not (isinstance(between, list) and len(between) == 2 and all(_is_names(s) for s in between)):
            problems.append(f"{where}: 'between' must be two name lists")
            continue
        prop = dispute.get("proposition")
        if prop not in prop_ids:
            problems.append(f"{where}: undeclared proposition {prop!r}")
            continue
        for side in between:
            if not _names_declared(side, declared):
                problems.append(f"{where}: voice {side} is not declared in voices")
        if {_norm(n) for n in between[0]} & {_norm(n) for n in between[1]}:
            problems.append(f"{where}: the two sides share a name")
        # A dispute is two voices on opposite sides: one supports, the other denies.
        left, right = (_side_stances(story, side, prop) for side in between)
        if not (("supports" in left and "denies" in right) or ("denies" in left and "supports" in right)):
            problems.append(f"{where}: the positions of the two sides on {prop} are not opposite")
    return problems


def _must_not_problems(story: dict, prop_ids: set[str]) -> list[str]:
    problems = []
    for i, item in enumerate(story["must_not"]):
        where = f"must_not[{i}]"
        if not isinstance(item, dict) or item.get("kind") not in MUST_NOT_FIELDS:
            problems.append(f"{where}: kind must be one of {sorted(MUST_NOT_FIELDS)}")
            continue
        if not isinstance(item.get("why"), str) or not item["why"].strip():
            problems.append(f"{where}: no 'why'")
        for field, kind in MUST_NOT_FIELDS[item["kind"]].items():
            value = item.get(field)
            ok = _is_names(value) if kind is list else isinstance(value, str) and value.strip()
            if not ok:
                problems.append(f"{where}: {item['kind']} needs {field}")
        if "proposition" in MUST_NOT_FIELDS[item["kind"]] and item.get("proposition") not in prop_ids:
            problems.append(f"{where}: undeclared proposition {item.get('proposition')!r}")
        if item["kind"] == "claim_stance" and item.get("stance") not in STANCES:
            problems.append(f"{where}: stance must be one of {sorted(STANCES)}")
        # The account must not itself credit the support it forbids.
        if item["kind"] == "independent_support" and _is_names(item.get("voice")):
            if "supports" in _side_stances(story, item["voice"], item.get("proposition")):
                problems.append(f"{where}: a position credits {item['voice']} with support it forbids")
    return problems


def story_problems(story, *, stem: str | None = None, story_keys: bool = True) -> list[str]:
    """Everything wrong with the shape of one account; empty when it is well formed.

    Args:
        story: The parsed JSON account.
        stem: The file's stem, which must equal article_id.
        story_keys: Require the keys this set adds to the seed format (path, published).
    """
    if not isinstance(story, dict):
        return ["not a JSON object"]
    problems = []
    required = REQUIRED_KEYS if story_keys else {k: t for k, t in REQUIRED_KEYS.items() if k not in {"path", "published"}}
    for key, kind in required.items():
        if not isinstance(story.get(key), kind) or isinstance(story.get(key), bool):
            problems.append(f"{key}: missing or not {kind.__name__}")
    for key, kind in OPTIONAL_KEYS.items():
        if key in story and not isinstance(story[key], kind):
            problems.append(f"{key}: not {kind.__name__}")
    if problems:
        return problems
    if stem is not None and story["article_id"] != stem:
        problems.append(f"article_id {story['article_id']!r} is not the file stem {stem!r}")
    if story_keys:
        if Path(story["path"]).stem != story["article_id"] or not story["path"].startswith("polnear/"):
            problems.append(f"path {story['path']!r} is not polnear/.../{story['article_id']}.txt")
        if not ISO_DATE.match(story["published"]):
            problems.append(f"published {story['published']!r} is not an ISO date")
    if story["body_start"] < 0:
        problems.append("body_start is negative")
    if not story["propositions"] or not story["voices"] or not story["positions"]:
        problems.append("an account needs propositions, voices and positions")
    for group in story.get("one_voice", []):
        if not (_is_names(group) and len(group) >= 2):
            problems.append(f"one_voice: {group!r} is not a group of two or more names")
    on_record_names = {
        _norm(n) for v in story["voices"] if isinstance(v, dict) and "cited_by" not in v for n in v.get("name", [])
    }
    for item in story.get("alleged", []):
        if not (isinstance(item, dict) and _is_names(item.get("speaker")) and _is_names(item.get("alleged_by"))):
            problems.append(f"alleged: {item!r} needs speaker and alleged_by name lists")
        # tables.md: an alleged speaker is no independent voice (no row, or a row with cited_by).
        elif _names_declared(item["speaker"], on_record_names):
            problems.append(f"alleged: {item['speaker']} is also declared as an independent voice")
    prop_problems, prop_ids = _proposition_problems(story)
    problems += prop_problems + _voice_problems(story)
    declared = declared_names(story)
    problems += _position_problems(story, prop_ids, declared)
    problems += _dispute_problems(story, prop_ids, declared)
    problems += _must_not_problems(story, prop_ids)
    return problems


def recognises(proposition: dict, text: str) -> bool:
    """Whether a proposition's words recognise a text: every 'all', one of each 'any', no 'none'."""
    low = text.lower()
    return (
        all(w.lower() in low for w in proposition.get("all", []))
        and all(any(w.lower() in low for w in group) for group in proposition.get("any", []))
        and not any(w.lower() in low for w in proposition.get("none", []))
    )


def recognition_problems(story: dict) -> list[str]:
    """Each proposition's own paraphrase is recognised by its words and by no other proposition's."""
    problems = []
    for prop in story["propositions"]:
        for other in story["propositions"]:
            if (prop is other) != recognises(other, prop["text"]):
                verb = "does not recognise" if prop is other else "also recognises"
                problems.append(f"{other['id']} {verb} the text of {prop['id']}")
    return problems


def body_start_of(text: str) -> int:
    """Where the body starts: the first character after the headline block and its blank line."""
    match = re.search(r"\n[ \t]*\n\s*", text)
    return match.end() if match else 0


def text_problems(story: dict, text: str) -> list[str]:
    """What an account says that cannot be found in its article (case-insensitive)."""
    low = text.lower()
    found = lambda word: word.lower() in low  # noqa: E731
    problems = []
    if story["body_start"] != body_start_of(text):
        problems.append(f"body_start {story['body_start']} is not {body_start_of(text)}")
    for prop in story["propositions"]:
        problems += [f"{prop['id']}: word {w!r} not in the article" for w in prop.get("all", []) if not found(w)]
        problems += [f"{prop['id']}: no word of {g} in the article" for g in prop.get("any", []) if not any(map(found, g))]
    for voice in story["voices"]:
        if not any(map(found, voice["name"])):
            problems.append(f"voice {voice['name']}: no name in the article")
        problems += [f"member {m!r} not in the article" for m in voice.get("members_include", []) if not found(m)]
    for item in story["must_not"]:
        if "contains" in item and not found(item["contains"]):
            problems.append(f"must_not {item['kind']}: {item['contains']!r} not in the article")
    return problems


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_there_are_at_least_twenty_accounts_from_train_and_dev():
    stories = [_load(p) for p in STORY_PATHS]
    assert len(stories) >= 20
    splits = {s["path"].split("/")[1] for s in stories}
    assert {"train", "dev"} <= splits


@pytest.mark.parametrize("path", ALL_PATHS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_account_is_well_formed(path):
    assert story_problems(_load(path), stem=path.stem) == []


@pytest.mark.parametrize("path", ALL_PATHS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_propositions_are_told_apart_by_their_words(path):
    assert recognition_problems(_load(path)) == []


@pytest.mark.parametrize(
    "text, words, expected",
    [
        ("Russia has withdrawn its specialists", {"any": [["remov", "withdr"], ["specialist"]]}, True),
        ("Russia told the US it withdrew its specialists", {"any": [["withdr"]], "none": ["told"]}, False),
        ("Trump groped her", {"all": ["grop", "Trump"]}, True),
        ("He groped her", {"all": ["grop", "Trump"]}, False),
        ("The charge is false", {"any": [["grop"], ["false"]]}, False),
    ],
)
def test_recognises(text, words, expected):
    assert recognises(words, text) is expected


def test_a_proposition_matching_another_is_rejected():
    story = copy.deepcopy(_GOOD)
    story["propositions"].append({"id": "P2", "text": "A denied that he groped B", "any": [["denied"]]})
    assert recognition_problems(story) == ["P1 also recognises the text of P2"]


def test_article_ids_are_unique():
    ids = [_load(p)["article_id"] for p in ALL_PATHS]
    assert len(ids) == len(set(ids))


def test_the_holdout_accounts_are_not_in_the_tuning_set():
    assert HOLDOUT_PATHS, "tests/stories-holdout holds no accounts"
    assert not {p.stem for p in HOLDOUT_PATHS} & {p.stem for p in STORY_PATHS}


def test_the_seed_story_passes_the_same_checks():
    """The checker reads the contract as the seed story writes it."""
    seed = SPEC_DIR / "seed-story.json"
    if not seed.exists():
        pytest.skip(f"{seed} not found (../shared absent)")
    assert story_problems(_load(seed), story_keys=False) == []


@pytest.fixture(scope="module")
def polnear_dates() -> dict[str, str]:
    if not POLNEAR.is_dir():
        pytest.skip(f"{POLNEAR} not found (../shared/eval absent)")
    with open(POLNEAR / "metadata.tsv", encoding="utf-8", newline="") as fh:
        return {row["filename"]: row["publication_date"] for row in csv.DictReader(fh, delimiter="\t")}


@pytest.mark.parametrize("path", ALL_PATHS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_account_is_grounded_in_its_article(path, polnear_dates):
    story = _load(path)
    article = EVAL_DIR / story["path"]
    assert article.is_file(), f"{article} not found"
    assert polnear_dates.get(story["article_id"]) == story["published"]
    assert text_problems(story, article.read_text(encoding="utf-8")) == []


# --- the checker can fail -------------------------------------------------

_GOOD = {
    "article_id": "x",
    "path": "polnear/train/text/x.txt",
    "published": "2016-10-01",
    "body_start": 10,
    "propositions": [{"id": "P1", "text": "A groped B", "any": [["grop"]]}],
    "voices": [
        {"name": ["A"], "members_include": ["A's lawyer"], "on_record": True},
        {"name": ["B"], "on_record": True},
    ],
    "one_voice": [["A", "A's lawyer"]],
    "positions": [
        {"voice": ["A"], "proposition": "P1", "stance": ["denies"]},
        {"voice": ["B"], "proposition": "P1", "stance": ["supports"]},
    ],
    "disputes": [{"between": [["A"], ["B"]], "proposition": "P1"}],
    "must_not": [{"kind": "dispute_within_voice", "why": "A and A's lawyer are one voice"}],
}


def _set(path, value):
    def mutate(story):
        *keys, last = path
        target = story
        for key in keys:
            target = target[key]
        if value is KeyError:
            del target[last]
        else:
            target[last] = value
    return mutate


def test_a_good_account_passes():
    assert story_problems(copy.deepcopy(_GOOD), stem="x") == []


@pytest.mark.parametrize(
    "mutate, complaint",
    [
        (_set(("positions",), KeyError), "positions: missing"),
        (_set(("body_start",), "10"), "body_start: missing or not int"),
        (_set(("published",), "Oct 1, 2016"), "not an ISO date"),
        (_set(("positions", 0, "proposition"), "P9"), "undeclared proposition 'P9'"),
        (_set(("positions", 0, "stance"), ["rejects"]), "stance must be"),
        (_set(("positions", 0, "stance"), "denies"), "stance must be"),
        (_set(("positions", 0, "voice"), ["C"]), "not declared in voices"),
        (_set(("disputes", 0, "between"), [["A"], ["Z"]]), "not declared in voices"),
        (_set(("disputes", 0, "between"), [["A"], ["A's lawyer"]]), "not opposite"),
        (_set(("positions", 1, "stance"), ["questions"]), "not opposite"),
        (_set(("must_not", 0, "kind"), "sounds_wrong"), "kind must be one of"),
        (_set(("must_not", 0, "why"), KeyError), "no 'why'"),
        (_set(("must_not", 0), {"kind": "content_by", "why": "w"}), "content_by needs speaker"),
        (_set(("must_not", 0), {"kind": "claim_stance", "contains": "c", "proposition": "P1", "stance": "refutes", "why": "w"}), "stance must be one of"),
        (_set(("propositions", 0, "any"), ["grop"]), "'any' is not a list of word groups"),
        (_set(("propositions",), [{"id": "P1", "text": "t", "any": [["a"]]}, {"id": "P1", "text": "u", "any": [["b"]]}]), "duplicate id"),
        (_set(("voices", 1), {"name": ["B"], "on_record": False}), "needs cited_by"),
        (_set(("article_id",), "y"), "is not the file stem"),
        (_set(("alleged",), [{"speaker": ["B"], "alleged_by": ["A"]}]), "also declared as an independent voice"),
        (_set(("alleged",), [{"speaker": ["B"]}]), "needs speaker and alleged_by"),
        (_set(("must_not", 0), {"kind": "independent_support", "voice": ["B"], "proposition": "P1", "why": "w"}), "support it forbids"),
    ],
)
def test_a_broken_account_is_rejected(mutate, complaint):
    story = copy.deepcopy(_GOOD)
    mutate(story)
    problems = story_problems(story, stem="x")
    assert any(complaint in p for p in problems), problems


@pytest.mark.parametrize(
    "text, complaint",
    [
        ("Head\n\nA denied that he touched B.", "no word of ['grop']"),
        ("Head\n\nB said A groped her.", "voice ['Alan']: no name"),
        ("Head\n\nA's lawyer said A never groped B.", "body_start 10 is not 6"),
    ],
)
def test_an_account_not_found_in_its_text_is_rejected(text, complaint):
    story = copy.deepcopy(_GOOD)
    if "voice" in complaint:
        story["voices"][0]["name"] = ["Alan"]
    assert any(complaint in p for p in text_problems(story, text))


def test_an_account_found_in_its_text_passes():
    story = copy.deepcopy(_GOOD)
    text = "Head\n\nB said A groped her. A's lawyer said the claim was false."
    story["body_start"] = body_start_of(text)
    assert text_problems(story, text) == []
