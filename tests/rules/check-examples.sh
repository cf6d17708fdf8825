#!/usr/bin/env bash
# Runs shared/rules/check.py with `dojopool referee` over every public rack scenario.
# Fails when the scenarios cannot be found: a missing folder is not a pass.
set -u
dojopool=$1
shared=$2
examples="$shared/rules/examples"
if [[ ! -f "$shared/rules/check.py" ]] || ! compgen -G "$examples/*.json" >/dev/null; then
    echo "no rack scenarios at $examples (shared/ must sit beside the project)"
    exit 1
fi
# The checker gives each scenario 20 s. The program's first start on a machine just done
# building loads its libraries from disk (once, a CI run took over 20 s there); start it once
# first so the scenarios time the referee, not the disk.
if ! "$dojopool" --version >/dev/null; then
    echo "$dojopool --version failed"
    exit 1
fi
python=$(command -v python3 || echo /usr/bin/python3)
"$python" "$shared/rules/check.py" --referee "$dojopool referee" "$examples"/*.json
