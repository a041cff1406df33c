#!/usr/bin/env bash
# Stops the processes deploy/local/start.sh started (the databases and broker keep running).
set -euo pipefail
cd "$(dirname "$0")/../.."
for pid in var/local/*.pid; do
  [ -e "$pid" ] || continue
  kill "$(cat "$pid")" 2>/dev/null || true
  rm -f "$pid"
done
echo "stopped"
