#!/usr/bin/env bash
# Distributed run on one machine: RabbitMQ and PostgreSQL (from deploy/test/services.sh), then each service as its
# own process, with two normalizers and two case stores competing for work on quorum queues (virtual host "hub"). Stop with deploy/local/stop.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
state=var/local
mkdir -p "$state"
eval "$(bash deploy/test/services.sh)"
db=${HUB_LOCAL_DATABASE:-hub_local} # another name keeps a run apart from a database other branches migrated
PGPASSWORD=hub psql -h 127.0.0.1 -U hub -d postgres -tc "SELECT 1 FROM pg_database WHERE datname='$db'" | grep -q 1 \
  || PGPASSWORD=hub psql -h 127.0.0.1 -U hub -d postgres -c "CREATE DATABASE $db" >/dev/null
sh deploy/rabbitmq/quorum-vhost.sh hub >/dev/null
dotnet build src/Hub -c Release -nologo -v quiet
export Hub__Transport__Kind=RabbitMq
export Hub__Transport__RabbitMq__VirtualHost=hub
export Hub__Database__Provider=Postgres
export Hub__Database__ConnectionString="Host=127.0.0.1;Database=$db;Username=hub;Password=hub"
export Hub__Publisher__OutputDirectory="$PWD/$state/public"
export Hub__IdentityVault__DevelopmentKeyFile="$PWD/$state/identity-vault.json"
hub="dotnet src/Hub/bin/Release/net10.0/hub.dll"
start() { # name service port
  nohup $hub run "$2" --urls="http://127.0.0.1:$3" >"$state/$1.log" 2>&1 &
  echo $! >"$state/$1.pid"
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$3/health/live" >/dev/null && return; sleep 1; done
  echo "$1 did not start; see $state/$1.log" >&2; exit 1
}
start casestore-1 casestore 5181
start casestore-2 casestore 5182
start normalizer-1 normalizer 5183
start normalizer-2 normalizer 5184
start publisher publisher 5185
start ingestion ingestion 5080
echo "Hub is running distributed: form http://127.0.0.1:5080/, logs and pids in $state/"
