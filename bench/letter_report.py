#!/usr/bin/env python3
"""Turns the Google Benchmark JSON of habeas_bench_letters into a Markdown
table: for each letter and operation the median real time over every
repetition (min-max in brackets), the time per page, the ratio to the
rendering alone of the same letter in the same run, and the target
(render + encrypt under 100 ms a page). The diagnostics (each step alone)
are listed apart, with their share of the rendering.
"""

import json
import re
import statistics
import sys

TARGET_MS_PER_PAGE = 100.0
UNIT_TO_MS = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}
LETTERS = ["Acknowledgement", "AccessReply20", "InspectionRegister40"]
OPERATIONS = [("Render", "render (reference)"), ("RenderEncrypt", "render + encrypt"),
              ("ComposeRender", "compose + render")]
DIAGNOSTICS = [("Diag_Compose", "compose alone"), ("Diag_Encrypt", "encrypt alone")]
NAME = re.compile(r"^BM_(?P<op>\w+)/(?P<letter>\w+)$")


def load(files):
    times = {}  # (op, letter) -> [ms]
    pages = {}
    for file in files:
        with open(file, encoding="utf-8") as f:
            data = json.load(f)
        for b in data["benchmarks"]:
            if b.get("run_type") == "aggregate":
                continue
            match = NAME.match(b.get("run_name", b["name"]))
            if not match:
                continue
            if b.get("error_occurred"):
                sys.exit(f"{b['name']}: {b.get('error_message', 'error')}")
            key = (match["op"], match["letter"])
            times.setdefault(key, []).append(b["real_time"] * UNIT_TO_MS[b.get("time_unit", "ns")])
            if "pages" in b:
                pages[match["letter"]] = int(b["pages"])
    return times, pages


def ms(value):
    return f"{value:.3g}" if value < 100 else f"{value:.0f}"


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: letter_report.py letters.json [more.json ...]")
    times, pages = load(sys.argv[1:])
    letters = [l for l in LETTERS if ("Render", l) in times]
    print("| Letter | Pages | Operation | ms | ms per page | × render | < 100 ms a page |")
    print("|---|---:|---|---:|---:|---:|:-:|")
    for letter in letters:
        reference = statistics.median(times[("Render", letter)])
        n = pages.get(letter, 1)
        for op, label in OPERATIONS:
            runs = times.get((op, letter))
            if not runs:
                continue
            median = statistics.median(runs)
            spread = f" ({ms(min(runs))}–{ms(max(runs))})" if len(runs) > 1 else ""
            per_page = median / n
            target = ("yes" if per_page < TARGET_MS_PER_PAGE else "**no**") if op == "RenderEncrypt" else ""
            print(f"| {letter} | {n} | {label} | {ms(median)}{spread} | {ms(per_page)} | {median / reference:.2f} |"
                  f" {target} |")
    rows = [(letter, op, label) for letter in letters for op, label in DIAGNOSTICS if (op, letter) in times]
    if rows:
        print("\n| Diagnostic | Letter | ms | ms per page | × render |\n|---|---|---:|---:|---:|")
        for letter, op, label in rows:
            median = statistics.median(times[(op, letter)])
            reference = statistics.median(times[("Render", letter)])
            print(f"| {label} | {letter} | {ms(median)} | {ms(median / pages.get(letter, 1))} |"
                  f" {median / reference:.2f} |")
    if ("Render", "InspectionRegister40") in times and ("Render", "Acknowledgement") in times:
        per_page = statistics.median(times[("Render", "InspectionRegister40")]) / pages.get("InspectionRegister40", 1)
        reference = statistics.median(times[("Render", "Acknowledgement")]) / pages.get("Acknowledgement", 1)
        print(f"\nInspection file of the whole register: {ms(per_page)} ms a page rendered, "
              f"{per_page / reference:.2f} × the acknowledgement's page in the same run.")
    repetitions = max(len(v) for v in times.values())
    print(f"\nMedians of {repetitions} repetitions (min–max in brackets).")


if __name__ == "__main__":
    main()
