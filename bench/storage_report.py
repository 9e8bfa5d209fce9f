#!/usr/bin/env python3
"""Turns the Google Benchmark JSON of habeas_bench_storage and
habeas_bench_qsqlite into a Markdown table: median real time per path and
workload, the ratios a/b and a/c, and the targets (a/b <= 1.10, a/c <= 1.25).

Benchmark names are "<path>/<workload>[/min_time:...][/real_time]", path being
a_habeas, b_capi, c_qsqlite or d_capi_nokey (diagnostic). Several JSON files
(rounds) may be given: the median is taken over every repetition of every
file, not over the per-file aggregates.
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys

PATHS = ("a_habeas", "b_capi", "c_qsqlite")
NOKEY = "d_capi_nokey"
WORKLOADS = (
    ("insert_100k", "100,000 inserts, one transaction"),
    ("lookup_10k", "10,000 primary-key lookups"),
    ("range_due", "due BETWEEN … ORDER BY due"),
    ("like_surname", "surname LIKE '%ert%'"),
)
TARGET_AB = 1.10
TARGET_AC = 1.25
UNIT_TO_MS = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}
COUNTERS = ("rows", "id_state_sum", "non_null")


def load(files):
    runs = {}  # (path, workload) -> {"repetitions": [ms], "counters": set, "errors": [..]}
    contexts = {}
    for file in files:
        with open(file, encoding="utf-8") as f:
            data = json.load(f)
        ctx = data.get("context", {})
        contexts.setdefault(os.path.basename(ctx.get("executable", file)), ctx)
        for b in data["benchmarks"]:
            if b.get("run_type") == "aggregate":
                continue
            parts = b.get("run_name", b["name"]).split("/")
            key = (parts[0], parts[1] if len(parts) > 1 else "")
            entry = runs.setdefault(key, {"repetitions": [], "counters": set(), "errors": []})
            if b.get("error_occurred"):
                entry["errors"].append(b.get("error_message", "error"))
                continue
            entry["repetitions"].append(b["real_time"] * UNIT_TO_MS[b.get("time_unit", "ns")])
            entry["counters"].add(tuple(b.get(c) for c in COUNTERS))
    for entry in runs.values():
        reps = entry["repetitions"]
        entry["median"] = statistics.median(reps) if reps else None
    return runs, contexts


def machine():
    def run(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return "?"
    model = "?"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{run(['nproc'])} CPUs ({model}), {platform.system()} {platform.release()}"


def other_load(stat_start, stat_end, cputimes):
    """Average number of CPUs busy with work other than the benchmarks."""
    def read(path):
        with open(path, encoding="utf-8") as f:
            return [int(x) for x in f.read().split()[1:]]
    a, b = read(stat_start), read(stat_end)
    delta = [y - x for x, y in zip(a, b)]
    tick = os.sysconf("SC_CLK_TCK")
    cpus = os.cpu_count() or 1
    # user nice system idle iowait irq softirq steal ...
    busy = (delta[0] + delta[1] + delta[2] + delta[5] + delta[6] + delta[7]) / tick
    elapsed = sum(delta[:8]) / tick / cpus
    own = 0.0
    with open(cputimes, encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if len(fields) == 2:
                own += float(fields[0]) + float(fields[1])
    return max(busy - own, 0.0) / elapsed if elapsed > 0 else 0.0, elapsed


def fmt(ms):
    return "—" if ms is None else (f"{ms:.1f}" if ms >= 10 else f"{ms:.2f}")


def ratio(x, y):
    return None if x is None or y is None or y == 0 else x / y


def verdict(r, target):
    if r is None:
        return "—"
    return f"**{r:.2f}** {'✓' if r <= target else '✗'}"


def cell(entry):
    if not entry:
        return "—"
    if entry["errors"]:
        return "error: " + entry["errors"][0]
    reps = entry["repetitions"]
    text = fmt(entry["median"])
    if len(reps) > 1:
        text += f"<br><sub>{min(reps):.1f}–{max(reps):.1f}</sub>"
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("json", nargs="+", help="Google Benchmark JSON output files")
    parser.add_argument("--load", nargs=3, metavar=("STAT_START", "STAT_END", "CPUTIMES"),
                        help="/proc/stat snapshots and the programs' user/sys times")
    parser.add_argument("--output", help="also write the Markdown here")
    args = parser.parse_args()

    runs, contexts = load(args.json)
    reps = max((len(e["repetitions"]) for e in runs.values()), default=0)
    lines = [f"Machine: {machine()}"]
    for name, ctx in sorted(contexts.items()):
        versions = ", ".join(f"{k} {ctx[k]}" for k in ("sqlcipher_version", "sqlite_version", "qt_version") if k in ctx)
        lines.append(f"- {name}: {versions}; Google Benchmark library_build_type {ctx.get('library_build_type', '?')}")
    if args.load:
        load_cpus, elapsed = other_load(*args.load)
        lines.append(f"- run time {elapsed / 60:.1f} min; other work on the machine during the run: "
                     f"{load_cpus:.2f} CPUs on average (busy time from /proc/stat minus the benchmarks' own CPU time)")
    lines.append("")
    lines.append(f"Median real time in ms over {reps} repetitions (min–max of the repetitions below).")
    lines.append("")
    lines.append("| workload | a: Habeas driver | b: SQLCipher C API | c: QSQLITE, plain file "
                 f"| a/b (≤ {TARGET_AB:.2f}) | a/c (≤ {TARGET_AC:.2f}) |")
    lines.append("|---|---:|---:|---:|---:|---:|")
    problems = []
    rows_seen = []
    for workload, label in WORKLOADS:
        entries = [runs.get((p, workload)) for p in PATHS]
        medians = [e["median"] if e else None for e in entries]
        lines.append(f"| {workload}: {label} | {' | '.join(cell(e) for e in entries)} "
                     f"| {verdict(ratio(medians[0], medians[1]), TARGET_AB)} "
                     f"| {verdict(ratio(medians[0], medians[2]), TARGET_AC)} |")
        seen = set()
        for p in PATHS + (NOKEY,):
            if runs.get((p, workload)):
                seen |= runs[(p, workload)]["counters"]
        if len(seen) > 1:
            problems.append(f"{workload}: the paths did not all see the same rows: {sorted(seen)}")
        elif seen:
            rows_seen.append(f"{workload} {int(next(iter(seen))[0] or 0):,}")
    lines.append("")
    lines.append("Rows per iteration, checked identical on every path (count, sum of id+state, non-NULL "
                 "first_name+notes): " + ", ".join(rows_seen))

    if any((NOKEY, w) in runs for w, _ in WORKLOADS):
        engine = contexts.get("habeas_bench_storage", {}).get("sqlite_version", "?")
        lines.append("")
        lines.append("Diagnostic, no target: d = the C API code of b on the same SQLCipher library "
                     f"without a key, i.e. plain SQLite {engine}; b/d is the cost of the encryption "
                     "alone.")
        lines.append("")
        lines.append("| workload | d: C API, no key | b/d |")
        lines.append("|---|---:|---:|")
        for workload, _ in WORKLOADS:
            d = runs.get((NOKEY, workload))
            dm = d["median"] if d else None
            bm = (runs.get((PATHS[1], workload)) or {}).get("median")
            rb = ratio(bm, dm)
            lines.append(f"| {workload} | {cell(d)} | {'—' if rb is None else f'{rb:.2f}'} |")
    for (path, workload), entry in sorted(runs.items()):
        if workload.startswith("diag_"):
            lines.append(f"\nDiagnostic {path}/{workload}: median {fmt(entry['median'])} ms "
                         f"(min–max {min(entry['repetitions']):.1f}–{max(entry['repetitions']):.1f})")
    for p in problems:
        lines.append(f"\n**WARNING** {p}")

    text = "\n".join(lines) + "\n"
    sys.stdout.write(text)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
