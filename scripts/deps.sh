#!/bin/sh
# Install what krait needs to build and test, when it is missing.
# As root this runs apt-get; otherwise it prints the exact command to run.
# Usage: scripts/deps.sh [build|check]
set -e
want="${1:-build}"
pkgs=""
need_pkg() { dpkg -s "$1" >/dev/null 2>&1 || pkgs="$pkgs $1"; }
need_cmd() { command -v "$1" >/dev/null 2>&1 || pkgs="$pkgs $2"; }
need_pkg libtree-sitter-dev
need_pkg libopenblas-dev
# programs that import mpi4py are built with MPICH's mpicc and run by mpiexec
need_pkg mpich
need_pkg libmpich-dev
need_cmd cc gcc
need_cmd make make
need_cmd cmake cmake
need_cmd python3 python3
python3 -m pip --version >/dev/null 2>&1 || pkgs="$pkgs python3-pip"
# extension modules compile against the interpreter's own headers
python3 -c "import sysconfig, os, sys; sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()['include'], 'Python.h')))" 2>/dev/null ||
  pkgs="$pkgs python3-dev"
if [ "$want" = asan ]; then
  need_cmd valgrind valgrind
fi
if [ -n "$pkgs" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "krait: installing:$pkgs"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq $pkgs >/dev/null
  else
    echo "krait: missing packages; run:"
    echo "  sudo apt-get update && sudo apt-get install -y$pkgs"
    exit 1
  fi
fi
if [ "$want" = check ] || [ "$want" = asan ]; then
  # the differential tests run CPython with numpy 2 as the oracle
  if ! python3 -c "import numpy, sys; sys.exit(int(numpy.__version__.split('.')[0]) < 2)" 2>/dev/null; then
    echo "krait: installing numpy (the test oracle) from PyPI"
    python3 -m pip install -q "numpy>=2" 2>/dev/null ||
      python3 -m pip install -q --break-system-packages "numpy>=2"
  fi
  # the MPI tests run CPython with mpi4py as the oracle (its wheel loads
  # libmpi.so.12: tests/run_tests.py links it to MPICH's libmpich.so.12)
  if ! python3 -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('mpi4py') is None)" 2>/dev/null; then
    echo "krait: installing mpi4py (the MPI test oracle) from PyPI"
    python3 -m pip install -q mpi4py 2>/dev/null ||
      python3 -m pip install -q --break-system-packages mpi4py
  fi
  # the extension-module tests
  if ! python3 -c "import pytest" 2>/dev/null; then
    echo "krait: installing pytest from PyPI"
    python3 -m pip install -q pytest 2>/dev/null ||
      python3 -m pip install -q --break-system-packages pytest
  fi
fi
