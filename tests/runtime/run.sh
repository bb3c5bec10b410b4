#!/bin/sh
# Runs the runtime unit tests: CPython generates the vectors, test_rt.c
# replays them against runtime/*.c. Usage: tests/runtime/run.sh BUILD_DIR
# Set SANITIZE=1 for an ASan/UBSan build, VALGRIND=1 to run under valgrind.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-"$root/build"}
out="$build/runtime-tests"
mkdir -p "$out"
python3 "$here/gen_vectors.py" > "$out/vectors.txt"
flags="-std=c11 -O2 -g -Wall -Wextra -Wpedantic -fwrapv"
if [ "${SANITIZE:-0}" = 1 ]; then
  flags="$flags -O1 -fsanitize=address,undefined -fno-sanitize-recover=undefined"
fi
# shellcheck disable=SC2086
gcc $flags -I"$root/runtime/include" "$root"/runtime/*.c "$here/test_rt.c" -lm -lopenblas -o "$out/test_rt"
if [ "${VALGRIND:-0}" = 1 ]; then
  exec valgrind --error-exitcode=3 --leak-check=full -q "$out/test_rt" "$out/vectors.txt"
fi
exec "$out/test_rt" "$out/vectors.txt"
