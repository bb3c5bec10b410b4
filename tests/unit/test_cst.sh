#!/bin/sh
# tests/unit/test_cst.sh — the parser stage (frontend/cst.c, annot.c, ast.c)
# on its own: each check feeds a snippet to a tiny driver that prints the
# AST (or the diagnostics) and looks for an expected piece of the output.
# Usage: sh tests/unit/test_cst.sh [WORK_DIR]   (CC and CFLAGS are honoured,
# e.g. CFLAGS="-fsanitize=address,undefined" for a sanitizer run)
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-${TMPDIR:-/tmp}/krait_test_cst}
cc=${CC:-gcc}
mkdir -p "$work"
grammar="$work/grammar"
[ -f "$root/build/_deps/tree-sitter-python/src/parser.c" ] &&
  grammar="$root/build/_deps/tree-sitter-python"
sh "$root/scripts/fetch_grammar.sh" "$grammar" >/dev/null || exit 1

cat >"$work/driver.c" <<'EOF'
#include <stdio.h>
#include "frontend.h"
int main(int argc, char **argv) {
  Ctx cx;
  ctx_init(&cx);
  cx.diag.out = stdout;
  Source *s = source_load(&cx, argv[1]);
  AstModule *m = s ? cst_to_ast(&cx, s) : NULL;
  if (m && !diag_failed(&cx)) {
    StrBuf b = {0};
    ast_print(&cx, m, &b);
    fputs(b.p, stdout);
    sb_free(&b);
  }
  int rc = diag_failed(&cx);
  ctx_free(&cx);
  return rc;
}
EOF
flags="-std=c11 -Wall -Wextra -Wshadow -Wno-unused-parameter -D_POSIX_C_SOURCE=200809L -g ${CFLAGS:-}"
for f in parser scanner; do
  [ -f "$work/$f.o" ] || $cc -O2 -w -I"$grammar/src" -c "$grammar/src/$f.c" -o "$work/$f.o" || exit 1
done
$cc $flags -I"$root/frontend" "$work/driver.c" "$root/frontend/cst.c" "$root/frontend/annot.c" \
  "$root/frontend/ast.c" "$root/common/arena.c" "$root/common/diag.c" "$root/common/source.c" \
  "$root/common/str.c" "$work/parser.o" "$work/scanner.o" -ltree-sitter -lm \
  -o "$work/driver" || exit 1

pass=0
fail=0
# check NAME SOURCE EXPECTED: the output for SOURCE contains EXPECTED.
check() {
  printf '%b' "$2" >"$work/$1.py"
  out=$("$work/driver" "$work/$1.py" 2>&1)
  rc=$?
  if [ $rc -le 1 ] && printf '%s' "$out" | grep -qF -- "$3"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    printf 'FAIL %s (rc %d): expected %s\n%s\n' "$1" $rc "$3" "$out"
  fi
}
# check_file NAME PYTHON-EXPR EXPECTED: the source is made by python3.
check_file() {
  python3 -c "import sys; sys.stdout.buffer.write($2)" >"$work/$1.py"
  out=$("$work/driver" "$work/$1.py" 2>&1)
  rc=$?
  if [ $rc -le 1 ] && printf '%s' "$out" | grep -qF -- "$3"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    printf 'FAIL %s (rc %d): expected %s\n%s\n' "$1" $rc "$3" "$out" | head -20
  fi
}

# annotations that tree-sitter cannot parse in place
check annot_params 'def f(a: f64[:, ::1], b: f64[: , :: 1], n: int = 3) -> f64[:]:\n    return a\n' \
  '(funcdef f ( (a: f64[:, ::1]) (b: f64[:, ::1]) (n: int = (int 3)) ) -> f64[:]'
check annot_multiline 'def f(a: f64[\n    :, :],\n      b: "i32[:]") -> None:\n    pass\n' \
  '(a: f64[:, :]) (b: i32[:]) ) -> None'
check annot_var 'x: f64[:, :] = a[:, 1:]\n' \
  '(annassign (name x) f64[:, :] (subscript (name a) (tuple (slice _ _ _) (slice (int 1) _ _))))'
check annot_nested 'def f(a: list[f64[:]], t: tuple[int, np.float64]): pass\n' \
  '(a: list[f64[:]]) (t: tuple[int, np.float64])'
check annot_lambda_default 'def f(a=lambda x, y: x[1:2], b: f64[:] = None): pass\n' 'lambda is not supported'
check annot_bad_slice 'def f(a: f64[1:]): pass\n' "hint: array dimensions are written ':'"
check annot_union 'x: int | None = 1\n' "union types ('|') are not supported"
check annot_string_bad 'def f(a: "f64[:"): pass\n' 'invalid annotation'
check exports '#pythran export f(float64[:,:] order(C), int)\n# pythran export f(float[:])\n' \
  '(export f float64[:, :] int)'
check exports_overload '#pythran export f(int), g(f64[::1])\n' '(export g f64[::1])'
check exports_bad '#pythran export f(int\n' "invalid '#pythran export' line"
check exports_in_string 's = """\n#pythran export f(\n"""\n' '(module exports_in_string'

# expressions
check literals 'x = (0x1_F, 0o17, 0b11, 1_000.5e-3, 2j, .5, True, None)\n' \
  '(tuple (int 31) (int 15) (int 3) (float 1.0005) (imag 2.0) (float 0.5) (bool True) (none))'
check int_min 'x = -9223372036854775808\ny = -5\n' '(int -9223372036854775808)'
check neg_literal 'y = -5\n' '(unary - (int 5))'
check int_too_big 'x = 9223372036854775808\n' 'integer literal is too large for int64'
check leading_zero 'x = 0777\n' 'leading zeros in decimal integer literals are not permitted'
check escapes 'x = "a\\tb\\x41\\u00e9\\101\\\\\\"" r"\\n"\n' '(str "a\tbAéA\\\"\\n")'
check bytes 'x = b"abc"\n' 'bytes are not supported'
check fstring 'x = f"{a:{w}.{p}f} {{b}} {c!r}"\n' \
  '(fstring (formatted (name a) : (fstring (formatted (name w)) (str ".") (formatted (name p)) (str "f"))) (str " {b} ") (formatted (name c) !r))'
check fstring_debug 'x = f"{a = }{b=:>4}{c=!s}"\n' \
  '(formatted (name a) !r (debug "a = ")) (formatted (name b) : (fstring (str ">4")) (debug "b=")) (formatted (name c) !s (debug "c="))'
check fstring_concat 'x = "a" f"{b}" "c"\n' '(fstring (str "a") (formatted (name b)) (str "c"))'
check fstring_plain 'x = f"plain"\n' '(str "plain")'
check percent 'x = "%d %s" % (n, s)\n' '(binop % (str "%d %s") (tuple (name n) (name s)))'
check compare 'x = a < b <= c is not d not in e\n' \
  '(compare (name a) < (name b) <= (name c) is not (name d) not in (name e))'
check boolop 'x = not a and b and c or d\n' \
  '(boolop or (boolop and (unary not (name a)) (name b) (name c)) (name d))'
check ifexp 'x = a if c else b\n' '(ifexp (name c) (name a) (name b))'
check listcomp 'x = [i * j for i in a if i for j in b]\n' \
  '(listcomp (binop * (name i) (name j)) (for (name i) (name a) (if (name i))) (for (name j) (name b)))'
check call 'f(a, b, k=1)\n' '(call (name f) (name a) (name b) (kw k (int 1)))'
check subscript_tuple 'x = a[i,]\n' '(subscript (name a) (tuple (name i)))'
check slices 'x = a[1:n:2, ::-1]\n' \
  '(tuple (slice (int 1) (name n) (int 2)) (slice _ _ (unary - (int 1))))'

# statements
check unpack 'a, (b, c) = [x, y] = 1, (2, 3)\n' \
  '(assign (tuple (name a) (tuple (name b) (name c))) (tuple (name x) (name y)) (tuple (int 1) (tuple (int 2) (int 3))))'
check chained 'a = b = 1\n' '(assign (name a) (name b) (int 1))'
check augassign 'a[i] += 1\n' '(augassign + (subscript (name a) (name i)) (int 1))'
check elif 'if a:\n    pass\nelif b:\n    x = 1\nelse:\n    x = 2\n' \
  '(if (name a)
    (pass)
    (else
      (if (name b)
        (assign (name x) (int 1))
        (else
          (assign (name x) (int 2))))))'
check loops 'for i in range(3):\n    continue\nelse:\n    pass\nwhile x:\n    break\n' \
  '(for (name i) (call (name range) (int 3))'
check def_doc 'def f(a, b=2):\n    """doc"""\n    def g():\n        return a\n    return g\n' \
  '(funcdef f ( (a) (b = (int 2)) )
    (doc "doc")
    (funcdef g ( )'
check decorators '@cuda.jit\ndef k(a):\n    pass\n' '(decorator (attr (name cuda) jit))'
check imports 'import numpy as np, os.path\nfrom math import sqrt, pi as PI\n' \
  '(import numpy as np)
  (import os.path as os)
  (import from math sqrt as sqrt)
  (import from math pi as PI)'
check ellipsis_body 'def f():\n    ...\n' '(pass)'

# constructs outside the subset
check class 'class A:\n    pass\n' 'classes are not supported yet'
check dict 'x = {1: 2}\n' 'dict is not supported yet'
check set 'x = {1, 2}\n' 'set is not supported yet'
check lambda 'f = lambda x: x\n' 'lambda is not supported yet'
check genexp 'x = sum(i for i in a)\n' 'hint: use a list comprehension'
check yield 'def f():\n    yield 1\n' "generators ('yield') are not supported"
check try 'try:\n    pass\nexcept E:\n    pass\n' "'try' is not supported yet"
check with 'with f() as g:\n    pass\n' "'with' is not supported yet"
check global 'def f():\n    global x\n' "'global' is not supported"
check del 'del x\n' "'del' is not supported"
check walrus 'if (n := 1):\n    pass\n' "assignment expressions (':=') are not supported"
check async 'async def f():\n    pass\n' "'async def' is not supported"
check star 'a, *b = c\n' 'starred assignment is not supported'
check starcall 'f(*a)\n' "'*' arguments are not supported"
check varargs 'def f(*a):\n    pass\n' "'*args' parameters are not supported"
check kwonly 'def f(a, *, b):\n    pass\n' "keyword-only parameters ('*') are not supported"
check posonly 'def f(a, /):\n    pass\n' "positional-only parameters ('/') are not supported"
check wildcard 'from krait import *\n' 'hint: import the names you use'
check break 'break\n' "error: 'break' outside loop"
check return 'return 1\n' "error: 'return' outside function"
check print2 'print "x"\n' "missing parentheses in call to 'print'"
check dupkw 'f(a=1, a=2)\n' "keyword argument repeated: 'a'"

# syntax errors, indentation, bad input
check syntax 'x = (1 +\n' 'error: invalid syntax'
check colon 'if x\n    pass\n' "1:5: error: expected ':'"
check unterminated 'x = "abc\n' 'unterminated string literal'
check assign_literal 'def f(x):\n    1 = x\n' 'cannot assign to literal'
check unexpected_indent 'x = 1\n    y = 2\n' 'unexpected indent'
check unindent 'def f():\n    x = 1\n  y = 2\n' 'unindent does not match any outer indentation level'
check empty_body 'def f():\nx = 1\n' 'expected an indented block after function definition on line 1'
check misaligned_else 'if x:\n    pass\n  else:\n    pass\n' 'unexpected indent'
check tabs 'if x:\n\tpass\n        pass\n' 'inconsistent use of tabs and spaces in indentation'
check empty '' '(module empty)'
check_file bom 'b"\xef\xbb\xbfdef f(a: f64[:]):\n    pass\n"' '(funcdef f ( (a: f64[:]) )'
check_file crlf 'b"s = \"\"\"a\r\nb\"\"\"\r\n"' '(str "a\nb")'
check_file utf8 'b"x = 1\n\xff\n"' '2:1: error: source is not valid UTF-8'
check_file nul 'b"x = 1\0\n"' 'source code cannot contain null bytes'
check_file parens 'b"x = " + b"(" * 5000 + b"1" + b")" * 5000 + b"\n"' 'expression is nested too deeply'
check_file long_sum 'b"x = " + b"+".join([b"1"] * 100000) + b"\n"' 'expression is nested too deeply'
check_file long_and 'b"x = " + b" and ".join([b"a"] * 100000) + b"\n"' '(boolop and (name a) (name a)'
check_file deep_blocks 'b"".join(b"    " * i + b"if x:\n" for i in range(300)) + b"    " * 300 + b"pass\n"' \
  'error:'
check_file garbage 'bytes(range(1, 128)) * 20' 'error:'

echo "test_cst: $pass passed, $fail failed"
[ $fail -eq 0 ]
