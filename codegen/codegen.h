/* codegen/codegen.h — the backends' contract: IR in, C text out.
 *   emit.c  the text buffer: indentation, #line back to the .py, C string literals
 *   c.c     functions, statements and expressions (C11 + GNU extensions)
 *   exe.c   main() for standalone executables
 *   pyext.c PyInit and argument-converting wrappers for extension modules
 * The driver calls cg_emit_module() once per module and hands the text to cc. */
#ifndef KRAIT_CODEGEN_H
#define KRAIT_CODEGEN_H

#include "../ir/ir.h"

typedef struct CgOptions {
  bool exe;               /* building an executable: add main() */
  bool line_directives;   /* emit #line so gdb and cc warnings point at the .py */
  const char *py_path;    /* path written into #line and tracebacks;
                             NULL: the module's source path */
} CgOptions;

/** Appends one complete C translation unit for `m` to `out`. The text needs
 * <krait/rt.h> and the runtime library; compile it with -std=gnu11 -fwrapv. */
void cg_emit_module(Ctx *cx, IrModule *m, const CgOptions *o, StrBuf *out);

/* ---- shared by the files of codegen/ ---- */

/* An indented text buffer that knows which line the C compiler will think
 * the next output line is, so that it emits `#line` only when that differs
 * from the Python line of the statement being written. */
typedef struct Emitter {
  StrBuf *out;
  int depth;              /* indentation, two spaces a level */
  Source *src;            /* spans -> lines; NULL: no #line directives */
  const char *path;       /* file name written into #line */
  int line;               /* presumed line of the next output line; 0: unknown */
} Emitter;

/* Python line of a span, 0 for a synthesised node without one. */
int em_span_line(Emitter *e, Span sp);
/* Emit `#line N "file.py"` if the next output line is not already line N. */
void em_at(Emitter *e, Span sp);
/* One indented line; fmt holds no newline. */
void em_line(Emitter *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* An indented line ending in " {", and the matching "}" a level out. */
void em_open(Emitter *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void em_close(Emitter *e);
/* A line written at column 0 (labels, preprocessor lines). */
void em_flush_left(Emitter *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Text that may contain newlines, counted for the presumed line. */
void em_raw(Emitter *e, const char *s);

/* s[0..n) as a C string literal, quotes included. */
void cg_c_string(StrBuf *b, const char *s, int64_t n);

/* c.c: the runtime's KrDType constant for a dtype ("KR_DT_F64"), or NULL. */
const char *cg_dtype_const(Type *t);

/* exe.c: `int main(argc, argv)` running the module's init function. */
void cg_exe_main(StrBuf *out, const char *init_cname, bool mpi);

/* c.c: what pyext.c needs of the C backend's state, which is private to c.c. */
typedef struct Cg Cg;
Ctx *cg_ctx(Cg *g);
bool cg_uses_mpi(Cg *g);   /* the module imports mpi4py (krait/mpi.h) */
const char *cg_ctype(Cg *g, Type *t);       /* C type: "int64_t", "kp_tup2" */
const char *cg_tname(Cg *g, Type *t);       /* in helper names: "list_i64" */
const char *cg_release_fn(Cg *g, Type *t);  /* drops a reference to a managed value */
const char *cg_tuple_ops(Cg *g, Type *t);   /* KrElemOps of a tuple holding references */
bool cg_helper_once(Cg *g, const char *name); /* true the first time: write it */
void cg_add_helper(Cg *g, StrBuf *text);    /* appends (and frees) a helper's text */

/* pyext.c: PyInit_<module>, the wrappers of the exported functions and the
 * converters they need (added as helpers); `attrs` is C that sets the
 * module's attributes on `mod` (c.c writes it, as only it knows the
 * globals' C names). */
void cg_pyext(Cg *g, StrBuf *out, IrModule *m, const char *attrs);
/* Can `fn` be called from Python (its parameter and result types)? */
bool cg_pyext_exportable(IrFunc *fn);

#endif
