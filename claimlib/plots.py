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

matplotlib.use("Agg") if matplotlib.get_backend().lower() == "agg" else None
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

__all__ = [
    "mention_counts",
    "plot_mentions",
    "timeline_table",
    "plot_timeline",
    "quotes_per_speaker",
    "plot_quotes_per_speaker",
    "claim_matrix",
    "attribution_graph",
    "plot_attribution_network",
    "save_figure",
]

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_STANCE_COLOURS = {"supports": "#2b7bba", "denies": "#d7301f", "neutral": "#999999"}


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


def _one_article(df: pd.DataFrame, article_id: str | None) -> pd.DataFrame:
    if article_id is None or "article_id" not in df:
        return df
    return df[df.article_id == article_id]


# --------------------------------------------------------------------------
# Entities


def mention_counts(entities: pd.DataFrame, *, article_id: str | None = None, top: int = 12,
                   labels=("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")) -> pd.DataFrame:
    """Actors by number of mentions (name, label, mentions), most first."""
    df = _one_article(entities, article_id)
    df = df[df.label.isin(labels) | (df.get("kind", pd.Series(index=df.index, dtype=object)) != "named")]
    return (df[["name", "label", "mentions"]].sort_values(["mentions", "name"], ascending=[False, True])
            .head(top).reset_index(drop=True))


def plot_mentions(counts: pd.DataFrame, *, title: str = "Mentions per actor"):
    """Horizontal bars: how often the article mentions each actor."""
    fig, ax = plt.subplots(figsize=(7, 0.35 * max(len(counts), 3) + 1))
    data = counts.iloc[::-1]
    colours = data.label.map({"PERSON": "#4c72b0", "ORG": "#dd8452", "GPE": "#55a868"}).fillna("#8172b2")
    ax.barh(data.name, data.mentions, color=colours)
    ax.set_xlabel("mentions (names, pronouns and nominals)")
    ax.set_title(title)
    for y, value in enumerate(data.mentions):
        ax.text(value + 0.1, y, str(value), va="center", fontsize=8)
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


def _short(text: str, width: int = 70) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1].rsplit(" ", 1)[0] + "…"


def timeline_table(result, *, article_id: str | None = None) -> pd.DataFrame:
    """What happened when, as precisely as the text says.

    Rows come from dated events, from quotes dated by the text (``said_on``)
    that no event covers, and from time expressions inside quotes ("staff
    unchanged for years", "recently finished servicing"), which say when the
    quoted thing happened. Vague times keep their TIMEX3 value (PAST_REF,
    PXY) and are never given a day.

    Returns:
        Columns actor, what, value, precision (day / month / duration /
        vague), date (a day or NaT), source (event / quote / quoted time),
        ordered by date, vague ones first.
    """
    events = _one_article(result.events, article_id)
    quotes = _one_article(result.quotes, article_id)
    timexes = _one_article(result.timexes, article_id)
    rows = []
    covered_quotes, used_timexes = set(), set()
    for ev in events.itertuples():
        if not isinstance(ev.date, str) or not ev.date:
            continue
        rows.append({"actor": ev.actor if isinstance(ev.actor, str) else "", "what": _short(ev.description),
                     "value": ev.date, "source": "event", "start": ev.start})
        if isinstance(ev.quote_id, str) and ev.quote_id:
            covered_quotes.add(ev.quote_id)
        if isinstance(ev.timex_id, str) and ev.timex_id:
            used_timexes.add(ev.timex_id)
    for q in quotes.itertuples():
        if isinstance(q.said_on, str) and q.said_on and q.quote_id not in covered_quotes:
            who = q.reported_by if isinstance(q.reported_by, str) and q.reported_by else q.speaker
            rows.append({"actor": who or q.speaker_text, "what": f"{q.cue} " + _short(q.content, 60),
                         "value": q.said_on, "source": "quote", "start": q.cue_start})
    for t in timexes.itertuples():
        if t.timex_id in used_timexes or t.type not in {"DATE", "DURATION", "TIME"}:
            continue
        inside = quotes[(quotes.content_start <= t.start) & (t.end <= quotes.content_end)]
        if inside.empty:
            continue
        q = inside.sort_values("content_start").iloc[-1]
        if q.said_on == t.value:
            continue
        content = str(q.content)
        at = int(t.start - q.content_start)
        clause = content[max(0, at - 60): at + len(str(t.text)) + 10]
        rows.append({"actor": f"{q.speaker or q.speaker_text} (says)", "what": _short("…" + clause + "…", 80),
                     "value": t.value, "source": "quoted time", "start": t.start})
    df = pd.DataFrame(rows, columns=["actor", "what", "value", "source", "start"])
    df["precision"] = df.value.map(_precision)
    df["date"] = pd.to_datetime(df.value.where(df.precision == "day"), errors="coerce")
    order = df.precision.map({"duration": 0, "vague": 1, "month": 2, "day": 3}).fillna(4)
    df = df.assign(_o=order).sort_values(["date", "_o", "start"], na_position="first").drop(columns="_o")
    return df[["actor", "what", "value", "precision", "date", "source"]].reset_index(drop=True)


def plot_timeline(table: pd.DataFrame, *, published: dt.date | str | None = None,
                  title: str = "Timeline of the dispute"):
    """Dated happenings as points; vague and open-ended times as faded bands.

    A day is a dot on its day. "recently" or "earlier" (PAST_REF) is a faded
    band reaching back from the publication date with no dot, and "for years"
    (PXY) an arrow coming in from the left edge: they are drawn as vague as
    the text is.
    """
    days = table.date.dropna()
    pub = pd.Timestamp(published) if published is not None else (days.max() if len(days) else pd.Timestamp.today())
    left = (days.min() if len(days) else pub) - pd.Timedelta(days=4)
    right = pub + pd.Timedelta(days=1)
    fig, ax = plt.subplots(figsize=(9, 0.55 * max(len(table), 3) + 1.2))
    for y, row in enumerate(table.itertuples()):
        label = f"{row.actor}: {row.what}"
        if row.precision == "day":
            ax.plot(row.date, y, "o", color="#2b7bba", ms=8, zorder=3)
            ax.annotate(label, (row.date, y), xytext=(8, 0), textcoords="offset points", va="center", fontsize=8)
        elif row.precision == "duration":
            ax.annotate("", xy=(pub, y), xytext=(left, y),
                        arrowprops=dict(arrowstyle="->", color="#888888", lw=2, ls="--"))
            ax.text(left, y + 0.25, f"{label}   [{row.value}: for an unspecified time]", fontsize=8, color="#555555")
        elif row.precision == "vague":
            ax.axhspan(y - 0.3, y + 0.3, xmin=0, xmax=(pub - left) / (right - left), color="#f4a582", alpha=0.25, lw=0)
            ax.text(left, y + 0.35, f"{label}   [{row.value}: some time before publication]", fontsize=8,
                    color="#8c2d04")
        else:
            ax.text(left, y, f"{label}   [{row.value}]", fontsize=8, color="#555555", va="center")
    ax.axvline(pub, color="black", lw=1, ls=":")
    ax.text(pub, -0.9, " published", fontsize=8, va="bottom")
    ax.set_xlim(left, right)
    ax.set_ylim(len(table) - 0.3, -1)
    ax.set_yticks([])
    ax.xaxis.set_major_formatter(matplotlib.dates.DateFormatter("%a\n%d %b"))
    ax.xaxis.set_major_locator(matplotlib.dates.DayLocator())
    ax.tick_params(axis="x", labelsize=8)
    ax.set_title(title)
    ax.spines[["top", "right", "left"]].set_visible(False)
    fig.tight_layout()
    return fig


# --------------------------------------------------------------------------
# Quotes


def quotes_per_speaker(quotes: pd.DataFrame, *, article_id: str | None = None) -> pd.DataFrame:
    """Quotes per speaker and type (direct / indirect / mixed), most first."""
    df = _one_article(quotes, article_id).copy()
    df["who"] = df.speaker.where(df.speaker.notna() & (df.speaker != ""), df.speaker_text).fillna("(unknown)")
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
    df["stance"] = pd.Categorical(df.stance, ["supports", "denies", "neutral"], ordered=True)
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
    styles = {"cites": ("#636363", "dashed"), "reports": ("#636363", "dotted"), "contradicts": ("#d7301f", "solid")}
    for relation, (colour, style) in styles.items():
        edges = [(u, v) for u, v, r in graph.edges(data="relation") if r == relation]
        if edges:
            nx.draw_networkx_edges(graph, pos, edgelist=edges, ax=ax, edge_color=colour, style=style, width=1.8,
                                   arrows=True, arrowsize=16, node_size=sizes, connectionstyle="arc3,rad=0.08")
    handles = [matplotlib.lines.Line2D([], [], color=c, ls=s, label=r) for r, (c, s) in styles.items()]
    ax.legend(handles=handles, frameon=False, loc="lower left", fontsize=8)
    ax.set_title(title)
    ax.axis("off")
    fig.tight_layout()
    return fig
