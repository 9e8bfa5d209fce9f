#!/usr/bin/env bash
# Builds the storage benchmarks (Release, build/bench), runs both programs and
# writes the medians and the ratios a/b and a/c as a Markdown table.
#
#   bench/run_storage_bench.sh                    # 3 rounds x 5 repetitions
#   ROUNDS=1 REPETITIONS=5 bench/run_storage_bench.sh
#   bench/run_storage_bench.sh --benchmark_filter=lookup   # extra flags go to both programs
#
# The two programs run alternately, ROUNDS times, each with
# --benchmark_repetitions=REPETITIONS (repetitions randomly interleaved
# within a program); the table gives the median over all repetitions of all
# rounds, so a slow period of a shared 2-core machine hits the paths alike.
#
# Output: build/bench/results/{storage,qsqlite}_<round>.json and
# storage_bench.md (the table is printed as well). The databases are written
# under build/bench/data (HABEAS_BENCH_DIR), on the same disk as the checkout.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Qt's SQLite plugin (path c) and python3 (the report) come on top of the
# build dependencies.
bash "$root/scripts/deps.sh" libqt6sql6-sqlite python3
build="$root/build/bench"
results="$build/results"
rounds="${ROUNDS:-3}"
repetitions="${REPETITIONS:-5}"

launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi

cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release \
    -DHABEAS_BUILD_TESTS=OFF \
    -DHABEAS_BUILD_GUI=OFF \
    -DHABEAS_BUILD_BENCHMARKS=ON \
    "${launcher[@]}" >/dev/null
cmake --build "$build" --target habeas_bench_storage habeas_bench_qsqlite

mkdir -p "$results"
rm -f "$results"/storage_*.json "$results"/qsqlite_*.json "$results"/cputimes.txt "$results"/stderr.log
export HABEAS_BENCH_DIR="$build/data"
common=(--benchmark_format=json
        --benchmark_repetitions="$repetitions"
        --benchmark_enable_random_interleaving=true
        "$@")

# CPU time of the machine (/proc/stat) and of the benchmarks themselves, to
# report how busy the machine was with other work during the run.
head -n 1 /proc/stat >"$results/stat_start.txt"
TIMEFORMAT='%3U %3S'
for round in $(seq 1 "$rounds"); do
    echo "== round $round/$rounds: habeas_bench_storage (a: Habeas driver, b: SQLCipher C API, d: no key)" >&2
    { time "$build/bench/habeas_bench_storage" "${common[@]}" \
        >"$results/storage_$round.json" 2>>"$results/stderr.log"; } 2>>"$results/cputimes.txt"
    echo "== round $round/$rounds: habeas_bench_qsqlite (c: Qt QSQLITE)" >&2
    { time "$build/bench/habeas_bench_qsqlite" "${common[@]}" \
        >"$results/qsqlite_$round.json" 2>>"$results/stderr.log"; } 2>>"$results/cputimes.txt"
done
head -n 1 /proc/stat >"$results/stat_end.txt"

python3 "$root/bench/storage_report.py" "$results"/storage_*.json "$results"/qsqlite_*.json \
    --load "$results/stat_start.txt" "$results/stat_end.txt" "$results/cputimes.txt" \
    --output "$results/storage_bench.md"
