#!/usr/bin/env bash
# Runs the run-clang-tidy command line it is given, without the colours and without the
# command line and clang's warning count that it prints for every file, then counts the
# distinct warnings by check.
set -uo pipefail
log=$(mktemp)
trap 'rm -f "$log"' EXIT
"$@" 2>&1 | sed -E -e 's/\x1b\[[0-9;]*m//g' -e '/^[^ ]*clang-tidy[^ ]* /d' \
    -e '/^[0-9]+ warnings? generated\.$/d' | tee "$log"
status=${PIPESTATUS[0]}
warnings=$(grep -E '^[^ ]+:[0-9]+:[0-9]+: warning: .* \[[^]]+\]$' "$log" | sort -u)
echo "tidy: $(grep -c . <<<"$warnings") distinct warnings, by check:"
grep -o -E '\[[^]]+\]$' <<<"$warnings" | sort | uniq -c | sort -rn
exit "$status"
