#!/usr/bin/env bash
# Installs (from Debian's packages, if missing) and starts what the test suite needs, bound to 127.0.0.1:
# PostgreSQL, RabbitMQ with its management plugin, Chromium, and a mail server (Dovecot IMAP + Postfix SMTP
# delivering into Dovecot over LMTP). Idempotent: running services are left as they are.
# Prints the environment the tests read (HUB_TEST_*) on stdout.
set -euo pipefail

log() { echo "[services] $*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

need_packages=()
command -v pg_ctlcluster >/dev/null 2>&1 || need_packages+=(postgresql)
command -v rabbitmq-server >/dev/null 2>&1 || need_packages+=(rabbitmq-server)
command -v chromium >/dev/null 2>&1 || need_packages+=(chromium)
command -v curl >/dev/null 2>&1 || need_packages+=(curl)
dpkg -s dovecot-imapd dovecot-lmtpd >/dev/null 2>&1 || need_packages+=(dovecot-imapd dovecot-lmtpd)
command -v postfix >/dev/null 2>&1 || need_packages+=(postfix)
for extra in ${HUB_TEST_EXTRA_PACKAGES:-}; do dpkg -s "$extra" >/dev/null 2>&1 || need_packages+=("$extra"); done
if [ ${#need_packages[@]} -gt 0 ]; then
  log "installing ${need_packages[*]}"
  as_root apt-get update -qq >&2
  # Package scripts must not start services bound to every interface; we start them ourselves below.
  printf '#!/bin/sh\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d >/dev/null && as_root chmod +x /usr/sbin/policy-rc.d
  echo "postfix postfix/main_mailer_type select No configuration" | as_root debconf-set-selections
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_packages[@]}" >&2
  as_root rm -f /usr/sbin/policy-rc.d
fi

# PostgreSQL: Debian's cluster, listening on 127.0.0.1 only.
pg_version=$(pg_lsclusters -h | awk 'NR==1{print $1}')
if [ -z "$pg_version" ]; then
  pg_version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  as_root pg_createcluster "$pg_version" main >&2
fi
as_root sed -i "s/^#\?listen_addresses.*/listen_addresses = '127.0.0.1'/" "/etc/postgresql/$pg_version/main/postgresql.conf"
if ! pg_lsclusters -h | awk '{print $4}' | grep -q online; then
  log "starting PostgreSQL $pg_version"
  as_root pg_ctlcluster "$pg_version" main start >&2
fi
for _ in $(seq 1 30); do as_root su postgres -c "pg_isready -q -h 127.0.0.1" && break; sleep 1; done
as_root su postgres -c "psql -q -h 127.0.0.1 -c \"DO \\\$\\\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='hub') THEN CREATE ROLE hub LOGIN CREATEDB PASSWORD 'hub'; END IF; END\\\$\\\$;\"" >&2 2>/dev/null \
  || as_root su postgres -c "psql -q -c \"DO \\\$\\\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='hub') THEN CREATE ROLE hub LOGIN CREATEDB PASSWORD 'hub'; END IF; END\\\$\\\$;\"" >&2

# RabbitMQ: loopback only, management API for the operator console, quorum queues available.
if [ ! -f /etc/rabbitmq/rabbitmq.conf ] || ! grep -q hub-test /etc/rabbitmq/rabbitmq.conf; then
  as_root tee /etc/rabbitmq/rabbitmq.conf >/dev/null <<'CONF'
# hub-test: written by deploy/test/services.sh
listeners.tcp.1 = 127.0.0.1:5672
management.tcp.ip = 127.0.0.1
management.tcp.port = 15672
loopback_users = none
CONF
fi
as_root tee /etc/rabbitmq/rabbitmq-env.conf >/dev/null <<'CONF'
# hub-test: Erlang distribution and epmd on loopback too.
NODE_IP_ADDRESS=127.0.0.1
SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
export ERL_EPMD_ADDRESS=127.0.0.1
CONF
echo '[rabbitmq_management].' | as_root tee /etc/rabbitmq/enabled_plugins >/dev/null
export ERL_EPMD_ADDRESS=127.0.0.1
if ! as_root rabbitmqctl -q status >/dev/null 2>&1; then
  log "starting RabbitMQ"
  as_root env ERL_EPMD_ADDRESS=127.0.0.1 RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 rabbitmq-server -detached >&2 2>/dev/null || true
  as_root rabbitmqctl -q wait --timeout 120 /var/lib/rabbitmq/mnesia/rabbit@$(hostname -s).pid >&2 2>/dev/null \
    || as_root rabbitmqctl -q await_startup --timeout 120 >&2
fi
for _ in $(seq 1 60); do curl -sf -u guest:guest http://127.0.0.1:15672/api/overview >/dev/null && break; sleep 1; done

bash "$(dirname "$0")/mail-services.sh" >&2

echo "HUB_TEST_POSTGRES='Host=127.0.0.1;Port=5432;Username=hub;Password=hub'"
echo "HUB_TEST_RABBITMQ='127.0.0.1:5672'"
echo "HUB_TEST_RABBITMQ_MANAGEMENT='http://127.0.0.1:15672'"
echo "HUB_TEST_CHROMIUM='$(command -v chromium)'"
echo "HUB_TEST_IMAP='127.0.0.1:10143'"
echo "HUB_TEST_SMTP='127.0.0.1:10025'"
