#!/usr/bin/env bash
# Measures customer-weeks per second of one scenario on 1, 2 and 3 silos (separate processes on
# this machine, Redis membership), plus the embedded silo and the reference engine, and prints a
# markdown table of medians. Usage: scripts/cluster-bench.sh [customers] [weeks] [repeats]
# Needs redis-server (apt-get install redis-server). Every process shares this machine's cores.
set -euo pipefail
cd "$(dirname "$0")/.."

customers="${1:-20000}"
weeks="${2:-52}"
repeats="${3:-3}"
burnin=26

dotnet build src/Simulator.Cli -c Release -v quiet -nologo >/dev/null
cxsim=(dotnet src/Simulator.Cli/bin/Release/net10.0/cxsim.dll)
work="$(mktemp -d)"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes --pidfile "$work/redis.pid" >/dev/null
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  kill "$(cat "$work/redis.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# customer-weeks/s of one run: cxsim prints "N customer-weeks in S s (R/s)."
rate() { "${cxsim[@]}" run baseline -n "$customers" -w "$weeks" --burn-in "$burnin" --out "$work/out" "$@" | sed -n 's/.*customer-weeks in .* (\([0-9,]*\)\/s)\./\1/p' | tr -d ,; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
measure() { for _ in $(seq "$repeats"); do rate "$@"; done | median; }

echo "| engine | silos | customer-weeks/s (median of $repeats) |"
echo "| --- | --- | --- |"
echo "| reference (one thread, in process) | - | $(measure --engine reference) |"
echo "| orleans, embedded silo | 1 (in process) | $(measure) |"
for n in 1 2 3; do
  log="$work/silo$n.log"
  "${cxsim[@]}" silo --redis "127.0.0.1:$port" --cluster-id bench --silo-port 0 --gateway-port 0 >"$log" 2>&1 &
  pids+=($!)
  until grep -q "joined cluster" "$log"; do sleep 0.2; done
  echo "| orleans, cxsim silo processes | $n | $(measure --redis "127.0.0.1:$port" --cluster-id bench) |"
done
echo
echo "baseline, $customers customers x $weeks weeks after $burnin burn-in weeks; $(nproc) cores shared by every process; $(date -u +%Y-%m-%d)."
