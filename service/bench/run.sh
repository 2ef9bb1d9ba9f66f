#!/usr/bin/env bash
# Service benchmark (not a test). Usage: service/bench/run.sh [records=100000] [exportRecords=1000000]
#  1. fills an H2 data directory with synthetic records (through the service's own storage classes),
#  2. starts the runnable jar on it, and from a second process on loopback runs wrk against a filtered list,
#     an id lookup and the constant /api/ping of the same server, one after the other in the same run,
#  3. fills a second directory with exportRecords records, starts the jar with a small heap (-Xmx128m) and
#     times GET /api/export?format=xml while sampling the heap with jstat.
# Prints a Markdown table; figures for docs/benchmarks.md ("Service").
# SERVICE_OPTS adds JVM options to the service, e.g. SERVICE_OPTS=-Dpactum.cache.maxBytes=0 (read cache off).
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=${JAR:-service/target/pactum-service.jar}   # another build of the jar, e.g. to compare before and after
RECORDS=${1:-100000}
EXPORT_RECORDS=${2:-1000000}
PORT=${PORT:-18080}
DURATION=${DURATION:-20s}
# Long enough for the JIT: on the shared 2 cores a request path needs 30-40 s of load before its compiled code
# settles (measured: the cached list from 1,810 to 131 µs of CPU per request in 40 s at load average 11)
WARMUP=${WARMUP:-30s}
WORK="$PWD/service/target/bench"
mkdir -p "$WORK"

command -v wrk >/dev/null || { echo "installing wrk"; apt-get install -y -q wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }; }

if [ ! -f service/target/pactum-service.jar ] || [ ! -d service/target/test-classes ]; then
  mvn -q -pl service -am install -DskipTests
fi
mvn -q -pl service dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP="service/target/test-classes:service/target/classes:$(cat "$WORK/cp.txt")"

fill() { # dir records -> prints the lookup id (an existing filled directory is reused)
  if [ -f "$1.fill.log" ] && grep -q "lookup id:" "$1.fill.log"; then
    grep "lookup id:" "$1.fill.log" | awk '{print $3}'; return
  fi
  rm -rf "$1"; mkdir -p "$1"
  java -cp "$CP" org.pactum.service.bench.BenchData "$1" "$2" | tee "$1.fill.log" >&2
  grep "lookup id:" "$1.fill.log" | awk '{print $3}'
}

SERVICE_PID=
start() { # dir heap
  java "-Xmx$2" ${SERVICE_OPTS:-} -Dpactum.data.dir="$1" -Dpactum.seeds.load=false -jar "$JAR" \
      --port "$PORT" > "$1.service.log" 2>&1 &
  SERVICE_PID=$!
  local t0=$(date +%s.%N)
  until curl -sf "http://localhost:$PORT/health/ready" >/dev/null; do sleep 0.2; done
  echo "ready after $(echo "$(date +%s.%N) - $t0" | bc) s" >&2
}
stop() { kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true; }
trap '[ -n "$SERVICE_PID" ] && kill "$SERVICE_PID" 2>/dev/null || true' EXIT

cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVICE_PID/stat"; } # the service's user + system CPU time

load() { # name path -> markdown row
  local out before after
  before=$(cpu_ticks)
  out=$(wrk -t1 -c16 -d"$DURATION" --latency "http://localhost:$PORT$2")
  after=$(cpu_ticks)
  local rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  local p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  local p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  local errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  local requests=$(echo "$out" | awk '/requests in/ {print $1}')
  # server CPU time per request: unlike requests/s, it hardly depends on what else the machine runs
  local cpu=$(echo "scale=0; ($after - $before) * 1000000 / $(getconf CLK_TCK) / $requests" | bc)
  echo "| $1 | \`$2\` | $rps | $p50 | $p99 | ${errors:-0} | $cpu |"
}

echo "== load average at start: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "== warm-up $WARMUP per endpoint, then $DURATION each" >&2
echo "== filling $RECORDS records" >&2
ID=$(fill "$WORK/data-$RECORDS" "$RECORDS")
start "$WORK/data-$RECORDS" 512m
FILTER="/api/agreements?party=AZE&kind=TREATY&limit=20"
curl -s "http://localhost:$PORT$FILTER" | head -c 200 >&2 || true; echo >&2
for path in "$FILTER" "/api/agreements/$ID" "/api/ping"; do   # warm-up
  wrk -t1 -c8 -d"$WARMUP" "http://localhost:$PORT$path" >/dev/null
done
echo
echo "| endpoint | path | requests/s | p50 | p99 | non-2xx | server CPU µs/request |"
echo "|---|---|---|---|---|---|---|"
load "filtered list (party + kind, 20 per page, with total)" "$FILTER"
load "id lookup" "/api/agreements/$ID"
load "constant" "/api/ping"
echo "== load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
stop

[ "$EXPORT_RECORDS" -gt 0 ] || exit 0
echo "== filling $EXPORT_RECORDS records for the export" >&2
fill "$WORK/data-$EXPORT_RECORDS" "$EXPORT_RECORDS" >/dev/null
start "$WORK/data-$EXPORT_RECORDS" 128m
jstat -gc "$SERVICE_PID" 250 > "$WORK/jstat.log" &
JSTAT=$!
t0=$(date +%s.%N)
BYTES=$(curl -s "http://localhost:$PORT/api/export?format=xml" | wc -c)
t1=$(date +%s.%N)
kill $JSTAT
SECONDS_TAKEN=$(echo "$t1 - $t0" | bc)
# used heap = survivor + eden + old (KB), the peak over the run
PEAK_MB=$(awk 'NR>1 && $1 ~ /^[0-9.]+$/ {u=$3+$4+$6+$8; if (u>m) m=u} END {printf "%.0f", m/1024}' "$WORK/jstat.log")
EXPORTED=$(grep -o "records=[0-9]*" "$WORK/data-$EXPORT_RECORDS.service.log" | tail -1 | cut -d= -f2)
stop
echo
echo "| export | records | bytes | seconds | records/s | peak heap used (-Xmx128m) |"
echo "|---|---|---|---|---|---|"
printf "| xml | %s | %s | %.1f | %.0f | %s MB |\n" "$EXPORTED" "$BYTES" "$SECONDS_TAKEN" \
  "$(echo "$EXPORTED / $SECONDS_TAKEN" | bc -l)" "$PEAK_MB"
