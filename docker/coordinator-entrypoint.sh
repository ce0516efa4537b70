#!/bin/sh
# govsweep-coordinator: starts a sweep the first time, resumes it after any restart.
#
#   govsweep-coordinator --inventory /data/inventory.csv [other sweep options]
#
# A container platform restarts a crashed coordinator with the same arguments. Run directly,
# `govsweep coordinator --inventory ...` would then begin a second sweep; this wrapper instead
# leaves a marker next to the database on the first start and runs
# `govsweep coordinator --resume` whenever the marker is already there.
# To start the next sweep on the same volume, delete the marker ("$GOVSWEEP_DB.started").
#
# Settings (environment): GOVSWEEP_DB (/data/govsweep.db), GOVSWEEP_LISTEN (0.0.0.0:7400),
# GOVSWEEP_TOKEN_FILE (/run/secrets/govsweep_token), GOVSWEEP_METRICS (0.0.0.0:9400).
# TLS for workers on other hosts (docs/deploy.md), on the first start and on every resume:
# GOVSWEEP_TLS_CERT and GOVSWEEP_TLS_KEY (PEM files; both or neither), GOVSWEEP_TLS_CA (the CA of
# worker certificates), GOVSWEEP_TLS_REQUIRE_CLIENT_CERT=1 (mutual TLS; needs GOVSWEEP_TLS_CA).
set -eu

db="${GOVSWEEP_DB:-/data/govsweep.db}"
marker="${db}.started"
listen="${GOVSWEEP_LISTEN:-0.0.0.0:7400}"
token_file="${GOVSWEEP_TOKEN_FILE:-/run/secrets/govsweep_token}"
metrics="${GOVSWEEP_METRICS:-0.0.0.0:9400}"
tls_cert="${GOVSWEEP_TLS_CERT:-}"
tls_key="${GOVSWEEP_TLS_KEY:-}"
tls_ca="${GOVSWEEP_TLS_CA:-}"
tls_require="${GOVSWEEP_TLS_REQUIRE_CLIENT_CERT:-}"

fail() {
    echo "govsweep-coordinator: $*" >&2
    exit 64
}

if [ -n "$tls_cert$tls_key" ] && { [ -z "$tls_cert" ] || [ -z "$tls_key" ]; }; then
    fail "set both GOVSWEEP_TLS_CERT and GOVSWEEP_TLS_KEY, or neither"
fi
case "$tls_require" in
    "" | 0 | false) tls_require="" ;;
    1 | true) [ -n "$tls_ca" ] || fail "GOVSWEEP_TLS_REQUIRE_CLIENT_CERT needs GOVSWEEP_TLS_CA (the CA of the workers' certificates)" ;;
    *) fail "GOVSWEEP_TLS_REQUIRE_CLIENT_CERT is \"$tls_require\"; use 1 or 0" ;;
esac

# Runs the coordinator with the settings above, the TLS options, then "$@".
run_coordinator() {
    [ -z "$tls_require" ] || set -- --tls-require-client-cert "$@"
    [ -z "$tls_ca" ] || set -- --tls-ca "$tls_ca" "$@"
    [ -z "$tls_cert" ] || set -- --tls-cert "$tls_cert" --tls-key "$tls_key" "$@"
    exec govsweep coordinator --listen "$listen" --token-file "$token_file" --db "$db" --metrics "$metrics" "$@"
}

if [ -e "$marker" ]; then
    echo "govsweep-coordinator: $marker exists: resuming the sweep in $db" >&2
    # A resumed sweep keeps the sweep options it was started with: only --resume is passed.
    run_coordinator --resume
fi

date -u +%Y-%m-%dT%H:%M:%SZ > "$marker"
echo "govsweep-coordinator: starting a new sweep in $db" >&2
run_coordinator "$@"
