#!/usr/bin/env bash
# Installs every Debian 12 package that building, running and testing Bitgoeul Console needs.
# Idempotent: packages already installed are skipped; `apt-get update` runs only when something
# is missing. Fails loudly, naming the package apt could not install.
#
# Usage: installer/install-deps.sh [--check]   (--check: list what is missing, install nothing)
set -euo pipefail

# Build tools
PKGS=(cmake ninja-build g++ pkg-config ccache git)
# Qt 6.4 (see ../shared/PLATFORM-NOTES.md: Charts needs libqt6opengl6-dev)
PKGS+=(qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libxkbcommon-dev qt6-charts-dev
       qt6-multimedia-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-tools-dev
       qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite qt6-qpa-plugins
       qtkeychain-qt6-dev)
# GStreamer 1.22 with the RTSP server
PKGS+=(libgstreamer1.0-dev libgstreamer-plugins-base1.0-dev libgstreamer-plugins-bad1.0-dev
       libgstrtspserver-1.0-dev gstreamer1.0-plugins-base gstreamer1.0-plugins-good
       gstreamer1.0-plugins-bad gstreamer1.0-plugins-ugly gstreamer1.0-libav gstreamer1.0-rtsp
       gstreamer1.0-tools gstreamer1.0-x gstreamer1.0-gl)
# OpenCV 4.6, SQLite, libsodium
PKGS+=(libopencv-dev opencv-data opencv-doc libsqlite3-dev libsodium-dev)
# Running headless, Hangul, secrets, packaging, checks
PKGS+=(xvfb xauth imagemagick fonts-nanum gnome-keyring libsecret-1-0 dbus dbus-x11 lintian
       hyperfine file)

missing=()
for p in "${PKGS[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [[ ${1:-} == --check ]]; then
    if ((${#missing[@]})); then printf 'missing: %s\n' "${missing[*]}"; exit 1; fi
    echo "all ${#PKGS[@]} packages installed"; exit 0
fi

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#PKGS[@]} packages already installed"
    exit 0
fi

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
    SUDO=(sudo)
fi

export DEBIAN_FRONTEND=noninteractive
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
"${SUDO[@]}" apt-get update -q
if ! "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"; then
    # Name the package that fails instead of leaving the reader with apt's full log.
    for p in "${missing[@]}"; do
        if ! "${SUDO[@]}" apt-get install -y -q --no-install-recommends "$p" >/dev/null 2>&1; then
            echo "install-deps: FAILED to install Debian package '$p'" >&2
        fi
    done
    exit 1
fi
echo "install-deps: done"
