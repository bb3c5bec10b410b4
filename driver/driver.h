/* driver/driver.h — the CLI's pieces: options and the C toolchain. */
#ifndef KRAIT_DRIVER_H
#define KRAIT_DRIVER_H

#include <stdbool.h>

typedef struct Options {
  const char *cmd;          /* "build" or "check" */
  const char *input;        /* the .py file */
  const char *output;       /* -o */
  const char *dump_after;   /* --dump-after=PASS */
  const char *cc;           /* --cc, or $CC, or "cc" */
  const char *opt;          /* -O level for the C compiler */
  const char *python;       /* --python: the interpreter an extension targets */
  bool exe, emit_c, emit_ir, emit_ast, keep_c, verbose, no_boundscheck, no_auto_parallel;
  bool blas;                /* the generated code calls CBLAS */
  bool openmp;              /* ... and OpenMP (prange, the threads API) */
  bool mpi;                 /* ... and MPI (mpi4py): compiled with mpicc */
} Options;

/* Compile the C file `cpath` into an executable `out`. Returns true on
 * success; prints the compiler's own messages otherwise. */
bool toolchain_build_exe(const Options *o, const char *cpath, const char *out);

/* The target interpreter's C headers directory and extension-module suffix
 * (sysconfig's include path and EXT_SUFFIX). False, with a message, when the
 * interpreter cannot be run or has no Python.h. */
bool toolchain_python(const Options *o, char *inc, size_t ninc, char *suffix, size_t nsuffix);

/* Compile `cpath` into the extension module `out` (a shared object) against
 * the headers in `pyinc`. */
bool toolchain_build_ext(const Options *o, const char *cpath, const char *out, const char *pyinc);

#endif
