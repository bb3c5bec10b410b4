#!/bin/sh
# tests/unit/run_codegen.sh BUILD_DIR [CASE] — the C backend's end-to-end unit test.
# Builds the runtime as a static library and test_codegen (one gcc at a time),
# then runs it: hand-built IR -> C -> gcc -Werror -> run -> compare with CPython.
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${1:-$ROOT/build}/unit_codegen
mkdir -p "$OUT/rt"
for f in "$ROOT"/runtime/*.c; do
  gcc -std=gnu11 -O2 -fwrapv -fPIC -I"$ROOT/runtime/include" -c "$f" \
      -o "$OUT/rt/$(basename "$f" .c).o"
done
rm -f "$OUT/libkrait_rt.a"
ar rcs "$OUT/libkrait_rt.a" "$OUT"/rt/*.o
gcc -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -g -Wall -Wextra -Wshadow \
    -I"$ROOT" "$ROOT/tests/unit/test_codegen.c" "$ROOT"/common/*.c "$ROOT/frontend/types.c" \
    "$ROOT/ir/ir.c" "$ROOT"/codegen/*.c -o "$OUT/test_codegen" -lm
shift || true
exec "$OUT/test_codegen" "$ROOT" "$OUT" "$@"
