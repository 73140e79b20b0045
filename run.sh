#!/usr/bin/env bash
# Sets up everything on a fresh Debian 12 machine and starts the console on the embedded default
# (bitgoeul --demo). Extra arguments go to bitgoeul, e.g. ./run.sh --lang en
set -euo pipefail
cd "$(dirname "$0")"
# ccache (when installed) then reuses objects across clones in other folders.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
installer/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --parallel "$(nproc)"
if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
    echo "run.sh: no display found; running the console under Xvfb (add --screenshot FILE.png to see it)" >&2
    exec xvfb-run -a -s "-screen 0 1920x1080x24" build/bin/bitgoeul --demo "$@"
fi
exec build/bin/bitgoeul --demo "$@"
