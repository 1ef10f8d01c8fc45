#!/usr/bin/env bash
# picket against the two reference servers of ../shared/bench-baselines, one after another in one run, on the
# sample corpus, under the same wrk load; then picket's in-process answer time over a raw Lucene search.
# Usage, from anywhere: bench/compare.sh   (see bench/README.md for the knobs)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${PICKET_SHARED:-$ROOT/../shared}
PORT=${PICKET_BENCH_PORT:-18200}        # four consecutive loopback ports from here
SECONDS_PER_RUN=${PICKET_BENCH_SECONDS:-10}
# Seconds of each workload before it is timed, the same for every server: the JDK HttpServer references reach
# steady state within seconds, picket's Spring stack keeps getting faster for about half a minute of JIT work.
WARMUP=${PICKET_BENCH_WARMUP:-30}
IN_PROCESS=${PICKET_BENCH_IN_PROCESS:-sample,10000}   # "none" skips the in-process measurement
MVN=(mvn -B -q ${PICKET_MVN_FLAGS:-})

for tool in wrk curl mvn; do
    command -v "$tool" >/dev/null || { echo "compare.sh needs $tool on PATH" >&2; exit 2; }
done
[[ -f $SHARED/bench-baselines/pom.xml ]] || { echo "no reference servers in $SHARED/bench-baselines" >&2; exit 2; }

# A JDK 21+ for the servers: $JAVA, else the newest under /usr/lib/jvm, else java on PATH.
if [[ -z ${JAVA:-} ]]; then
    JAVA=java
    for j in $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -V); do
        v=$("$j" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
        [[ ${v:-0} -ge 21 ]] && JAVA=$j
    done
fi
JVM_FLAGS=(--enable-native-access=ALL-UNNAMED --add-modules=jdk.incubator.vector)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/picket-compare.XXXXXX")
SERVER_PID=
cleanup() {
    if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== building (reference servers in a copy under $WORK, picket.jar through the reactor)"
mkdir -p "$WORK/baselines"
cp -r "$SHARED/bench-baselines/pom.xml" "$SHARED/bench-baselines/src" "$WORK/baselines/"
"${MVN[@]}" -f "$WORK/baselines/pom.xml" -DskipTests package >"$WORK/build.log" 2>&1 \
    || { cat "$WORK/build.log" >&2; exit 1; }
(cd "$ROOT" && "${MVN[@]}" -pl bot -am -DskipTests package) >"$WORK/build.log" 2>&1 \
    || { cat "$WORK/build.log" >&2; exit 1; }
cp -r "$ROOT/corpus/articles" "$WORK/articles"

# start NAME PORT COMMAND...: starts a server, logs to $WORK/NAME.log, waits until its health URL answers 200.
start() {
    local name=$1 port=$2 health=$3
    shift 3
    "$@" >"$WORK/$name.log" 2>&1 &
    SERVER_PID=$!
    local deadline=$((SECONDS + 180))
    until curl -fs -o /dev/null "http://127.0.0.1:$port$health"; do
        if ! kill -0 "$SERVER_PID" 2>/dev/null || ((SECONDS > deadline)); then
            echo "$name did not become healthy:" >&2
            tail -40 "$WORK/$name.log" >&2
            exit 1
        fi
        sleep 0.5
    done
}

stop() {
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
}

# drive NAME PORT: warm-up, then both workloads; one result line per workload into $WORK/results.
drive() {
    local name=$1 port=$2 url="http://127.0.0.1:$2"
    wrk -t2 -c8 -d"${WARMUP}s" -s "$ROOT/bench/distinct.lua" "$url" >/dev/null
    wrk -t2 -c8 -d"${WARMUP}s" -s "$SHARED/bench-baselines/ask.lua" "$url" >/dev/null
    local workload script
    for workload in four distinct; do
        script=$SHARED/bench-baselines/ask.lua
        [[ $workload == distinct ]] && script=$ROOT/bench/distinct.lua
        wrk -t2 -c8 -d"${SECONDS_PER_RUN}s" --latency -s "$script" "$url" >"$WORK/wrk.out"
        awk -v name="$name" -v workload="$workload" '
            function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; return v * 1000 }
            $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
            /Requests\/sec/ { rate = $2 } /Non-2xx/ { errors += $NF }
            /Socket errors/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
            END { printf "%s %s %.1f %.2f %.2f %d\n", name, workload, rate, p50, p99, errors }
        ' "$WORK/wrk.out" >>"$WORK/results"
    done
}

BASELINE=("$JAVA" "${JVM_FLAGS[@]}" -jar "$WORK/baselines/target/baseline.jar")
PICKET=("$JAVA" "${JVM_FLAGS[@]}" -jar "$ROOT/bot/target/picket.jar" --server.address=127.0.0.1
        --picket.corpus.dir="$WORK/articles" --picket.api.requests-per-minute=100000000)
echo "== machine: $(nproc) cores, $("$JAVA" -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== wrk -t2 -c8 -d${SECONDS_PER_RUN}s after ${WARMUP}s of each workload; four = ask.lua, distinct = bench/distinct.lua"

start langchain4j $PORT /api/health "${BASELINE[@]}" a $PORT "$WORK/articles"
drive langchain4j $PORT; stop
start lucene $((PORT + 1)) /api/health "${BASELINE[@]}" b $((PORT + 1)) "$WORK/articles"
drive lucene $((PORT + 1)); stop
for mode in bm25 hybrid; do
    p=$((PORT + 2)); [[ $mode == hybrid ]] && p=$((PORT + 3))
    start "picket-$mode" $p /actuator/health "${PICKET[@]}" --server.port=$p \
        --picket.index.dir="$WORK/index-$mode" --picket.retrieval.mode=$mode
    drive "picket-$mode" $p; stop
done

awk '
    { rate[$1 " " $2] = $3; line[NR] = $0 }
    END {
        printf "\n%-14s %-9s %10s %9s %9s %7s\n", "server", "workload", "req/s", "p50 ms", "p99 ms", "errors"
        for (i = 1; i <= NR; i++) { split(line[i], f, " "); printf "%-14s %-9s %10.1f %9.2f %9.2f %7d\n", f[1], f[2], f[3], f[4], f[5], f[6] }
        printf "\nratios of throughput (floors in brackets):\n"
        for (w = 1; w <= 2; w++) {
            wl = w == 1 ? "four" : "distinct"
            printf "  %-9s bm25 / plain Lucene  %.2f  [>= 0.5]\n", wl, rate["picket-bm25 " wl] / rate["lucene " wl]
            printf "  %-9s hybrid / LangChain4j %.2f  [>= %s]\n", wl, rate["picket-hybrid " wl] / rate["langchain4j " wl], w == 1 ? "1.5" : "1.0"
        }
    }' "$WORK/results"

if [[ $IN_PROCESS != none ]]; then
    echo
    echo "== in-process: picket's answer (bm25) against a raw Lucene search of the same question, same JVM"
    (cd "$ROOT" && "${MVN[@]}" -pl bench -am test -Dtest=AnswerOverheadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
        -Dpicket.bench.articles="$IN_PROCESS") 2>&1 | grep -E '^(==|raw|picket|answer)'
fi
