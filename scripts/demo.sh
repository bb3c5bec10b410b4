#!/bin/sh
# make demo: compile the examples into executables, run them, and compare
# their wall time with CPython running the same files.
set -e
build="${1:-build}"
krait="$build/krait"
out="$build/demo"
mkdir -p "$out"
export PYTHONPATH="$(pwd)/python${PYTHONPATH:+:$PYTHONPATH}"
now() { python3 -c 'import time; print(time.perf_counter())'; }
printf '%-14s %-10s %12s %12s %9s\n' example args "CPython (s)" "krait (s)" speedup
while read -r name args; do
  [ -z "$name" ] && continue
  src="examples/$name.py"
  "$krait" build --exe "$src" -o "$out/$name"
  t0=$(now); python3 "$src" $args > "$out/$name.py.out"; t1=$(now)
  "$out/$name" $args > "$out/$name.exe.out"; t2=$(now)
  if ! cmp -s "$out/$name.py.out" "$out/$name.exe.out"; then
    echo "demo: $name: output differs from CPython" >&2
    diff "$out/$name.py.out" "$out/$name.exe.out" | head -20 >&2
    exit 1
  fi
  python3 - "$name" "$args" "$t0" "$t1" "$t2" <<'PY'
import sys
name, args, t0, t1, t2 = sys.argv[1], sys.argv[2], *map(float, sys.argv[3:])
py, kr = t1 - t0, t2 - t1
print(f"{name:<14} {args:<10} {py:12.3f} {kr:12.3f} {py / kr:8.1f}x")
PY
done <<'LIST'
collatz 300000
fib 27
nbody 20000
sieve 2000000
LIST
echo "outputs identical to CPython for every example"
