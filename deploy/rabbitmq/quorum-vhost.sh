#!/bin/sh
# Creates (idempotently) the RabbitMQ virtual host Hub runs in, with quorum as its default queue type, and gives
# the Hub user full rights on it. Every durable queue Hub declares without an x-queue-type (the receive endpoints,
# their _error/_skipped queues, and the senders' declarations of the same queues) then becomes a quorum queue, so
# no two declarations can disagree; the bus-instance queues (auto-delete) stay classic, as quorum queues cannot be.
# Usage: quorum-vhost.sh <vhost> [hub-user]
# Env: RABBITMQ_MANAGEMENT_URL (default http://127.0.0.1:15672), RABBITMQ_ADMIN_USER / RABBITMQ_ADMIN_PASSWORD
# (default guest/guest; needs the administrator tag).
set -eu
vhost=${1:?usage: quorum-vhost.sh <vhost> [hub-user]}
user=${2:-${RABBITMQ_ADMIN_USER:-guest}}
api=${RABBITMQ_MANAGEMENT_URL:-http://127.0.0.1:15672}/api
auth="${RABBITMQ_ADMIN_USER:-guest}:${RABBITMQ_ADMIN_PASSWORD:-guest}"
call() { curl -fsS -u "$auth" -H 'content-type: application/json' "$@"; }

tries=0
until call "$api/overview" >/dev/null 2>&1; do
  tries=$((tries + 1)); [ "$tries" -lt 60 ] || { echo "RabbitMQ management API not reachable at $api" >&2; exit 1; }
  sleep 2
done
# RabbitMQ 3.10–3.12 read "defaultqueuetype", later versions "default_queue_type"; each ignores the other.
call -X PUT -d '{"defaultqueuetype":"quorum","default_queue_type":"quorum","description":"BMA complaint hub"}' "$api/vhosts/$vhost"
call -X PUT -d '{"configure":".*","write":".*","read":".*"}' "$api/permissions/$vhost/$user"
if ! call "$api/vhosts/$vhost" | grep -q '"default_queue_type":"quorum"'; then
  echo "virtual host $vhost exists with another default queue type; it cannot be changed in place: use a new virtual host" >&2
  exit 1
fi
echo "virtual host $vhost: default queue type quorum, user $user allowed"
