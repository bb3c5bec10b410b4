#!/bin/sh
# Fetch the tree-sitter-python 0.23.6 grammar (src/parser.c, src/scanner.c)
# from its PyPI sdist into DIR. The sdist lacks the tree_sitter/*.h headers
# that generated parsers include, so they come from the tree-sitter 0.23.2
# sdist (same ABI 14), also from PyPI. Nothing fetched here is committed.
# Usage: scripts/fetch_grammar.sh DIR
set -e
dir="$1"
[ -f "$dir/src/parser.c" ] && [ -f "$dir/src/tree_sitter/parser.h" ] && exit 0
mkdir -p "$dir/dl" "$dir/src/tree_sitter"
py=python3
dl() {
  $py -m pip download --quiet --no-deps --no-binary :all: --no-build-isolation \
    -d "$dir/dl" "$1" 2>/dev/null ||
  $py -m pip download --quiet --no-deps --no-binary :all: -d "$dir/dl" "$1"
}
dl tree-sitter-python==0.23.6
dl tree-sitter==0.23.2
cd "$dir/dl"
tar xzf tree_sitter_python-0.23.6.tar.gz
tar xzf tree_sitter-0.23.2.tar.gz 2>/dev/null || tar xzf tree-sitter-0.23.2.tar.gz
cp tree_sitter_python-0.23.6/src/parser.c tree_sitter_python-0.23.6/src/scanner.c ../src/
core=$(ls -d tree*sitter-0.23.2/tree_sitter/core/lib/src)
for h in parser.h array.h alloc.h ts_assert.h; do
  [ -f "$core/$h" ] && cp "$core/$h" ../src/tree_sitter/
done
echo "krait: fetched tree-sitter-python 0.23.6 grammar into $dir"
