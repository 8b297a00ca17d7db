#!/usr/bin/env python3
"""How the cost grows with the graph: a table and a chart from the bench run's JSONs.

    growth.py --out /tmp/claimgraph-bench --png Benchmarks/growth.png   # draw the chart
    growth.py --out /tmp/claimgraph-bench                              # print the table

Reads only what run.sh left in the output folder, for every scale found there (S, M,
and L when it was run): refs-<scale>.json (SQLite reference and Kuzu, from the kit's
run_refs.py) and claimgraph-{sql,cypher}-<scale>.json (the harness). Nothing is rerun.
The table (markdown, for RESULTS.md via results.py) gives import time, database size
and each question's median latency per engine and scale, with the growth factor from
the previous scale. The chart (PNG) has one panel per question (latency, log scale,
one line per engine) plus import time and database size; it needs matplotlib, which
run.sh installs into the kit's venv (/tmp/bench-venv).
"""
from __future__ import annotations

import argparse
import json
import math
import os

SCALES = ["S", "M", "L"]
# (key in the JSONs, name in the table and the chart's legend)
ENGINES = [("sqlite", "SQLite reference"), ("kuzu", "Kuzu"),
           ("sql", "ClaimGraph SQL"), ("cypher", "ClaimGraph Cypher")]
from report import TITLES as QUESTIONS  # noqa: E402  (one list of question titles)


def _json(path: str):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def _figures(engine: dict | None) -> dict:
    """load_s, db_mb and per-question median ms of one engine (None where it did not run)."""
    if not engine:
        return {}
    qs = engine.get("questions", {})
    return {"load_s": engine.get("load_s"),
            "db_mb": engine["db_bytes"] / 1e6 if engine.get("db_bytes") else None,
            **{q: (qs[q].get("median_ms") if q in qs and "error" not in qs[q] else None) for q in QUESTIONS}}


def load(out: str) -> list[dict]:
    """Every scale with a references' JSON in OUT: {scale, nodes, relationships, date, engines}."""
    scales = []
    for scale in SCALES:
        refs = _json(os.path.join(out, f"refs-{scale}.json"))
        if not refs:
            continue
        engines = {key: _figures(refs["engines"].get(key)) for key in ("sqlite", "kuzu")}
        for key in ("sql", "cypher"):
            engines[key] = _figures(_json(os.path.join(out, f"claimgraph-{key}-{scale}.json")))
        # The Cypher engine queries the store the SQL engine imported: same import, same file.
        if engines["cypher"] and engines["cypher"]["load_s"] is None:
            engines["cypher"]["load_s"] = engines["cypher"]["db_mb"] = None
        scales.append({"scale": scale, "nodes": refs["data"]["nodes"],
                       "relationships": refs["data"]["relationships"], "date": refs["date"][:16] + "Z",
                       "other_cpu_share": refs.get("other_cpu_share"), "engines": engines})
    return scales


def _num(v: float | None) -> str:
    if v is None:
        return "—"
    return f"{v:,.2f}" if v < 100 else f"{v:,.0f}"


def table(scales: list[dict]) -> str:
    """The markdown growth table: one row per measure and scale, one column per engine."""
    lines = ["| measure | scale | " + " | ".join(name for _, name in ENGINES) + " |",
             "|---|---|" + "---:|" * len(ENGINES)]
    measures = [("load_s", "import s"), ("db_mb", "database MB")] + [(q, f"{t} (ms)") for q, t in QUESTIONS.items()]
    for key, label in measures:
        previous = None
        for s in scales:
            cells = []
            for engine, _ in ENGINES:
                v = s["engines"][engine].get(key)
                if engine == "cypher" and key in ("load_s", "db_mb") and s["engines"]["cypher"]:
                    cells.append("same store")
                    continue
                p = previous["engines"][engine].get(key) if previous else None
                growth = f" (×{v / p:.1f})" if v is not None and p else ""
                cells.append(_num(v) + growth)
            lines.append(f"| {label if s is scales[0] else ''} | {s['scale']} | " + " | ".join(cells) + " |")
            previous = s
    sizes = "; ".join(f"{s['scale']}: {s['nodes']:,} nodes, {s['relationships']:,} relationships "
                      f"(references run {s['date']}, other processes {s['other_cpu_share']:.0%} of the CPU)"
                      for s in scales)
    return (f"{sizes}. Medians of 5 runs after a warm-up; (×N) is the growth from the previous scale. "
            "ClaimGraph Cypher queries the store ClaimGraph SQL imported.\n\n" + "\n".join(lines))


def _write_values(ax, labels: dict, left) -> None:
    """Write each point's value beside it (left of the first scale, right of the others),
    moving a label up when it would overlap the one below it at the same scale."""
    low, high = (math.log10(v) for v in ax.get_ylim())
    gap = (high - low) * 0.055                           # one line of 8-point text, in decades
    for x, values in labels.items():
        floor = -math.inf
        for v, colour in sorted(values):
            y = max(math.log10(v), floor + gap)
            floor = y
            ax.annotate(_num(v), (x, v), xytext=(x / 1.2 if x == left else x * 1.2, 10 ** y),
                        ha="right" if x == left else "left", va="center", fontsize=8, color=colour)


def chart(scales: list[dict], png: str) -> None:
    """One panel per question (log latency vs graph size), then import time and database size."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

    xs = [s["relationships"] for s in scales]
    ticks = [f"{s['scale']}\n{s['relationships'] / 1e6:.1f} M rels" for s in scales]
    panels = [(q, t, "ms") for q, t in QUESTIONS.items()] + [("load_s", "Import / ingest time", "s"),
                                                             ("db_mb", "Database size", "MB")]
    fig, axes = plt.subplots(2, 4, figsize=(17, 8.5))
    for ax, (key, title, unit) in zip(axes.flat, panels):
        labels: dict[int, list[tuple[float, str]]] = {}   # x -> (value, colour) to write there
        for (engine, name), style in zip(ENGINES, ["o-", "s-", "^-", "D-"]):
            points = [(x, s["engines"][engine].get(key)) for x, s in zip(xs, scales)]
            points = [(x, v) for x, v in points if v]
            if points:
                line, = ax.plot(*zip(*points), style, label=name, markersize=6)
                for x, v in points:
                    labels.setdefault(x, []).append((v, line.get_color()))
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xticks(xs, ticks)
        ax.xaxis.set_minor_formatter(NullFormatter())
        ax.xaxis.set_minor_locator(LogLocator(subs=[]))
        ax.yaxis.set_major_locator(LogLocator(subs=(1.0, 2.0, 5.0)))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,g}"))
        ax.yaxis.set_minor_formatter(NullFormatter())
        ax.set_xlim(xs[0] / 3, xs[-1] * 3)
        _write_values(ax, labels, left=xs[0] if len(xs) > 1 else None)
        ax.set_title(title, fontsize=11)
        ax.set_ylabel(unit + " (log)")
        ax.grid(True, which="major", alpha=0.3)
    axes.flat[0].legend(fontsize=8, loc="upper left")
    days = sorted({s["date"][:10] for s in scales})
    fig.suptitle("Latency and import cost as the graph grows: ClaimGraph (SQL, Cypher) vs SQLite reference and Kuzu "
                 f"(bench kit, median of 5 runs; shared 2-core machine; run of {', '.join(days)})", fontsize=12)
    fig.tight_layout()
    fig.savefig(png, dpi=90)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/tmp/claimgraph-bench", help="run.sh's output folder")
    ap.add_argument("--png", help="draw the chart into this file (else print the table)")
    args = ap.parse_args()
    scales = load(args.out)
    if not scales:
        print(f"no refs-<scale>.json in {args.out}: run Benchmarks/run.sh first")
        return 2
    if args.png and len(scales) < 2:
        print(f"only scale {scales[0]['scale']} in {args.out}: {args.png} left as it is (a growth chart needs two)")
    elif args.png:
        chart(scales, args.png)
        print(f"wrote {args.png} ({', '.join(s['scale'] for s in scales)})")
    else:
        print(table(scales))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
