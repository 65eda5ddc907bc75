#!/usr/bin/env bash
# Measures how long the server takes from spawn to "listening" on the embedded engine, and its memory
# once ready: run it twice on a fresh directory (the first run includes initdb in a child process).
#   bash scripts/measure-startup.sh /tmp/linkcy-measure
set -euo pipefail
dir=${1:?usage: measure-startup.sh DATA_DIR}
log=$(mktemp)
start=$(date +%s.%N)
LINKCY_DATA_DIR=$dir PORT=0 LINKCY_LOG_LEVEL=warn node --import tsx src/main.ts >"$log" 2>&1 &
pid=$!
until grep -q "listening on" "$log"; do sleep 0.05; done
end=$(date +%s.%N)
echo "ready in $(echo "$end - $start" | bc) s; rss $(ps -o rss= -p $pid | awk '{print int($1/1024)}') MB"
kill -TERM $pid
wait $pid && echo "exit 0 after SIGTERM"
rm -f "$log"
