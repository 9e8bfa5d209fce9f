#!/usr/bin/env bash
# Builds Habeas and runs the whole test suite: the ci preset (warnings as
# errors), the translation check, the Debian package (built from the ci
# tree, installed on a clean Debian 12 and on this machine, used and
# removed: scripts/check-package.sh; in CI or with HABEAS_CHECK_PACKAGE=1),
# then the suite again under AddressSanitizer and
# UndefinedBehaviorSanitizer, with the deliberation parser's fuzzer run
# before it for a bounded time (FUZZ_SECONDS, 60 by default). Set
# HABEAS_SKIP_ASAN=1 to skip the sanitizer build and the fuzzer.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
command -v ccache >/dev/null && export HABEAS_COMPILER_LAUNCHER=ccache

echo "== Build and test (ci preset)"
cmake --preset ci
cmake --build --preset ci
ctest --preset ci

echo "== Translations are current (lupdate)"
cmake --build --preset ci --target update_translations >/dev/null
if ! git diff --quiet -- translations/ 2>/dev/null; then
    git --no-pager diff --stat -- translations/
    echo "translations/*.ts are not current: run 'cmake --build --preset dev --target update_translations' and commit them." >&2
    exit 1
fi

# It installs and removes a system package: in CI, or when asked for.
if [[ -n "${CI:-}" || "${HABEAS_CHECK_PACKAGE:-0}" == 1 ]]; then
    echo "== Debian package: built, linted, installed on a clean Debian 12 and here, used, removed"
    bash scripts/check-package.sh build/ci
else
    echo "== Debian package: skipped outside CI (it installs a system package); HABEAS_CHECK_PACKAGE=1 runs it"
fi

if [[ "${HABEAS_SKIP_ASAN:-0}" != 1 ]]; then
    # First, as it builds in seconds: a failure shows before the long build.
    echo "== Fuzz the deliberation parser (libFuzzer, ASan/UBSan, ${FUZZ_SECONDS:-60} s)"
    bash tests/fuzz/run-fuzz.sh

    echo "== Build and test (asan preset)"
    cmake --preset asan
    cmake --build --preset asan
    ctest --preset asan
fi
