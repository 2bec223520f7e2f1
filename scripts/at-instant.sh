#!/usr/bin/env bash
# Runs a command with the clock of every process it starts (Node, the server, Chromium) moved to
# another instant, and running from there: what CI would see if it ran at that hour.
#
#   scripts/at-instant.sh 2026-12-13T23:30:00Z npm test -- unit db e2e   # Monday 00:30 in Paris
#
# CI runs whenever a change lands, on a real clock, so code or tests that assume an hour of the
# week only fail at that hour. This tries such an hour on purpose. It needs libfaketime
# (`apt-get install faketime`). The offset is relative ("+N seconds"), so timers and the monotonic
# clock keep running: an absolute fake time stalled Chromium's timers, and Node aborted when only
# the wall clock was moved. A PostgreSQL server started outside the command keeps the real time,
# so use it with the PGlite tiers and e2e (the e2e server runs on PGlite), not with DATABASE_URL.
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 <instant, e.g. 2026-12-13T23:30:00Z> <command> [arguments...]" >&2
  exit 2
fi
library=$(ls /usr/lib/*/faketime/libfaketime.so.1 2>/dev/null | head -n 1 || true)
if [ -z "$library" ]; then
  echo "$0: libfaketime is not installed (apt-get install faketime)" >&2
  exit 2
fi
if ! target=$(date -d "$1" +%s 2>/dev/null); then
  echo "$0: '$1' is not an instant date(1) can read (e.g. 2026-12-13T23:30:00Z)" >&2
  exit 2
fi
shift
offset=$((target - $(date +%s)))
sign=$([ "$offset" -ge 0 ] && echo + || echo '')
echo "at-instant: the clock moves by ${sign}${offset} s, to $(date -u -d "@$target" +%Y-%m-%dT%H:%M:%SZ)" >&2
export LD_PRELOAD="$library" FAKETIME="${sign}${offset}s"
exec "$@"
