#!/usr/bin/env bash
# Fails when a source file is not formatted by the project's .clang-format, and prints the
# one command that fixes it.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 1
command -v clang-format >/dev/null || { echo "clang-format is not installed (packaging/install-deps.sh installs it)"; exit 1; }
mapfile -t files < <(git ls-files -- 'app/*.cpp' 'app/*.h' 'ui/*.cpp' 'ui/*.h' 'modules/*.cpp' 'modules/*.h' 'tests/*.cpp' 'tests/*.h' 2>/dev/null \
    || find app ui modules tests -name '*.cpp' -o -name '*.h')
((${#files[@]} > 0)) || { echo "no sources found under $top"; exit 1; }
unformatted=()
for file in "${files[@]}"; do
    [[ -f "$file" ]] || continue
    clang-format --dry-run -Werror "$file" >/dev/null 2>&1 || unformatted+=("$file")
done
if ((${#unformatted[@]} > 0)); then
    echo "not formatted: ${unformatted[*]}"
    echo "fix with: clang-format -i ${unformatted[*]}"
    exit 1
fi
echo "${#files[@]} files formatted"
