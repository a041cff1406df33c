#!/usr/bin/env bash
# Runs Hub's whole test suite. Starts (installing from Debian's packages if missing) PostgreSQL, RabbitMQ,
# Chromium and a mail server on 127.0.0.1 first; see deploy/test/services.sh. Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")"

eval "$(bash deploy/test/services.sh)"
export HUB_TEST_POSTGRES HUB_TEST_RABBITMQ HUB_TEST_RABBITMQ_MANAGEMENT HUB_TEST_CHROMIUM HUB_TEST_IMAP HUB_TEST_SMTP

dotnet build Hub.sln -c Release -nologo -v quiet
mkdir -p var
results=var/test-results
rm -rf "$results"
status=0
dotnet test Hub.sln -c Release --no-build -nologo --results-directory "$results" "$@" 2>&1 | tee var/test-output.log || status=$?

# One plain closing line for CI: 'N passed, N failed'.
awk '/(Passed|Failed)!  *- *Failed:/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' var/test-output.log
exit "$status"
