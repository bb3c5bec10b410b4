/* codegen/c.c — the C backend: one IrModule in, one C translation unit out.
 *
 * Output layout (each part only when something uses it):
 *   header comment, #include <krait/rt.h>, prelude macros (KP_CHECK, KP_MOVE...)
 *   tuple typedefs (dependency order), str literals, globals, kp_buf
 *   helpers: printers, comparators, retain/release for tuples
 *   prototypes, main() (exe.c), then the functions, with #line to the .py.
 *
 * Errors follow the runtime's flag model (rt.h): after each statement whose
 * right-hand side can raise, KP_CHECK(line) jumps to the function's kp_error
 * path, which adds a traceback frame and releases every owned reference.
 * The IR's linear-effects invariant (ir.h) is what makes "after each
 * statement" sufficient. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codegen.h"
#include "../runtime/include/krait/rt.h"

static const char *const exc_names[] = {
    "",
#define X(n) #n,
    KR_EXCEPTIONS(X)
#undef X
};

static const char *const binop_csym[] = {
#define X(k, s) s,
    BINOPS(X)
#undef X
};
static const char *const cmp_csym[] = {"<", "<=", ">", ">=", "==", "!="};

/* ---- small maps and strings in the scratch arena ---- */

typedef struct PtrMap {
  const void **keys;
  void **vals;
  int cap, len;
} PtrMap;

static int map_slot(PtrMap *m, const void *k) {
  uintptr_t h = ((uintptr_t)k >> 4) * 0x9E3779B97F4A7C15ull;
  int i = (int)(h >> 40) & (m->cap - 1);
  while (m->keys[i] && m->keys[i] != k) i = (i + 1) & (m->cap - 1);
  return i;
}

static void *map_get(PtrMap *m, const void *k) {
  if (!m->cap) return NULL;
  int i = map_slot(m, k);
  return m->keys[i] ? m->vals[i] : NULL;
}

static void map_put(Arena *a, PtrMap *m, const void *k, void *v) {
  if (2 * (m->len + 1) > m->cap) {
    PtrMap n = {.cap = m->cap ? 2 * m->cap : 64};
    n.keys = NEWN(a, const void *, n.cap);
    n.vals = NEWN(a, void *, n.cap);
    for (int i = 0; i < m->cap; i++)
      if (m->keys[i]) map_put(a, &n, m->keys[i], m->vals[i]);
    *m = n;
  }
  int i = map_slot(m, k);
  if (!m->keys[i]) m->len++;
  m->keys[i] = k;
  m->vals[i] = v;
}

/* What the backend learns about a variable before emitting its function. */
typedef struct VarInfo {
  const char *cname;
  int reads;      /* occurrences other than as the target of an assignment */
  int refs;       /* all occurrences */
  int nloops;     /* counted loops using it as their counter */
  bool outside;   /* occurs where it is not the counter of an enclosing loop */
  bool in_for;    /* declared by its for statement, not at the top */
  bool declared;  /* declared at the top (or a parameter, or a global) */
} VarInfo;

typedef struct FnInfo {
  Vec(IrFunc *) callees;
  bool reached;   /* called from the module's roots: emitted */
  bool recursive; /* on a call cycle: gets the recursion guard */
  bool raises;    /* may return with a pending exception */
} FnInfo;

typedef struct StrConst {
  const char *s;
  int64_t len;
  const char *name;
} StrConst;

typedef struct Cg {
  Ctx *cx;
  IrModule *m;
  const CgOptions *o;
  const char *py_path;
  const char *modname;          /* module name as a C identifier part */
  StrBuf types, strs, globals, helpers, protos, funcs;
  Vec(Type *) tuples;           /* tuples[i] is kp_tup<i+1> */
  Vec(const char *) done;       /* helpers already emitted */
  Vec(StrConst) strconsts;
  PtrMap fns;                   /* IrFunc * -> FnInfo * */
  PtrMap gvars;                 /* global IrVar * -> VarInfo * */
  bool use_check, use_move, use_copy, use_buf;
  bool use_stack;               /* a recursive function: KP_STACK_EXHAUSTED */
  bool use_complex;             /* needs <complex.h> (CMPLX, creal, cimag) */
  bool use_blas;                /* matrix products: link -lopenblas */
  bool use_omp;                 /* prange or the threads API: build with -fopenmp */
  bool use_mpi;                 /* mpi4py: krait/mpi.h, built with mpicc */
  int npar;                     /* parallel loops emitted, for kp_k<n> names */
  int par_k;                    /* the parallel loop being emitted (0: none) ... */
  int par_inner;                /* ... and the loops open inside its body */
  bool par_pend;                /* its end-of-iteration label is jumped to */
  int par_rng;                  /* k of the loop whose draws use its own kp_rng<k> */
  int nrng;                     /* find_rng's count */
  /* the function being emitted */
  IrFunc *fn;
  FnInfo *fi;
  Emitter e;                    /* writes the function body */
  PtrMap vars;                  /* IrVar * -> VarInfo * */
  Vec(const char *) names;      /* C names taken in this function */
  Vec(IrVar *) ivs;             /* counters of the loops being scanned */
  Vec(IrNode *) copies;         /* `x = y` between unmanaged variables, scanned */
  int nfor;                     /* for statements so far, for kp_hi<n> names */
  int line;                     /* Python line of the current statement */
  bool cleanup;                 /* owns references: exits through kp_out */
  bool goto_error, goto_out, fn_buf;
  bool found;                   /* has_call's result */
  IrNode *tail;                 /* the function's last top-level statement */
  /* list data pointers hoisted out of the loops being emitted */
  struct { IrVar *list; const char *name, *strides[KRAIT_MAXDIM]; } hoist[32];
  int nhoist;
  bool hz_moves;                /* scan: the loop may reallocate a list */
  Vec(IrVar *) hz_bases, hz_assigned;
  Vec(IrNode *) hz_strides;     /* scan: ARRAY_STRIDE reads in the loop */
} Cg;

static const char *S(Cg *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static const char *S(Cg *g, const char *fmt, ...) {
  StrBuf b = {0};
  va_list ap;
  va_start(ap, fmt);
  sb_vprintf(&b, fmt, ap);
  va_end(ap);
  const char *s = arena_strndup(&g->cx->scratch, b.p ? b.p : "", b.len);
  sb_free(&b);
  return s;
}

static const char *cstr(Cg *g, const char *s, int64_t n) {
  StrBuf b = {0};
  cg_c_string(&b, s, n);
  const char *r = arena_strndup(&g->cx->scratch, b.p, b.len);
  sb_free(&b);
  return r;
}

static _Noreturn void unsupported(Cg *g, const char *what) {
  ICE("C backend: %s not supported (in '%s')", what, g->fn ? g->fn->name : "<module>");
}

/* ---- C names ---- */

/* Identifiers the generated file cannot give to a Python local: C keywords,
 * and names declared or #defined by the headers rt.h pulls in. */
static const char *const reserved[] = {
    "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else",
    "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long", "register",
    "restrict", "return", "short", "signed", "sizeof", "static", "struct", "switch",
    "typedef", "union", "unsigned", "void", "volatile", "while", "asm", "typeof",
    "bool", "true", "false", "complex", "imaginary", "I", "NULL", "EOF", "NAN", "INFINITY",
    "HUGE_VAL", "CMPLX", "CMPLXF", "errno", "stdin", "stdout", "stderr", "assert", "offsetof",
    "main", "FILE", "size_t", "ptrdiff_t", "int8_t", "int16_t", "int32_t", "int64_t",
    "uint8_t", "uint16_t", "uint32_t", "uint64_t", "intptr_t", "uintptr_t", "va_list",
    "signbit", "isnan", "isinf", "isfinite", "isnormal", "fpclassify", "isgreater", "isless",
    "abs", "labs", "llabs", "div", "exit", "abort", "malloc", "calloc", "realloc", "free",
    "printf", "fprintf", "sprintf", "snprintf", "puts", "putc", "putchar", "fputs", "fputc",
    "getc", "getchar", "fgets", "fopen", "fclose", "fflush", "fread", "fwrite", "remove",
    "rename", "time", "clock", "rand", "srand", "random", "memcpy", "memset", "strlen",
    "acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "cbrt", "ceil", "copysign",
    "cos", "cosh", "erf", "erfc", "exp", "exp2", "expm1", "fabs", "fdim", "floor", "fma",
    "fmax", "fmin", "fmod", "frexp", "gamma", "hypot", "ilogb", "j0", "j1", "jn", "ldexp",
    "lgamma", "llrint", "llround", "log", "log10", "log1p", "log2", "logb", "lrint",
    "lround", "modf", "nan", "nearbyint", "nextafter", "pow", "remainder", "remquo", "rint",
    "round", "scalbn", "sin", "sinh", "sqrt", "tan", "tanh", "tgamma", "trunc", "y0", "y1",
    "yn", "drem", "significand", "creal", "cimag", "cabs", "carg", "conj", "cexp", "clog",
    "cpow", "csqrt", "csin", "ccos",
};

static bool is_reserved(const char *s) {
  for (size_t i = 0; i < sizeof reserved / sizeof *reserved; i++)
    if (!strcmp(s, reserved[i])) return true;
  return false;
}

static bool starts(const char *s, const char *p) { return !strncmp(s, p, strlen(p)); }

/* "t12": the shape of the backend's temporaries. */
static bool temp_shaped(const char *s) {
  if (s[0] != 't' || !s[1]) return false;
  for (s++; *s; s++)
    if (*s < '0' || *s > '9') return false;
  return true;
}

/* The C spelling of a Python local: a trailing '_' moves it out of the way
 * of C and of the runtime (kr_) and generated (kp_) namespaces. Generated
 * names never end in '_', so they cannot collide with a renamed one. */
static const char *c_ident(Cg *g, const char *name) {
  if (name[0] == '_' && ((name[1] >= 'A' && name[1] <= 'Z') || name[1] == '_'))
    return S(g, "u%s", name);  /* reserved for the implementation */
  if (is_reserved(name) || temp_shaped(name) || starts(name, "kr_") || starts(name, "kp_") ||
      starts(name, "KR_") || starts(name, "KP_"))
    return S(g, "%s_", name);
  return name;
}

static bool name_taken(Cg *g, const char *s) {
  for (int i = 0; i < g->names.len; i++)
    if (!strcmp(g->names.data[i], s)) return true;
  return false;
}

static const char *unique_name(Cg *g, const char *base, int id) {
  const char *s = base;
  for (int k = 0; name_taken(g, s); k++) s = S(g, k ? "%s_%d_%d" : "%s_%d", base, id, k);
  vec_push(&g->cx->scratch, &g->names, s);
  return s;
}

static const char *module_cname(Cg *g) {
  const char *n = g->m->name ? g->m->name : "module";
  char *s = arena_strdup(&g->cx->scratch, n);
  for (char *p = s; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')))
      *p = '_';
  return s;
}

/* ---- types ---- */

static const char *ctype(Cg *g, Type *t);

static bool managed(Type *t) { return type_has_managed(t); }

/* Short type spelling used inside helper names: i64, str, list_f64, tup2. */
static const char *tname(Cg *g, Type *t);

/* typedef struct { T0 f0; T1 f1; } kp_tupN, emitted once, fields first. */
static const char *tuple_cname(Cg *g, Type *t) {
  for (int i = 0; i < g->tuples.len; i++)
    if (g->tuples.data[i] == t) return S(g, "kp_tup%d", i + 1);
  StrBuf fields = {0};
  for (int i = 0; i < t->nelts; i++) {
    const char *ft = ctype(g, t->elts[i]);
    sb_printf(&fields, "  %s%sf%d;\n", ft, ft[strlen(ft) - 1] == '*' ? "" : " ", i);
  }
  vec_push(&g->cx->scratch, &g->tuples, t);
  int n = g->tuples.len;
  sb_printf(&g->types, "typedef struct kp_tup%d { /* %s */\n%s} kp_tup%d;\n", n,
            type_name(g->cx, t), fields.p ? fields.p : "", n);
  sb_free(&fields);
  return S(g, "kp_tup%d", n);
}

static const char *ctype(Cg *g, Type *t) {
  g->use_complex |= type_is_complex(t);
  switch (t->kind) {
  case TY_NONE: case TY_BOOL: case TY_I8: case TY_I16: case TY_I32: case TY_I64: case TY_U8:
  case TY_U16: case TY_U32: case TY_U64: case TY_F32: case TY_F64: case TY_C64: case TY_C128:
  case TY_STR: case TY_LIST: case TY_COMM: case TY_REQUEST: case TY_STATUS:
    return type_kind_cname(t->kind);
  case TY_TUPLE: return tuple_cname(g, t);
  case TY_ARRAY: return "KrArray *";
  case TY_RANGE: case TY_FUNC: case TY_MODULE: case TY_EXCCLASS: case TY_NKINDS:
    break;
  }
  unsupported(g, S(g, "values of type '%s'", type_name(g->cx, t)));
}

static const char *tname(Cg *g, Type *t) {
  switch (t->kind) {
  case TY_LIST: return S(g, "list_%s", tname(g, t->elem));
  case TY_TUPLE: return tuple_cname(g, t) + 3;
  case TY_I64: return "i64";
  case TY_F64: return "f64";
  case TY_C128: return "c128";
  case TY_NONE: case TY_BOOL: case TY_I8: case TY_I16: case TY_I32: case TY_U8: case TY_U16:
  case TY_U32: case TY_U64: case TY_F32: case TY_C64: case TY_STR: case TY_COMM: case TY_REQUEST:
  case TY_STATUS:
    return type_name(g->cx, t);
  case TY_ARRAY: return S(g, "arr%d_%s", t->ndim, tname(g, t->elem));
  case TY_RANGE: case TY_FUNC: case TY_MODULE: case TY_EXCCLASS: case TY_NKINDS:
    break;
  }
  unsupported(g, S(g, "values of type '%s'", type_name(g->cx, t)));
}

/* "T name", with the '*' of pointer types against the name. */
static const char *cdecl(Cg *g, Type *t, const char *name) {
  const char *ct = ctype(g, t);
  return S(g, "%s%s%s", ct, ct[strlen(ct) - 1] == '*' ? "" : " ", name);
}

/* Initialiser of a zeroed variable. */
static const char *zero_init(Type *t) {
  if (t->kind == TY_TUPLE) return "{0}";
  return type_is_managed(t) ? "NULL" : "0";
}

/* A zero value as an expression (error-path return values). */
static const char *zero_value(Cg *g, Type *t) {
  if (t->kind == TY_TUPLE) return S(g, "(%s){0}", ctype(g, t));
  return type_is_managed(t) ? "NULL" : "0";
}

/* ---- helpers: generated once per type, on first use ---- */

/* True the first time `name` is asked for: the caller then generates it.
 * A helper's text is assembled before it is appended, so the helpers it
 * needs itself land in g->helpers first (dependency order). */
static bool helper_once(Cg *g, const char *name) {
  for (int i = 0; i < g->done.len; i++)
    if (!strcmp(g->done.data[i], name)) return false;
  vec_push(&g->cx->scratch, &g->done, name);
  return true;
}

static void add_helper(Cg *g, StrBuf *text) {
  sb_puts(&g->helpers, text->p);
  sb_putc(&g->helpers, '\n');
  sb_free(text);
}

static const char *retain_fn(Cg *g, Type *t);
static const char *release_fn(Cg *g, Type *t);

/* kp_tupN_retain / kp_tupN_release: incref or decref each owned field. */
static const char *tuple_refs_fn(Cg *g, Type *t, bool retain) {
  const char *tn = tuple_cname(g, t);
  const char *name = S(g, "%s_%s", tn, retain ? "retain" : "release");
  if (!helper_once(g, name)) return name;
  StrBuf b = {0};
  sb_printf(&b, "static inline void %s(%s v) {\n", name, tn);
  for (int i = 0; i < t->nelts; i++) {
    if (!managed(t->elts[i])) continue;
    const char *f = retain ? retain_fn(g, t->elts[i]) : release_fn(g, t->elts[i]);
    sb_printf(&b, "  %s(v.f%d);\n", f, i);
  }
  sb_puts(&b, "}\n");
  add_helper(g, &b);
  return name;
}

static const char *retain_fn(Cg *g, Type *t) {
  return t->kind == TY_TUPLE ? tuple_refs_fn(g, t, true) : "kr_incref";
}

static const char *release_fn(Cg *g, Type *t) {
  return t->kind == TY_TUPLE ? tuple_refs_fn(g, t, false) : "kr_decref";
}

static const char *elem_cmp(Cg *g, Type *t);
static const char *tuple_cmp(Cg *g, Type *t);

/* <0, 0, >0 comparing x and y of type t, as Python orders them. */
static const char *value_cmp(Cg *g, Type *t, const char *x, const char *y) {
  switch (t->kind) {
  case TY_STR: return S(g, "kr_str_cmp(%s, %s)", x, y);
  case TY_LIST: return S(g, "kr_list_cmp(%s, %s, %s)", x, y, elem_cmp(g, t->elem));
  case TY_TUPLE: return S(g, "%s(%s, %s)", tuple_cmp(g, t), x, y);
  case TY_C64: case TY_C128: return S(g, "!(%s == %s)", x, y);  /* equality only */
  case TY_F32: case TY_F64: return S(g, "kr_cmp3_f64(%s, %s)", x, y);
  case TY_BOOL: case TY_I8: case TY_I16: case TY_I32: case TY_I64: case TY_U8: case TY_U16:
  case TY_U32: case TY_U64:
    return S(g, "(%s > %s) - (%s < %s)", x, y, x, y);
  case TY_NONE: return "0";
  case TY_ARRAY: case TY_RANGE: case TY_FUNC: case TY_MODULE: case TY_EXCCLASS: case TY_COMM:
  case TY_REQUEST: case TY_STATUS: case TY_NKINDS:
    break;
  }
  unsupported(g, S(g, "comparing '%s'", type_name(g->cx, t)));
}

/* Lexicographic comparison of two tuples by value: kp_tupN_cmp(a, b). */
static const char *tuple_cmp(Cg *g, Type *t) {
  const char *tn = tuple_cname(g, t);
  const char *name = S(g, "%s_cmp", tn);
  if (!helper_once(g, name)) return name;
  StrBuf b = {0};
  sb_printf(&b, "static int %s(%s a, %s b) {\n", name, tn, tn);
  for (int i = 0; i < t->nelts; i++) {
    const char *c = value_cmp(g, t->elts[i], S(g, "a.f%d", i), S(g, "b.f%d", i));
    if (i == t->nelts - 1) {
      sb_printf(&b, "  return %s;\n", c);
    } else {
      sb_printf(&b, "  %s%s;\n", i ? "c = " : "int c = ", c);
      sb_puts(&b, "  if (c) return c;\n");
    }
  }
  if (!t->nelts) sb_puts(&b, "  (void)a;\n  (void)b;\n  return 0;\n");
  sb_puts(&b, "}\n");
  add_helper(g, &b);
  return name;
}

/* A KrCmp (const void *, const void *) for list elements of type t. */
static const char *elem_cmp(Cg *g, Type *t) {
  if (t->kind == TY_I64) return "kr_cmp_i64";  /* the runtime has these four */
  if (t->kind == TY_F64) return "kr_cmp_f64";
  if (t->kind == TY_BOOL) return "kr_cmp_bool";
  if (t->kind == TY_STR) return "kr_cmp_str";
  const char *name = S(g, "kp_cmp_%s", tname(g, t));
  if (!helper_once(g, name)) return name;
  const char *ct = ctype(g, t);
  StrBuf b = {0};
  sb_printf(&b, "static int %s(const void *a, const void *b) {\n", name);
  sb_printf(&b, "  %s = *(%s const *)a;\n", cdecl(g, t, "x"), ct);
  sb_printf(&b, "  %s = *(%s const *)b;\n", cdecl(g, t, "y"), ct);
  sb_printf(&b, "  return %s;\n}\n", value_cmp(g, t, "x", "y"));
  add_helper(g, &b);
  return name;
}

/* ---- printing values like Python's str() and repr() ---- */

static const char *elem_put(Cg *g, Type *t);
static const char *tuple_put(Cg *g, Type *t);

/* A call appending str(v) (repr(v) if `repr`) of type t to KrBuf *buf. */
static const char *put_call(Cg *g, const char *buf, Type *t, const char *v, bool repr) {
  g->use_complex |= type_is_complex(t);
  switch (t->kind) {
  case TY_STR: return S(g, "kr_buf_put_str%s(%s, %s)", repr ? "_repr" : "", buf, v);
  case TY_BOOL: return S(g, "kr_buf_put_bool(%s, %s)", buf, v);
  case TY_I8: case TY_I16: case TY_I32: case TY_I64: return S(g, "kr_buf_put_i64(%s, %s)", buf, v);
  case TY_U8: case TY_U16: case TY_U32: case TY_U64: return S(g, "kr_buf_put_u64(%s, %s)", buf, v);
  case TY_F32: return S(g, "kr_buf_put_f32(%s, %s)", buf, v);
  case TY_F64: return S(g, "kr_buf_put_f64(%s, %s)", buf, v);
  case TY_C64: return S(g, "kr_buf_put_c128(%s, crealf(%s), cimagf(%s))", buf, v, v);
  case TY_C128: return S(g, "kr_buf_put_c128(%s, creal(%s), cimag(%s))", buf, v, v);
  case TY_NONE: return S(g, "kr_buf_put(%s, \"None\", 4)", buf);
  case TY_LIST: return S(g, "kr_buf_put_list(%s, %s, %s)", buf, v, elem_put(g, t->elem));
  case TY_TUPLE: return S(g, "%s(%s, %s)", tuple_put(g, t), buf, v);
  case TY_ARRAY: return S(g, "kr_buf_put_array%s(%s, %s)", repr ? "_repr" : "", buf, v);
  case TY_RANGE: case TY_FUNC: case TY_MODULE: case TY_EXCCLASS: case TY_COMM: case TY_REQUEST:
  case TY_STATUS: case TY_NKINDS:
    break;
  }
  unsupported(g, S(g, "printing '%s'", type_name(g->cx, t)));
}

/* kp_put_tupN(b, v): "(1, 'a')", "(1,)", "()"; elements use repr. */
static const char *tuple_put(Cg *g, Type *t) {
  const char *tn = tuple_cname(g, t);
  const char *name = S(g, "kp_put_%s", tn + 3);
  if (!helper_once(g, name)) return name;
  StrBuf b = {0};
  sb_printf(&b, "static void %s(KrBuf *b, %s v) {\n", name, tn);
  sb_puts(&b, "  kr_buf_putc(b, '(');\n");
  for (int i = 0; i < t->nelts; i++) {
    if (i) sb_puts(&b, "  kr_buf_put(b, \", \", 2);\n");
    sb_printf(&b, "  %s;\n", put_call(g, "b", t->elts[i], S(g, "v.f%d", i), true));
  }
  if (t->nelts == 1) sb_puts(&b, "  kr_buf_putc(b, ',');\n");
  if (!t->nelts) sb_puts(&b, "  (void)v;\n");
  sb_puts(&b, "  kr_buf_putc(b, ')');\n}\n");
  add_helper(g, &b);
  return name;
}

/* A KrPutElem for kr_buf_put_list: repr of one element. */
static const char *elem_put(Cg *g, Type *t) {
  if (t->kind == TY_I64) return "kr_put_elem_i64";  /* the runtime has these four */
  if (t->kind == TY_F64) return "kr_put_elem_f64";
  if (t->kind == TY_BOOL) return "kr_put_elem_bool";
  if (t->kind == TY_STR) return "kr_put_elem_str";
  const char *name = S(g, "kp_put_elem_%s", tname(g, t));
  if (!helper_once(g, name)) return name;
  StrBuf b = {0};
  const char *v = S(g, "*(%s const *)e", ctype(g, t));
  sb_printf(&b, "static void %s(KrBuf *b, const void *e) {\n  %s;\n}\n", name,
            put_call(g, "b", t, v, true));
  add_helper(g, &b);
  return name;
}

/* list.index(x): the ValueError message needs repr(x), built only on failure. */
static const char *index_of_fn(Cg *g, Type *t) {
  const char *name = S(g, "kp_index_of_%s", tname(g, t));
  if (!helper_once(g, name)) return name;
  const char *cmp = elem_cmp(g, t);
  StrBuf b = {0};
  sb_printf(&b, "static int64_t %s(KrList *l, %s) {\n", name, cdecl(g, t, "x"));
  sb_printf(&b, "  int64_t k = kr_list_find(l, &x, %s);\n", cmp);
  sb_puts(&b, "  if (k >= 0) return k;\n  KrBuf b = {0};\n");
  sb_printf(&b, "  %s;\n", put_call(g, "&b", t, "x", true));
  sb_puts(&b, "  KrStr *r = kr_buf_finish(&b);\n  kr_buf_free(&b);\n");
  sb_printf(&b, "  k = kr_list_index_of(l, &x, %s, r);\n", cmp);
  sb_puts(&b, "  kr_decref(r);\n  return k;\n}\n");
  add_helper(g, &b);
  return name;
}

/* ---- str literals: static immortal KrStr, one per distinct text ---- */

static const char *str_const(Cg *g, const char *s, int64_t len) {
  for (int i = 0; i < g->strconsts.len; i++) {
    StrConst *c = &g->strconsts.data[i];
    if (c->len == len && !memcmp(c->s, s, (size_t)len)) return c->name;
  }
  /* named after the text where it is a short word, for the reader */
  char word[24];
  int w = 0;
  for (int64_t i = 0; i < len && w < 20; i++) {
    char ch = s[i];
    bool alnum = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
    if (alnum) word[w++] = ch;
    else if (w && word[w - 1] != '_') word[w++] = '_';
  }
  while (w && word[w - 1] == '_') w--;
  word[w] = 0;
  const char *name = S(g, "kp_str_%s", w ? word : (len ? "x" : "empty"));
  for (int i = 0; i < g->strconsts.len; i++)
    if (!strcmp(g->strconsts.data[i].name, name)) {
      name = S(g, "kp_str%d", g->strconsts.len + 1);
      break;
    }
  StrConst c = {s, len, name};
  vec_push(&g->cx->scratch, &g->strconsts, c);
  sb_printf(&g->strs, "KR_STR_LIT(%s, %s);\n", name, cstr(g, s, len));
  return name;
}

/* ---- whole-module analysis: reachability, recursion, who can raise ---- */

typedef void (*Visit)(Cg *g, IrNode *n);

static void each_in(Cg *g, IrList *l, Visit f) {
  for (int i = 0; i < l->len; i++) f(g, l->data[i]);
}

static void each_arg(Cg *g, IrNode **args, int n, Visit f) {
  for (int i = 0; i < n; i++) f(g, args[i]);
}

static void each_piece(Cg *g, IrNode *n, Visit f) {
  for (int i = 0; i < n->as.fmt.n; i++) {
    if (n->as.fmt.pieces[i].value) f(g, n->as.fmt.pieces[i].value);
    if (n->as.fmt.pieces[i].spec) f(g, n->as.fmt.pieces[i].spec);
  }
}

/* Calls f on each direct child of n: operands, then nested statements. */
static void each_child(Cg *g, IrNode *n, Visit f) {
  switch (n->kind) {
  case IR_CONST: case IR_VAR: case IR_BREAK: case IR_CONTINUE: return;
  case IR_BINOP: f(g, n->as.bin.lhs); f(g, n->as.bin.rhs); return;
  case IR_UNOP: case IR_CAST: f(g, n->as.un.operand); return;
  case IR_CMP: f(g, n->as.cmp.lhs); f(g, n->as.cmp.rhs); return;
  case IR_LOGIC: f(g, n->as.logic.lhs); f(g, n->as.logic.rhs); return;
  case IR_SELECT: f(g, n->as.sel.cond); f(g, n->as.sel.a); f(g, n->as.sel.b); return;
  case IR_CALL: each_arg(g, n->as.call.args, n->as.call.nargs, f); return;
  case IR_INTRIN: each_arg(g, n->as.intrin.args, n->as.intrin.nargs, f); return;
  case IR_TUPLE: case IR_LIST: each_arg(g, n->as.list.elts, n->as.list.n, f); return;
  case IR_FIELD: f(g, n->as.field.base); return;
  case IR_INDEX: f(g, n->as.index.base); f(g, n->as.index.index); return;
  case IR_STRBUILD: case IR_PRINT: each_piece(g, n, f); return;
  case IR_ASSIGN: f(g, n->as.assign.dst); f(g, n->as.assign.src); return;
  case IR_EXPR: case IR_RETURN: if (n->as.expr) f(g, n->as.expr); return;
  case IR_IF:
    f(g, n->as.if_.cond);
    each_in(g, &n->as.if_.then, f);
    each_in(g, &n->as.if_.orelse, f);
    return;
  case IR_LOOP: case IR_PARLOOP:
    f(g, n->as.loop.lo); f(g, n->as.loop.hi); f(g, n->as.loop.step);
    if (n->as.loop.nthreads) f(g, n->as.loop.nthreads);
    if (n->as.loop.work) f(g, n->as.loop.work);
    each_in(g, &n->as.loop.body, f);
    return;
  case IR_WHILE: f(g, n->as.while_.cond); each_in(g, &n->as.while_.body, f); return;
  case IR_RAISE: if (n->as.raise.msg) f(g, n->as.raise.msg); return;
  case IR_AELEM: case IR_ARRAYEXPR: case IR_NKINDS: return;   /* fused away by pass_fuse */
  }
}

static FnInfo *fninfo(Cg *g, IrFunc *fn) {
  FnInfo *fi = map_get(&g->fns, fn);
  if (!fi) {
    fi = NEW(&g->cx->scratch, FnInfo);
    map_put(&g->cx->scratch, &g->fns, fn, fi);
  }
  return fi;
}

static bool fmt_has_spec(IrNode *n) {
  for (int i = 0; i < n->as.fmt.n; i++)
    if (n->as.fmt.pieces[i].spec) return true;
  return false;
}

/* Raising by the node itself; calls are resolved by the fixpoint below. */
static bool raises_here(IrNode *n) {
  if (n->kind == IR_RAISE) return true;
  if (n->kind == IR_INTRIN) return ir_intrinsic_info(n->as.intrin.id)->flags & IRF_RAISES;
  if (n->kind == IR_STRBUILD || n->kind == IR_PRINT) return fmt_has_spec(n);
  return false;
}

static void collect_calls(Cg *g, IrNode *n) {
  if (n->kind == IR_CALL) vec_push(&g->cx->scratch, &g->fi->callees, n->as.call.fn);
  if (raises_here(n)) g->fi->raises = true;
  each_child(g, n, collect_calls);
}

static void reach(Cg *g, IrFunc *fn) {
  FnInfo *fi = fninfo(g, fn);
  if (fi->reached) return;
  fi->reached = true;
  for (int i = 0; i < fi->callees.len; i++) reach(g, fi->callees.data[i]);
}

/* Does a call chain from `from` lead back to `target`? */
static bool calls_into(Cg *g, IrFunc *from, IrFunc *target, PtrMap *seen) {
  if (map_get(seen, from)) return false;
  map_put(&g->cx->scratch, seen, from, from);
  FnInfo *fi = fninfo(g, from);
  for (int i = 0; i < fi->callees.len; i++)
    if (fi->callees.data[i] == target || calls_into(g, fi->callees.data[i], target, seen))
      return true;
  return false;
}

static void for_each_func(Cg *g, void (*f)(Cg *, IrFunc *)) {
  bool init_seen = false;
  for (int i = 0; i < g->m->funcs.len; i++) {
    f(g, g->m->funcs.data[i]);
    init_seen |= g->m->funcs.data[i] == g->m->init;
  }
  if (g->m->init && !init_seen) f(g, g->m->init);
}

static void analyse_one(Cg *g, IrFunc *fn) {
  g->fi = fninfo(g, fn);
  each_in(g, &fn->body, collect_calls);
}

static void mark_recursive(Cg *g, IrFunc *fn) {
  PtrMap seen = {0};
  FnInfo *fi = fninfo(g, fn);
  fi->recursive = calls_into(g, fn, fn, &seen);
  fi->raises |= fi->recursive;  /* RecursionError */
}

static void mark_roots(Cg *g, IrFunc *fn) {
  if (fn == g->m->init || (fn->exported && !g->o->exe)) reach(g, fn);
}

/* Functions that call a raising function raise too, to a fixpoint. */
static void propagate_raises(Cg *g) {
  for (bool changed = true; changed;) {
    changed = false;
    for (int i = 0; i < g->fns.cap; i++) {
      FnInfo *fi = g->fns.vals[i];
      if (!g->fns.keys[i] || fi->raises) continue;
      for (int j = 0; j < fi->callees.len; j++)
        if (fninfo(g, fi->callees.data[j])->raises) fi->raises = changed = true;
    }
  }
}

static void analyse_module(Cg *g) {
  for_each_func(g, analyse_one);
  for_each_func(g, mark_recursive);
  for_each_func(g, mark_roots);
  propagate_raises(g);
  g->fi = NULL;
}

/* Can evaluating this right-hand side leave a pending exception? */
static bool rhs_raises(Cg *g, IrNode *n) {
  if (n->kind == IR_CALL) return fninfo(g, n->as.call.fn)->raises;
  return raises_here(n);
}

/* ---- per-function variable analysis ---- */

static VarInfo *var_info(Cg *g, IrVar *v) {
  PtrMap *m = v->kind == VAR_GLOBAL ? &g->gvars : &g->vars;
  VarInfo *vi = map_get(m, v);
  if (!vi) {
    vi = NEW(&g->cx->scratch, VarInfo);
    map_put(&g->cx->scratch, m, v, vi);
  }
  return vi;
}

static void note_ref(Cg *g, IrVar *v, bool read) {
  VarInfo *vi = var_info(g, v);
  vi->refs++;
  vi->reads += read;
  bool counting = false;
  for (int i = 0; i < g->ivs.len; i++) counting |= g->ivs.data[i] == v;
  if (!counting) vi->outside = true;
}

/* Counts reads and writes, and which loops each counter belongs to. */
static void scan(Cg *g, IrNode *n) {
  if (n->kind == IR_VAR) {
    note_ref(g, n->as.var, true);
  } else if (n->kind == IR_ASSIGN && n->as.assign.dst->kind == IR_VAR) {
    note_ref(g, n->as.assign.dst->as.var, false);
    scan(g, n->as.assign.src);
    if (n->as.assign.src->kind == IR_VAR && !managed(n->as.assign.dst->type))
      vec_push(&g->cx->scratch, &g->copies, n);
  } else if (n->kind == IR_LOOP || n->kind == IR_PARLOOP) {
    scan(g, n->as.loop.lo);  /* the bounds are outside the loop */
    scan(g, n->as.loop.hi);
    scan(g, n->as.loop.step);
    if (n->as.loop.nthreads) scan(g, n->as.loop.nthreads);
    if (n->as.loop.work) scan(g, n->as.loop.work);
    var_info(g, n->as.loop.iv)->nloops++;
    vec_push(&g->cx->scratch, &g->ivs, n->as.loop.iv);
    each_in(g, &n->as.loop.body, scan);
    g->ivs.len--;
  } else {
    each_child(g, n, scan);
  }
}

/* Decide where each variable lives and give it a C name. A loop counter
 * used only inside its one loop is declared by the for statement; an
 * unmanaged variable that is never read is not declared at all. */
static void plan_var(Cg *g, IrVar *v) {
  VarInfo *vi = var_info(g, v);
  bool own = managed(v->type);
  if (v->type->kind == TY_NONE && v->kind != VAR_PARAM) {
    vi->cname = "NULL";  /* a None-typed local holds nothing: never declared */
    return;
  }
  if (v->kind == VAR_PARAM) {
    vi->declared = true;
  } else if (!own && vi->nloops && ((vi->nloops == 1 && !vi->outside) || !vi->reads)) {
    vi->in_for = true;
  } else {
    vi->declared = own ? vi->refs > 0 : vi->reads > 0;
  }
  const char *base = v->kind == VAR_TEMP ? S(g, "t%d", v->id) : c_ident(g, v->name);
  vi->cname = unique_name(g, base, v->id);
}

static const char *global_cname(Cg *g, IrVar *v) {
  VarInfo *vi = var_info(g, v);
  if (!vi->cname) {
    vi->cname = S(g, "kp_%s_%s", g->modname, v->name);
    vi->declared = true;
    sb_printf(&g->globals, "static %s;\n", cdecl(g, v->type, vi->cname));
  }
  return vi->cname;
}

static const char *var_cname(Cg *g, IrVar *v) {
  if (v->kind == VAR_GLOBAL) return global_cname(g, v);
  VarInfo *vi = map_get(&g->vars, v);
  if (!vi || !vi->cname)
    ICE("C backend: variable '%s' is not of function '%s'", v->name, g->fn->name);
  return vi->cname;
}

/* Is the variable stored anywhere? Writes to undeclared ones are dropped. */
static bool var_live(Cg *g, IrVar *v) {
  if (v->kind == VAR_GLOBAL) return true;
  VarInfo *vi = var_info(g, v);
  return vi->declared || vi->in_for;
}

/* ---- expressions ---- */

/* C precedence levels, loosest first; an operand is parenthesised when
 * its own level is below what its position needs. */
enum {
  P_ANY = 2, P_COND, P_OROR, P_ANDAND, P_BOR, P_BXOR, P_BAND, P_EQ, P_REL, P_SHIFT, P_ADD,
  P_MUL, P_UNARY, P_POSTFIX
};

static const char *expr(Cg *g, IrNode *n, int need);
static const char *E(Cg *g, IrNode *n) { return expr(g, n, P_ANY); }

static int binop_prec(Cg *g, BinOp op) {
  switch (op) {
  case OP_ADD: case OP_SUB: return P_ADD;
  case OP_MUL: case OP_DIV: return P_MUL;
  case OP_LSHIFT: case OP_RSHIFT: return P_SHIFT;
  case OP_BITAND: return P_BAND;
  case OP_BITXOR: return P_BXOR;
  case OP_BITOR: return P_BOR;
  case OP_FLOORDIV: case OP_MOD: case OP_POW: case OP_MATMUL: case OP_NBINOPS: break;
  }
  unsupported(g, "this binary operator in a BINOP (lowering uses an intrinsic)");
}

/* C computes i8/i16/u8/u16 arithmetic in int; the result is narrowed
 * again so that it wraps like numpy's fixed-width integers. */
static bool narrow(Type *t) {
  return t->kind == TY_I8 || t->kind == TY_I16 || t->kind == TY_U8 || t->kind == TY_U16;
}

static bool wraps(IrNode *n) {
  if (!narrow(n->type)) return false;
  if (n->kind == IR_BINOP)
    return n->as.bin.op == OP_ADD || n->as.bin.op == OP_SUB || n->as.bin.op == OP_MUL ||
           n->as.bin.op == OP_LSHIFT;
  if (n->kind == IR_UNOP)
    return n->as.un.op == UOP_NEG ||
           (n->as.un.op == UOP_INVERT && !type_is_signed(n->type));
  return false;
}

/* Shortest decimal that reads back as the same value, always marked as
 * floating point ("1.0", "1e+16"). */
static const char *float_text(Cg *g, double v, bool f32) {
  if (isnan(v)) return "NAN";
  if (isinf(v)) return v < 0 ? "-INFINITY" : "INFINITY";
  char buf[40];
  for (int prec = 1; prec <= 17; prec++) {
    snprintf(buf, sizeof buf, "%.*g", prec, v);
    if (f32 ? strtof(buf, NULL) == (float)v : strtod(buf, NULL) == v) break;
  }
  return S(g, "%s%s%s", buf, strpbrk(buf, ".en") ? "" : ".0", f32 ? "f" : "");
}

static const char *const_text(Cg *g, IrNode *n) {
  int64_t v = n->as.cst.i;
  g->use_complex |= type_is_complex(n->type);
  switch (n->type->kind) {
  case TY_BOOL: return v ? "true" : "false";
  case TY_I8: case TY_I16: case TY_I32: return S(g, "%lld", (long long)v);
  case TY_I64: return v == INT64_MIN ? "INT64_MIN" : S(g, "%lld", (long long)v);
  case TY_U8: case TY_U16: case TY_U32: case TY_U64:
    return S(g, "%lluu", (unsigned long long)(uint64_t)v);
  case TY_F32: return float_text(g, n->as.cst.f, true);
  case TY_F64: return float_text(g, n->as.cst.f, false);
  case TY_C64:
    return S(g, "CMPLXF(%s, %s)", float_text(g, n->as.cst.f, true),
             float_text(g, n->as.cst.im, true));
  case TY_C128:
    return S(g, "CMPLX(%s, %s)", float_text(g, n->as.cst.f, false),
             float_text(g, n->as.cst.im, false));
  case TY_STR: return S(g, "&%s", str_const(g, n->as.cst.s, n->as.cst.len));
  case TY_NONE: return "NULL";
  case TY_LIST: case TY_TUPLE: case TY_ARRAY: case TY_RANGE: case TY_FUNC: case TY_MODULE:
  case TY_EXCCLASS: case TY_COMM: case TY_REQUEST: case TY_STATUS:
  case TY_NKINDS:
    break;
  }
  unsupported(g, S(g, "a constant of type '%s'", type_name(g->cx, n->type)));
}

static int cmp_prec(IrNode *n) {
  TypeKind k = n->as.cmp.lhs->type->kind;
  bool eq = n->as.cmp.op == CMP_EQ || n->as.cmp.op == CMP_NE;
  if (k == TY_NONE) return P_POSTFIX;
  if (k == TY_STR && eq) return n->as.cmp.op == CMP_EQ ? P_POSTFIX : P_UNARY;
  return eq ? P_EQ : P_REL;
}

static int cast_prec(Cg *g, IrNode *n);

/* The precedence level of the text expr_text() produces for n. */
static int prec(Cg *g, IrNode *n) {
  switch (n->kind) {
  case IR_CONST: {
    const char *t = const_text(g, n);
    return t[0] == '-' || t[0] == '&' ? P_UNARY : P_POSTFIX;
  }
  case IR_BINOP: return wraps(n) ? P_UNARY : binop_prec(g, n->as.bin.op);
  case IR_UNOP: return n->as.un.op == UOP_POS && !wraps(n) ? prec(g, n->as.un.operand) : P_UNARY;
  case IR_CMP: return cmp_prec(n);
  case IR_LOGIC: return n->as.logic.is_and ? P_ANDAND : P_OROR;
  case IR_SELECT: return P_COND;
  case IR_CAST: return cast_prec(g, n);
  case IR_VAR: case IR_CALL: case IR_INTRIN: case IR_TUPLE: case IR_FIELD: case IR_INDEX: case IR_AELEM:
    return P_POSTFIX;
  case IR_LIST: case IR_STRBUILD: case IR_ASSIGN: case IR_EXPR: case IR_IF: case IR_LOOP:
  case IR_PARLOOP: case IR_WHILE: case IR_BREAK: case IR_CONTINUE: case IR_RETURN:
  case IR_RAISE: case IR_PRINT: case IR_ARRAYEXPR: case IR_NKINDS:
    break;
  }
  ICE("C backend: %s is not a C expression", ir_kind_names[n->kind]);
}

static const char *join_args(Cg *g, IrNode **args, int n) {
  StrBuf b = {0};
  for (int i = 0; i < n; i++) {
    if (i) sb_puts(&b, ", ");
    sb_puts(&b, E(g, args[i]));
  }
  const char *s = S(g, "%s", b.p ? b.p : "");
  sb_free(&b);
  return s;
}

/* Bitwise, shift and || operands get parentheses when they are another
 * operator, which is what gcc's -Wparentheses asks for. */
static const char *ex_binop(Cg *g, IrNode *n) {
  int p = binop_prec(g, n->as.bin.op);
  int nl = p, nr = p + 1;
  if (p == P_BAND || p == P_BXOR || p == P_BOR || p == P_SHIFT) {
    nl = prec(g, n->as.bin.lhs) == p ? p : P_UNARY;
    nr = P_UNARY;
  }
  const char *s = S(g, "%s %s %s", expr(g, n->as.bin.lhs, nl), binop_csym[n->as.bin.op],
                    expr(g, n->as.bin.rhs, nr));
  return wraps(n) ? S(g, "(%s)(%s)", ctype(g, n->type), s) : s;
}

static const char *ex_unop(Cg *g, IrNode *n) {
  IrNode *x = n->as.un.operand;
  const char *o = expr(g, x, P_UNARY), *s = NULL;
  switch (n->as.un.op) {
  case UOP_NEG: s = S(g, o[0] == '-' ? "-(%s)" : "-%s", o); break;  /* never "--" */
  case UOP_POS: s = wraps(n) ? o : expr(g, x, P_ANY); break;
  case UOP_INVERT: s = S(g, "~%s", o); break;
  case UOP_NOT: s = S(g, "!%s", o); break;
  }
  return wraps(n) ? S(g, "(%s)(%s)", ctype(g, n->type), s) : s;
}

/* A comparison operand: never a bare comparison or '!x' (-Wparentheses,
 * -Wlogical-not-parentheses). */
static const char *cmp_operand(Cg *g, IrNode *x) {
  bool is_not = x->kind == IR_UNOP && x->as.un.op == UOP_NOT;
  return expr(g, x, is_not ? P_POSTFIX : P_SHIFT);
}

static const char *ex_cmp(Cg *g, IrNode *n) {
  CmpOp op = n->as.cmp.op;
  IrNode *l = n->as.cmp.lhs, *r = n->as.cmp.rhs;
  if (op > CMP_NE) unsupported(g, "'in'/'is' in a CMP (lowering rewrites them)");
  const char *sym = cmp_csym[op];
  switch (l->type->kind) {
  case TY_STR:
    if (op == CMP_EQ || op == CMP_NE)
      return S(g, "%skr_str_eq(%s, %s)", op == CMP_NE ? "!" : "", E(g, l), E(g, r));
    return S(g, "kr_str_cmp(%s, %s) %s 0", E(g, l), E(g, r), sym);
  case TY_LIST: case TY_TUPLE:   /* 2 means unordered (a NaN decided it) */
    return S(g, "kr_cmp_holds(%s, %d)", value_cmp(g, l->type, E(g, l), E(g, r)), (int)op);
  case TY_NONE: return op == CMP_EQ || op == CMP_LE || op == CMP_GE ? "true" : "false";
  case TY_BOOL: case TY_I8: case TY_I16: case TY_I32: case TY_I64: case TY_U8: case TY_U16:
  case TY_U32: case TY_U64: case TY_F32: case TY_F64: case TY_C64: case TY_C128:
    return S(g, "%s %s %s", cmp_operand(g, l), sym, cmp_operand(g, r));
  case TY_ARRAY: case TY_RANGE: case TY_FUNC: case TY_MODULE: case TY_EXCCLASS: case TY_COMM:
  case TY_REQUEST: case TY_STATUS: case TY_NKINDS:
    break;
  }
  unsupported(g, S(g, "comparing '%s'", type_name(g->cx, l->type)));
}

static const char *ex_logic(Cg *g, IrNode *n) {
  IrNode *l = n->as.logic.lhs, *r = n->as.logic.rhs;
  if (n->as.logic.is_and) return S(g, "%s && %s", expr(g, l, P_ANDAND), expr(g, r, P_BOR));
  int nl = prec(g, l) == P_OROR ? P_OROR : P_BOR;  /* '&&' inside '||' gets parentheses */
  return S(g, "%s || %s", expr(g, l, nl), expr(g, r, P_BOR));
}

static bool cast_is_noop(IrNode *n) { return n->type == n->as.un.operand->type; }

static int cast_prec(Cg *g, IrNode *n) {
  if (cast_is_noop(n)) return prec(g, n->as.un.operand);
  if (n->type->kind == TY_BOOL) return P_EQ;
  return n->type->kind == TY_TUPLE ? P_POSTFIX : P_UNARY;
}

/* Conversion of the text v (an operand already safe for a cast) between
 * scalar types, or field by field between tuple types. */
static const char *cast_value(Cg *g, Type *from, Type *to, const char *v) {
  if (from == to) return v;
  if (to->kind == TY_BOOL && type_is_numeric(from)) return S(g, "%s != 0", v);
  if (type_is_numeric(to) && type_is_numeric(from)) return S(g, "(%s)%s", ctype(g, to), v);
  if (to->kind == TY_TUPLE && from->kind == TY_TUPLE && to->nelts == from->nelts) {
    StrBuf b = {0};
    for (int i = 0; i < to->nelts; i++)
      sb_printf(&b, "%s%s", i ? ", " : "",
                cast_value(g, from->elts[i], to->elts[i], S(g, "%s.f%d", v, i)));
    const char *s = S(g, "(%s){%s}", ctype(g, to), b.p ? b.p : "");
    sb_free(&b);
    return s;
  }
  unsupported(g, S(g, "a cast from '%s' to '%s'", type_name(g->cx, from), type_name(g->cx, to)));
}

static const char *ex_cast(Cg *g, IrNode *n) {
  IrNode *x = n->as.un.operand;
  if (cast_is_noop(n)) return expr(g, x, P_ANY);
  int need = n->type->kind == TY_TUPLE ? P_POSTFIX : n->type->kind == TY_BOOL ? P_REL : P_UNARY;
  return cast_value(g, x->type, n->type, expr(g, x, need));
}

static Type *list_elem(Cg *g, IrNode *n) {
  IrNode *l = n->as.intrin.args[0];
  if (n->as.intrin.nargs < 1 || l->type->kind != TY_LIST)
    unsupported(g, S(g, "intrinsic '%s' on a non-list", ir_intrinsic_info(n->as.intrin.id)->name));
  return l->type->elem;
}

/* The address of a value of type t, for runtime calls taking `const void *`:
 * a variable's own address, else a compound literal. An array literal is
 * used for tuples, because `(kp_tup1){t}` would initialise field f0 with t. */
static const char *addr_of(Cg *g, Type *t, IrNode *x) {
  if (x->kind == IR_VAR) return S(g, "&%s", var_cname(g, x->as.var));
  if (t->kind == TY_TUPLE) return S(g, "(%s[]){%s}", ctype(g, t), E(g, x));
  return S(g, "&(%s){%s}", ctype(g, t), E(g, x));
}

/* kp_tupN_ops: how a list owns tuples that hold references (KrElemOps). */
static const char *tuple_ops(Cg *g, Type *t) {
  const char *tn = tuple_cname(g, t);
  const char *name = S(g, "%s_ops", tn);
  if (!helper_once(g, name)) return name;
  const char *ret = tuple_refs_fn(g, t, true), *rel = tuple_refs_fn(g, t, false);
  StrBuf b = {0};
  sb_printf(&b, "static void %s_p(void *e) { %s(*(%s *)e); }\n", ret, ret, tn);
  sb_printf(&b, "static void %s_p(void *e) { %s(*(%s *)e); }\n", rel, rel, tn);
  sb_printf(&b, "static const KrElemOps %s = {%s_p, %s_p};\n", name, ret, rel);
  add_helper(g, &b);
  return name;
}

/* ---- for pyext.c: the type services of codegen.h ---- */
Ctx *cg_ctx(Cg *g) { return g->cx; }
bool cg_uses_mpi(Cg *g) { return g->use_mpi; }
const char *cg_ctype(Cg *g, Type *t) { return ctype(g, t); }
const char *cg_tname(Cg *g, Type *t) { return tname(g, t); }
const char *cg_release_fn(Cg *g, Type *t) { return release_fn(g, t); }
const char *cg_tuple_ops(Cg *g, Type *t) { return tuple_ops(g, t); }
bool cg_helper_once(Cg *g, const char *name) { return helper_once(g, name); }
void cg_add_helper(Cg *g, StrBuf *text) { add_helper(g, text); }

static const char *append_call(Cg *g, Type *t, const char *l, IrNode *x) {
  if (t->kind == TY_I64) return S(g, "kr_list_append_i64(%s, %s)", l, E(g, x));
  if (t->kind == TY_F64) return S(g, "kr_list_append_f64(%s, %s)", l, E(g, x));
  return S(g, "kr_list_append(%s, %s)", l, addr_of(g, t, x));
}

/* List intrinsics that take an element by address or need a comparator. */
static const char *ex_list_elem(Cg *g, IrNode *n) {
  Type *t = list_elem(g, n);
  IrNode **a = n->as.intrin.args;
  const char *l = E(g, a[0]);
  Intrinsic id = n->as.intrin.id;
  if (id == IN_LIST_APPEND) return append_call(g, t, l, a[1]);
  if (id == IN_LIST_INSERT)
    return S(g, "kr_list_insert(%s, %s, %s)", l, E(g, a[1]), addr_of(g, t, a[2]));
  if (id == IN_LIST_FIND)
    return S(g, "kr_list_find(%s, %s, %s)", l, addr_of(g, t, a[1]), elem_cmp(g, t));
  if (id == IN_LIST_COUNT)
    return S(g, "kr_list_count(%s, %s, %s)", l, addr_of(g, t, a[1]), elem_cmp(g, t));
  if (id == IN_LIST_INDEX_OF) return S(g, "%s(%s, %s)", index_of_fn(g, t), l, E(g, a[1]));
  if (id == IN_LIST_SORT)
    return S(g, "kr_list_sort(%s, %s, %s)", l, elem_cmp(g, t),
             n->as.intrin.nargs > 1 ? E(g, a[1]) : "false");
  if (id == IN_LIST_ARGEXT) return S(g, "kr_list_argext(%s, %s, %s)", l, elem_cmp(g, t), E(g, a[1]));
  /* LIST_POP is a statement (stmt_pop) */
  unsupported(g, S(g, "intrinsic '%s' here", ir_intrinsic_info(n->as.intrin.id)->name));
}

/* KR_DT_F64 for float, ...; NULL for a type that is not a dtype. */
const char *cg_dtype_const(Type *t) {
  switch (t->kind) {
  case TY_BOOL: return "KR_DT_BOOL";
  case TY_I8: return "KR_DT_I8";
  case TY_I16: return "KR_DT_I16";
  case TY_I32: return "KR_DT_I32";
  case TY_I64: return "KR_DT_I64";
  case TY_U8: return "KR_DT_U8";
  case TY_U16: return "KR_DT_U16";
  case TY_U32: return "KR_DT_U32";
  case TY_U64: return "KR_DT_U64";
  case TY_F32: return "KR_DT_F32";
  case TY_F64: return "KR_DT_F64";
  case TY_C64: return "KR_DT_C64";
  case TY_C128: return "KR_DT_C128";
  default: return NULL;
  }
}

static const char *dtype_const(Type *t) {
  const char *c = cg_dtype_const(t);
  return c ? c : "KR_DT_F64";
}

static const char *hoisted_field(Cg *g, IrNode *a, const char *field, int k);

/* `(int64_t[]){a, b}` / `(KrArray *[]){x, y}` of args[from, n) */
static const char *packed(Cg *g, const char *ct, IrNode **a, int from, int n) {
  return S(g, "(%s[]){%s}", ct, n > from ? join_args(g, a + from, n - from) : "0");
}

/* Array intrinsics: the runtime takes shapes and operand lists as C arrays,
 * and the dtype of a new array comes from the node's type. */
static const char *ex_array(Cg *g, IrNode *n) {
  IrNode **a = n->as.intrin.args;
  int na = n->as.intrin.nargs;
  const char *f = ir_intrinsic_info(n->as.intrin.id)->cfunc;
  switch (n->as.intrin.id) {
  case IN_ARRAY_DIM: case IN_ARRAY_STRIDE: {
    const char *fld = n->as.intrin.id == IN_ARRAY_DIM ? "shape" : "strides";
    int k = (int)a[1]->as.cst.i;
    const char *h = hoisted_field(g, a[0], fld, k);
    return h ? h : S(g, "%s->%s[%d]", expr(g, a[0], P_POSTFIX), fld, k);
  }
  case IN_ARRAY_SIZE: return S(g, "%s->size", expr(g, a[0], P_POSTFIX));
  case IN_ARRAY_ROW_SQDEV_F64:
    return S(g, "%s((double *)%s->data + %s, %s, %s, %s)", f, expr(g, a[0], P_POSTFIX),
             E(g, a[1]), E(g, a[2]), E(g, a[3]), E(g, a[4]));
  case IN_ARRAY_ROW_SUM_F64:
    return S(g, "%s((double *)%s->data + %s, %s, %s)", f, expr(g, a[0], P_POSTFIX), E(g, a[1]),
             E(g, a[2]), E(g, a[3]));
  case IN_ARRAY_NEW: case IN_ARRAY_ZEROS:
    return S(g, "%s(%s, %d, %s)", f, dtype_const(n->type->elem), na, packed(g, "int64_t", a, 0, na));
  case IN_ARRAY_ASTYPE: return S(g, "%s(%s, %s)", f, E(g, a[0]), dtype_const(n->type->elem));
  case IN_ARRAY_MATMUL:
    g->use_blas = true;
    return S(g, "%s(%s, %s, %s, %s)", f, E(g, a[0]), E(g, a[1]), dtype_const(n->type->elem),
             a[2]->as.cst.i ? "true" : "false");
  case IN_ARRAY_EYE: return S(g, "%s(%s, %s)", f, E(g, a[0]), dtype_const(n->type->elem));
  case IN_ARRAY_RESHAPE:
    return S(g, "%s(%s, %d, %s)", f, E(g, a[0]), na - 1, packed(g, "int64_t", a, 1, na));
  case IN_ARRAY_BDIM: /* (ndim, axis, "postfix program", arrays...) */
    return S(g, "%s(%s, %s, %s, %d, %s)", f, E(g, a[0]), E(g, a[1]),
             cstr(g, a[2]->as.cst.s, a[2]->as.cst.len), na - 3, packed(g, "KrArray *", a, 3, na));
  case IN_ARRAY_CONCAT:
    return S(g, "%s(%d, %s, %s, %s)", f, na - 1, packed(g, "KrArray *", a, 1, na), E(g, a[0]),
             dtype_const(n->type->elem));
  case IN_ARRAY_BCAST_ASSIGN: /* (dst, "postfix program", arrays...) */
    return S(g, "%s(%s, %s, %d, %s)", f, E(g, a[0]), cstr(g, a[1]->as.cst.s, a[1]->as.cst.len),
             na - 2, packed(g, "KrArray *", a, 2, na));
  case IN_ARRAY_SLICE: {
    StrBuf b = {0};
    for (int i = 1; i + 4 < na + 1 && i < na; i += 5)
      sb_printf(&b, "%s{%s, %s, %s, %s, %s}", i > 1 ? ", " : "", E(g, a[i]), E(g, a[i + 1]),
                E(g, a[i + 2]), E(g, a[i + 3]), E(g, a[i + 4]));
    const char *r = S(g, "%s(%s, %d, (KrSlice[]){%s})", f, E(g, a[0]), (na - 1) / 5, b.p);
    sb_free(&b);
    return r;
  }
  default:
    return NULL;
  }
}

/* Draws that have an inline form on a loop's own stream (krait/rt.h). */
static bool stream_draw(Intrinsic id) {
  return id == IN_RANDOM_RANDOM || id == IN_RANDOM_UNIFORM || id == IN_NP_RANDOM_RANDOM ||
         id == IN_NP_RANDOM_UNIFORM;
}

static const char *ex_intrin(Cg *g, IrNode *n) {
  const IntrinsicInfo *in = ir_intrinsic_info(n->as.intrin.id);
  IrNode **a = n->as.intrin.args;
  const char *arr = ex_array(g, n);
  if (arr) return arr;
  g->use_mpi |= n->as.intrin.id >= IN_MPI_COMM_WORLD && n->as.intrin.id <= IN_MPI_WTICK;
  if (in->flags & IRF_VALUE) return in->cfunc;
  if (in->flags & IRF_ELEM) return ex_list_elem(g, n);
  Intrinsic id = n->as.intrin.id;
  g->use_omp |= id == IN_KRAIT_THREADID || id == IN_KRAIT_NUM_THREADS || id == IN_KRAIT_SET_NUM_THREADS;
  if (g->par_rng && stream_draw(id)) {   /* in a prange body: its own stream */
    bool uni = id == IN_RANDOM_UNIFORM || id == IN_NP_RANDOM_UNIFORM;
    return uni ? S(g, "kr_stream_uniform(&kp_rng%d, %s, %s)", g->par_rng, E(g, a[0]), E(g, a[1]))
               : S(g, "kr_stream_random(&kp_rng%d)", g->par_rng);
  }
  if (n->as.intrin.id == IN_LIST_LEN) return S(g, "%s->len", expr(g, a[0], P_POSTFIX));
  if (n->as.intrin.id == IN_SYS_EXIT) {  /* sys.exit(), sys.exit(n), sys.exit("msg") */
    if (n->as.intrin.nargs && a[0]->type->kind == TY_STR)
      return S(g, "kr_sys_exit_str(%s)", E(g, a[0]));
    bool code = n->as.intrin.nargs && a[0]->type->kind != TY_NONE;
    return S(g, "kr_sys_exit_i64(%s)", code ? E(g, a[0]) : "0");
  }
  g->use_complex |=
      !strcmp(in->cfunc, "CMPLX") || !strcmp(in->cfunc, "creal") || !strcmp(in->cfunc, "cimag");
  return S(g, "%s(%s)", in->cfunc, join_args(g, a, n->as.intrin.nargs));
}

/* `T *` for the element pointer of a list: "int64_t *", "KrStr **". */
static const char *ptr_to(Cg *g, Type *t) {
  const char *ct = ctype(g, t);
  return S(g, "%s%s*", ct, ct[strlen(ct) - 1] == '*' ? "" : " ");
}

/* The local holding a->strides[k] hoisted out of an enclosing loop, or NULL. */
static const char *hoisted_field(Cg *g, IrNode *a, const char *field, int k) {
  if (a->kind != IR_VAR || strcmp(field, "strides")) return NULL;
  for (int i = g->nhoist - 1; i >= 0; i--)
    if (g->hoist[i].list == a->as.var) return g->hoist[i].strides[k];
  return NULL;
}

/* The C name of list's data pointer hoisted out of an enclosing loop, or NULL. */
static const char *hoisted(Cg *g, IrVar *list) {
  for (int i = g->nhoist - 1; i >= 0; i--)
    if (g->hoist[i].list == list) return g->hoist[i].name;
  return NULL;
}

static const char *expr_text(Cg *g, IrNode *n) {
  switch (n->kind) {
  case IR_CONST: return const_text(g, n);
  case IR_VAR: return var_cname(g, n->as.var);
  case IR_BINOP: return ex_binop(g, n);
  case IR_UNOP: return ex_unop(g, n);
  case IR_CMP: return ex_cmp(g, n);
  case IR_LOGIC: return ex_logic(g, n);
  case IR_SELECT:
    return S(g, "%s ? %s : %s", expr(g, n->as.sel.cond, P_OROR), expr(g, n->as.sel.a, P_ANY),
             expr(g, n->as.sel.b, P_COND));
  case IR_CAST: return ex_cast(g, n);
  case IR_CALL:
    return S(g, "%s(%s)", n->as.call.fn->cname, join_args(g, n->as.call.args, n->as.call.nargs));
  case IR_INTRIN: return ex_intrin(g, n);
  case IR_TUPLE:
    return S(g, "(%s){%s}", ctype(g, n->type), join_args(g, n->as.list.elts, n->as.list.n));
  case IR_FIELD: return S(g, "%s.f%d", expr(g, n->as.field.base, P_POSTFIX), n->as.field.index);
  case IR_INDEX: {
    IrNode *b = n->as.index.base;
    const char *d = b->kind == IR_VAR ? hoisted(g, b->as.var) : NULL;
    if (d) return S(g, "%s[%s]", d, E(g, n->as.index.index));
    return S(g, "((%s)%s->data)[%s]", ptr_to(g, n->type), expr(g, b, P_POSTFIX),
             E(g, n->as.index.index));
  }
  case IR_LIST: case IR_STRBUILD: case IR_ASSIGN: case IR_EXPR: case IR_IF: case IR_LOOP:
  case IR_PARLOOP: case IR_WHILE: case IR_BREAK: case IR_CONTINUE: case IR_RETURN:
  case IR_RAISE: case IR_PRINT: case IR_AELEM: case IR_ARRAYEXPR: case IR_NKINDS:
    break;
  }
  ICE("C backend: %s is not a C expression", ir_kind_names[n->kind]);
}

static const char *expr(Cg *g, IrNode *n, int need) {
  const char *s = expr_text(g, n);
  return prec(g, n) < need ? S(g, "(%s)", s) : s;
}

/* ---- statements ---- */

static void stmt(Cg *g, IrNode *n);
static void block(Cg *g, IrList *l) { each_in(g, l, stmt); }

static int py_line(Cg *g, Span sp) {
  if (!g->m->src || (sp.start == 0 && sp.end == 0)) return 0;
  return source_line(g->m->src, sp.start);
}

/* Enter a statement: remember its line for KP_CHECK, and #line to it. */
static void at(Cg *g, IrNode *n) {
  int line = py_line(g, n->span);
  if (line) g->line = line;
  em_at(&g->e, n->span);
}

static void open_block(Cg *g) {
  em_line(&g->e, "{");
  g->e.depth++;
}

static void check(Cg *g) {
  g->use_check = g->goto_error = true;
  em_line(&g->e, "KP_CHECK(%d);", g->line);
}

/* dst = v. An owning destination releases its old value; a borrowed v is
 * retained (the ownership rule of ir.h). */
static void store(Cg *g, IrNode *dst, const char *v, bool fresh) {
  Type *t = dst->type;
  const char *d = expr(g, dst, P_POSTFIX);
  if (managed(t) && strchr(v, '{')) v = S(g, "(%s)", v);  /* braces do not protect macro commas */
  if (!managed(t)) {
    em_line(&g->e, "%s = %s;", d, v);
  } else if (fresh) {
    g->use_move = true;
    em_line(&g->e, "KP_MOVE(%s, %s, %s);", d, v, release_fn(g, t));
  } else {
    g->use_copy = true;
    em_line(&g->e, "KP_COPY(%s, %s, %s, %s);", d, v, retain_fn(g, t), release_fn(g, t));
  }
}

static const char *c_char(Cg *g, char c) {
  if (c == '\n') return "'\\n'";
  if (c == '\t') return "'\\t'";
  if (c == '\'' || c == '\\') return S(g, "'\\%c'", c);
  if ((unsigned char)c < 0x20 || (unsigned char)c >= 0x7f)
    return S(g, "'\\%03o'", (unsigned char)c);
  return S(g, "'%c'", c);
}

static void flush_lit(Cg *g, StrBuf *lit) {
  if (lit->len == 1) em_line(&g->e, "kr_buf_putc(&kp_buf, %s);", c_char(g, lit->p[0]));
  else if (lit->len > 1)
    em_line(&g->e, "kr_buf_put(&kp_buf, %s, %zu);", cstr(g, lit->p, (int64_t)lit->len), lit->len);
  lit->len = 0;
}

/* format(v, spec) for values without a format spec language of their own:
 * '' means str(v), anything else is CPython's TypeError. */
static const char *format_other(Cg *g, IrNode *v, IrNode *spec, const char *sp) {
  const char *py = v->type->kind == TY_NONE ? "NoneType" : type_kind_cname(v->type->kind);
  py = v->type->kind == TY_LIST ? "list" : v->type->kind == TY_TUPLE ? "tuple" : py;
  const char *put = put_call(g, "&kp_buf", v->type, E(g, v), false);
  const char *err = S(g, "kr_raise(KR_EXC_TypeError, \"unsupported format string passed to "
                         "%s.__format__\")", py);
  if (spec->kind == IR_CONST) return spec->as.cst.len ? err : put;
  return S(g, "if (%s->len) %s; else %s", sp, err, put);
}

static const char *format_call(Cg *g, IrNode *v, IrNode *spec) {
  const char *sp, *x = E(g, v), *args;
  if (spec->kind == IR_CONST) {
    sp = NULL;
    args = S(g, "%s, %lld", cstr(g, spec->as.cst.s, spec->as.cst.len), (long long)spec->as.cst.len);
  } else {
    sp = expr(g, spec, P_POSTFIX);
    args = S(g, "%s->data, %s->len", sp, sp);
  }
  g->use_complex |= type_is_complex(v->type);
  switch (v->type->kind) {
  case TY_STR: return S(g, "kr_buf_format_str(&kp_buf, %s, %s)", x, args);
  case TY_BOOL: return S(g, "kr_buf_format_bool(&kp_buf, %s, %s)", x, args);
  case TY_I8: case TY_I16: case TY_I32: case TY_I64: case TY_U8: case TY_U16: case TY_U32:
  case TY_U64:
    return S(g, "kr_buf_format_i64(&kp_buf, %s, %s)", x, args);
  case TY_F32: case TY_F64: return S(g, "kr_buf_format_f64(&kp_buf, %s, %s)", x, args);
  case TY_C64: return S(g, "kr_buf_format_c128(&kp_buf, crealf(%s), cimagf(%s), %s)", x, x, args);
  case TY_C128: return S(g, "kr_buf_format_c128(&kp_buf, creal(%s), cimag(%s), %s)", x, x, args);
  case TY_NONE: case TY_LIST: case TY_TUPLE: return format_other(g, v, spec, sp);
  case TY_ARRAY: case TY_RANGE: case TY_FUNC: case TY_MODULE: case TY_EXCCLASS: case TY_COMM:
  case TY_REQUEST: case TY_STATUS: case TY_NKINDS:
    break;
  }
  unsupported(g, S(g, "formatting '%s'", type_name(g->cx, v->type)));
}

/* The pieces of a PRINT or STRBUILD, appended to kp_buf. Adjacent literal
 * pieces (and str constants) are merged into one kr_buf_put. */
static void pieces(Cg *g, IrNode *n) {
  g->use_buf = g->fn_buf = true;
  StrBuf lit = {0};
  for (int i = 0; i < n->as.fmt.n; i++) {
    IrPiece *p = &n->as.fmt.pieces[i];
    IrNode *v = p->value;
    bool cst = v && !p->spec && v->kind == IR_CONST;
    if (!v) {
      if (p->litlen) sb_putn(&lit, p->lit, (size_t)p->litlen);
    } else if (cst && v->type->kind == TY_STR && p->conv != 'r') {
      if (v->as.cst.len) sb_putn(&lit, v->as.cst.s, (size_t)v->as.cst.len);
    } else if (cst && v->type->kind == TY_NONE) {
      sb_puts(&lit, "None");
    } else {
      flush_lit(g, &lit);
      em_line(&g->e, "%s;", p->spec ? format_call(g, v, p->spec)
                                    : put_call(g, "&kp_buf", v->type, E(g, v), p->conv == 'r'));
    }
  }
  flush_lit(g, &lit);
  sb_free(&lit);
}

static bool is_pop(IrNode *n) { return n->kind == IR_INTRIN && n->as.intrin.id == IN_LIST_POP; }

/* dst = l.pop(i), or a dropped l.pop(i) when dst is NULL. */
static void stmt_pop(Cg *g, IrNode *src, IrNode *dst) {
  Type *t = list_elem(g, src);
  const char *l = E(g, src->as.intrin.args[0]);
  const char *i = src->as.intrin.nargs > 1 ? E(g, src->as.intrin.args[1]) : "-1";
  if (dst && !managed(t)) {
    em_line(&g->e, "kr_list_pop(%s, %s, &%s);", l, i, expr(g, dst, P_POSTFIX));
    return;
  }
  open_block(g);
  em_line(&g->e, "%s = %s;", cdecl(g, t, "kp_v"), zero_init(t));
  em_line(&g->e, "kr_list_pop(%s, %s, &kp_v);", l, i);
  if (dst) store(g, dst, "kp_v", true);
  else if (managed(t)) em_line(&g->e, "%s(kp_v);", release_fn(g, t));
  em_close(&g->e);
}

/* dst = [a, b, ...]: built in a local first, so the elements may mention dst. */
static void assign_list(Cg *g, IrNode *dst, IrNode *src) {
  Type *t = src->type->elem;
  int n = src->as.list.n;
  const char *mk = S(g, "kr_list_new(sizeof(%s), %s, %d)", ctype(g, t),
                     type_is_managed(t) ? "true" : "false", n);
  bool ops = t->kind == TY_TUPLE && managed(t);   /* tuples holding references */
  if (!n && !ops) {
    store(g, dst, mk, true);
    return;
  }
  open_block(g);
  em_line(&g->e, "KrList *kp_l = %s;", mk);
  if (ops) em_line(&g->e, "kr_list_set_ops(kp_l, &%s);", tuple_ops(g, t));
  for (int i = 0; i < n; i++)
    em_line(&g->e, "%s;", append_call(g, t, "kp_l", src->as.list.elts[i]));
  store(g, dst, "kp_l", true);
  em_close(&g->e);
}

/* An expression evaluated for its effects only; a fresh result is released. */
static void discard(Cg *g, IrNode *x) {
  if (!ir_has_effects(x) || x->kind == IR_LIST) return;
  if (x->kind == IR_STRBUILD) {
    pieces(g, x);
    em_line(&g->e, "kr_decref(kr_buf_finish(&kp_buf));");
  } else if (is_pop(x)) {
    stmt_pop(g, x, NULL);
  } else if (ir_is_fresh(x)) {
    em_line(&g->e, "%s(%s);", release_fn(g, x->type), E(g, x));
  } else {
    em_line(&g->e, "%s;", E(g, x));
  }
  if (rhs_raises(g, x)) check(g);
}

/* An intrinsic whose failure has a cheap test (IRF_GUARD): branch on the
 * test, raise on the cold side, and leave the hot side without a kr_err
 * check. The arguments are pure, so evaluating them twice is harmless. */
static bool guarded(Cg *g, IrNode *dst, IrNode *src) {
  if (src->kind != IR_INTRIN || managed(dst->type) ||
      !(ir_intrinsic_info(src->as.intrin.id)->flags & IRF_GUARD))
    return false;
  const char *call = E(g, src);
  g->use_check = g->goto_error = true;
  em_line(&g->e, "if (KR_UNLIKELY(KR_FAILS_%s)) {", call);
  g->e.depth++;
  em_line(&g->e, "(void)%s;", call);
  em_line(&g->e, "KP_FAIL(%d);", g->line);
  em_close(&g->e);
  store(g, dst, call, false);
  return true;
}

static void stmt_assign(Cg *g, IrNode *n) {
  IrNode *dst = n->as.assign.dst, *src = n->as.assign.src;
  if (guarded(g, dst, src)) return;
  if (dst->kind == IR_VAR && !var_live(g, dst->as.var)) {
    discard(g, src);  /* never read: only the effects remain */
    return;
  }
  if (src->kind == IR_LIST) {
    assign_list(g, dst, src);
  } else if (src->kind == IR_STRBUILD) {
    pieces(g, src);
    store(g, dst, "kr_buf_finish(&kp_buf)", true);
  } else if (is_pop(src)) {
    stmt_pop(g, src, dst);
  } else {
    store(g, dst, E(g, src), ir_is_fresh(src));
  }
  if (rhs_raises(g, src)) check(g);
}

/* A bad format spec raises before anything is written, as in CPython. */
static void stmt_print(Cg *g, IrNode *n) {
  pieces(g, n);
  if (fmt_has_spec(n)) check(g);
  if (n->as.fmt.to_stderr) {
    em_line(&g->e, "fflush(stdout);");
    em_line(&g->e, "kr_buf_write(&kp_buf, stderr);");
  } else {
    em_line(&g->e, "kr_print_buf(&kp_buf);");
  }
}

static void stmt_raise(Cg *g, IrNode *n) {
  int e = n->as.raise.exc;
  if (e <= 0 || e >= KR_EXC_COUNT) ICE("C backend: bad exception %d", e);
  em_line(&g->e, "kr_raise_str(KR_EXC_%s, %s);", exc_names[e],
          n->as.raise.msg ? E(g, n->as.raise.msg) : "NULL");
  g->use_check = g->goto_error = true;
  em_line(&g->e, "KP_FAIL(%d);", g->line);
}

/* With cleanup to do, a return stores kp_ret and jumps to kp_out; returning
 * an owned local moves its reference instead of retaining it. */
static void stmt_return(Cg *g, IrNode *n) {
  IrNode *x = n->as.expr;
  if (x && g->fn->ret->kind == TY_NONE) x = NULL;
  if (!g->cleanup) {
    if (x && managed(x->type)) em_line(&g->e, "%s(%s);", retain_fn(g, x->type), E(g, x));
    if (x) em_line(&g->e, "return %s;", E(g, x));
    else em_line(&g->e, "return;");
    return;
  }
  if (x && !managed(x->type)) {
    em_line(&g->e, "kp_ret = %s;", E(g, x));
  } else if (x && x->kind == IR_VAR && x->as.var->kind != VAR_GLOBAL) {
    const char *v = var_cname(g, x->as.var);
    em_line(&g->e, "kp_ret = %s;", v);
    em_line(&g->e, "%s = %s;", v, zero_value(g, x->type));
  } else if (x) {
    em_line(&g->e, "kp_ret = %s;", E(g, x));
    em_line(&g->e, "%s(kp_ret);", retain_fn(g, x->type));
  }
  if (n != g->tail) {
    g->goto_out = true;
    em_line(&g->e, "goto kp_out;");
  }
}

static void stmt_if(Cg *g, IrNode *n) {
  em_open(&g->e, "if (%s)", E(g, n->as.if_.cond));
  block(g, &n->as.if_.then);
  IrList *rest = &n->as.if_.orelse;
  while (rest->len == 1 && rest->data[0]->kind == IR_IF) {
    IrNode *c = rest->data[0];
    g->e.depth--;
    at(g, c);
    em_open(&g->e, "} else if (%s)", E(g, c->as.if_.cond));
    block(g, &c->as.if_.then);
    rest = &c->as.if_.orelse;
  }
  if (rest->len) {
    g->e.depth--;
    em_open(&g->e, "} else");
    block(g, rest);
  }
  em_close(&g->e);
}

/* for (T i = lo, kp_hiN = hi; i < kp_hiN; i += step): bounds that are not
 * constants are evaluated once, before the loop, as Python's range() does.
 * A counter that is also used outside its loop gets a hidden C counter and
 * is assigned at the top of each iteration, so it keeps Python's value
 * after the loop. */
/* ---- hoisting list data pointers out of loops ----
 * `((double *)xs->data)[k]` reloads xs->data on every iteration: gcc does
 * not move the load out of a loop that holds calls, even cold ones. When a
 * loop cannot reallocate any list (no calls, no list op that changes a
 * length or reorders storage) and does not rebind the list variable, the
 * pointer is loaded once before the loop and the body indexes through it. */
static void scan_hoist(Cg *g, IrNode *n) {
  if (n->kind == IR_CALL) g->hz_moves = true;
  if (n->kind == IR_INTRIN) {
    const IntrinsicInfo *in = ir_intrinsic_info(n->as.intrin.id);
    g->hz_moves |= (in->flags & IRF_EFFECT) && !strncmp(in->cfunc, "kr_list_", 8);
  }
  if (n->kind == IR_INDEX && n->as.index.base->kind == IR_VAR)
    vec_push(&g->cx->scratch, &g->hz_bases, n->as.index.base->as.var);
  if (n->kind == IR_INTRIN && n->as.intrin.id == IN_ARRAY_STRIDE)
    vec_push(&g->cx->scratch, &g->hz_strides, n);
  if (n->kind == IR_ASSIGN && n->as.assign.dst->kind == IR_VAR)
    vec_push(&g->cx->scratch, &g->hz_assigned, n->as.assign.dst->as.var);
  each_child(g, n, scan_hoist);
}

static bool in_vec(IrVar **v, int n, IrVar *x) {
  for (int i = 0; i < n; i++)
    if (v[i] == x) return true;
  return false;
}


/* Does the scanned loop read strides[k] of array l? */
static bool stride_read(Cg *g, IrVar *l, int k) {
  for (int i = 0; i < g->hz_strides.len; i++) {
    IrNode **a = g->hz_strides.data[i]->as.intrin.args;
    if (a[0]->kind == IR_VAR && a[0]->as.var == l && a[1]->as.cst.i == k) return true;
  }
  return false;
}

/* Declare the data pointers for `loop` in the block the caller opened;
 * returns how many were pushed. */
static int hoist_pointers(Cg *g, IrNode *loop) {
  g->hz_moves = false;
  g->hz_bases.len = g->hz_assigned.len = g->hz_strides.len = 0;
  each_in(g, &loop->as.loop.body, scan_hoist);
  if (g->hz_moves) return 0;
  int pushed = 0;
  for (int i = 0; i < g->hz_bases.len && g->nhoist < 32; i++) {
    IrVar *l = g->hz_bases.data[i];
    if (hoisted(g, l) || in_vec(g->hz_assigned.data, g->hz_assigned.len, l) ||
        (l->type->kind != TY_LIST && l->type->kind != TY_ARRAY))
      continue;
    int id = ++g->nfor;
    const char *name = S(g, "kp_d%d", id);
    const char *lv = var_cname(g, l);
    if (!pushed) open_block(g);
    em_line(&g->e, "%s%s = %s ? (%s)%s->data : NULL;", ptr_to(g, l->type->elem), name, lv,
            ptr_to(g, l->type->elem), lv);
    g->hoist[g->nhoist].list = l;
    g->hoist[g->nhoist].name = name;
    for (int k = 0; l->type->kind == TY_ARRAY && k < l->type->ndim; k++) {
      g->hoist[g->nhoist].strides[k] = NULL;
      if (!stride_read(g, l, k)) continue;
      const char *sn = S(g, "kp_s%d_%d", id, k);
      em_line(&g->e, "int64_t %s = %s ? %s->strides[%d] : 0;", sn, lv, lv, k);
      g->hoist[g->nhoist].strides[k] = sn;
    }
    g->nhoist++;
    pushed++;
  }
  return pushed;
}

static void stmt_loop_body(Cg *g, IrNode *n);

static void stmt_parloop(Cg *g, IrNode *n);

static void stmt_loop(Cg *g, IrNode *n) {
  int pushed = hoist_pointers(g, n);
  if (n->kind == IR_PARLOOP) stmt_parloop(g, n);
  else stmt_loop_body(g, n);
  if (pushed) {
    g->nhoist -= pushed;
    em_close(&g->e);
  }
}

static void stmt_loop_body(Cg *g, IrNode *n) {
  IrVar *iv = n->as.loop.iv;
  VarInfo *vi = var_info(g, iv);
  IrNode *hi = n->as.loop.hi, *step = n->as.loop.step;
  int k = ++g->nfor, dir = n->as.loop.dir;
  const char *ctr = vi->in_for ? vi->cname : S(g, "kp_i%d", k);
  const char *init = S(g, "%s = %s", cdecl(g, iv->type, ctr), E(g, n->as.loop.lo));
  const char *h = E(g, hi), *st = E(g, step);
  bool simd = n->as.loop.red && step->kind == IR_CONST && step->as.cst.i == 1;
  if (simd && hi->kind != IR_CONST) {   /* OpenMP wants one loop variable in the init */
    open_block(g);
    em_line(&g->e, "int64_t kp_hi%d = %s;", k, h);
    h = S(g, "kp_hi%d", k);
  } else if (hi->kind != IR_CONST) {
    init = S(g, "%s, kp_hi%d = %s", init, k, h);
    h = S(g, "kp_hi%d", k);
  }
  int64_t c = step->kind == IR_CONST ? step->as.cst.i : 0;
  if (!c) {
    init = S(g, "%s, kp_st%d = %s", init, k, st);
    st = S(g, "kp_st%d", k);
  }
  if (!dir && c) dir = c > 0 ? 1 : -1;
  const char *cond, *inc;
  if (c == 1 || c == -1) {   /* i < hi bounds i + 1: no overflow possible */
    cond = S(g, c > 0 ? "%s < %s" : "%s > %s", ctr, h);
    inc = S(g, c > 0 ? "%s++" : "%s--", ctr);
  } else {   /* count the trips, so a step past INT64_MAX cannot wrap into the range */
    if (c) {
      init = S(g, "%s, kp_st%d = %s", init, k, st);
      st = S(g, "kp_st%d", k);
    }
    init = S(g, "%s, kp_n%d = kr_range_len(%s, %s, %s)", init, k, ctr, h, st);
    cond = S(g, "kp_n%d > 0", k);
    inc = S(g, "kp_n%d--, %s += %s", k, ctr, st);
  }
  (void)dir;
  if (simd)   /* a sum numpy would reassociate too (np.sum) */
    em_line(&g->e, "#pragma omp simd reduction(+:%s)", var_cname(g, n->as.loop.red));
  em_open(&g->e, "for (%s; %s; %s)", init, cond, inc);
  if (!vi->in_for && var_live(g, iv) && vi->reads)
    em_line(&g->e, "%s = %s;", var_cname(g, iv), ctr);
  g->par_inner++;
  block(g, &n->as.loop.body);
  g->par_inner--;
  em_close(&g->e);
  if (simd && hi->kind != IR_CONST) em_close(&g->e);
}

/* ---- parallel loops (prange) ---- */

static void find_raise(Cg *g, IrNode *n) {
  if (g->found) return;
  if (rhs_raises(g, n)) g->found = true;
  else each_child(g, n, find_raise);
}

/* Can the statements of b leave a pending exception? */
static bool block_raises(Cg *g, IrList *b) {
  g->found = false;
  each_in(g, b, find_raise);
  return g->found;
}

/* What the body draws: g->nrng counts draws; g->found is set by any other
 * random function or any call (which may draw through the runtime). */
static void find_rng(Cg *g, IrNode *n) {
  if (n->kind == IR_INTRIN && stream_draw(n->as.intrin.id)) g->nrng++;
  else if (n->kind == IR_CALL || (n->kind == IR_INTRIN && n->as.intrin.id >= IN_RANDOM_SEED &&
                                  n->as.intrin.id <= IN_NP_RANDOM_RANDINT))
    g->found = true;
  each_child(g, n, find_rng);
}

/* A clause naming the declared variables of vs (kinds: private when temps
 * is true, lastprivate for the user's own otherwise), or "". */
static const char *share_clause(Cg *g, IrPar *par, const char *kind, IrVar *extra) {
  StrBuf b = {0};
  if (extra) sb_puts(&b, var_cname(g, extra));
  for (int i = 0; par && i < par->nprivs; i++) {
    IrVar *v = par->privs[i];
    VarInfo *vi = var_info(g, v);
    /* strs built in the iteration start from the NULL before the loop */
    const char *k = managed(v->type) ? "firstprivate" : v->kind == VAR_TEMP ? "private"
                  : "lastprivate";
    if (strcmp(k, kind) || !vi->declared || vi->in_for) continue;
    sb_printf(&b, "%s%s", b.len ? ", " : "", var_cname(g, v));
  }
  const char *r = b.len ? S(g, " %s(%s)", kind, b.p) : "";
  sb_free(&b);
  return r;
}

/* The private strs of the iteration, released at its end. */
static void release_privates(Cg *g, IrPar *par) {
  for (int i = 0; par && i < par->nprivs; i++) {
    IrVar *v = par->privs[i];
    VarInfo *vi = var_info(g, v);
    if (!managed(v->type) || !vi->declared || vi->in_for) continue;
    em_line(&g->e, "%s(%s);", release_fn(g, v->type), var_cname(g, v));
    em_line(&g->e, "%s = NULL;", var_cname(g, v));
  }
}

/* for i in prange(lo, hi, step): an OpenMP loop over the trip count k,
 * with the data sharing pass_par chose. An exception in an iteration is
 * kept (the lowest iteration's) while later iterations are skipped, and
 * raised again after the loop, on this thread. Inside the body KP_FAIL
 * leads to the loop's own error exit instead of the function's. */
static void stmt_parloop(Cg *g, IrNode *n) {
  static const char *const sched[] = {"static", "dynamic", "guided"};
  IrPar *par = n->as.loop.par;
  IrVar *iv = n->as.loop.iv;
  VarInfo *vi = var_info(g, iv);
  int k = ++g->npar;
  g->use_omp = true;
  bool fails = block_raises(g, &n->as.loop.body);
  g->found = false;
  g->nrng = 0;
  each_in(g, &n->as.loop.body, find_rng);
  /* only random()/uniform() in the body itself: an inline stream per
   * iteration; otherwise the runtime's per-thread stream */
  bool local_rng = g->nrng && !g->found && !g->par_k, rng = g->found;
  open_block(g);
  em_line(&g->e, "int64_t kp_plo%d = %s, kp_pst%d = %s;", k, E(g, n->as.loop.lo), k,
          E(g, n->as.loop.step));
  em_line(&g->e, "int64_t kp_pn%d = kr_range_len(kp_plo%d, %s, kp_pst%d);", k, k,
          E(g, n->as.loop.hi), k);
  if (fails) em_line(&g->e, "KrParErr kp_pe%d = KR_PAR_ERR_INIT;", k);
  if (local_rng) em_line(&g->e, "uint64_t kp_key%d = kr_rng_key();", k);
  StrBuf clauses = {0};
  if (n->as.loop.red) sb_puts(&clauses, "simd ");   /* a float sum numpy would reassociate */
  sb_printf(&clauses, "schedule(%s)", sched[n->as.loop.sched]);
  if (n->as.loop.work)   /* a loop krait made parallel: only when it is long */
    sb_printf(&clauses, " if(%s >= KR_PAR_MIN_WORK)", expr(g, n->as.loop.work, P_REL));
  if (n->as.loop.nthreads) sb_printf(&clauses, " num_threads(%s)", E(g, n->as.loop.nthreads));
  for (int i = 0; par && i < par->nreds; i++) {
    if (!var_live(g, par->reds[i])) continue;
    char op = par->ops[i];
    sb_printf(&clauses, " reduction(%s:%s)", op == 'M' ? "max" : op == 'm' ? "min"
              : (char[]){op, 0}, var_cname(g, par->reds[i]));
  }
  /* the counter, when a variable of the function holds it, is private too */
  IrVar *ctr_var = vi->reads && !vi->in_for && var_live(g, iv) ? iv : NULL;
  sb_puts(&clauses, share_clause(g, par, "lastprivate", NULL));
  sb_puts(&clauses, share_clause(g, par, "private", ctr_var));
  sb_puts(&clauses, share_clause(g, par, "firstprivate", NULL));
  /* no iteration: no region, so lastprivate cannot touch the variables */
  em_open(&g->e, "if (kp_pn%d > 0)", k);
  em_line(&g->e, "#pragma omp parallel for %s", clauses.p);
  sb_free(&clauses);
  em_open(&g->e, "for (int64_t kp_pk%d = 0; kp_pk%d < kp_pn%d; kp_pk%d++)", k, k, k, k);
  if (fails) em_line(&g->e, "if (kr_par_skip(&kp_pe%d, kp_pk%d)) continue;", k, k);
  if (rng) em_line(&g->e, "kr_rng_iteration(kp_pk%d);", k);
  if (local_rng) {
    em_line(&g->e, "KrRngStream kp_rng%d;", k);
    em_line(&g->e, "kr_stream_start(&kp_rng%d, kp_key%d, kp_pk%d);", k, k, k);
  }
  const char *ctr = vi->in_for ? vi->cname : S(g, "kp_i%d", ++g->nfor);
  if (vi->reads)   /* (its reader may be a store the backend drops) */
    em_line(&g->e, "int64_t %s __attribute__((unused)) = kp_plo%d + kp_pk%d * kp_pst%d;", ctr, k,
            k, k);
  if (vi->reads && !vi->in_for && var_live(g, iv))
    em_line(&g->e, "%s = %s;", var_cname(g, iv), ctr);
  if (fails) {
    em_line(&g->e, "int kp_pline%d = 0;", k);
    em_flush_left(&g->e, "#undef KP_FAIL");
    em_flush_left(&g->e, "#define KP_FAIL(line) do { kp_pline%d = (line); goto kp_pfail%d; } while (0)",
                  k, k);
  }
  int outer_k = g->par_k, outer_inner = g->par_inner, outer_rng = g->par_rng;
  bool outer_pend = g->par_pend;
  g->par_k = k, g->par_inner = 0, g->par_pend = fails, g->par_rng = local_rng ? k : 0;
  block(g, &n->as.loop.body);
  bool pend = g->par_pend;
  g->par_k = outer_k, g->par_inner = outer_inner, g->par_pend = outer_pend, g->par_rng = outer_rng;
  if (fails) {
    em_line(&g->e, "goto kp_pend%d;", k);
    em_flush_left(&g->e, "kp_pfail%d:", k);
    em_line(&g->e, "kr_par_fail(&kp_pe%d, kp_pk%d, kp_pline%d);", k, k, k);
    em_flush_left(&g->e, "#undef KP_FAIL");
    em_flush_left(&g->e, "#define KP_FAIL(line) do { kp_line = (line); goto kp_error; } while (0)");
  }
  if (pend) em_flush_left(&g->e, "kp_pend%d:;", k);   /* `continue` comes here */
  release_privates(g, par);
  em_close(&g->e);
  em_close(&g->e);
  if (rng) em_line(&g->e, "kr_rng_serial();");
  if (fails) {
    g->use_check = true;
    em_open(&g->e, "if (kp_pe%d.first != INT64_MAX)", k);
    em_line(&g->e, "kr_par_raise(&kp_pe%d);", k);
    em_line(&g->e, "KP_FAIL(kp_pe%d.line);", k);
    em_close(&g->e);
    g->goto_error = true;
  }
  em_close(&g->e);
}

static void stmt(Cg *g, IrNode *n) {
  at(g, n);
  switch (n->kind) {
  case IR_ASSIGN: stmt_assign(g, n); return;
  case IR_EXPR: discard(g, n->as.expr); return;
  case IR_IF: stmt_if(g, n); return;
  case IR_LOOP: case IR_PARLOOP: stmt_loop(g, n); return;
  case IR_WHILE:
    em_open(&g->e, "while (%s)", E(g, n->as.while_.cond));
    g->par_inner++;
    block(g, &n->as.while_.body);
    g->par_inner--;
    em_close(&g->e);
    return;
  case IR_BREAK: em_line(&g->e, "break;"); return;
  case IR_CONTINUE:
    if (g->par_k && !g->par_inner) {
      em_line(&g->e, "goto kp_pend%d;", g->par_k);
      g->par_pend = true;
      return;
    }
    em_line(&g->e, "continue;");
    return;
  case IR_RETURN: stmt_return(g, n); return;
  case IR_RAISE: stmt_raise(g, n); return;
  case IR_PRINT: stmt_print(g, n); return;
  case IR_CONST: case IR_VAR: case IR_BINOP: case IR_UNOP: case IR_CMP: case IR_LOGIC:
  case IR_SELECT: case IR_CAST: case IR_CALL: case IR_INTRIN: case IR_TUPLE: case IR_FIELD:
  case IR_LIST: case IR_INDEX: case IR_STRBUILD: case IR_AELEM: case IR_ARRAYEXPR: case IR_NKINDS:
    break;
  }
  ICE("C backend: %s used as a statement", ir_kind_names[n->kind]);
}

/* ---- functions ---- */

static bool is_true(IrNode *n) {
  return n->kind == IR_CONST && n->type->kind == TY_BOOL && n->as.cst.i;
}

/* A `break` that leaves this loop (not one of a nested loop). */
static bool breaks(IrList *l) {
  for (int i = 0; i < l->len; i++) {
    IrNode *n = l->data[i];
    if (n->kind == IR_BREAK) return true;
    if (n->kind == IR_IF && (breaks(&n->as.if_.then) || breaks(&n->as.if_.orelse))) return true;
  }
  return false;
}

/* Control cannot reach the end of l (so no `return 0;` is needed after it). */
static bool ends_in_return(IrList *l) {
  if (!l->len) return false;
  IrNode *n = l->data[l->len - 1];
  if (n->kind == IR_RETURN || n->kind == IR_RAISE) return true;
  if (n->kind == IR_IF) return ends_in_return(&n->as.if_.then) && ends_in_return(&n->as.if_.orelse);
  if (n->kind == IR_WHILE) return is_true(n->as.while_.cond) && !breaks(&n->as.while_.body);
  return false;
}

/* `x = y` where nothing reads x is dropped (x is not declared), so it does
 * not count as a read of y; to a fixpoint, along chains of copies. */
static void discount_dead_copies(Cg *g) {
  for (bool changed = true; changed;) {
    changed = false;
    for (int i = 0; i < g->copies.len; i++) {
      IrNode *c = g->copies.data[i];
      if (!c) continue;
      IrVar *dst = c->as.assign.dst->as.var;
      if (dst->kind == VAR_PARAM || dst->kind == VAR_GLOBAL || var_info(g, dst)->reads) continue;
      var_info(g, c->as.assign.src->as.var)->reads--;
      g->copies.data[i] = NULL;
      changed = true;
    }
  }
}

static void plan_func(Cg *g, IrFunc *fn) {
  g->fn = fn;
  g->fi = fninfo(g, fn);
  g->vars = (PtrMap){0};
  g->names.len = g->ivs.len = 0;
  g->nfor = 0;
  g->goto_error = g->goto_out = g->fn_buf = false;
  g->line = py_line(g, fn->span);
  g->copies.len = 0;
  each_in(g, &fn->body, scan);
  discount_dead_copies(g);
  g->cleanup = false;
  for (int i = 0; i < fn->nparams; i++) {
    plan_var(g, fn->params[i]);
    g->cleanup |= managed(fn->params[i]->type);
  }
  for (int i = 0; i < fn->vars.len; i++) {
    IrVar *v = fn->vars.data[i];
    if (var_info(g, v)->cname) continue;  /* listed twice */
    plan_var(g, v);
    g->cleanup |= managed(v->type) && var_info(g, v)->declared;
  }
  g->tail = fn->body.len ? fn->body.data[fn->body.len - 1] : NULL;
}

static const char *signature(Cg *g, IrFunc *fn) {
  StrBuf b = {0};
  for (int i = 0; i < fn->nparams; i++)
    sb_printf(&b, "%s%s", i ? ", " : "",
              cdecl(g, fn->params[i]->type, var_cname(g, fn->params[i])));
  const char *s = S(g, "static %s(%s)", cdecl(g, fn->ret, fn->cname), b.p ? b.p : "void");
  sb_free(&b);
  return s;
}

/* Every owned reference: parameters (retained at entry) and declared locals. */
static void release_all(Cg *g, Emitter *e) {
  IrFunc *fn = g->fn;
  for (int i = 0; i < fn->nparams; i++)
    if (managed(fn->params[i]->type))
      em_line(e, "%s(%s);", release_fn(g, fn->params[i]->type), var_cname(g, fn->params[i]));
  for (int i = 0; i < fn->vars.len; i++) {
    IrVar *v = fn->vars.data[i];
    if (managed(v->type) && var_info(g, v)->declared)
      em_line(e, "%s(%s);", release_fn(g, v->type), var_cname(g, v));
  }
}

static void declare_locals(Cg *g, Emitter *e) {
  IrFunc *fn = g->fn;
  for (int i = 0; i < fn->vars.len; i++) {
    IrVar *v = fn->vars.data[i];
    VarInfo *vi = var_info(g, v);
    if (vi->declared && !vi->in_for)
      em_line(e, "%s = %s;", cdecl(g, v->type, vi->cname), zero_init(v->type));
  }
  if (g->goto_error) em_line(e, "int kp_line = 0;");
  if (g->cleanup && fn->ret->kind != TY_NONE)
    em_line(e, "%s = %s;", cdecl(g, fn->ret, "kp_ret"), zero_init(fn->ret));
}

/* Retain the parameters so that they are owned like locals (a callee may
 * rebind the global its argument came from). */
static void prologue(Cg *g, Emitter *e) {
  IrFunc *fn = g->fn;
  for (int i = 0; i < fn->nparams; i++) {
    IrVar *p = fn->params[i];
    if (managed(p->type)) em_line(e, "%s(%s);", retain_fn(g, p->type), var_cname(g, p));
    else if (!var_info(g, p)->reads) em_line(e, "(void)%s;", var_cname(g, p));
  }
}

/* Normal exit (kp_out) and error exit (kp_error), each releasing what the
 * function owns. */
static void epilogue(Cg *g) {
  Emitter *e = &g->e;
  IrFunc *fn = g->fn;
  bool is_void = fn->ret->kind == TY_NONE, ends = ends_in_return(&fn->body);
  if (g->cleanup) {
    if (g->goto_out) em_flush_left(e, "kp_out:");
    release_all(g, e);
    if (!is_void) em_line(e, "return kp_ret;");
    else if (g->goto_error) em_line(e, "return;");
  } else if (!ends && !is_void) {
    em_line(e, "return %s;", zero_value(g, fn->ret));
  } else if (!ends && g->goto_error) {
    em_line(e, "return;");
  }
  if (!g->goto_error) return;
  em_flush_left(e, "kp_error:");
  if (g->fn_buf) em_line(e, "kp_buf.len = 0; /* drop a half-built line */");
  const char *pyname = fn->is_init || fn == g->m->init ? "<module>" : fn->name;
  em_line(e, "kr_tb_add(%s, kp_line, %s);", cstr(g, g->py_path, (int64_t)strlen(g->py_path)),
          cstr(g, pyname, (int64_t)strlen(pyname)));
  release_all(g, e);
  if (is_void) em_line(e, "return;");
  else em_line(e, "return %s;", zero_value(g, fn->ret));
}

static void find_call(Cg *g, IrNode *n) {
  if (n->kind == IR_CALL) g->found = true;
  else if (!g->found) each_child(g, n, find_call);
}

static bool has_call(Cg *g, IrNode *n) {
  g->found = false;
  find_call(g, n);
  return g->found;
}

/* The top-level statements; a recursive function checks the stack before
 * the first one that calls anything. Placed there rather than at entry, the
 * base cases (`if n < 2: return n`) stay free of it, and gcc can still
 * optimise the recursion: fib runs at the speed of plain C. */
static void func_body(Cg *g, IrFunc *fn) {
  bool guard = g->fi->recursive;
  for (int i = 0; i < fn->body.len; i++) {
    IrNode *n = fn->body.data[i];
    if (guard && has_call(g, n)) {
      int line = py_line(g, n->span);
      g->use_stack = g->use_check = g->goto_error = true;
      em_line(&g->e, "if (KP_STACK_EXHAUSTED()) KP_FAIL(%d);", line ? line : g->line);
      guard = false;
    }
    stmt(g, n);
  }
}

/* The body is written first (it decides which declarations are needed),
 * then the head goes to g->funcs followed by the body. */
static void emit_func(Cg *g, IrFunc *fn) {
  if (!fninfo(g, fn)->reached) return;
  if (!fn->cname) ICE("C backend: function '%s' has no C name", fn->name);
  plan_func(g, fn);
  Source *src = g->o->line_directives ? g->m->src : NULL;
  StrBuf body = {0};
  g->e = (Emitter){.out = &body, .depth = 1, .src = src, .path = g->py_path};
  func_body(g, fn);
  epilogue(g);
  Emitter h = {.out = &g->funcs, .src = src, .path = g->py_path};
  const char *sig = signature(g, fn);
  em_at(&h, fn->span);
  em_open(&h, "%s", sig);
  declare_locals(g, &h);
  prologue(g, &h);
  if (body.p) sb_puts(&g->funcs, body.p);
  sb_puts(&g->funcs, "}\n\n");
  sb_free(&body);
  sb_printf(&g->protos, "%s;\n", sig);
  g->fn = NULL;
}

/* ---- the translation unit ---- */

static const char *const prelude_check =
    "/* Unwinding: note the Python line, then leave through kp_error, which adds\n"
    " * a traceback frame and releases what the function owns. */\n"
    "#define KP_FAIL(line) do { kp_line = (line); goto kp_error; } while (0)\n"
    "#define KP_CHECK(line) do { if (kr_err_occurred()) KP_FAIL(line); } while (0)\n";

static const char *const prelude_move =
    "/* dst = v where dst owns a reference and v is a new one. v is evaluated\n"
    " * before the old value is released. */\n"
    "#define KP_MOVE(dst, v, release) do { \\\n"
    "    __typeof__(dst) kp_newv = (v), kp_oldv = (dst); \\\n"
    "    (dst) = kp_newv; \\\n"
    "    release(kp_oldv); \\\n"
    "  } while (0)\n";

static const char *const prelude_copy =
    "/* dst = v where v is borrowed: retain it before releasing the old value,\n"
    " * which may be the same object or own it (x = x[0]). */\n"
    "#define KP_COPY(dst, v, retain, release) do { \\\n"
    "    __typeof__(dst) kp_newv = (v), kp_oldv = (dst); \\\n"
    "    retain(kp_newv); \\\n"
    "    (dst) = kp_newv; \\\n"
    "    release(kp_oldv); \\\n"
    "  } while (0)\n";

/* Recursion is bounded by the C stack (the floor kr_init computes), not by
 * kr_enter_call's depth counter: a counter kept across each call costs a
 * read-modify-write of thread-local memory around every call and stops gcc
 * from optimising recursion (fib ran 5x slower than plain C with it). The
 * check goes through kp_error, so the frame that ran out of stack appears
 * in the traceback like the others. */
static const char *const prelude_stack =
    "/* Recursion guard: RecursionError near the end of the C stack. */\n"
    "static KR_COLD bool kp_recursion_error(void) {\n"
    "  kr_raise(KR_EXC_RecursionError, \"maximum recursion depth exceeded\");\n"
    "  return true;\n"
    "}\n"
    "#define KP_STACK_EXHAUSTED() \\\n"
    "  (KR_UNLIKELY((char *)__builtin_frame_address(0) < kr_stack_floor) && \\\n"
    "   kp_recursion_error())\n";

static void section(StrBuf *out, StrBuf *part) {
  if (!part->len) return;
  sb_puts(out, part->p);
  sb_putc(out, '\n');
}

/* An extension module's attributes: the globals of type int, float, bool or
 * str bound by a top-level assignment of the module code. Globals bound only
 * in the __main__ block (or in loops, conservatively) are left out, as a
 * module never binds the former. One kpy_attr() line each, for PyInit. */
static void module_attrs(Cg *g, StrBuf *b) {
  IrFunc *init = g->m->init;
  for (int i = 0; init && i < init->body.len; i++) {
    IrNode *st = init->body.data[i];
    if (st->kind != IR_ASSIGN || st->as.assign.dst->kind != IR_VAR) continue;
    IrVar *v = st->as.assign.dst->as.var;
    const char *box = v->type->kind == TY_I64 ? "PyLong_FromLongLong"
                    : v->type->kind == TY_F64 ? "PyFloat_FromDouble"
                    : v->type->kind == TY_BOOL ? "PyBool_FromLong"
                    : v->type->kind == TY_STR ? "kpy_str" : NULL;
    if (v->kind != VAR_GLOBAL || !box) continue;
    sb_printf(b, "  if (kpy_attr(mod, \"%s\", %s(%s)) < 0) goto fail;\n", v->name, box,
              global_cname(g, v));
  }
}

static void assemble(Cg *g, StrBuf *out) {
  StrBuf attrs = {0}, pyext = {0};
  if (!g->o->exe) { /* before the sections are written: it adds helpers */
    module_attrs(g, &attrs);
    cg_pyext(g, &pyext, g->m, attrs.len ? attrs.p : "");
  }
  const char *base = strrchr(g->py_path, '/');
  sb_printf(out, "/* Generated by krait from %s; edit the Python source instead. */\n",
            base ? base + 1 : g->py_path);
  if (!g->o->exe)
    sb_puts(out, "#define PY_SSIZE_T_CLEAN\n#include <Python.h> /* first, as the C API asks */\n"
                 "#include <krait/pyext.h>\n");
  if (g->use_complex) sb_puts(out, "#include <complex.h>\n");
  if (g->use_blas) sb_puts(out, "/* krait-link: -lopenblas */\n");
  if (g->use_omp) sb_puts(out, "/* krait-link: -fopenmp */\n");
  if (g->use_mpi) sb_puts(out, "/* krait-link: mpi */\n");
  sb_puts(out, "#include <krait/rt.h> /* also <stdint.h> <stdbool.h> <math.h> <stdio.h> */\n");
  if (g->use_omp) sb_puts(out, "#include <krait/par.h> /* OpenMP: prange, krait.threadid() */\n");
  if (g->use_mpi) sb_puts(out, "#include <krait/mpi.h> /* mpi4py's calls, on MPI */\n");
  sb_putc(out, '\n');
  if (g->use_check) sb_printf(out, "%s\n", prelude_check);
  if (g->use_move) sb_printf(out, "%s\n", prelude_move);
  if (g->use_copy) sb_printf(out, "%s\n", prelude_copy);
  if (g->use_stack) sb_printf(out, "%s\n", prelude_stack);
  section(out, &g->types);
  section(out, &g->strs);
  if (g->use_buf)
    sb_puts(&g->globals, "static _Thread_local KrBuf kp_buf; /* print() and str building */\n");
  section(out, &g->globals);
  if (g->helpers.len) sb_puts(out, g->helpers.p);
  section(out, &g->protos);
  if (g->o->exe) {
    if (!g->m->init || !g->m->init->cname) ICE("C backend: an executable needs an init function");
    cg_exe_main(out, g->m->init->cname, g->use_mpi);
    sb_putc(out, '\n');
  }
  if (g->funcs.len) sb_puts(out, g->funcs.p);
  if (pyext.len) {
    sb_putc(out, '\n');
    sb_puts(out, pyext.p);
  }
  sb_free(&attrs);
  sb_free(&pyext);
}

void cg_emit_module(Ctx *cx, IrModule *m, const CgOptions *o, StrBuf *out) {
  Cg g = {.cx = cx, .m = m, .o = o};
  g.py_path = o->py_path ? o->py_path : m->src ? m->src->path : "<unknown>";
  g.modname = module_cname(&g);
  analyse_module(&g);
  for_each_func(&g, emit_func);
  assemble(&g, out);
  StrBuf *parts[] = {&g.types, &g.strs, &g.globals, &g.helpers, &g.protos, &g.funcs};
  for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) sb_free(parts[i]);
  arena_reset(&cx->scratch);
}
