#!/usr/bin/env bash
# Builds the Debian package from a configured and built tree (build/ci by
# default) and checks it as an IT department would:
#  1. lintian;
#  2. on a clean Debian 12 (a minimal system made by debootstrap in a
#     temporary folder): apt installs it with what it depends on, and the
#     programs start, make a vault and find Qt's French strings and SVG
#     support, so that a missing dependency fails here and not on a desk;
#  3. on this machine: installed with apt, used (versions, a vault, the
#     screenshot tour, hardening of the binaries, desktop entry, metainfo,
#     man pages), then removed, with a check that nothing it installed is
#     left.
# Needs root (or sudo) and the Debian archive. A habeas package already
# installed on this machine is removed first, and the package is removed
# again however the checks end.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/ci}

sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[[ -n "$version" ]] || { echo "no project version in $build/CMakeCache.txt" >&2; exit 1; }
work=$(mktemp -d)
root="$work/clean-debian"
installed=0
cleanup() {
    if mountpoint -q "$root/proc" 2>/dev/null; then "${sudo[@]}" umount "$root/proc"; fi
    if [[ $installed -eq 1 ]]; then "${sudo[@]}" apt-get remove -y -q habeas >/dev/null 2>&1 || true; fi
    "${sudo[@]}" rm -rf --one-file-system "$work"
}
trap cleanup EXIT

failed=0
fail() { echo "FAILED: $*" >&2; failed=1; }

echo "-- cpack -G DEB"
rm -f "$build"/habeas_*.deb
(cd "$build" && cpack -G DEB >"$work/cpack.log") || { cat "$work/cpack.log"; exit 1; }
deb=$(realpath "$build"/habeas_"$version"_*.deb)
dpkg-deb --field "$deb" Package Version Architecture Depends Installed-Size

echo "-- lintian"
# Errors fail; warnings and notes are listed (packaging/README.md says which remain and why).
lintian --fail-on error --tag-display-limit 0 "$deb"

echo "-- on a clean Debian 12 (debootstrap, minbase)"
mirror=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)
mirror=${mirror:-http://deb.debian.org/debian}
"${sudo[@]}" debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -20 "$work/debootstrap.log"; echo "debootstrap from $mirror failed" >&2; exit 1; }
"${sudo[@]}" cp /etc/resolv.conf "$root/etc/resolv.conf"
"${sudo[@]}" mount -t proc proc "$root/proc"
"${sudo[@]}" cp "$deb" "$root/tmp/"
"${sudo[@]}" chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive VERSION="$version" DEB="/tmp/$(basename "$deb")" /bin/bash -s <<'CLEAN' \
    || fail "the package on a clean Debian 12"
set -uo pipefail
bad=0
no() { echo "FAILED (clean Debian): $*" >&2; bad=1; }
apt-get update -q >/tmp/apt.log 2>&1 && apt-get install -y -q --no-install-recommends "$DEB" >>/tmp/apt.log 2>&1 \
    || { tail -20 /tmp/apt.log; exit 1; }
echo "installed with $(grep -c '^Setting up' /tmp/apt.log) packages in all"
[[ $(/usr/bin/habeas-cli --version | head -1) == "habeas-cli $VERSION" ]] || no "habeas-cli --version"
[[ $(/usr/bin/habeas --version | head -1) == "Habeas $VERSION" ]] || no "habeas --version without a display"
for binary in /usr/bin/habeas /usr/bin/habeas-cli; do
    ldd "$binary" | grep 'not found' && no "$binary has a library missing"
done
# Loaded by Qt at run time, so not seen by dpkg-shlibdeps: Qt's French
# strings, the SVG icon engine and image plugin, the WebP reader for logos.
for file in /usr/share/qt6/translations/qt_fr.qm /usr/share/qt6/translations/qtbase_fr.qm \
            /usr/lib/x86_64-linux-gnu/qt6/plugins/iconengines/libqsvgicon.so \
            /usr/lib/x86_64-linux-gnu/qt6/plugins/imageformats/libqsvg.so \
            /usr/lib/x86_64-linux-gnu/qt6/plugins/imageformats/libqwebp.so; do
    [[ -e $file ]] || no "$file is missing: a dependency of the package is missing"
done
printf 'Bastion-Corail-8841\n' | /usr/bin/habeas-cli create /tmp/office.habeas --admin admin --name Admin \
    --password-stdin >/dev/null || no "habeas-cli create"
printf 'Bastion-Corail-8841\n' | /usr/bin/habeas-cli check /tmp/office.habeas --user admin --password-stdin \
    >/dev/null || no "habeas-cli check"
exit $bad
CLEAN
"${sudo[@]}" umount "$root/proc"

if dpkg-query -W -f='${Status}' habeas 2>/dev/null | grep -q 'install ok installed'; then
    echo "-- removing the habeas package installed before"
    "${sudo[@]}" apt-get remove -y -q habeas >/dev/null
fi
echo "-- on this machine: apt-get install $(basename "$deb")"
installed=1
"${sudo[@]}" apt-get install -y -q --no-install-recommends "$deb" >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log"; exit 1; }
dpkg-query -L habeas | sort >"$work/files"
cli=/usr/bin/habeas-cli
app=/usr/bin/habeas

echo "-- the installed programs"
"$cli" --version >"$work/cli-version" || fail "habeas-cli --version"
cat "$work/cli-version"
[[ $(head -1 "$work/cli-version") == "habeas-cli $version" ]] || fail "habeas-cli --version does not say $version"
"$app" --version >"$work/app-version" || fail "habeas --version"
[[ $(head -1 "$work/app-version") == "Habeas $version" ]] || fail "habeas --version does not say $version"
[[ $(dpkg-query -W -f='${Version}' habeas) == "$version" ]] || fail "the package's version is not $version"

echo "-- a vault made by the installed habeas-cli"
password='Bastion-Corail-8841'
vault="$work/office.habeas"
printf '%s\n' "$password" | "$cli" create "$vault" --admin admin --name "Administrateur" \
    --organisation "Office" --password-stdin || fail "habeas-cli create"
"$cli" info "$vault" >"$work/info" || fail "habeas-cli info"
cat "$work/info"
grep -q "key slots: 1" "$work/info" || fail "the new vault does not have one key slot"
printf '%s\n' "$password" | "$cli" check "$vault" --user admin --password-stdin || fail "habeas-cli check"
if printf 'wrong-password\n' | "$cli" check "$vault" --user admin --password-stdin 2>/dev/null; then
    fail "a wrong password opened the vault"
fi

echo "-- the installed habeas: screenshot tour, offscreen"
shots="$work/shots"
(cd "$work" && HOME="$work" QT_QPA_PLATFORM=offscreen "$app" --lang fr --screenshots "$shots" >"$work/tour.log" 2>&1) \
    || { cat "$work/tour.log"; fail "the screenshot tour of the installed habeas"; }
count=$(find "$shots" -name '*.png' 2>/dev/null | wc -l || true)
echo "$count screenshots"
[[ $count -ge 100 ]] || fail "only $count screenshots"
for png in "$shots"/fr-default-login.png "$shots"/fr-default-dpo-ConditionsBoardPage.png "$shots"/fr-default-AboutDialog.png; do
    [[ -f "$png" ]] || { fail "missing $(basename "$png")"; continue; }
    file -b "$png" | grep -q '^PNG image data' || fail "$(basename "$png") is not a PNG"
    [[ $(stat -c %s "$png") -gt 10000 ]] || fail "$(basename "$png") is nearly empty"
done

echo "-- desktop entry, metainfo, man pages"
desktop-file-validate /usr/share/applications/io.habeas.Habeas.desktop || fail "desktop-file-validate"
appstreamcli validate --no-net /usr/share/metainfo/io.habeas.Habeas.metainfo.xml >/dev/null \
    || fail "appstreamcli validate"
for page in habeas habeas-cli; do
    [[ $(man -w "$page" 2>/dev/null) == /usr/share/man/man1/$page.1.gz ]] || fail "man -w $page"
    if man --warnings -l "/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null | grep .; then fail "man page $page warns"; fi
done

echo "-- hardening of the installed binaries"
# Control-flow protection (-fcf-protection) is compiled in, but the linker
# can only mark a binary IBT/SHSTK when every object has the mark, and
# Debian 12's glibc start files (Scrt1.o, crti.o, crtn.o) do not: even an
# empty program is unmarked. So hardening-check's test of the mark is skipped
# (-x) and the endbr64 landing pads are counted instead.
hardening-check -x "$app" "$cli" || fail "hardening-check"
for binary in "$app" "$cli"; do
    readelf -hW "$binary" | grep -q 'Type: *DYN' || fail "$binary is not position-independent"
    readelf -lW "$binary" | grep -q GNU_RELRO || fail "$binary has no RELRO segment"
    readelf -dW "$binary" | grep -Eq 'BIND_NOW|FLAGS.*NOW' || fail "$binary is not linked with -z now"
    if readelf -lW "$binary" | grep GNU_STACK | grep -q RWE; then fail "$binary has an executable stack"; fi
    if readelf -SW "$binary" | grep -q '\.debug_info'; then fail "$binary is not stripped"; fi
    if [[ $(uname -m) == x86_64 ]]; then
        pads=$(objdump -d --no-show-raw-insn "$binary" | grep -c endbr64 || true)
        [[ $pads -gt 1000 ]] || fail "$binary has $pads endbr64 landing pads: not built with -fcf-protection"
    fi
done

echo "-- apt-get remove"
"${sudo[@]}" apt-get remove -y -q habeas >/dev/null || fail "apt-get remove habeas"
installed=0
left=0
while read -r path; do
    # Directories shared with other packages (/usr/share/man/man1…) stay.
    [[ -d "$path" ]] && continue
    if [[ -e "$path" || -L "$path" ]]; then echo "left behind: $path" >&2; left=1; fi
done <"$work/files"
[[ $left -eq 0 ]] || fail "files of the package remain after removal"
if [[ -e /usr/share/doc/habeas ]]; then fail "/usr/share/doc/habeas remains"; fi
if dpkg-query -W -f='${Status}' habeas 2>/dev/null | grep -q 'install ok installed'; then
    fail "habeas is still installed"
fi

[[ $failed -eq 0 ]] || exit 1
echo "The package installs on a clean Debian 12, works, and removes cleanly: $(basename "$deb"), $(wc -l <"$work/files") paths."
