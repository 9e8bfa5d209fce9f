#!/usr/bin/env bash
# Builds the deliberation parser's libFuzzer target with clang under
# AddressSanitizer and UndefinedBehaviorSanitizer, and runs it for a bounded
# time (FUZZ_SECONDS, 60 by default) from the seed deliberation and the
# texts in tests/fuzz/corpus. Any crash, sanitizer report, input slower than
# 10 s or memory above 2 GB fails it; the input is left in the work folder.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds="${FUZZ_SECONDS:-60}"
seeds="${HABEAS_SEEDS_DIR:-$(pwd)/../shared/seeds}"
work="build/fuzz"
mkdir -p "$work/corpus"

cxx="${FUZZ_CXX:-clang++}"
# Qt's headers and library, as the main build finds them.
qt_flags=$(pkg-config --cflags Qt6Core)
qt_libs=$(pkg-config --libs Qt6Core)

# The parser and the few core sources it links (a new dependency of theirs
# belongs here too; the fuzzer is built apart from the CMake tree).
"$cxx" -std=c++20 -O1 -g -fPIC -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -DQT_NO_CAST_FROM_ASCII -DQT_NO_KEYWORDS -I. $qt_flags \
    tests/fuzz/DeliberationParserFuzz.cpp core/import/DeliberationParser.cpp core/deliberations/Deliberation.cpp \
    core/requests/Request.cpp \
    $qt_libs -o "$work/deliberation-parser-fuzz"

# The corpus to start from: the seed (when it is beside the clone) and ours.
cp tests/fuzz/corpus/*.txt "$work/corpus/"
if compgen -G "$seeds/*.txt" >/dev/null; then
    cp "$seeds"/*.txt "$work/corpus/"
fi

mkdir -p "$work/corpus-run"
cd "$work"
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ASAN_OPTIONS=detect_leaks=1 \
    ./deliberation-parser-fuzz -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=131072 \
    -print_final_stats=1 corpus-run corpus 2>&1 | tail -n 25
