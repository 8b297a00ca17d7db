#!/usr/bin/env python3
"""Rewrite Benchmarks/RESULTS.md from every result the bench has kept, not only the last run's.

    results.py [--out /tmp/claimgraph-bench] [--kit ../shared/bench] [--results Benchmarks/RESULTS.md]

Sections, each stamped with when it ran:
  - "How the cost grows": growth.py's table over every scale in OUT (needs two scales);
  - "Scale S", "Scale M", "Scale L": report.py's section for each scale with a refs-<scale>.json in OUT;
  - "Ingest …": the sections ingest.sh wrote into OUT (ingest-*.md).
A section whose inputs are no longer in OUT (say /tmp was cleared, or only S was rerun
and M's JSONs are gone) is kept as it stands in the current RESULTS.md, so a short run
never erases the figures of a longer one. Run by run.sh and ingest.sh.
"""
from __future__ import annotations

import argparse
import glob
import os
import platform
import re
import subprocess
import sys
import time

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import growth  # noqa: E402
import report  # noqa: E402

GROWTH = "How the cost grows"


def key(heading: str) -> str:
    """A section's identity: its heading up to the first '(' or ':' ("Scale M", "Ingest 1×")."""
    return re.split(r"[(:]", heading[3:], maxsplit=1)[0].strip()


def old_sections(path: str) -> dict[str, str]:
    """The '## ' sections of the current RESULTS.md by key."""
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError:
        return {}
    parts = re.split(r"(?m)^(?=## )", text)
    return {key(p.splitlines()[0]): p.strip() for p in parts if p.startswith("## ")}


def scale_sections(out: str, kit: str) -> dict[str, str]:
    sections = {}
    for scale in growth.SCALES:
        refs = os.path.join(out, f"refs-{scale}.json")
        data = f"/tmp/bench-data/{scale}"
        if not (os.path.exists(refs) and os.path.exists(f"{data}/manifest.json")):
            continue
        specs = [f"{e}={out}/claimgraph-{e}-{scale}.json:{out}/answers-{e}-{scale}.json" for e in ("sql", "cypher")]
        text, _ = report.section(kit, data, refs, specs)
        sections[f"Scale {scale}"] = text
    return sections


def growth_section(out: str, png: str) -> dict[str, str]:
    scales = growth.load(out)
    if len(scales) < 2:
        return {}
    names = ", ".join(s["scale"] for s in scales)
    chart = os.path.relpath(png, os.path.dirname(os.path.abspath(png))) if png else None
    text = (f"## {GROWTH} ({names})\n\n" + growth.table(scales)
            + (f"\n\n![latency and import time per scale]({chart}) — `Benchmarks/growth.py` draws it from the same JSONs."
               if chart and os.path.exists(png) else ""))
    return {GROWTH: text}


def ingest_sections(out: str) -> dict[str, str]:
    sections = {}
    for path in sorted(glob.glob(os.path.join(out, "ingest-*.md"))):
        with open(path, encoding="utf-8") as f:
            text = f.read().strip()
        sections[key(text.splitlines()[0])] = text
    return sections


def order(k: str) -> tuple:
    if k == GROWTH:
        return (0, 0, k)
    if k.startswith("Scale "):
        return (1, "SML".find(k[-1]), k)
    if k.startswith("Ingest"):
        return (2, len(k), k)                 # "Ingest 1×" before "Ingest 10×"
    return (3, 0, k)


def header(command: str) -> str:
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()
    with open("/proc/meminfo", encoding="utf-8") as f:
        mem = int(f.readline().split()[1]) / 1048576
    return ("# Benchmark results\n\n"
            f"Rewritten by `Benchmarks/results.py` on {time.strftime('%Y-%m-%dT%H:%MZ', time.gmtime())} "
            f"(last command: `{command}`) from every result kept in the output folder; each section says "
            f"when it ran. Machine: {os.cpu_count()} cores, {mem:.0f} GiB, {platform.system()} {platform.release()}, "
            f"{swift[0] if swift else 'swift unknown'}. ClaimGraph times are in-process (no process start-up), "
            "release build; ratios are ClaimGraph ÷ the faster reference of the same run (below 1× = faster). "
            "See Benchmarks/README.md.")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.environ.get("BENCH_OUT", "/tmp/claimgraph-bench"))
    kit = os.path.normpath(os.path.join(HERE, "../../shared/bench"))
    ap.add_argument("--kit", default=os.environ.get("BENCH_KIT") or (kit if os.path.isdir(kit) else "/work/shared/bench"))
    ap.add_argument("--results", default=os.path.join(HERE, "RESULTS.md"))
    ap.add_argument("--png", default=os.path.join(HERE, "growth.png"))
    ap.add_argument("--command", default="Benchmarks/results.py")
    args = ap.parse_args()
    sections = old_sections(args.results)
    for fresh in (growth_section(args.out, args.png), scale_sections(args.out, args.kit), ingest_sections(args.out)):
        sections.update(fresh)
    with open(args.results, "w", encoding="utf-8") as f:
        f.write(header(args.command) + "\n\n" + "\n\n".join(sections[k] for k in sorted(sections, key=order)) + "\n")
    print(f"wrote {args.results}: " + ", ".join(sorted(sections, key=order)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
