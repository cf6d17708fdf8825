#!/usr/bin/env bash
# Installs every Debian 12 package DojoPool needs to build, run and test.
# Idempotent: when everything is present it only runs dpkg-query and exits.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build ccache pkg-config git clang-format python3
    # LLVM's linker: links the tests' debug builds several times faster than GNU ld
    lld
    # Qt 6.4
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql libgl-dev
    # cameras, video files and streams: Qt Multimedia on GStreamer (-good: MJPEG in AVI,
    # -libav: H.264); OpenCV writes the rendered videos
    qt6-multimedia-dev gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav
    libopencv-dev
    # table cards: QR codes made with libqrencode; the tests read them back with zxing-cpp
    libqrencode-dev libzxing-dev
    # fonts and a display for the window and its screenshots
    fonts-dejavu-core xvfb xauth
    # live games: the HTTP and WebSocket server
    qt6-websockets-dev qt6-httpserver-dev
    # the owner's reports: QtCharts (which needs Qt OpenGL's headers)
    qt6-charts-dev libqt6opengl6-dev
    # tests: a real PostgreSQL server started by the test fixture; the live tests' client
    # (Debian's python3-websockets) and browser (Chromium, headless)
    postgresql python3-websockets chromium
    # the health view's /metrics read by a real Prometheus text parser (tests/live/live_metrics.py)
    python3-prometheus-client
    # the Debian package (packaging/): its PNG icons rendered by rsvg-convert; its tests run
    # lintian, desktop-file-validate, appstreamcli, systemd-analyze and man over it
    librsvg2-bin lintian desktop-file-utils appstream systemd man-db groff-base
    # backups: SQLite's online backup API (the library Qt's QSQLITE uses); a PostgreSQL
    # venue's pg_dump, pg_restore and psql
    libsqlite3-dev postgresql-client
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
    echo "install-deps: missing packages: ${missing[*]}; run this script as root" >&2
    exit 1
fi

echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
