#!/usr/bin/env python3
"""krait test harness (stdlib only).

Suites:
  cases   tests/cases/**/*.py, differential: each file runs under CPython (the
          oracle) and as an executable built by `krait build --exe`.  stdout,
          the last line of stderr and the exit status must agree.
  errors  tests/errors/*.py, golden diagnostics: `krait check` must fail with
          stderr exactly equal to the sibling NAME.err.  KRAIT_UPDATE_GOLDEN=1
          rewrites the .err files from krait's output instead.

Options live in a header comment within a file's first 10 lines:
  # krait: args=10 20 threads=1,2,3 timeout=60 skip=reason
  mpi: ranks=1,2 (mpiexec -n), module=M (the program imports tests/mpi/lib/M.py,
  as source and as a krait extension module), oracle=lib/F.py (CPython runs
  F.py instead: the same program written within what mpi4py accepts)

Usage: tests/run_tests.py --krait build/krait [--build-dir build/tests]
                          [-j 2] [-k SUBSTRING] [--list] [cases] [errors]
"""

import argparse
import concurrent.futures
import difflib
import os
import pathlib
import re
import shlex
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUITES = ("cases", "errors", "ir", "mpi")
OPTION_KEYS = ("args", "threads", "timeout", "skip", "dump-after", "ranks", "module", "oracle")
DIFF_LINES = 40


class Test:
    def __init__(self, suite, path):
        self.suite = suite
        self.path = path
        rel = path.relative_to(ROOT / "tests" / suite).with_suffix("")
        self.name = f"{suite}/{rel.as_posix()}"
        self.opts = read_options(path)


def read_options(path):
    """Parse `# krait: key=value ...` from the first 10 lines.

    A value runs until the next `key=` so that `args=10 20` keeps both words.
    """
    with open(path, "rb") as f:
        head = [f.readline().decode("utf-8", "replace") for _ in range(10)]
    for line in head:
        m = re.match(r"\s*#\s*krait:(.*)", line)
        if not m:
            continue
        keys = "|".join(OPTION_KEYS)
        parts = re.split(rf"(?:^|\s)({keys})=", m.group(1))
        return {k: v.strip() for k, v in zip(parts[1::2], parts[2::2])}
    return {}


def discover(suites, substring):
    tests = []
    if "cases" in suites:
        tests += [Test("cases", p) for p in sorted((ROOT / "tests/cases").rglob("*.py"))]
    if "errors" in suites:
        tests += [Test("errors", p) for p in sorted((ROOT / "tests/errors").glob("*.py"))]
    if "ir" in suites:
        tests += [Test("ir", p) for p in sorted((ROOT / "tests/ir").glob("*.py"))]
    if "mpi" in suites:
        tests += [Test("mpi", p) for p in sorted((ROOT / "tests/mpi").glob("*.py"))]
    return [t for t in tests if substring in t.name]


class Result:
    def __init__(self, returncode, stdout, stderr, timed_out=False):
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr
        self.timed_out = timed_out


def run(cmd, cwd, timeout, env=None):
    """Run cmd; on timeout kill its whole process group (krait may spawn cc)."""
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
        return Result(proc.returncode, out, err)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        return Result(None, out, err, timed_out=True)


def text(data):
    return data.decode("utf-8", "replace")


def last_line(data):
    lines = text(data).rstrip().splitlines()
    return lines[-1] if lines else ""


def diff(expected, actual, what, limit=DIFF_LINES):
    """A unified diff of two texts, cut to `limit` lines."""
    lines = list(difflib.unified_diff(
        expected.splitlines(), actual.splitlines(),
        f"expected {what}", f"actual {what}", lineterm=""))
    if len(lines) > limit:
        lines = lines[:limit] + [f"... ({len(lines) - limit} more diff lines)"]
    return "\n".join(lines)


def status(res):
    if res.timed_out:
        return "timeout"
    if res.returncode < 0:
        return f"killed by signal {-res.returncode}"
    return f"exit {res.returncode}"


def compare(expected, actual, label):
    """Differences between the CPython run and an executable run, or None."""
    problems = []
    if actual.timed_out:
        return f"{label}: timed out"
    if expected.stdout != actual.stdout:
        problems.append(diff(text(expected.stdout), text(actual.stdout), "stdout"))
    if last_line(expected.stderr) != last_line(actual.stderr):
        problems.append(diff(last_line(expected.stderr), last_line(actual.stderr),
                             "last stderr line"))
    if expected.returncode != actual.returncode:
        problems.append(f"status: expected {status(expected)}, got {status(actual)}")
    return f"{label}:\n" + "\n".join(problems) if problems else None


def build_exe(test, cfg, timeout):
    """krait build --exe of the test: (executable path, None) or (None, why not)."""
    exe = cfg.build_dir / test.name
    exe.parent.mkdir(parents=True, exist_ok=True)
    source = str(test.path.relative_to(ROOT))
    build = run([cfg.krait, "build", "--exe", source, "-o", str(exe)], ROOT, timeout)
    if build.timed_out or build.returncode != 0:
        return None, f"compile failed ({status(build)}):\n{text(build.stderr).rstrip()}"
    return exe, None


def run_case(test, cfg):
    """CPython first (the oracle), then build, then the executable once per
    thread count.  Returns (outcome, message), outcome 'pass' or 'fail'."""
    opts = test.opts
    timeout = float(opts.get("timeout", cfg.timeout))
    args = shlex.split(opts.get("args", ""))
    cwd = test.path.parent
    env = dict(os.environ, PYTHONPATH=str(ROOT / "python"))
    expected = run([cfg.python, str(test.path)] + args, cwd, timeout, env)
    if expected.timed_out:
        return "fail", "CPython run timed out"

    exe, problem = build_exe(test, cfg, timeout)
    if problem:
        return "fail", problem

    threads = [t for t in opts.get("threads", "").split(",") if t.strip()]
    for count in threads or [None]:
        run_env = dict(os.environ)
        label = "executable"
        if count is not None:
            run_env["OMP_NUM_THREADS"] = count.strip()
            label = f"executable with OMP_NUM_THREADS={count.strip()}"
        actual = run([str(exe)] + args, cwd, timeout, run_env)
        problem = compare(expected, actual, label)
        if problem:
            return "fail", problem
    if cfg.valgrind:   # no memory errors and no lost blocks (reachable is fine)
        vg = run(["valgrind", "-q", "--leak-check=full", "--errors-for-leak-kinds=definite,indirect",
                  "--error-exitcode=99", str(exe)] + args, cwd, timeout * 4)
        if vg.returncode == 99 or vg.timed_out:
            return "fail", "valgrind: " + "\n".join(text(vg.stderr).splitlines()[:30])
    return "pass", ""


def run_error(test, cfg):
    """`krait check` must fail cleanly, with stderr equal to the .err golden."""
    golden = test.path.with_suffix(".err")
    source = str(test.path.relative_to(ROOT))
    timeout = float(test.opts.get("timeout", cfg.timeout))
    res = run([cfg.krait, "check", source], ROOT, timeout)
    if res.timed_out:
        return "fail", "krait check timed out"
    if res.returncode == 0:
        return "fail", "krait check accepted the program (expected an error)"
    if res.returncode < 0:
        return "fail", f"krait check crashed ({status(res)}):\n{text(res.stderr).rstrip()}"
    return update_or_compare(golden, res.stderr, cfg, "stderr")


def update_or_compare(golden, actual, cfg, what):
    """Shared by the golden suites: rewrite the golden, or diff against it."""
    if cfg.update:
        old = golden.read_bytes() if golden.exists() else None
        if old == actual:
            return "pass", ""
        golden.write_bytes(actual)
        return "pass", f"updated {golden.relative_to(ROOT)}"
    if not golden.exists():
        return "fail", f"missing golden {golden.relative_to(ROOT)}"
    expected = golden.read_bytes()
    if expected != actual:
        return "fail", diff(text(expected), text(actual), what)
    return "pass", ""


def run_ir(test, cfg):
    """The printed IR after a pass (`# krait: dump-after=NAME`, default: all
    passes) must equal the .ir golden."""
    source = str(test.path.relative_to(ROOT))
    after = test.opts.get("dump-after")
    flag = f"--dump-after={after}" if after else "--emit-ir"
    res = run([cfg.krait, "build", "--exe", flag, source], ROOT, float(test.opts.get("timeout", cfg.timeout)))
    if res.timed_out or res.returncode != 0:
        return "fail", f"krait build {flag} failed ({status(res)}):\n{text(res.stderr).rstrip()}"
    return update_or_compare(test.path.with_suffix(".ir"), res.stdout, cfg, "IR")


def mpi_env(cfg):
    """The environment for CPython + mpi4py under mpiexec. The mpi4py wheel
    loads libmpi.so.12, which Debian's MPICH names libmpich.so.12 (the
    same ABI): a link to it in the build directory stands in."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "python"))
    lib = pathlib.Path("/usr/lib/x86_64-linux-gnu/libmpich.so.12")
    if lib.exists():
        d = cfg.build_dir / "mpilib"
        d.mkdir(parents=True, exist_ok=True)
        link = d / "libmpi.so.12"
        if not link.exists():
            try:
                link.symlink_to(lib)
            except FileExistsError:  # another worker made it
                pass
        env["LD_LIBRARY_PATH"] = f"{d}:{env['LD_LIBRARY_PATH']}" if env.get("LD_LIBRARY_PATH") else str(d)
    return env


def build_module(test, cfg, timeout):
    """krait build of tests/mpi/lib/<module>.py for a test that imports it:
    (directory holding the .so, None) or (None, why not)."""
    out = cfg.build_dir / "mpi_modules" / test.path.stem
    out.mkdir(parents=True, exist_ok=True)
    source = str((test.path.parent / "lib" / (test.opts["module"] + ".py")).relative_to(ROOT))
    build = run([cfg.krait, "build", source, "-o", str(out) + "/"], ROOT, timeout)
    if build.timed_out or build.returncode != 0:
        return None, f"module build failed ({status(build)}):\n{text(build.stderr).rstrip()}"
    return out, None


def run_mpi(test, cfg):
    """An mpi4py program under `mpiexec -n N` for each N of `ranks=`
    (default 1,2,3,4): CPython with mpi4py, then the executable; the output
    (by convention the cases print on rank 0 only: ranks interleave) and
    the exit status must be the same. With `module=M` the program stays a
    Python script that imports tests/mpi/lib/M.py, once as source and once
    compiled by krait into an extension module."""
    timeout = float(test.opts.get("timeout", cfg.timeout))
    env = mpi_env(cfg)
    want_env = got_env = env
    if "module" in test.opts:
        so_dir, problem = build_module(test, cfg, timeout)
        python = [cfg.python, str(test.path)]
        want_cmd, got_cmd = python, python
        want_env = dict(env, PYTHONPATH=f"{test.path.parent / 'lib'}:{env['PYTHONPATH']}")
        got_env = dict(env, PYTHONPATH=f"{so_dir}:{env['PYTHONPATH']}")
    else:
        exe, problem = build_exe(test, cfg, timeout)
        oracle = test.path.parent / test.opts.get("oracle", test.path.name)
        want_cmd, got_cmd = [cfg.python, str(oracle)], [str(exe)]
    if problem:
        return "fail", problem
    for n in test.opts.get("ranks", "1,2,3,4").split(","):
        launch = ["mpiexec", "-n", n.strip()]
        want = run(launch + want_cmd, test.path.parent, timeout, want_env)
        got = run(launch + got_cmd, test.path.parent, timeout, got_env)
        if want.timed_out or got.timed_out:
            return "fail", f"{n} ranks: timed out"
        if want.stdout != got.stdout or want.returncode != got.returncode:
            return "fail", (f"{n} ranks:\n" + diff(text(want.stdout), text(got.stdout), "stdout") +
                            f"\nstatus: expected {status(want)}, got {status(got)}"
                            f"\n{text(want.stderr)[-400:]}\n{text(got.stderr)[-400:]}")
    return "pass", ""


def run_one(test, cfg):
    if "skip" in test.opts:
        return "skip", test.opts["skip"] or "skipped"
    try:
        if test.suite == "cases":
            return run_case(test, cfg)
        if test.suite == "ir":
            return run_ir(test, cfg)
        if test.suite == "mpi":
            return run_mpi(test, cfg)
        return run_error(test, cfg)
    except (OSError, ValueError) as e:  # missing binary, bad header value
        return "fail", f"could not run: {e}"


def parse_args(argv):
    p = argparse.ArgumentParser(description="Run the krait test suites.")
    p.add_argument("suites", nargs="*", metavar="suite",
                   help="cases, errors and/or ir (default: all)")
    p.add_argument("--krait", default=str(ROOT / "build/krait"), help="krait binary")
    p.add_argument("--build-dir", default=str(ROOT / "build/tests"),
                   help="where compiled test executables go")
    p.add_argument("--python", default="python3", help="the CPython oracle")
    p.add_argument("-j", "--jobs", type=int, default=2)
    p.add_argument("-k", dest="substring", default="", help="only tests whose name has it")
    p.add_argument("--timeout", type=float, default=60.0, help="seconds per step")
    p.add_argument("--valgrind", action="store_true",
                   help="also run each executable under valgrind (memory errors, leaks)")
    p.add_argument("--list", action="store_true", help="list the tests and exit")
    cfg = p.parse_args(argv)
    for suite in cfg.suites:
        if suite not in SUITES:
            p.error(f"unknown suite {suite!r} (choose from {', '.join(SUITES)})")
    cfg.suites = cfg.suites or list(SUITES)
    cfg.krait = str(Path(cfg.krait).resolve())
    cfg.build_dir = Path(cfg.build_dir).resolve()
    cfg.update = os.environ.get("KRAIT_UPDATE_GOLDEN") == "1"
    return cfg


def main(argv):
    cfg = parse_args(argv)
    tests = discover(cfg.suites, cfg.substring)
    if cfg.list:
        for t in tests:
            note = f"  (skip: {t.opts['skip']})" if "skip" in t.opts else ""
            print(t.name + note)
        print(f"{len(tests)} tests")
        return 0

    counts = {"pass": 0, "fail": 0, "skip": 0}
    with concurrent.futures.ThreadPoolExecutor(max(1, cfg.jobs)) as pool:
        for test, (outcome, msg) in zip(tests, pool.map(lambda t: run_one(t, cfg), tests)):
            counts[outcome] += 1
            if outcome == "fail":
                print(f"FAIL {test.name}: " + msg, flush=True)
            elif msg and outcome == "pass":
                print(f"note {test.name}: {msg}", flush=True)

    summary = f"{counts['pass']} passed, {counts['fail']} failed"
    if counts["skip"]:
        summary += f", {counts['skip']} skipped"
    print(summary)
    return 1 if counts["fail"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
