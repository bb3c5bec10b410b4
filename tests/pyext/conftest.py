"""Shared by the extension-module tests: build a module of tests/pyext with
krait and load it next to the same module run by CPython."""
import importlib.util
import os
import subprocess
import sys
import sysconfig

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
KRAIT = os.environ.get("KRAIT", os.path.join(ROOT, "build", "krait"))
sys.path.insert(0, os.path.join(ROOT, "python"))  # the krait shim, for the .py modules


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def build(stem, outdir):
    """krait build tests/pyext/STEM.py -o OUTDIR/; returns the .so path and
    krait's stderr (warnings)."""
    src = os.path.join(HERE, stem + ".py")
    r = subprocess.run([KRAIT, "build", src, "-o", str(outdir) + "/"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    so = os.path.join(str(outdir), stem + sysconfig.get_config_var("EXT_SUFFIX"))
    assert os.path.exists(so)
    return so, r.stderr

