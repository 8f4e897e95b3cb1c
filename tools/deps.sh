#!/usr/bin/env bash
# Installs the Debian 12 packages Baoku needs to build and run (quickstart.sh); --test adds what the
# tests need to build and check the .deb (test.sh, CI); --gui adds Xvfb for screenshots.
# As root it runs apt-get; otherwise it prints the apt-get line to run and stops.
set -euo pipefail

BAOKU_PACKAGES=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    qt6-translations-l10n libqt6opengl6-dev libgl-dev
    libicu-dev libsqlite3-dev libssl-dev catch2
    libpq-dev postgresql
    python3
    fonts-noto-cjk poppler-utils unzip
)
for option in "$@"; do
    case "$option" in
        # The package test (tests/package): cpack's dpkg-shlibdeps, manual pages, lintian, validators.
        --test) BAOKU_PACKAGES+=(dpkg-dev file help2man lintian appstream desktop-file-utils) ;;
        # Only for starting the app and taking screenshots under Xvfb.
        --gui) BAOKU_PACKAGES+=(xvfb xauth imagemagick) ;;
        *) echo "deps.sh: unknown option $option (--test, --gui)" >&2; exit 2 ;;
    esac
done

missing=()
for package in "${BAOKU_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
        echo "Installing: ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "Baoku needs these Debian packages. Run:" >&2
        echo "  sudo apt-get install ${missing[*]}" >&2
        exit 1
    fi
fi
