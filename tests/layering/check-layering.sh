#!/usr/bin/env bash
# The direction of Habeas's layers, checked on the sources:
#   core/vault and core/crypto (the engine) include nothing from the feature
#   folders of core, nor from ui/ or cli/;
#   nothing under ui/, cli/ or app/ includes the engine (core/vault) or the
#   door services use to reach it (SessionStorage): they go through services;
#   core never includes a widget header nor anything from ui/.
# Usage: check-layering.sh [SOURCE_ROOT]. Prints each broken rule with the
# file and line, and exits 1 when there is one.
set -u
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$root" || { echo "no such folder: $root" >&2; exit 2; }

broken=0
report() { # rule, grep output lines
    local rule=$1 hits=$2
    [[ -z "$hits" ]] && return
    broken=1
    echo "layering: $rule"
    echo "$hits" | sed 's/^/  /'
}
sources() { # folders...
    local dirs=()
    for d in "$@"; do [[ -d "$d" ]] && dirs+=("$d"); done
    [[ ${#dirs[@]} -gt 0 ]] && find "${dirs[@]}" -type f \( -name '*.h' -o -name '*.cpp' \) | sort
}
includes() { # pattern, files on stdin
    xargs -r grep -HnE "^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"]($1)" 2>/dev/null || true
}

engine_features=$(sources core/vault core/crypto \
    | includes 'core/(accounts|audit|requests|register|deliberations|documents|letters|import|settings|demo|administration)/|ui/|cli/')
report "the engine (core/vault, core/crypto) includes a feature, ui or cli header" "$engine_features"

front_engine=$(sources ui cli app | includes 'core/vault/|core/accounts/SessionStorage.h')
report "ui/, cli/ or app/ include the engine (core/vault, SessionStorage); go through a service" "$front_engine"

widgets='QtWidgets|QtPrintSupport|QWidget|QDialog|QMainWindow|QApplication|QAbstractButton|QPushButton|QLabel|QLineEdit|QMessageBox|QFileDialog|QPrint|ui/'
core_widgets=$(sources core | includes "$widgets")
report "core includes a widget header or ui/" "$core_widgets"

if [[ $broken -eq 0 ]]; then
    echo "layering: ok ($(sources core ui cli app | wc -l) files)"
fi
exit $broken
