#!/usr/bin/env bash
# The public status page under outage traffic (issue 4). Starts the service in Release on a free
# port with a fresh SQLite database, seeds a page, and compares with wrk (64 connections):
#   summary JSON, Statuspage v2 summary.json and HTML page   vs   a bare endpoint serving the same
#   bytes (no cache, no DB, no view)
#   cache-busting (random query + Cache-Control: no-cache)   vs   warm summary
#   summary while the admin API writes 20 incident updates/s (REPEAT runs, median; each also
#   against a warm run just before it, paired), and how soon
#   a write is visible.
# With ENCODING="br, gzip" every client (curl, wrk) sends that Accept-Encoding: the public answers
# go compressed, and the bare endpoint replays the same compressed bytes and headers (issue 13).
# It also prints the bytes on the wire of one page view (HTML, CSS, script; headers included)
# without and with compression.
# Usage: [REPEAT=3] [ENCODING="br, gzip"] bash bench/status-page.sh [duration per run, default 5s].
# Needs wrk, curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-5s}"
REPEAT="${REPEAT:-3}"
ENCODING="${ENCODING:-}"
ACCEPT=()
if [ -n "$ENCODING" ]; then ACCEPT=(-H "Accept-Encoding: $ENCODING"); fi
CONNECTIONS=64
THREADS=2
KEY="bench-key-0123456789abcdefghij"
WORK="$(mktemp -d)"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
BASE="http://127.0.0.1:$PORT"

dotnet build src/Incidents.Api -c Release -v q -nologo >/dev/null
(
  cd src/Incidents.Api
  ASPNETCORE_ENVIRONMENT=Production \
  ConnectionStrings__Incidents="Data Source=$WORK/bench.db" \
  Auth__BootstrapApiKey="$KEY" \
  StatusPage__EnableBenchmarkEndpoint=true \
  RateLimiting__PermitsPerMinute=100000000 RateLimiting__Burst=10000000 \
  Logging__LogLevel__Default=Warning \
  exec dotnet bin/Release/net10.0/Incidents.Api.dll --urls "$BASE"
) >"$WORK/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true; wait $SERVICE 2>/dev/null || true; rm -rf "$WORK"' EXIT
# Up to 2 minutes: a start takes over 30 s when the shared machine is loaded.
for _ in $(seq 1 240); do curl -fs "$BASE/health/live" >/dev/null && break; sleep 0.5; done

admin() { curl -fs -X "$1" "$BASE$2" -H "X-API-KEY: $KEY" -H 'Content-Type: application/json' -d "$3"; }
result() { python3 -c 'import json,sys; print(json.load(sys.stdin)["Result"])'; }

# Seed: 8 components in 2 groups, 40 resolved incidents with 3 updates each, 1 active.
COMPONENTS=()
for i in $(seq 1 8); do
  group=$([ "$i" -le 4 ] && echo Core || echo Edge)
  COMPONENTS+=("$(admin POST /api/admin/Component "{\"Name\":\"Component $i\",\"Group\":\"$group\",\"DisplayOrder\":$i,\"Status\":\"Operational\"}" | result)")
done
for i in $(seq 1 40); do
  id=$(admin POST /api/admin/Incident "{\"Title\":\"Past incident $i\",\"Description\":\"Investigating.\",\"Status\":\"Investigating\",\"Impact\":\"Partial Outage\",\"AffectedComponents\":[\"${COMPONENTS[$((i % 8))]}\"],\"IsNotify\":false}" | result)
  admin PUT /api/admin/Incident "{\"IncidentId\":\"$id\",\"Description\":\"Identified the cause.\",\"Status\":\"Identified\"}" >/dev/null
  admin POST /api/admin/Incident/ResolveIncident "{\"IncidentId\":\"$id\",\"Description\":\"Resolved.\"}" >/dev/null
done
ACTIVE=$(admin POST /api/admin/Incident "{\"Title\":\"Checkout errors\",\"Description\":\"Investigating.\",\"Status\":\"Investigating\",\"Impact\":\"Major Outage\",\"AffectedComponents\":[\"${COMPONENTS[0]}\"],\"IsNotify\":false}" | result)

# The bare endpoint serves exactly the bytes of the cached answers: body and headers.
bare() { # $1 = public path, $2 = bare name
  curl -fs "${ACCEPT[@]}" -D "$WORK/$2.headers" "$BASE$1" -o "$WORK/$2.body"
  local args=()
  while IFS= read -r line; do
    line="${line%$'\r'}"
    case "${line%%:*}" in
      ETag|Cache-Control|X-Content-Type-Options|Referrer-Policy|Content-Security-Policy|X-Frame-Options|Content-Encoding|Vary|Access-Control-Allow-Origin)
        args+=(-H "X-Replay-${line%%:*}:${line#*:}") ;;
    esac
  done <"$WORK/$2.headers"
  local type; type=$(awk -F': ' 'tolower($1)=="content-type" {print $2}' "$WORK/$2.headers" | tr -d '\r')
  curl -fs -X PUT "$BASE/_bench/bare/$2" -H "Content-Type: $type" "${args[@]}" --data-binary @"$WORK/$2.body"
}
bare /api/public/default/summary summary
bare /status/default html
bare /api/v2/summary.json v2summary

rps() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "${ACCEPT[@]}" "$@" | awk '/Requests\/sec/ {print $2}'; }
ratio() { python3 -c "print(f'{$1/$2:.2f}')"; }
# median_to DIGITS VALUE... → their median with DIGITS decimals; median: none (rates)
median_to() { python3 -c 'import statistics,sys; print(f"{statistics.median(map(float, sys.argv[2:])):.{int(sys.argv[1])}f}")' "$@"; }
median() { median_to 0 "$@"; }
run_case() {
  case "$1" in
    bare_summary) rps "$BASE/_bench/bare/summary" ;;
    summary) rps "$BASE/api/public/default/summary" ;;
    bare_v2) rps "$BASE/_bench/bare/v2summary" ;;
    v2) rps "$BASE/api/v2/summary.json" ;;
    bare_html) rps "$BASE/_bench/bare/html" ;;
    html) rps "$BASE/status/default" ;;
    scripted) BUST=0 rps -s bench/bust.lua "$BASE/api/public/default/summary" ;;
    bust) BUST=1 rps -s bench/bust.lua "$BASE/api/public/default/summary" ;;
  esac
}
# Baseline and candidate alternate REPEAT times; medians compared (the cores are shared and noisy).
measure() {
  local base=() cand=()
  for _ in $(seq 1 "$REPEAT"); do base+=("$(run_case "$1")"); cand+=("$(run_case "$2")"); done
  echo "$(median "${base[@]}") $(median "${cand[@]}") [$(IFS=,; echo "${base[*]}")] [$(IFS=,; echo "${cand[*]}")]"
}

# One page view: the HTML and its two assets, headers and bodies as sent (curl does not decode).
page_view_bytes() {
  local total=0 n
  for path in /status/default /status.css /status.js; do
    n=$(curl -fs "$@" -o /dev/null -w '%{size_header} %{size_download}' "$BASE$path" | awk '{print $1 + $2}')
    total=$((total + n))
  done
  echo "$total"
}
echo "Bytes on the wire per page view (HTML + status.css + status.js, headers included): identity $(page_view_bytes), gzip $(page_view_bytes -H 'Accept-Encoding: gzip'), br $(page_view_bytes -H 'Accept-Encoding: br, gzip')"
echo "Accept-Encoding: ${ENCODING:-(none)}; bodies: summary $(stat -c %s "$WORK/summary.body") B, v2 summary $(stat -c %s "$WORK/v2summary.body") B, page $(stat -c %s "$WORK/html.body") B; wrk -t$THREADS -c$CONNECTIONS -d$DURATION, medians of $REPEAT alternating runs"
run_case bare_summary >/dev/null # warm-up (JIT, connections)
read -r BARE_SUMMARY SUMMARY S1 S2 < <(measure bare_summary summary)
read -r BARE_V2 V2 V1 V2RUNS < <(measure bare_v2 v2)
read -r BARE_HTML HTML H1 H2 < <(measure bare_html html)
read -r SCRIPTED BUST B1 B2 < <(measure scripted bust)
# Reads while writing: REPEAT runs, each with its own writer; the median against the warm median,
# and each run against a warm run just before it (paired): the machine's speed drifts over the
# minutes between the warm runs above and these, and a fast warm minute alone once read 0.43.
writes=(); pairs=()
for i in $(seq 1 "$REPEAT"); do
  warm_before=$(run_case summary)
  python3 bench/writer.py "$BASE" "$KEY" "${COMPONENTS[1]}" 20 "${DURATION%s}" >"$WORK/writer$i.json" 2>"$WORK/writer.err" &
  WRITER=$!
  writes+=("$(run_case summary)")
  wait $WRITER || echo "writer failed: $(cat "$WORK/writer.err")"
  pairs+=("$(ratio "${writes[-1]}" "$warm_before")")
done
WRITES=$(median "${writes[@]}")
SIZE_AFTER=$(curl -fs "$BASE/api/public/default/summary" | wc -c)

printf '%-46s %12s\n' "case" "req/s"
printf '%-46s %12s  %s\n' "bare endpoint, summary bytes" "$BARE_SUMMARY" "$S1"
printf '%-46s %12s  ratio %s (target >= 0.8)\n' "GET /api/public/default/summary" "$SUMMARY" "$(ratio "$SUMMARY" "$BARE_SUMMARY")"
echo "    runs: $S2"
printf '%-46s %12s  %s\n' "bare endpoint, v2 summary bytes" "$BARE_V2" "$V1"
printf '%-46s %12s  ratio %s (target >= 0.8)\n' "GET /api/v2/summary.json" "$V2" "$(ratio "$V2" "$BARE_V2")"
echo "    runs: $V2RUNS"
printf '%-46s %12s  %s\n' "bare endpoint, page bytes" "$BARE_HTML" "$H1"
printf '%-46s %12s  ratio %s (target >= 0.5)\n' "GET /status/default" "$HTML" "$(ratio "$HTML" "$BARE_HTML")"
echo "    runs: $H2"
printf '%-46s %12s  %s\n' "summary, same path via the Lua script" "$SCRIPTED" "$B1"
printf '%-46s %12s  ratio %s of scripted warm (target >= 0.9)\n' "summary, random query + no-cache" "$BUST" "$(ratio "$BUST" "$SCRIPTED")"
echo "    runs: $B2"
printf '%-46s %12s  ratio %s of warm (target >= 0.5); paired %s: %s\n' "summary while writing 20 updates/s" "$WRITES" "$(ratio "$WRITES" "$SUMMARY")" "$(median_to 2 "${pairs[@]}")" "${pairs[*]}"
echo "    runs: [$(IFS=,; echo "${writes[*]}")]"
for i in $(seq 1 "$REPEAT"); do
  echo "writer $i (open/update/resolve cycles, visibility measured after each open): $(cat "$WORK/writer$i.json")"
done
echo "summary now $SIZE_AFTER B"
