"""Figures of an analysis, and the small tables behind them.

Every ``plot_*`` function takes the tables of :func:`claimlib.analyze` (or
the table it plots) and returns a matplotlib Figure; :func:`save_figure`
writes it as PNG next to the CSV of the table behind it.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import matplotlib
import matplotlib.dates
import matplotlib.lines
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.artist import Artist

__all__ = [
    "STANCE_COLOURS",
    "STANCE_WORDS",
    "plain_date",
    "FigureOutput",
    "show_figure",
    "mention_counts",
    "plot_mentions",
    "timeline_table",
    "plot_timeline",
    "timeline_title",
    "quotes_per_speaker",
    "plot_quotes_per_speaker",
    "claim_matrix",
    "attribution_graph",
    "plot_attribution_network",
    "edges_graph",
    "save_figure",
    "plot_actors_across",
    "plot_accuracy",
]

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")

#: One colour per stance, shared by every figure and the highlighted article
#: (colour-blind-safe: blue, vermilion, amber, grey).
STANCE_COLOURS = {"supports": "#2b7bba", "denies": "#d7301f", "questions": "#e69f00", "neutral": "#8c8c8c"}
#: The colour of things that take no stance (a statement on no proposition).
NO_STANCE_COLOUR = "#4d4d4d"
#: Stances in plain words, as a sentence's verb ("a quote that denies ...").
STANCE_WORDS = {"supports": "supports", "denies": "denies", "questions": "questions", "neutral": "is neutral on"}

_VAGUE_WORDS = {
    "PAST_REF": "some time before publication",
    "PRESENT_REF": "around publication",
    "FUTURE_REF": "some time after publication",
}
_UNITS = {"Y": "years", "M": "months", "W": "weeks", "D": "days", "H": "hours"}


def plain_date(value) -> str:
    """A TIMEX3 value in plain words: ``2019-06-03`` -> "Monday 3 June 2019", ``PXY`` -> "for years".

    >>> plain_date("2019-06-03"), plain_date("PAST_REF"), plain_date("PXY"), plain_date("P3Y")
    ('Monday 3 June 2019', 'some time before publication', 'for an unspecified number of years', '3 years')
    """
    if not isinstance(value, str) or not value:
        return "undated"
    if value in _VAGUE_WORDS:
        return _VAGUE_WORDS[value]
    if _DAY.match(value):
        day = dt.date.fromisoformat(value)
        return f"{day:%A} {day.day} {day:%B %Y}"
    if _MONTH.match(value):
        return dt.date.fromisoformat(value + "-01").strftime("%B %Y")
    duration = re.fullmatch(r"P(\d+|X)([YMWDH])", value)
    if duration:
        amount, unit = duration.groups()
        return f"for an unspecified number of {_UNITS[unit]}" if amount == "X" else f"{amount} {_UNITS[unit]}"
    week = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if week:
        return f"week {int(week.group(2))} of {week.group(1)}"
    return value


def save_figure(fig, path: str | Path, *, table: pd.DataFrame | None = None) -> Path:
    """Save a figure as PNG (and, given ``table``, the CSV behind it beside it).

    PNG metadata carries no software version or date, so a rerun writes the
    same bytes when the figure is the same.
    """
    path = Path(path).with_suffix(".png")
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110, bbox_inches="tight", metadata={"Software": None})
    if table is not None:
        table.to_csv(path.with_suffix(".csv"), index=False)
    return path


class FigureOutput:
    """A saved figure as a notebook shows it: the PNG with its alt text.

    In HTML (notebooks, the report) it is an ``<img>`` with ``alt`` and a
    caption naming the CSV it was drawn from; as plain text, the alt text.
    """

    def __init__(self, path: Path, alt: str, table_path: Path | None = None):
        self.path, self.alt, self.table_path = Path(path), alt, table_path

    def _repr_html_(self) -> str:
        import base64
        import html

        data = base64.b64encode(self.path.read_bytes()).decode("ascii")
        source = f" Drawn from <code>{html.escape(self.table_path.name)}</code>." if self.table_path else ""
        return (f'<figure style="margin:0"><img src="data:image/png;base64,{data}" alt="{html.escape(self.alt)}"'
                f' style="max-width:100%"><figcaption style="font-size:85%;color:#555">'
                f"{html.escape(self.alt)}{source}</figcaption></figure>")

    def __repr__(self) -> str:
        return f"[figure {self.path.name}: {self.alt}]"


def show_figure(fig, path: str | Path, *, alt: str, table: pd.DataFrame | None = None) -> FigureOutput:
    """Save ``fig`` (and the table it is drawn from) and return it for display with its alt text.

    Args:
        fig: The matplotlib figure (closed after saving, so it is not drawn twice).
        path: Where the PNG goes; the table goes beside it as CSV.
        alt: What the figure shows, in words, for readers who cannot see it.
        table: The data the figure is drawn from.
    """
    saved = save_figure(fig, path, table=table)
    plt.close(fig)
    return FigureOutput(saved, alt, saved.with_suffix(".csv") if table is not None else None)


def _one_article(df: pd.DataFrame, article_id: str | None) -> pd.DataFrame:
    if article_id is None or "article_id" not in df:
        return df
    return df[df.article_id == article_id]


# --------------------------------------------------------------------------
# Entities


#: Entity labels in plain words, for legends.
ACTOR_KINDS = {"PERSON": "person", "ORG": "organisation", "GPE": "country, city or government"}
_ACTOR_KIND_COLOURS = {"person": "#4c72b0", "organisation": "#dd8452", "country, city or government": "#55a868",
                       "unnamed source or group": "#8172b2"}


def mention_counts(entities: pd.DataFrame, *, article_id: str | None = None, top: int | None = None,
                   labels=("PERSON", "ORG", "GPE")) -> pd.DataFrame:
    """Actors by number of mentions (name, kind, mentions), most first.

    Actors are people, organisations, places that act, and unnamed sources
    or groups; adjectives of nationality ("Russian", NORP) are not actors.
    """
    df = _one_article(entities, article_id)
    kind = df.get("kind", pd.Series("named", index=df.index)).fillna("named")
    df = df[df.label.isin(labels) | (kind != "named")].copy()
    df["kind"] = [("unnamed source or group" if k != "named" else ACTOR_KINDS.get(lab, "other"))
                  for lab, k in zip(df.label, kind[df.index])]
    df = df[["name", "kind", "mentions"]].sort_values(["mentions", "name"], ascending=[False, True])
    return (df.head(top) if top else df).reset_index(drop=True)


def plot_mentions(counts: pd.DataFrame, *, title: str = "Mentions per actor"):
    """Horizontal bars: how often the article mentions each actor, coloured by kind (with a legend)."""
    from matplotlib.patches import Patch

    fig, ax = plt.subplots(figsize=(7.5, 0.3 * max(len(counts), 3) + 1.2))
    data = counts.iloc[::-1]
    ax.barh(data.name, data.mentions, color=data.kind.map(_ACTOR_KIND_COLOURS).fillna("#999999"))
    ax.set_xlabel("mentions (names, pronouns and descriptions)")
    ax.set_title(title)
    for y, value in enumerate(data.mentions):
        ax.text(value + 0.1, y, str(value), va="center", fontsize=8)
    ax.tick_params(axis="y", labelsize=8)
    present = [k for k in _ACTOR_KIND_COLOURS if k in set(counts.kind)]
    ax.legend(handles=[Patch(color=_ACTOR_KIND_COLOURS[k], label=k) for k in present], frameon=False,
              loc="lower right", fontsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


# --------------------------------------------------------------------------
# Timeline


def _precision(value: str) -> str:
    if _DAY.match(value or ""):
        return "day"
    if _MONTH.match(value or ""):
        return "month"
    if value in {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}:
        return "vague"
    if (value or "").startswith("P"):
        return "duration"
    return "other"


def _clause_around(content: str, at: int, length: int) -> str:
    """The clause of ``content`` holding the span at ``at``: from the last "that"/comma before it to the next break."""
    begin = max([content.rfind(sep, 0, at) + len(sep) if content.rfind(sep, 0, at) >= 0 else 0
                 for sep in (" that ", ", ", "; ")])
    ends = [content.find(sep, at + length) for sep in (",", ";", " and that ", ".")]
    finish = min([e for e in ends if e >= 0], default=len(content))
    return content[begin:finish].strip(' ,;"')


def timeline_table(result, *, article_id: str | None = None) -> pd.DataFrame:
    """What happened when, as precisely as the text says, in full words.

    Rows come from dated events (a statement's whole content, never cut),
    from quotes dated by the text (``said_on``) that no event covers, from
    time expressions inside quotes ("staff unchanged for years", "recently
    finished servicing"), which say when the quoted thing happened, and from
    undated statements that answer a dated one in a dispute: those are known
    only to fall between the statement they answer and publication. Vague
    times keep their TIMEX3 value (PAST_REF, PXY) and are never given a day.

    Returns:
        Columns actor, what, value (TIMEX3, empty when undated), when (in plain
        words), precision (day / month / duration / vague / window), date (a
        day or NaT), after (for a window: the day it follows), stance (of the
        statement's claim, or empty), source (event / quote / quoted time /
        answer), ordered by date, vague ones first.
    """
    events = _one_article(result.events, article_id)
    quotes = _one_article(result.quotes, article_id)
    timexes = _one_article(result.timexes, article_id)
    claims = _one_article(result.claims, article_id)
    stance_of = {}
    for c in claims.itertuples():
        stance_of.setdefault(c.quote_id, c.stance)
    by_id = {q.quote_id: q for q in quotes.itertuples()}
    rows = []
    covered_quotes, used_timexes = set(), set()

    def who(q) -> str:
        return (q.speaker if isinstance(q.speaker, str) and q.speaker else q.speaker_text) or "(speaker not found)"

    for ev in events.itertuples():
        if not isinstance(ev.date, str) or not ev.date:
            continue
        q = by_id.get(ev.quote_id) if isinstance(ev.quote_id, str) else None
        what = f"{q.cue} {q.content}" if q is not None and isinstance(q.cue, str) and q.cue else (
            q.content if q is not None else ev.description)
        rows.append({"actor": ev.actor if isinstance(ev.actor, str) else "", "what": " ".join(str(what).split()),
                     "value": ev.date, "source": "event", "start": ev.start,
                     "stance": stance_of.get(ev.quote_id, "") if q is not None else ""})
        if q is not None:
            covered_quotes.add(ev.quote_id)
        if isinstance(ev.timex_id, str) and ev.timex_id:
            used_timexes.add(ev.timex_id)
    for q in quotes.itertuples():
        if isinstance(q.said_on, str) and q.said_on and q.quote_id not in covered_quotes:
            reporter = q.reported_by if isinstance(q.reported_by, str) and q.reported_by else ""
            speaker = f"{who(q)} (cited by {reporter})" if reporter else who(q)
            what = q.content if reporter or not (isinstance(q.cue, str) and q.cue) else f"{q.cue} {q.content}"
            rows.append({"actor": speaker, "what": " ".join(str(what).split()), "value": q.said_on,
                         "source": "quote", "start": q.cue_start, "stance": stance_of.get(q.quote_id, "")})
            covered_quotes.add(q.quote_id)
    for t in timexes.itertuples():
        if t.timex_id in used_timexes or t.type not in {"DATE", "DURATION", "TIME"}:
            continue
        inside = quotes[(quotes.content_start <= t.start) & (t.end <= quotes.content_end)]
        if inside.empty:
            continue
        q = inside.sort_values("content_start").iloc[-1]
        if q.said_on == t.value:
            continue
        clause = _clause_around(str(q.content), int(t.start - q.content_start), len(str(t.text)))
        rows.append({"actor": f"{q.speaker or q.speaker_text} (says)", "what": " ".join(clause.split()),
                     "value": t.value, "source": "quoted time", "start": t.start, "stance": ""})
    claim_by_id = {c.claim_id: c for c in claims.itertuples()}
    for d in _one_article(result.disputes, article_id).itertuples():
        answer, answered = claim_by_id.get(d.claim_id), claim_by_id.get(d.opposed_claim_id)
        if answer is None or answered is None or answer.quote_id in covered_quotes:
            continue
        if isinstance(answer.said_on, str) and answer.said_on:
            continue
        if not (isinstance(answered.said_on, str) and _DAY.match(answered.said_on)):
            continue
        q = by_id.get(answer.quote_id)
        parent = by_id.get(getattr(q, "parent_quote_id", None)) if q is not None else None
        if parent is not None and parent.quote_id in covered_quotes and parent.speaker == q.speaker:
            continue  # "who it said continued ...": part of the speaker's own statement, drawn on its day
        what = f"{q.cue} {q.content}" if q is not None and isinstance(q.cue, str) and q.cue else answer.text
        rows.append({"actor": answer.claimant, "what": " ".join(str(what).split()), "value": "",
                     "after": answered.said_on, "source": "answer", "stance": answer.stance,
                     "start": q.cue_start if q is not None else 0})
        covered_quotes.add(answer.quote_id)
    df = pd.DataFrame(rows, columns=["actor", "what", "value", "after", "source", "start", "stance"])
    df["precision"] = df.value.map(_precision).where(df.value.fillna("") != "", "window")
    df["when"] = [plain_date(v) if p != "window" else f"undated: after {plain_date(a)}, by publication"
                  for v, a, p in zip(df.value, df.after, df.precision)]
    df["date"] = pd.to_datetime(df.value.where(df.precision == "day"), errors="coerce")
    df["after"] = df.after.fillna("")
    order = df.precision.map({"duration": 0, "vague": 1, "month": 2, "day": 3, "window": 4}).fillna(5)
    sort_day = df.date.fillna(pd.to_datetime(df.after.where(df.after != ""), errors="coerce"))
    df = df.assign(_o=order, _d=sort_day).sort_values(["_d", "_o", "start"], na_position="first")
    cols = ["actor", "what", "value", "when", "precision", "date", "after", "stance", "source"]
    return df[cols].reset_index(drop=True)


def _wrap(text: str, width: int) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, width)) or " "


def timeline_title(table: pd.DataFrame) -> str:
    """"Timeline of the dispute" when a row of the timeline takes a stance,
    "Timeline" when the article has no dispute to show."""
    stances = table.stance if "stance" in table else pd.Series(dtype=object)
    return "Timeline of the dispute" if any(isinstance(s, str) and s for s in stances) else "Timeline"


def plot_timeline(table: pd.DataFrame, *, published: dt.date | str | None = None,
                  title: str | None = None):
    """Dated statements as points on their day, each with its words in full beside the dates.

    The title, unless given, is "Timeline of the dispute" only when a
    statement takes a stance (there is a dispute to show), else "Timeline".

    The left panel is the calendar: a day is a dot coloured by the stance of
    the statement (:data:`STANCE_COLOURS`); an undated answer is a bar from
    the day of what it answers to publication; "for years" an arrow from the
    left edge; "recently"/"earlier" a faded band before publication. The right
    panel holds the labels, so no line crosses text.
    """
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    days = list(table.date.dropna()) + [pd.Timestamp(a) for a in table.after if a]
    pub = pd.Timestamp(published) if published is not None else (max(days) if days else pd.Timestamp.today())
    left = (min(days) if days else pub) - pd.Timedelta(days=1.5)
    right = pub + pd.Timedelta(days=0.6)
    labels = [_wrap(f"{row.actor}: {row.what}" if row.actor else str(row.what), 78) for row in table.itertuples()]
    heights = [label.count("\n") + 1 for label in labels]
    ys, y = [], 0.0
    for h in heights:
        ys.append(y + (h - 1) * 0.5)
        y += h + 0.6
    fig, (ax, text_ax) = plt.subplots(1, 2, figsize=(10.5, 0.24 * y + 1.6), sharey=True,
                                      gridspec_kw={"width_ratios": [1, 1.9], "wspace": 0.03})
    grey = "#888888"
    for yy, row, label in zip(ys, table.itertuples(), labels):
        colour = STANCE_COLOURS.get(row.stance, NO_STANCE_COLOUR)
        if row.precision == "day":
            ax.plot(row.date, yy, "o", color=colour, ms=8, zorder=3)
        elif row.precision == "window":
            ax.plot([pd.Timestamp(row.after), pub], [yy, yy], color=colour, lw=6, alpha=0.45, solid_capstyle="butt")
        elif row.precision == "duration":
            ax.annotate("", xy=(pub, yy), xytext=(left, yy), arrowprops=dict(arrowstyle="->", color=grey, lw=2, ls="--"))
        elif row.precision == "vague":
            ax.plot([left, pub], [yy, yy], color="#f4a582", lw=8, alpha=0.5, solid_capstyle="butt")
        text_ax.text(0, yy, f"{label}\n({row.when})" if row.precision != "day" else f"{label}\n({row.when})",
                     fontsize=8, va="center", color="#222222")
    ax.axvline(pub, color="black", lw=1, ls=":")
    ax.set_xlim(left, right)
    ax.set_ylim(y, -1.2)
    ax.text(pub, -0.7, "published ", fontsize=8, ha="right", va="center")
    ax.set_yticks([])
    ax.xaxis.set_major_formatter(matplotlib.dates.DateFormatter("%a\n%d %b"))
    ax.xaxis.set_major_locator(matplotlib.dates.DayLocator())
    ax.tick_params(axis="x", labelsize=8)
    ax.spines[["top", "right", "left"]].set_visible(False)
    text_ax.axis("off")
    text_ax.set_xlim(0, 1)
    handles: list[Artist] = [
        Line2D([], [], marker="o", ls="", color=c, label=f"statement that {STANCE_WORDS[s]} the proposition")
        for s, c in STANCE_COLOURS.items() if s in set(table.stance)]
    handles += [Line2D([], [], marker="o", ls="", color=NO_STANCE_COLOUR, label="dated, no claim on it")]
    handles += [Patch(color="#f4a582", alpha=0.5, label="vague: some time before publication"),
                Line2D([], [], color=grey, ls="--", label="for an unspecified number of years")]
    if (table.precision == "window").any():
        handles.append(Line2D([], [], color=NO_STANCE_COLOUR, lw=6, alpha=0.45,
                              label="undated answer, coloured by stance: after what it answers, by publication"))
    fig.legend(handles=handles, loc="lower center", ncol=2, frameon=False, fontsize=8, bbox_to_anchor=(0.5, -0.02))
    fig.suptitle(title if title is not None else timeline_title(table))
    fig.subplots_adjust(bottom=0.75 / (0.24 * y + 1.6) + 0.05, top=1 - 0.45 / (0.24 * y + 1.6), left=0.02, right=0.99)
    return fig


# --------------------------------------------------------------------------
# Quotes


def quotes_per_speaker(quotes: pd.DataFrame, *, article_id: str | None = None) -> pd.DataFrame:
    """Quotes per speaker and type (direct / indirect / mixed), most first."""
    df = _one_article(quotes, article_id).copy()
    df["who"] = df.speaker.where(df.speaker.notna() & (df.speaker != ""), "(speaker not found)")
    table = df.pivot_table(index="who", columns="type", values="quote_id", aggfunc="count", fill_value=0)
    for col in ("direct", "indirect", "mixed"):
        if col not in table:
            table[col] = 0
    table = table[["direct", "mixed", "indirect"]]
    table["total"] = table.sum(axis=1)
    return table.sort_values(["total"], ascending=False).reset_index().rename(columns={"who": "speaker"})


def plot_quotes_per_speaker(table: pd.DataFrame, *, title: str = "Who is quoted, and how"):
    """Stacked bars: direct, mixed and indirect quotes per speaker."""
    fig, ax = plt.subplots(figsize=(7, 0.4 * max(len(table), 3) + 1))
    data = table.iloc[::-1]
    left = pd.Series(0, index=data.index)
    for col, colour in (("direct", "#1b9e77"), ("mixed", "#7570b3"), ("indirect", "#d95f02")):
        ax.barh(data.speaker, data[col], left=left, color=colour, label=col)
        left = left + data[col]
    ax.set_xlabel("quotes")
    ax.legend(frameon=False, loc="lower right")
    ax.set_title(title)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


# --------------------------------------------------------------------------
# Claims and sourcing


def claim_matrix(result, *, article_id: str | None = None) -> pd.DataFrame:
    """Claimant x stance: one row per claim, with date and evidence, supporters first."""
    claims = _one_article(result.claims, article_id)
    cols = ["claimant", "stance", "said_on", "evidence", "text", "reported_by"]
    df = claims[[c for c in cols if c in claims]].copy()
    df["stance"] = pd.Categorical(df.stance, list(STANCE_COLOURS), ordered=True)
    return df.sort_values(["stance", "claimant"], kind="stable").reset_index(drop=True)


def attribution_graph(result, *, article_id: str | None = None):
    """A networkx DiGraph: who cites, reports and contradicts whom.

    Edges carry ``relation``: "cites" (a named or unnamed source), "reports"
    (a statement relayed inside another's quote) and "contradicts" (a
    dispute, from the denier to the one denied).
    """
    import networkx as nx

    graph = nx.DiGraph()
    quotes = _one_article(result.quotes, article_id)
    who = {}
    for q in quotes.itertuples():
        name = q.speaker if isinstance(q.speaker, str) and q.speaker else q.speaker_text
        if isinstance(name, str) and name:
            who[q.quote_id] = name
            graph.add_node(name)
            graph.nodes[name]["quotes"] = graph.nodes[name].get("quotes", 0) + 1
    for q in quotes.itertuples():
        parent = q.parent_quote_id
        if isinstance(parent, str) and parent in who and q.quote_id in who and who[parent] != who[q.quote_id]:
            graph.add_edge(who[parent], who[q.quote_id], relation="reports")
    for s in _one_article(result.sourcing, article_id).itertuples():
        if isinstance(s.speaker, str) and isinstance(s.cited, str) and s.speaker and s.cited and s.speaker != s.cited:
            if not graph.has_edge(s.speaker, s.cited):
                graph.add_edge(s.speaker, s.cited, relation="cites")
    for d in _one_article(result.disputes, article_id).itertuples():
        graph.add_edge(d.claimant, d.opposed_claimant, relation="contradicts")
    return graph


def edges_graph(edges: pd.DataFrame, *, quotes: dict | None = None):
    """A networkx DiGraph from an edge table (from, to, relation), nodes sized by ``quotes``."""
    import networkx as nx

    graph = nx.DiGraph()
    for e in edges.itertuples():
        for node in (e[1], e[2]):
            graph.add_node(node, quotes=(quotes or {}).get(node, 0))
        graph.add_edge(e[1], e[2], relation=e[3])
    return graph


def plot_attribution_network(graph, *, title: str = "Who cites and contradicts whom"):
    """Draw :func:`attribution_graph`: grey arrows cite or report, red ones contradict."""
    import networkx as nx

    fig, ax = plt.subplots(figsize=(9, 6.5))
    if graph.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "no attributed statements", ha="center", va="center")
        ax.axis("off")
        return fig
    # A circle with each connected group of actors side by side reads better
    # than a force layout, which piles small groups on top of each other.
    order = []
    for component in sorted(nx.weakly_connected_components(graph), key=lambda c: (-len(c), sorted(c))):
        start = max(component, key=lambda n: (graph.degree(n), n))
        order += [n for n in nx.bfs_tree(graph.to_undirected(), start) if n not in order]
    pos = nx.circular_layout(order)
    pos = {n: pos[n] for n in graph}
    sizes = [300 + 120 * graph.nodes[n].get("quotes", 0) for n in graph]
    nx.draw_networkx_nodes(graph, pos, ax=ax, node_size=sizes, node_color="#deebf7", edgecolors="#3182bd")
    label_pos = {n: (x * 1.13, y * 1.13) for n, (x, y) in pos.items()}
    nx.draw_networkx_labels(graph, label_pos, ax=ax, font_size=8)
    ax.set_xlim(-1.45, 1.45)
    ax.set_ylim(-1.3, 1.3)
    styles = {"cites": ("#636363", "dashed"), "reports": ("#636363", "dotted"),
              "contradicts": (STANCE_COLOURS["denies"], "solid"), "came after": ("#2b7bba", (0, (1, 3)))}
    for relation, (colour, style) in styles.items():
        edges = [(u, v) for u, v, r in graph.edges(data="relation") if r == relation]
        if edges:
            nx.draw_networkx_edges(graph, pos, edgelist=edges, ax=ax, edge_color=colour, style=style, width=1.8,
                                   arrows=True, arrowsize=16, node_size=sizes, connectionstyle="arc3,rad=0.08")
    words = {"cites": "cites (an unnamed source)", "reports": "reports what the other said",
             "contradicts": "contradicts", "came after": "said the same later (source not stated)"}
    present = {r for _, _, r in graph.edges(data="relation")}
    handles = [matplotlib.lines.Line2D([], [], color=c, ls=s, label=words[r])
               for r, (c, s) in styles.items() if r in present]
    ax.legend(handles=handles, frameon=False, loc="lower left", fontsize=8)
    ax.set_title(title)
    ax.axis("off")
    fig.tight_layout()
    return fig


# --------------------------------------------------------------------------
# Across articles and accuracy


def plot_actors_across(actors: pd.DataFrame, *, title: str = "Actors across articles", top: int = 12):
    """Side-by-side bars per actor: articles naming it, and articles quoting it (never drawn over each other)."""
    data = actors.head(top).iloc[::-1].reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(8, 0.42 * max(len(data), 3) + 1.2))
    y = pd.Series(range(len(data)), dtype=float)
    ax.barh(y + 0.2, data.articles, height=0.4, color="#9ecae1", label="articles that name the actor")
    ax.barh(y - 0.2, data.quoted_in, height=0.4, color="#08519c", label="articles that quote the actor")
    for yy, a, q in zip(y, data.articles, data.quoted_in):
        ax.text(a + 0.05, yy + 0.2, str(a), va="center", fontsize=7)
        ax.text(q + 0.05, yy - 0.2, str(q), va="center", fontsize=7)
    ax.set_yticks(list(y), data.name, fontsize=8)
    ax.set_xlabel("articles")
    ax.xaxis.get_major_locator().set_params(integer=True)  # type: ignore[call-arg]  # AutoLocator takes it
    ax.legend(frameon=False, loc="lower right", fontsize=8)
    ax.set_title(title)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def plot_accuracy(accuracy: pd.DataFrame, *, title: str = "How often claimlib is right, on public gold data"):
    """Precision, recall and F1 per task, side by side; a reference system's score as a black tick.

    ``accuracy`` has columns task, measure, claimlib, reference (one row per
    measure); each row is drawn once.
    """
    data = accuracy.iloc[::-1].reset_index(drop=True)
    colours = {"precision": "#1b9e77", "recall": "#d95f02", "F1": "#7570b3"}
    fig, ax = plt.subplots(figsize=(9, 0.34 * len(data) + 1.4))
    kind = data.measure.map(lambda m: next((k for k in colours if m.startswith(k) or f" {k}" in m), "other"))
    ax.barh(range(len(data)), data.claimlib, color=kind.map(colours).fillna("#999999"), height=0.7)
    has_ref = data.reference.notna()
    ax.plot(data.reference[has_ref], [i for i, h in enumerate(has_ref) if h], "|", color="black", ms=14, mew=2)
    for i, value in enumerate(data.claimlib):
        ax.text(value + 0.01, i, f"{value:.3f}", va="center", fontsize=7)
    ax.set_yticks(range(len(data)), data.task + ": " + data.measure, fontsize=7.5)
    ax.set_xlim(0, 1.08)
    ax.set_xlabel("score (0 = always wrong, 1 = always right)")
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles: list[Artist] = [Patch(color=c, label=k) for k, c in colours.items()]
    handles.append(Patch(color="#999999", label="other measure"))
    handles.append(Line2D([], [], marker="|", ls="", color="black", ms=10, mew=2, label="reference system"))
    ax.legend(handles=handles, frameon=False, loc="lower right", fontsize=8)
    ax.set_title(title)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig
