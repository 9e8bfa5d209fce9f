#!/usr/bin/env bash
# Shows that check-layering.sh fails on each kind of wrong include and
# passes on a tree that keeps the rules. Prints one line per case and the
# closing "N passed, N failed" line.
set -u
check="$(cd "$(dirname "$0")" && pwd)/check-layering.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0

tree() { # name: a small tree that keeps every rule
    local t="$work/$1"
    mkdir -p "$t/core/vault" "$t/core/crypto" "$t/core/requests" "$t/ui/requests" "$t/cli" "$t/app"
    printf '#include "core/Result.h"\n#include "core/crypto/SecureBytes.h"\n#include <QSqlDatabase>\n' > "$t/core/vault/Vault.cpp"
    printf '#include "core/vault/Vault.h"\n#include <QImage>\n' > "$t/core/requests/RequestService.cpp"
    printf '#include "core/requests/RequestService.h"\n#include <QWidget>\n' > "$t/ui/requests/RequestsPage.cpp"
    printf '#include "core/requests/RequestService.h"\n' > "$t/cli/CliCommands.cpp"
    printf '#include "ui/requests/RequestsPage.h"\n' > "$t/app/main.cpp"
    echo "$t"
}
expect() { # description, expected exit status, expected text, tree
    local what=$1 status=$2 text=$3 t=$4 out rc
    out=$(bash "$check" "$t" 2>&1); rc=$?
    if [[ $rc -eq $status && "$out" == *"$text"* ]]; then
        passed=$((passed + 1)); echo "ok: $what"
    else
        failed=$((failed + 1)); echo "FAILED: $what (exit $rc)"; echo "$out" | sed 's/^/  /'
    fi
}

expect "a tree that keeps the rules passes" 0 "layering: ok" "$(tree clean)"

t=$(tree engine-feature)
echo '#include "core/requests/Request.h"' >> "$t/core/vault/Vault.cpp"
expect "the engine including a feature fails" 1 "core/vault/Vault.cpp:4" "$t"

t=$(tree crypto-ui)
mkdir -p "$t/core/crypto"; echo '#include "ui/common/MessageBox.h"' > "$t/core/crypto/Sodium.cpp"
expect "crypto including ui fails" 1 "core/crypto/Sodium.cpp:1" "$t"

t=$(tree ui-engine)
echo '  #  include "core/vault/SqlCipherDriver.h"' >> "$t/ui/requests/RequestsPage.cpp"
expect "ui including the engine fails" 1 "ui/requests/RequestsPage.cpp:3" "$t"

t=$(tree cli-engine)
echo '#include "core/vault/Vault.h"' >> "$t/cli/CliCommands.cpp"
expect "cli including the engine fails" 1 "cli/CliCommands.cpp:2" "$t"

t=$(tree ui-storage)
echo '#include "core/accounts/SessionStorage.h"' >> "$t/ui/requests/RequestsPage.cpp"
expect "ui reaching the vault through SessionStorage fails" 1 "ui/requests/RequestsPage.cpp:3" "$t"

t=$(tree core-widget)
echo '#include <QMessageBox>' >> "$t/core/requests/RequestService.cpp"
expect "core including a widget header fails" 1 "core/requests/RequestService.cpp:3" "$t"

t=$(tree core-ui)
echo '#include "ui/shell/Page.h"' >> "$t/core/requests/RequestService.cpp"
expect "core including ui fails" 1 "widget header or ui/" "$t"

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
