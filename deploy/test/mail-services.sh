#!/usr/bin/env bash
# The test mail server, on 127.0.0.1 only: Dovecot IMAP on 10143 and Postfix SMTP on 10025, which delivers every
# address @hub.test into Dovecot over LMTP (10024). Any user name logs in with password "hub" and gets its own
# mailbox on first use, so each test can take a fresh user and tests run in parallel. Plain authentication, no TLS:
# test credentials only. Idempotent: a running server is left as it is. Called by services.sh (packages installed there).
set -euo pipefail

log() { echo "[mail] $*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

conf=/etc/hub-test
as_root mkdir -p "$conf" /var/lib/hub-mail /var/lib/dovecot-hub
id hubmail >/dev/null 2>&1 || as_root useradd --system --home-dir /var/lib/hub-mail --shell /usr/sbin/nologin hubmail
as_root chown hubmail:hubmail /var/lib/hub-mail

as_root tee "$conf/dovecot.conf" >/dev/null <<CONF
# hub-test: written by deploy/test/mail-services.sh
protocols = imap lmtp
listen = 127.0.0.1
instance_name = dovecot-hub
base_dir = /run/dovecot-hub/
state_dir = /var/lib/dovecot-hub
log_path = /var/log/dovecot-hub.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:~/Maildir
first_valid_uid = $(id -u hubmail)
mail_max_userip_connections = 200
mailbox_idle_check_interval = 1 secs
passdb {
  driver = static
  args = password=hub
}
userdb {
  driver = static
  args = uid=hubmail gid=hubmail home=/var/lib/hub-mail/%d/%n allow_all_users=yes
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = 10143
  }
  inet_listener imaps {
    port = 0
  }
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = 10024
  }
}
CONF
if ! listening 10143; then
  log "starting Dovecot"
  as_root dovecot -c "$conf/dovecot.conf"
fi

if ! listening 10025; then
  log "configuring and starting Postfix"
  [ -f /etc/postfix/main.cf ] || as_root touch /etc/postfix/main.cf
  [ -f /etc/postfix/master.cf ] || as_root cp /usr/share/postfix/master.cf.dist /etc/postfix/master.cf
  as_root postconf -e \
    "compatibility_level = 3.6" \
    "myhostname = mail.hub.test" "mydomain = hub.test" "mydestination =" \
    "inet_interfaces = 127.0.0.1" "inet_protocols = ipv4" "mynetworks = 127.0.0.0/8" \
    "smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination" \
    "virtual_mailbox_domains = hub.test" "virtual_transport = lmtp:inet:127.0.0.1:10024" \
    "alias_maps =" "alias_database =" "maillog_file = /var/log/postfix-hub.log" \
    "smtputf8_enable = yes"
  as_root postconf -M "smtp/inet=127.0.0.1:10025 inet n - n - - smtpd"
  as_root postconf -F '*/*/chroot = n'
  as_root postfix start >&2 2>/dev/null || as_root postfix reload >&2
fi
for _ in $(seq 1 30); do listening 10143 && listening 10025 && break; sleep 0.5; done
listening 10143 && listening 10025 || { log "mail server did not start; see /var/log/dovecot-hub.log and /var/log/postfix-hub.log"; exit 1; }
