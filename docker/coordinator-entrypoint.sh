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
set -eu

db="${GOVSWEEP_DB:-/data/govsweep.db}"
marker="${db}.started"
listen="${GOVSWEEP_LISTEN:-0.0.0.0:7400}"
token_file="${GOVSWEEP_TOKEN_FILE:-/run/secrets/govsweep_token}"
metrics="${GOVSWEEP_METRICS:-0.0.0.0:9400}"

if [ -e "$marker" ]; then
    echo "govsweep-coordinator: $marker exists: resuming the sweep in $db" >&2
    exec govsweep coordinator --resume \
        --listen "$listen" --token-file "$token_file" --db "$db" --metrics "$metrics"
fi

date -u +%Y-%m-%dT%H:%M:%SZ > "$marker"
echo "govsweep-coordinator: starting a new sweep in $db" >&2
exec govsweep coordinator \
    --listen "$listen" --token-file "$token_file" --db "$db" --metrics "$metrics" "$@"
