#!/usr/bin/env bash
# Sets up everything on a fresh Debian 12 machine, builds, and runs the whole test suite headless.
# Exits non-zero on any failure. Extra arguments go to ctest, e.g. ./test.sh -L unit
set -euo pipefail
cd "$(dirname "$0")"
# ccache (when installed) then reuses objects across clones in other folders.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
start=$(date +%s)
installer/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --parallel "$(nproc)"
built=$(date +%s)
echo "test.sh: build took $((built - start)) s"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 300 "$@"
echo "test.sh: tests took $(( $(date +%s) - built )) s, $(( $(date +%s) - start )) s in all"
