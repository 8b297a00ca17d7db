#!/usr/bin/env python3
"""Turn one scale's bench run into a markdown section: ClaimGraph next to the kit's references.

    report.py --kit KIT --data DIR --refs refs.json --engine NAME=TIMES.json:ANSWERS.json ...

Checks every ClaimGraph engine's answers with the kit's check_answers.py (a fast wrong
answer is not a result), then prints the load and per-question table, each ClaimGraph
time also as a ratio to the faster reference of the same run (below 1 = faster).
The verdict is cached beside the answers (ANSWERS.json.check) while the answers are
unchanged, since checking M reads its whole edge list. results.py calls `section()`
for every scale whose JSONs are in the output folder.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

TITLES = {
    "q1": "Q1 who said what about X",
    "q2": "Q2 audit of claim C",
    "q3": "Q3 two-hop speakers' topics",
    "q4": "Q4 shortest path ≤ 4 hops",
    "q5": "Q5 top 10 speakers by outlets",
    "q6": "Q6 two-hop ego network",
}


def ms(v) -> str:
    if v is None:
        return "—"
    return f"{v:,.2f}" if v < 100 else f"{v:,.1f}"


def ratio(v, ref) -> str:
    if v is None or not ref:
        return "—"
    return f"{v / ref:.2f}×"


def check(kit: str, data: str, answers: str) -> tuple[bool, str]:
    cache = answers + ".check"
    if os.path.exists(cache) and os.path.getmtime(cache) >= os.path.getmtime(answers):
        with open(cache, encoding="utf-8") as f:
            verdict = json.load(f)
        return verdict["ok"], verdict["note"]
    p = subprocess.run([sys.executable, f"{kit}/check_answers.py", "--answers", answers, "--data", data],
                       capture_output=True, text=True)
    text = (p.stdout + p.stderr).strip().replace("\n", "; ")
    with open(cache, "w", encoding="utf-8") as f:
        json.dump({"ok": p.returncode == 0, "note": text}, f)
    return p.returncode == 0, text


def stamp(path: str) -> str:
    """When a file was last written, UTC to the minute: when that part of the run ended."""
    return time.strftime("%Y-%m-%dT%H:%MZ", time.gmtime(os.path.getmtime(path)))


def section(kit: str, data: str, refs_path: str, specs: list[str]) -> tuple[str, bool]:
    """The markdown section of one scale and whether every ClaimGraph answer was correct.
    specs: NAME=TIMES.json:ANSWERS.json, one per ClaimGraph engine."""
    with open(refs_path, encoding="utf-8") as f:
        refs = json.load(f)
    engines = []
    stamps = []
    for spec in specs:
        name, _, files = spec.partition("=")
        times, _, answers = files.partition(":")
        try:
            with open(times, encoding="utf-8") as f:
                t = json.load(f)
        except (OSError, ValueError):
            engines.append((name, None, False, "did not run"))
            continue
        stamps.append(stamp(times))
        ok, note = check(kit, data, answers)
        engines.append((name, t, ok, note))

    ref_names = list(refs["engines"])
    d = refs["data"]
    mi = refs["machine"]
    out = [f"## Scale {d['scale']} (seed {d['seed']}, generator {d['generator_version']}): "
           f"{d['nodes']:,} nodes, {d['relationships']:,} relationships", "",
           f"Run of {refs['date'][:16]}Z (references) to {max(stamps, default='—')} (ClaimGraph) · {mi['cpu']} · {mi['cores']} cores · {mi['mem_gib']} GiB · "
           + " · ".join(f"{e} {refs['engines'][e]['version']}" for e in ref_names) + f" · {refs['rule']}"]
    other = refs.get("other_cpu_share")
    if other is not None:
        out.append(f"Other processes took {other:.0%} of the machine's CPU during the references' run"
                   + (" — **times are not clean**." if other > 0.05 else "."))
    out.append("")
    out += ["| engine | load s | db MB |", "|---|---:|---:|"]
    for e in ref_names:
        en = refs["engines"][e]
        out.append(f"| {e} | {en['load_s'] if en['load_s'] is not None else 'reused'} | {en['db_bytes'] / 1e6:,.0f} |")
    for name, t, _, _ in engines:
        if t:
            out.append(f"| ClaimGraph ({name}) | {t['load_s'] if t['load_s'] is not None else 'reused'} | {t['db_bytes'] / 1e6:,.0f} |")
    out.append("")
    ran = [(n, t) for n, t, _, _ in engines if t]
    head = "| question | " + " | ".join(f"{e} ms" for e in ref_names) + " | faster ref ms | " \
        + " | ".join(f"ClaimGraph {n} ms | ratio" for n, _ in ran) + " |"
    out += [head, "|---|" + "---:|" * (len(ref_names) + 1 + 2 * len(ran))]
    for q, title in TITLES.items():
        cells = [ms(refs["engines"][e]["questions"][q]["median_ms"]) for e in ref_names]
        ref = refs["reference"].get(q)
        ref_ms = ref["ms"] if ref else None
        row = f"| {title} | " + " | ".join(cells) + f" | {ms(ref_ms)} |"
        for _, t in ran:
            tq = t["questions"][q]
            v = tq["median_ms"]
            row += (f" {ms(v)} | {ratio(v, ref_ms)} |" if "error" not in tq
                    else f" failed¹ | — |")
        out.append(row)
    out.append("")
    for name, t in ran:
        for q, tq in t["questions"].items():
            if "error" in tq:
                out.append(f"¹ ClaimGraph {name} {q.upper()}: {tq['error']}")
    for name, t, ok, note in engines:
        out.append(f"- ClaimGraph {name}: " + ("answers correct (check_answers.py: " if ok else "**answers NOT correct** (")
                   + note + ")")
    if refs.get("mismatches"):
        out.append("- references disagree: " + "; ".join(refs["mismatches"]))
    return "\n".join(out), all(ok for _, t, ok, _ in engines if t)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kit", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--refs", required=True)
    ap.add_argument("--engine", action="append", default=[], help="NAME=TIMES.json:ANSWERS.json")
    args = ap.parse_args()
    text, ok = section(args.kit, args.data, args.refs, args.engine)
    print(text)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
