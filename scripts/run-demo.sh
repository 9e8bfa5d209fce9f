#!/usr/bin/env bash
# Builds Habeas and starts it on the demo vault (created on first use; the
# demo accounts are listed in the README).
set -euo pipefail
cd "$(dirname "$0")/.."

extra=()
headless=0
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    headless=1
    extra=(xvfb xauth)
fi
bash scripts/deps.sh "${extra[@]}"

command -v ccache >/dev/null && export HABEAS_COMPILER_LAUNCHER=ccache
cmake --preset dev >/dev/null
cmake --build --preset dev --target habeas habeas-cli

app=build/dev/app/habeas
if [[ $headless -eq 1 ]]; then
    echo "No display found: starting Habeas in a virtual X server (xvfb-run)."
    exec xvfb-run -a "$app" --demo "$@"
fi
exec "$app" --demo "$@"
