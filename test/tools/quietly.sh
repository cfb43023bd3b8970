#!/bin/sh
# Runs a command and shows its output only when it fails (keeps `npm run demo` readable).
log=$(mktemp)
"$@" >"$log" 2>&1
status=$?
if [ "$status" -ne 0 ]; then
  cat "$log" >&2
  echo "Failed ($status): $*" >&2
fi
rm -f "$log"
exit "$status"
