/* driver/toolchain.c — running the C compiler on generated code and linking
 * it with the runtime (libkrait_rt.a). The runtime is found next to the
 * krait binary (build tree) or in PREFIX/lib/krait (installed). */
#define _POSIX_C_SOURCE 200809L /* popen */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "driver.h"

static bool exists(const char *p) {
  struct stat st;
  return stat(p, &st) == 0;
}

/* Directory of the running krait binary. */
static void self_dir(char *buf, size_t n) {
  ssize_t k = readlink("/proc/self/exe", buf, n - 1);
  if (k <= 0) {
    snprintf(buf, n, ".");
    return;
  }
  buf[k] = 0;
  char *slash = strrchr(buf, '/');
  if (slash) *slash = 0;
}

static bool find_runtime(char *lib, char *inc, size_t n) {
  char dir[PATH_MAX / 2];
  self_dir(dir, sizeof dir);
  snprintf(lib, n, "%s/libkrait_rt.a", dir);
  snprintf(inc, n, "%s/runtime/include", KRAIT_SOURCE_DIR);
  if (exists(lib) && exists(inc)) return true;
  snprintf(lib, n, "%s/../lib/krait/libkrait_rt.a", dir);
  snprintf(inc, n, "%s/../include", dir);
  return exists(lib) && exists(inc);
}

static int run(char *const argv[], bool verbose) {
  if (verbose) {
    for (int i = 0; argv[i]; i++) fprintf(stderr, "%s%s", i ? " " : "", argv[i]);
    fputc('\n', stderr);
  }
  pid_t pid = fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    execvp(argv[0], argv);
    fprintf(stderr, "krait: error: cannot run '%s'\n", argv[0]);
    _exit(127);
  }
  int st;
  if (waitpid(pid, &st, 0) < 0) return -1;
  return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* cc FLAGS -o out cpath RUNTIME -lm [-lopenblas] [extra...] $KRAIT_CFLAGS */
static bool build(const Options *o, const char *cpath, const char *out,
                  const char *const *extra, int nextra) {
  char lib[PATH_MAX], inc[PATH_MAX + 4];
  if (!find_runtime(lib, inc + 2, PATH_MAX)) {
    fprintf(stderr, "krait: error: cannot find the krait runtime (libkrait_rt.a)\n");
    return false;
  }
  memcpy(inc, "-I", 2);
  char optflag[16];
  snprintf(optflag, sizeof optflag, "-O%s", o->opt ? o->opt : "3");
  /* -ffp-contract=off: no fused multiply-add, so float results are
   * CPython's bit for bit; -fschedule-insns: scheduling before register
   * allocation, off by default on x86, made the Mandelbrot loop of
   * bench/parallel.py 10% faster (0.563 -> 0.508 s) and left the other
   * benchmarks within noise (gcc 12); KRAIT_CFLAGS adds flags (the tests
   * use -Werror) */
  /* MPI programs: the MPI compiler wrapper adds MPI's headers and library */
  const char *cc = !o->mpi ? o->cc : getenv("KRAIT_MPICC") ? getenv("KRAIT_MPICC") : "mpicc";
  char *argv[64] = {(char *)cc, "-std=gnu11", optflag, "-march=native", "-fwrapv",
                    "-fno-math-errno", "-ffp-contract=off", "-fschedule-insns",
                    o->openmp ? "-fopenmp" : "-fopenmp-simd", inc, "-o", (char *)out,
                    (char *)cpath, lib, "-lm"};
  int argc = 15;
  if (o->blas) {   /* matrix products call CBLAS */
    argv[argc++] = "-lopenblas";
  }
  /* With -fopenmp, GCC 12 at -O3 -march=native may load the thread-local
   * kr_err's offset with `leaq x@gottpoff(%rip)` into a vector register,
   * which ld cannot relax in an executable ("TLS transition ... failed");
   * -fPIC code reaches TLS another way, which links (measured, gcc 12.2). */
  if (o->openmp) argv[argc++] = "-fPIC";
  for (int i = 0; i < nextra; i++) argv[argc++] = (char *)extra[i];
  char *flags = getenv("KRAIT_CFLAGS") ? strdup(getenv("KRAIT_CFLAGS")) : NULL;
  for (char *tok = flags ? strtok(flags, " ") : NULL; tok && argc < 62; tok = strtok(NULL, " "))
    argv[argc++] = tok;
  argv[argc] = NULL;
  int rc = run(argv, o->verbose);
  free(flags);
  if (rc != 0) {
    fprintf(stderr, "krait: error: the C compiler failed on generated code (%s)\n", cpath);
    return false;
  }
  return true;
}

bool toolchain_build_exe(const Options *o, const char *cpath, const char *out) {
  return build(o, cpath, out, NULL, 0);
}

bool toolchain_build_ext(const Options *o, const char *cpath, const char *out, const char *pyinc) {
  char inc[PATH_MAX + 4];
  snprintf(inc, sizeof inc, "-I%s", pyinc);
  const char *extra[] = {"-shared", "-fPIC", inc};
  return build(o, cpath, out, extra, 3);
}

bool toolchain_python(const Options *o, char *inc, size_t ninc, char *suffix, size_t nsuffix) {
  const char *py = o->python ? o->python : "python3";
  char cmd[PATH_MAX + 128];
  snprintf(cmd, sizeof cmd,
           "'%s' -S -c 'import sysconfig; print(sysconfig.get_paths()[\"include\"]); "
           "print(sysconfig.get_config_var(\"EXT_SUFFIX\"))' 2>/dev/null", py);
  FILE *p = strchr(py, '\'') ? NULL : popen(cmd, "r");
  bool ok = p && fgets(inc, (int)ninc, p) && fgets(suffix, (int)nsuffix, p);
  if (p && pclose(p) != 0) ok = false;
  if (!ok) {
    fprintf(stderr, "krait: error: cannot ask '%s' for its sysconfig (is it a Python 3 interpreter?)\n", py);
    return false;
  }
  inc[strcspn(inc, "\n")] = 0;
  suffix[strcspn(suffix, "\n")] = 0;
  char header[PATH_MAX + 16];
  snprintf(header, sizeof header, "%s/Python.h", inc);
  if (!exists(header)) {
    fprintf(stderr, "krait: error: the Python headers are missing (%s not found)\n"
                    "  hint: install them, e.g. 'apt-get install python3-dev', or pick another\n"
                    "  interpreter with --python PATH\n", header);
    return false;
  }
  return true;
}
