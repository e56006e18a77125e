#!/usr/bin/env bash
# The packages users install, built and checked as a user's machine would see them:
#   check-packages.sh SOURCE_DIR WORK_DIR
# configures a Release build of the app alone in WORK_DIR/build (ccache keeps it quick), runs
# cpack -G "DEB;RPM;TGZ", then: lintian on the .deb (no errors; every warning left must be named
# in docs/packaging.md), desktop-file-validate and appstreamcli validate --no-net on the files in
# the package, the same files in the .deb, the .rpm and the .tar.gz, the .deb installed with
# apt-get, the installed program answering `check localhost:619009 --json` and writing a bundle
# (its zip module found where the package put it), and the package purged with nothing of it
# left behind.
# Exit status: 0 passed, 1 failed, 77 skipped (not root, or no dpkg/apt-get): ctest's SKIP_RETURN_CODE.
set -euo pipefail

src=$(cd "${1:?usage: check-packages.sh SOURCE_DIR WORK_DIR}" && pwd)
work=${2:?usage: check-packages.sh SOURCE_DIR WORK_DIR}
started=$SECONDS

skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { printf '\n--- %s (%ds so far)\n' "$*" $((SECONDS - started)); }

[ "$(id -u)" -eq 0 ] || skip "installing and purging the .deb needs root (CI runs as root)"
for tool in dpkg dpkg-deb apt-get; do
    command -v "$tool" >/dev/null 2>&1 || skip "$tool is missing: this check needs a Debian-based system"
done
missing=()
for tool in cmake cpack ninja lintian desktop-file-validate appstreamcli rpm rpmbuild rsvg-convert python3 timeout; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
[ ${#missing[@]} -eq 0 ] || fail "missing: ${missing[*]} (scripts/deps.sh test installs them)"
if dpkg-query -W -f='${Status}' localhost-doctor 2>/dev/null | grep -q 'install ok installed'; then
    fail "localhost-doctor is installed on this machine already (an earlier run stopped midway?);" \
         "this check installs and purges its own: apt-get remove --purge localhost-doctor first"
fi

mkdir -p "$work"
work=$(cd "$work" && pwd)
build=$work/build
out=$work/out
rm -rf "$out"
mkdir -p "$out"

# ccache hits across checkouts: paths below the common ancestor of the source and the build are
# hashed relative to it.
if [ -z "${CCACHE_BASEDIR:-}" ]; then
    CCACHE_BASEDIR=$(python3 -c 'import os, sys; print(os.path.commonpath(sys.argv[1:]))' "$src" "$work")
    export CCACHE_BASEDIR
fi

step "configure a Release build of the app in $build"
timeout 300 nice -n 15 cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DLD_BUILD_TESTS=OFF -DLD_BENCH=OFF >"$out/configure.log" 2>&1 ||
    { tail -n 30 "$out/configure.log"; fail "configure failed (log: $out/configure.log)"; }

step "build localhost-doctor and the package data (icons, man page, changelog)"
timeout 1500 nice -n 15 cmake --build "$build" -j2 --target localhost-doctor localhost-doctor-gui ld_package_data \
    >"$out/build.log" 2>&1 || { tail -n 40 "$out/build.log"; fail "build failed (log: $out/build.log)"; }

step "cpack -G \"DEB;RPM;TGZ\""
rm -f "$build"/localhost-doctor*.deb "$build"/localhost-doctor*.rpm "$build"/localhost-doctor*.tar.gz
(cd "$build" && timeout 600 nice -n 15 cpack -G "DEB;RPM;TGZ") >"$out/cpack.log" 2>&1 ||
    { tail -n 40 "$out/cpack.log"; fail "cpack failed (log: $out/cpack.log)"; }
shopt -s nullglob
debs=("$build"/localhost-doctor_*.deb)
rpms=("$build"/localhost-doctor-*.rpm)
tgzs=("$build"/localhost-doctor-*.tar.gz)
shopt -u nullglob
[ ${#debs[@]} -eq 1 ] && [ ${#rpms[@]} -eq 1 ] && [ ${#tgzs[@]} -eq 1 ] ||
    fail "expected one .deb, one .rpm and one .tar.gz in $build, found: ${debs[*]-} ${rpms[*]-} ${tgzs[*]-}"
deb=${debs[0]} rpm=${rpms[0]} tgz=${tgzs[0]}
ls -l "$deb" "$rpm" "$tgz"

step "dependencies: dpkg-shlibdeps for the .deb, rpm's autoreq for the .rpm"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6core6 libqt6widgets6 libqt6network6 libspdlog libzip4 qt6-qpa-plugins; do
    [[ $depends == *"$lib"* ]] || fail "the .deb does not depend on $lib"
done
requires=$(rpm -qp --requires "$rpm")
echo "$requires" | sed 's/^/Requires: /'
for lib in libQt6Core.so.6 libQt6Widgets.so.6 libQt6Network.so.6 libzip.so; do
    grep -q "$lib" <<<"$requires" || fail "the .rpm does not require $lib (autoreq)"
done

step "lintian (errors fail; each warning left must be explained in docs/packaging.md)"
set +e
timeout 600 lintian --fail-on error --tag-display-limit 0 --display-info "$deb" >"$out/lintian.txt" 2>&1
lintian_status=$?
set -e
cat "$out/lintian.txt"
[ $lintian_status -eq 0 ] || fail "lintian found errors (exit $lintian_status)"
unexplained=()
while read -r tag; do
    grep -q -- "\`$tag\`" "$src/docs/packaging.md" || unexplained+=("$tag")
done < <(sed -n 's/^W: [^:]*: \([a-z0-9+.-]*\).*/\1/p' "$out/lintian.txt" | sort -u)
[ ${#unexplained[@]} -eq 0 ] ||
    fail "lintian warnings not explained in docs/packaging.md: ${unexplained[*]}"

step "the files in the package: desktop-file-validate, appstreamcli validate --no-net"
tree=$out/deb-tree
dpkg-deb -x "$deb" "$tree"
app_id=io.github.localhostdoctor.LocalhostDoctor
desktop=$tree/usr/share/applications/$app_id.desktop
metainfo=$tree/usr/share/metainfo/$app_id.metainfo.xml
[ -f "$desktop" ] && [ -f "$metainfo" ] || fail "the .deb lacks the .desktop file or the metainfo"
validation=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $validation"
[ -z "$validation" ] || fail "desktop-file-validate is not clean: $validation"
timeout 60 appstreamcli validate --no-net --pedantic "$metainfo" ||
    fail "appstreamcli validate --no-net failed"
for size in 16 22 24 32 48 64 128 256 512; do
    png=$tree/usr/share/icons/hicolor/${size}x${size}/apps/localhost-doctor.png
    [ -f "$png" ] || fail "no ${size}x${size} icon"
    file -b "$png" | grep -q "PNG image data, $size x $size," || fail "$png: $(file -b "$png")"
done
[ -f "$tree/usr/share/man/man1/localhost-doctor.1.gz" ] || fail "no man page"
# Two programs: the command line in bin/ (Qt Core and Network only) and the wizard and tray it
# hands over to, in libexec/.
[ -x "$tree/usr/bin/localhost-doctor" ] && [ -x "$tree/usr/libexec/localhost-doctor/localhost-doctor-gui" ] ||
    fail "the .deb lacks /usr/bin/localhost-doctor or /usr/libexec/localhost-doctor/localhost-doctor-gui"
if readelf -d "$tree/usr/bin/localhost-doctor" | grep -q 'libQt6\(Widgets\|Gui\)'; then
    fail "/usr/bin/localhost-doctor links Qt Widgets or Gui: the command line must not load the GUI"
fi
[ -f "$tree/usr/share/doc/localhost-doctor/copyright" ] || fail "no copyright file"

step "the same files in the .deb, the .rpm and the .tar.gz (directories aside)"
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { sub(/^\./, "", $6); print $6 }' | sort >"$out/files-deb.txt"
rpm -qp --qf '[%{FILEMODES:perms} %{FILENAMES}\n]' "$rpm" | awk '$1 !~ /^d/ { print $2 }' | sort >"$out/files-rpm.txt"
tar -tvzf "$tgz" | awk '$1 !~ /^d/ { sub(/^[^\/]*/, "/usr", $6); print $6 }' | sort >"$out/files-tgz.txt"
cat "$out/files-deb.txt"
[ -s "$out/files-deb.txt" ] || fail "the .deb holds no files"
diff -u "$out/files-deb.txt" "$out/files-rpm.txt" || fail "the .deb and the .rpm hold different files"
diff -u "$out/files-deb.txt" "$out/files-tgz.txt" || fail "the .deb and the .tar.gz hold different files"

step "apt-get install ./$(basename "$deb")"
installed=0
purge() {
    if [ "$installed" = 1 ]; then
        echo "cleaning up: apt-get remove --purge localhost-doctor"
        DEBIAN_FRONTEND=noninteractive timeout 300 apt-get remove --purge -y -qq localhost-doctor >/dev/null 2>&1 || true
    fi
}
trap purge EXIT
installed=1
DEBIAN_FRONTEND=noninteractive timeout 300 apt-get install -y -q --no-install-recommends "$deb" \
    >"$out/install.log" 2>&1 || { tail -n 30 "$out/install.log"; fail "apt-get install failed"; }
dpkg -L localhost-doctor | sort >"$out/dpkg-L.txt"

step "/usr/bin/localhost-doctor check localhost:619009 --json: run by the engine in /usr/libexec/localhost-doctor"
home=$out/home
mkdir -p "$home"
set +e
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share LD_LOG_LEVEL=off \
    timeout 60 /usr/bin/localhost-doctor check localhost:619009 --json >"$out/check.json" 2>"$out/check.err"
status=$?
set -e
[ $status -eq 1 ] || { cat "$out/check.json" "$out/check.err"; fail "exit status $status, expected 1 (a problem was found)"; }
python3 -c '
import json, sys
report = json.load(open(sys.argv[1]))
verdict = report["verdict"]["finding"]
assert verdict == "port.out_of_range", "verdict " + verdict
fixes = [fix for step in report["steps"] for finding in step["findings"] for fix in finding.get("fixes", [])]
ports = [fix["params"].get("port") for fix in fixes if fix["id"] == "fix.use_port"]
assert 61900 in ports, "no fix.use_port with port 61900: %r" % ports
print("verdict %s, fix.use_port ports %s" % (verdict, ports))
' "$out/check.json" || { cat "$out/check.json"; fail "the installed program gave a wrong report"; }

step "/usr/bin/localhost-doctor listeners --json: run by the command line itself"
set +e
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share LD_LOG_LEVEL=off \
    timeout 60 /usr/bin/localhost-doctor listeners --json >"$out/listeners.json" 2>"$out/listeners.err"
status=$?
set -e
[ $status -eq 0 ] || { cat "$out/listeners.err"; fail "the installed listeners exited with $status, expected 0"; }
python3 -c '
import json, sys
rows = json.load(open(sys.argv[1]))["listeners"]
assert isinstance(rows, list), rows
' "$out/listeners.json" || { cat "$out/listeners.json"; fail "the installed program listed no JSON"; }

step "/usr/bin/localhost-doctor bundle: zipped by the module in /usr/libexec/localhost-doctor"
set +e
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share LD_LOG_LEVEL=off \
    timeout 60 /usr/bin/localhost-doctor bundle -o "$out/installed-bundle.zip" >"$out/bundle.out" 2>&1
status=$?
set -e
[ $status -eq 0 ] || { cat "$out/bundle.out"; fail "the installed bundle command exited with $status, expected 0"; }
python3 -c '
import sys, zipfile
archive = zipfile.ZipFile(sys.argv[1])
assert archive.testzip() is None and "manifest.json" in archive.namelist(), archive.namelist()
' "$out/installed-bundle.zip" || fail "the installed program wrote a broken bundle"

step "/usr/bin/localhost-doctor wizard: handed to /usr/libexec/localhost-doctor/localhost-doctor-gui"
set +e
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share LD_LOG_LEVEL=off \
    QT_QPA_PLATFORM=offscreen LD_WIZARD_QUIT_AFTER_SHOW=1 \
    timeout 60 /usr/bin/localhost-doctor wizard >"$out/wizard.out" 2>&1
status=$?
set -e
[ $status -eq 0 ] || { cat "$out/wizard.out"; fail "the installed wizard exited with $status, expected 0"; }

step "apt-get remove --purge -y localhost-doctor"
DEBIAN_FRONTEND=noninteractive timeout 300 apt-get remove --purge -y -q localhost-doctor \
    >"$out/remove.log" 2>&1 || { tail -n 30 "$out/remove.log"; fail "apt-get remove --purge failed"; }
installed=0
if dpkg-query -W -f='${Status}' localhost-doctor 2>/dev/null | grep -qv 'not-installed'; then
    fail "dpkg still knows localhost-doctor: $(dpkg-query -W -f='${Status}' localhost-doctor)"
fi
left=()
while read -r path; do
    [ -n "$path" ] && [ "$path" != /. ] || continue
    if [ -d "$path" ] && [ ! -L "$path" ]; then
        # A directory may stay when another package owns it (/usr/bin, /usr/share/icons/...).
        dpkg-query -S "$path" >/dev/null 2>&1 || [ -n "$(ls -A "$path")" ] || left+=("$path/")
    elif [ -e "$path" ] || [ -L "$path" ]; then
        left+=("$path")
    fi
done <"$out/dpkg-L.txt"
[ ${#left[@]} -eq 0 ] || fail "left behind after the purge: ${left[*]}"
echo "all $(wc -l <"$out/dpkg-L.txt") paths dpkg -L listed are gone (directories other packages own stay)"

printf '\npackaging: passed in %ds\n' $((SECONDS - started))
