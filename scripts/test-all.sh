#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: the unit tests under AddressSanitizer
# and UndefinedBehaviorSanitizer, each fuzz target for a while, then the whole suite (unit,
# integration against real peers, namespaces, GUI) with ctest. Exit status: ctest's.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
jobs=$(nproc)
fuzz_seconds=${LD_FUZZ_SECONDS:-10}

section() { printf '\n=== %s ===\n' "$*"; }

scripts/deps.sh test
scripts/install-test-peers.sh

# Formatting first, before anything is built: every tracked C++ file must already be as
# .clang-format says (fix with: clang-format -i FILE).
section "format (clang-format --dry-run --Werror)"
clang_format=${CLANG_FORMAT:-$(command -v clang-format-14 || command -v clang-format || true)}
if [ -z "$clang_format" ]; then
    echo "test-all: clang-format is not installed (Debian: clang-format-14)" >&2
    exit 1
fi
unformatted=()
while IFS= read -r -d '' file; do
    "$clang_format" --dry-run --Werror "$file" >/dev/null 2>&1 || unformatted+=("$file")
done < <(git ls-files -z -- '*.cpp' '*.h')
if [ ${#unformatted[@]} -gt 0 ]; then
    echo "test-all: ${#unformatted[@]} file(s) are not formatted; run: $clang_format -i FILE" >&2
    printf '  %s\n' "${unformatted[@]}" >&2
    exit 1
fi
echo "all tracked C++ files are formatted"

export CCACHE_BASEDIR=$root
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
# Debug builds carry -g: without this ccache keys on the checkout folder, so a fresh clone elsewhere
# would never reuse the cache.
export CCACHE_NOHASHDIR=1

if [ "${LD_SKIP_SANITIZERS:-0}" != 1 ]; then
    section "sanitizer build (clang, ASan + UBSan, libFuzzer)"
    cmake --preset asan >/dev/null
    cmake --build build/asan -j"$jobs" --target ld_unit_tests

    section "unit tests under the sanitizers"
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
    export LSAN_OPTIONS=suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    ctest --test-dir build/asan -L unit -LE fuzz --output-on-failure -j"$jobs"

    section "fuzzing each parser for ${fuzz_seconds}s"
    for target in build/asan/tests/fuzz/fuzz_*; do
        [ -f "$target" ] && [ -x "$target" ] || continue
        name=$(basename "$target")
        corpus=$(mktemp -d)
        cp -r "tests/fuzz/corpus/$name/." "$corpus/" 2>/dev/null || true
        echo "fuzz: $name"
        "$target" -max_total_time="$fuzz_seconds" -timeout=10 -rss_limit_mb=2048 \
            -print_final_stats=0 "$corpus" 2>&1 | tail -n 2
        rm -rf "$corpus"
    done
    unset ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS
fi

section "build (Debug, every test)"
cmake --preset dev >/dev/null
cmake --build build/dev -j"$jobs"

section "the whole suite"
# A virtual display for the tests that need a real window (tray, screenshots).
# The `windows` label (Wine) runs below, once the Windows build it tests is made.
run=(ctest --test-dir build/dev --output-on-failure -j"$jobs" -LE '^windows$')
if command -v xvfb-run >/dev/null 2>&1 && [ -z "${DISPLAY:-}" ]; then
    run=(xvfb-run -a -s "-screen 0 1920x1200x24" "${run[@]}")
fi
"${run[@]}"

section "Windows: MinGW cross build, NSIS installer, tests under Wine"
# The cross toolchain (Qt for MinGW) is ../shared/toolchains beside the repository; mingw-w64,
# wine64 and nsis come from apt (scripts/build-windows.sh installs what is missing). Where that
# cannot be had, this part says why and is skipped; the native suite above has run either way.
if reason=$(scripts/build-windows.sh --check 2>&1); then
    windows_start=$(date +%s)
    # zlib, not LZMA: the installer is only installed and removed here (minutes saved on 2 cores).
    LD_JOBS=$jobs LD_NSIS_COMPRESSOR=zlib scripts/build-windows.sh --package
    windows_built=$(date +%s)
    wine_run=(ctest --test-dir build/dev --output-on-failure -L '^windows$')
    if command -v xvfb-run >/dev/null 2>&1 && [ -z "${DISPLAY:-}" ]; then
        wine_run=(xvfb-run -a -s "-screen 0 1280x900x24" "${wine_run[@]}")
    fi
    "${wine_run[@]}"
    echo "Windows part: build and installer $((windows_built - windows_start)) s, Wine tests $(($(date +%s) - windows_built)) s"
else
    echo "test-all: Windows part skipped: $reason"
fi
