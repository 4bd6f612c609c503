#!/usr/bin/env bash
# Installs Uptime Kuma 2 (the npm package uptime-kuma@2.0.0-dev.0, the only version npm serves)
# into KUMA_DIR (default ~/.cache/incidents-bench/uptime-kuma), to measure its incident post on
# the machine that measures ours (bench/write-path.sh, issue 16). Needs node, npm and a C++
# toolchain (its SQLite driver builds from source when no prebuilt binary can be fetched).
# Idempotent: does nothing when the folder already holds an installed copy.
# Usage: [KUMA_DIR=…] bash bench/kuma/install.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/kuma/kuma-service.sh # KUMA_DIR, KUMA_VERSION, kuma_installed
if kuma_installed; then exit 0; fi
mkdir -p "$KUMA_DIR"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "uptime-kuma@$KUMA_VERSION" >/dev/null && tar xzf "uptime-kuma-$KUMA_VERSION.tgz")
cp -a "$tmp/package/." "$KUMA_DIR/"
# This snapshot ships seven of the old SQLite patches in db/ while server/database.js reads them
# from db/old_migrations/: without the copy a fresh data folder fails to start.
cp -n "$KUMA_DIR"/db/patch-*.sql "$KUMA_DIR/db/old_migrations/"
# The dev dependencies' peer ranges conflict (stylelint); only the server's runtime is needed.
# nodedir: build the native SQLite module against the installed Node's headers, offline.
(cd "$KUMA_DIR" && npm_config_nodedir="${NODEDIR:-/usr}" npm install --omit=dev --legacy-peer-deps --no-audit --no-fund --loglevel=error >/dev/null)
node -e 'require(process.argv[1])' "$KUMA_DIR/node_modules/@louislam/sqlite3" # the native module loads
touch "$KUMA_DIR/.installed-$KUMA_VERSION"
