#!/usr/bin/env bash
# "The moment a whole room opens Goen": N signed-in people (default 300) loading the attendee list of their
# event and their home page, against a static file of the same app in the same run, with wrk on 127.0.0.1.
#   scripts/bench-burst.sh [--people 300] [--connections 300] [--threads 2] [--duration 10s]
# Builds Release, seeds a fresh SQLite file (bench command seed-burst), starts the built app on a free port
# (content root src/Goen.Web, where wwwroot is: a Release build does not copy it), signs every account in through
# the sign-in form (bench command sign-in); then the room, open loop (bench command room: each person loads the
# home page then the attendee list, all starting at once, then starts spread over 10 s), and wrk once per path
# with scripts/wrk-cookies.lua, which sends each request as a different person. Prints p50/p99/throughput per
# path and the ratio to the static file; the app and the temporary folder are removed on exit. Takes about 2
# minutes. See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."

people=300 connections=300 threads=2 duration=10s
while [ $# -gt 0 ]; do
  case "$1" in
    --people) people="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install wrk)" >&2; exit 1; }

work="$(mktemp -d)"
app_pid=""
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "building Release…"
dotnet build -c Release src/Goen.Web -v q -nologo >/dev/null
dotnet build -c Release bench/Goen.Benchmarks -v q -nologo >/dev/null
bench=(dotnet artifacts/bin/Goen.Benchmarks/release/Goen.Benchmarks.dll)

event_id="$("${bench[@]}" seed-burst --db "$work/goen.db" --people "$people" --accounts "$work/accounts.txt" | tail -n 1)"
echo "seeded $people accounts registered for event $event_id"

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
url="http://127.0.0.1:$port"
ConnectionStrings__Goen="Data Source=$work/goen.db" Goen__Database=sqlite Goen__SignInAttemptsPerMinute=100000 \
  Logging__LogLevel__Default=Warning \
  dotnet artifacts/bin/Goen.Web/release/Goen.Web.dll --urls "$url" --contentRoot "$PWD/src/Goen.Web" >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
  if curl -fsS -o /dev/null "$url/health" 2>/dev/null; then break; fi
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
  sleep 0.5
done
curl -fsS -o /dev/null "$url/health"

"${bench[@]}" sign-in --url "$url" --accounts "$work/accounts.txt" --cookies "$work/cookies.txt"

# One request per page first (JIT, EF's query compilation), as a room's first visitor would have paid.
first_cookie="$(head -n 1 "$work/cookies.txt")"
for path in "/Events/Attendees/$event_id" "/" "/css/site.css"; do
  code="$(curl -sS -o /dev/null -w '%{http_code}' -H "Cookie: goen.auth=$first_cookie" "$url$path")"
  [ "$code" = 200 ] || { echo "GET $path answered $code, not 200" >&2; exit 1; }
done

# Waits until the app has been nearly idle (under 0.1 s of CPU) for a second, so a run does not inherit the
# previous run's queue (wrk stops sending at the end of its duration, but the app still answers what it took in).
settle() {
  local before after
  for _ in $(seq 1 60); do
    before="$(awk '{print $14 + $15}' /proc/"$app_pid"/stat)"
    sleep 1
    after="$(awk '{print $14 + $15}' /proc/"$app_pid"/stat)"
    [ $((after - before)) -lt 10 ] && return 0
  done
  echo "the app did not settle within a minute" >&2
}

# Open loop first, the question asked: everyone loads their home page, then the attendee list, starting all at
# once, then starting spread over 10 s (see bench/Goen.Benchmarks/Network/RoomTiming.cs).
for over in 0 10; do
  settle
  echo
  echo "== room: $people people, home page then attendee list, starts spread over $over s (load average before: $(load))"
  "${bench[@]}" room --url "$url" --cookies "$work/cookies.txt" --event "$event_id" --over "$over" || echo "(some answers were not 200)"
  echo "(load average after: $(load))"
done

declare -A p50 p99 rps
run() { # name path
  local name="$1" path="$2" out
  settle
  echo
  echo "== $name: GET $path — wrk -t$threads -c$connections -d$duration --timeout 30s --latency (load average before: $(load))"
  out="$(timeout 120 wrk -t"$threads" -c"$connections" -d"$duration" --timeout 30s --latency -s scripts/wrk-cookies.lua "$url" -- "$path" "$work/cookies.txt")"
  echo "$out" | sed -n '/Latency Distribution/,/Requests\/sec/p'
  local result
  result="$(echo "$out" | grep '^RESULT')"
  echo "$result (load average after: $(load))"
  p50[$name]="$(echo "$result" | sed -E 's/.*p50_ms=([0-9.]+).*/\1/')"
  p99[$name]="$(echo "$result" | sed -E 's/.*p99_ms=([0-9.]+).*/\1/')"
  rps[$name]="$(echo "$result" | sed -E 's/.*rps=([0-9.]+).*/\1/')"
}

echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, commit $(git rev-parse --short HEAD), $people people, event $event_id"
run attendees "/Events/Attendees/$event_id"
run home "/"
run static "/css/site.css"

echo
echo "| request | p50 | p99 | requests/s | p99 ÷ static p99 | static requests/s ÷ requests/s |"
echo "|---|---:|---:|---:|---:|---:|"
for name in attendees home static; do
  awk -v n="$name" -v a="${p50[$name]}" -v b="${p99[$name]}" -v r="${rps[$name]}" -v sb="${p99[static]}" -v sr="${rps[static]}" \
    'BEGIN { printf "| %s | %.0f ms | %.0f ms | %.1f | %.1f× | %.1f× |\n", n, a, b, r, b / sb, sr / r }'
done
echo "app peak working set: $(grep VmHWM /proc/"$app_pid"/status | awk '{printf "%.0f MB", $2 / 1024}')"
