#!/bin/sh
# Runs the array runtime tests: numpy generates the vectors, test_array.c
# replays them against runtime/*.c. Usage: tests/runtime/run_array.sh BUILD_DIR
# Set SANITIZE=1 for an ASan/UBSan build (leaks included), VALGRIND=1 for valgrind.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-"$root/build"}
out="$build/runtime-tests"
mkdir -p "$out"
python3 "$here/gen_array_vectors.py" > "$out/array_vectors.txt"
flags="-std=c11 -O2 -g -Wall -Wextra -Wpedantic -fwrapv"
if [ "${SANITIZE:-0}" = 1 ]; then
  flags="$flags -O1 -fsanitize=address,undefined -fno-sanitize-recover=undefined"
fi
# shellcheck disable=SC2086
gcc $flags -I"$root/runtime/include" "$root"/runtime/*.c "$here/test_array.c" -lm -lopenblas -o "$out/test_array"
export ASAN_OPTIONS="${ASAN_OPTIONS:-allocator_may_return_null=1}"
if [ "${VALGRIND:-0}" = 1 ]; then
  exec valgrind --error-exitcode=3 --leak-check=full -q "$out/test_array" "$out/array_vectors.txt"
fi
exec "$out/test_array" "$out/array_vectors.txt"
