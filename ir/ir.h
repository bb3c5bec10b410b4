/* ir/ir.h — krait's typed, structured IR: the contract between lowering
 * (lower.c), the passes (passes.c) and the backends (codegen/).
 *
 * Shape: a module holds functions; a function holds a tree of statements;
 * statements hold expressions. Every node has a Type (NONE for statements).
 *
 * The one invariant the backends rely on ("linear effects"):
 *   An expression that can raise, or that returns a fresh reference to a
 *   refcounted object (str, list), or that calls a user function, appears
 *   ONLY as the whole right-hand side of an IR_ASSIGN or as the operand of
 *   an IR_EXPR statement. Every other expression is pure and cannot fail.
 * Lowering establishes it by binding such expressions to temporaries in
 * source order, which also gives Python's left-to-right evaluation order.
 * So a backend checks for a pending exception after exactly those
 * statements, and releases references only in variables.
 *
 * Ownership: every variable of a managed type (type_has_managed) owns its
 * reference. IR_ASSIGN retains a borrowed right-hand side (VAR, INDEX,
 * FIELD, CONST) and takes a fresh one as is; the old value is released. */
#ifndef KRAIT_IR_H
#define KRAIT_IR_H

#include "../frontend/ast.h"
#include "../frontend/types.h"

typedef struct IrNode IrNode;
typedef struct IrVar IrVar;
typedef struct IrFunc IrFunc;
typedef Vec(IrNode *) IrList;

#include "ir_kinds.h"

/* A variable: a Python local, a parameter, a lowering temporary, or a
 * module-level global. */
typedef enum { VAR_LOCAL, VAR_PARAM, VAR_TEMP, VAR_GLOBAL } IrVarKind;
struct IrVar {
  const char *name;   /* Python name, or "t3" for temporaries */
  Type *type;
  IrVarKind kind;
  int id;             /* unique within the function (globals: the module) */
  Span span;          /* where it is first bound */
  bool assigned;      /* written anywhere after entry (params: reassigned) */
};

/* One piece of a string being built (f-string, print, str(), %, format):
 * a literal (value == NULL) or a value converted with str()/repr() or
 * formatted with a spec (format(value, spec)). */
/* How a PARLOOP's variables are shared among threads (pass_par.c). Every
 * variable the body assigns is either a reduction (`s += x`, `m = max(m,
 * x)`: op is '+', '*', '&', '|', '^', 'M' max or 'm' min) or private to
 * the iteration, the user's variables keeping the last iteration's value. */
enum { IR_SCHED_STATIC, IR_SCHED_DYNAMIC, IR_SCHED_GUIDED };
typedef struct IrPar {
  IrVar **reds;
  char *ops;
  int nreds;
  IrVar **privs;      /* lastprivate when VAR_LOCAL, private when VAR_TEMP */
  int nprivs;
} IrPar;

typedef struct IrPiece {
  IrNode *value;      /* NULL: literal piece */
  const char *lit;    /* literal bytes (not NUL-terminated necessarily) */
  int64_t litlen;
  char conv;          /* 's' str(value), 'r' repr(value) — used when spec is NULL */
  IrNode *spec;       /* NULL, or a str expression: format(value, spec) */
} IrPiece;

struct IrNode {
  IrKind kind;
  Span span;          /* source range, for #line and diagnostics */
  Type *type;         /* expression type; type_prim(TY_NONE) for statements */
  union {             /* only the member named after `kind` is valid */
    struct {          /* CONST: value by type */
      int64_t i;      /* ints (as int64 bits) and bool */
      double f, im;   /* floats; complex re (f) and im */
      const char *s;  /* str bytes */
      int64_t len;    /* str length in bytes */
    } cst;
    IrVar *var;                                     /* VAR */
    struct { BinOp op; IrNode *lhs, *rhs; } bin;     /* BINOP: same-typed operands */
    struct { UnOp op; IrNode *operand; } un;         /* UNOP, CAST (operand) */
    struct { CmpOp op; IrNode *lhs, *rhs; } cmp;     /* CMP: LT..NE; same-typed operands */
    struct { bool is_and; IrNode *lhs, *rhs; } logic;/* LOGIC: bool operands */
    struct { IrNode *cond, *a, *b; } sel;            /* SELECT: cond ? a : b */
    struct { IrFunc *fn; IrNode **args; int nargs; } call;        /* CALL */
    struct { Intrinsic id; IrNode **args; int nargs; } intrin;    /* INTRIN */
    struct { IrNode **elts; int n; } list;           /* TUPLE, LIST */
    struct { IrNode *base; int index; } field;       /* FIELD: base.f<index> */
    struct { IrNode *base, *index; } index;          /* INDEX: list element, index in range;
                                                        array element at a flat element offset */
    struct { IrPiece *pieces; int n; bool to_stderr; } fmt;   /* STRBUILD, PRINT */
    struct { IrNode *dst, *src; } assign;            /* ASSIGN */
    IrNode *expr;                                    /* EXPR, RETURN (NULL: bare) */
    struct { IrNode *cond; IrList then, orelse; } if_;            /* IF */
    struct {                                         /* LOOP, PARLOOP */
      IrVar *iv;      /* the counter; the body reads it, never writes it */
      IrNode *lo, *hi, *step;   /* pure; evaluated once, before the loop */
      int dir;        /* +1: step > 0 known, -1: step < 0 known, 0: test at run time */
      IrList body;
      IrVar *red;     /* NULL, or a float sum the body accumulates into `red`
                         whose order may be reassociated (np.sum): SIMD */
      int sched;      /* PARLOOP: IR_SCHED_STATIC, _DYNAMIC or _GUIDED */
      IrNode *nthreads;         /* PARLOOP: num_threads= (pure), or NULL */
      struct IrPar *par;        /* PARLOOP: the data sharing, set by pass_par */
      IrNode *work;   /* PARLOOP the compiler made (a fused array loop, a sum):
                         its element count, pure; it runs in parallel only
                         when that is large (KR_PAR_MIN_WORK). NULL: prange */
    } loop;
    struct { IrNode *cond; IrList body; } while_;    /* WHILE: cond is pure */
    struct { IrNode *arr; } aelem;   /* AELEM: arr (an operand VAR) at the loop position */
    struct {                         /* ARRAYEXPR: an element-wise array expression */
      IrNode *dst;                   /* the array written (a VAR), dims = its shape */
      IrNode *value;                 /* the element: scalar IR reading AELEM operands */
      IrList pre;                    /* statements computing parts of value, per element */
      IrNode **dims;                 /* ndim loop bounds (pure) */
      int ndim;
      IrNode **leaves;               /* the operand arrays (VARs) */
      IrNode **flags;                /* nleaves * KRAIT_MAXDIM broadcast factors (0/1), NULL = 1 */
      int nleaves;
    } aexpr;
    struct { int exc; IrNode *msg; } raise;          /* RAISE: KrExc number, str or NULL */
  } as;
};

struct IrFunc {
  const char *name;   /* Python name */
  const char *cname;  /* C name: kp_<module>_<name>[_<n>] for specialisations */
  Span span;
  IrVar **params;
  int nparams;
  Type *ret;          /* TY_NONE for procedures */
  IrList body;
  Vec(IrVar *) vars;  /* every local and temporary (params excluded) */
  const char *doc;
  AstNode **defaults; /* nparams constant default values (NULL: none) */
  bool exported;      /* callable from Python (all params annotated) */
  bool is_init;       /* the module's top-level code */
  int nextid;
};

typedef struct IrModule {
  const char *name;   /* module name */
  Source *src;
  Vec(IrFunc *) funcs;
  Vec(IrVar *) globals;
  IrFunc *init;       /* top-level statements, incl. the __main__ block for executables */
  bool is_exe;
  bool no_boundscheck; /* --no-boundscheck: index checks dropped (negative indices still wrap) */
  bool auto_parallel;  /* (not --no-auto-parallel) large array loops run in parallel */
} IrModule;

/* ---- constructors (ir.c) ---- */
IrNode *ir_new(Ctx *cx, IrKind kind, Span span, Type *type);
IrNode *ir_const_int(Ctx *cx, Span sp, Type *t, int64_t v);
IrNode *ir_const_float(Ctx *cx, Span sp, Type *t, double v);
IrNode *ir_const_str(Ctx *cx, Span sp, const char *s, int64_t len);
IrNode *ir_var(Ctx *cx, Span sp, IrVar *v);
IrVar *ir_new_var(Ctx *cx, IrFunc *fn, const char *name, Type *t, IrVarKind kind, Span sp);
IrNode *ir_intrin(Ctx *cx, Span sp, Type *t, Intrinsic id, int nargs, ...);
IrNode *ir_assign(Ctx *cx, Span sp, IrNode *dst, IrNode *src);

/* A deep copy of a statement or expression; variables are shared. */
IrNode *ir_copy(Ctx *cx, IrNode *n);
IrList ir_copy_list(Ctx *cx, IrList *l);

/* ---- queries ---- */
const IntrinsicInfo *ir_intrinsic_info(Intrinsic id);
/* Can evaluating `n` raise, or does it return a fresh reference, or call
 * user code? (the expressions the invariant above restricts) */
bool ir_has_effects(IrNode *n);
bool ir_is_fresh(IrNode *n);   /* returns a new reference of a managed type */
/* Call f on each operand of expression n (not on n; not on statements). */
void ir_each_operand(IrNode *n, void (*f)(IrNode *, void *), void *arg);

/* ---- printing and checking ---- */
void ir_print_module(Ctx *cx, IrModule *m, StrBuf *out);   /* --emit-ir */
void ir_print_func(Ctx *cx, IrFunc *fn, StrBuf *out);
/* Check the invariants above; ICE on violation (a krait bug). */
void ir_verify(Ctx *cx, IrModule *m);

/* ---- lowering and passes ---- */
typedef struct LowerOptions {
  bool exe;           /* building an executable: __name__ == "__main__" */
  bool auto_parallel; /* fused array loops and sums may run on several threads */
} LowerOptions;
IrModule *lower_module(Ctx *cx, AstModule *ast, const LowerOptions *opt);
/* Run the ordered pass list (passes.c); dump_after names a pass to print. */
void run_passes(Ctx *cx, IrModule *m, const char *dump_after, StrBuf *dump);
void pass_bounds(Ctx *cx, IrModule *m);   /* pass_bounds.c */
void pass_par(Ctx *cx, IrModule *m);      /* pass_par.c */
void pass_fuse(Ctx *cx, IrModule *m);     /* pass_fuse.c */

#endif
