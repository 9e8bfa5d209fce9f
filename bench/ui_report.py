#!/usr/bin/env python3
"""Turns the Google Benchmark JSON of habeas_bench_ui into a Markdown table:
for each operation the median real time of the model (BM_<op>_Model) and of
the service calls it makes (BM_<op>_Service) over every repetition, their
ratio, and the targets (each under 50 ms, model / service <= 2).
"""

import json
import re
import statistics
import sys

TARGET_MS = 50.0
TARGET_RATIO = 2.0
UNIT_TO_MS = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}
# The operations in the order of the requirement; the benchmarks run
# interleaved, so the JSON's order is not theirs.
OPERATIONS = ["FirstPage", "SortChange", "FilterChange", "SearchFirstLetter", "SearchFourthLetter",
              "JumpToRow50000", "OpenDetail"]
NAME = re.compile(r"^BM_(?P<op>\w+?)_(?P<side>Model|Service)$")


def load(files):
    times = {}  # (op, side) -> [ms]
    order = []
    rows = {}
    for file in files:
        with open(file, encoding="utf-8") as f:
            data = json.load(f)
        for b in data["benchmarks"]:
            if b.get("run_type") == "aggregate":
                continue
            match = NAME.match(b.get("run_name", b["name"]).split("/")[0])
            if not match:
                continue
            if b.get("error_occurred"):
                sys.exit(f"{b['name']}: {b.get('error_message', 'error')}")
            op, side = match["op"], match["side"]
            if op not in order:
                order.append(op)
            times.setdefault((op, side), []).append(b["real_time"] * UNIT_TO_MS[b.get("time_unit", "ns")])
            if "rows" in b:
                rows[op] = int(b["rows"])
    order.sort(key=lambda op: (OPERATIONS.index(op) if op in OPERATIONS else len(OPERATIONS), op))
    return order, times, rows


def ms(value):
    return f"{value:.3g}" if value < 100 else f"{value:.0f}"


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: ui_report.py ui.json [more.json ...]")
    order, times, rows = load(sys.argv[1:])
    print("| Operation | Rows listed | Model (ms) | Service (ms) | Model / service | < 50 ms | ≤ 2× |")
    print("|---|---:|---:|---:|---:|:-:|:-:|")
    for op in order:
        model, service = times.get((op, "Model")), times.get((op, "Service"))
        if not model or not service:
            continue
        m, s = statistics.median(model), statistics.median(service)
        spread = f" ({ms(min(model))}–{ms(max(model))})" if len(model) > 1 else ""
        sspread = f" ({ms(min(service))}–{ms(max(service))})" if len(service) > 1 else ""
        listed = f"{rows[op]:,}" if op in rows else "—"
        print(f"| {op} | {listed} | {ms(m)}{spread} | {ms(s)}{sspread} | {m / s:.2f} |"
              f" {'yes' if m < TARGET_MS else '**no**'} | {'yes' if m / s <= TARGET_RATIO else '**no**'} |")
    others = sorted({op for op, _ in times} - {op for op in order if (op, "Model") in times and (op, "Service") in times})
    if others:
        print("\n| Diagnostic | Median (ms) |\n|---|---:|")
        for op in others:
            for side in ("Model", "Service"):
                if (op, side) in times:
                    print(f"| {op}_{side} | {ms(statistics.median(times[(op, side)]))} |")
    repetitions = max(len(v) for v in times.values())
    print(f"\nMedians of {repetitions} repetitions (min–max in brackets).")


if __name__ == "__main__":
    main()
