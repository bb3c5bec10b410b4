/* ir/lower_impl.h — private to lowering (lower.c, lower_call.c,
 * lower_iter.c, lower_fmt.c): the lowering state and the helpers that the
 * files share. Not a contract; nothing outside lower*.c includes it.
 *
 * The one idea: lowering an expression returns an IR expression and may
 * append "pre-statements" to the block being built (Lower.out). Effectful
 * sub-expressions are bound to temporaries as they are met, so the order of
 * the pre-statements is Python's left-to-right evaluation order and every
 * expression left inside another one is pure (ir.h, "linear effects"). */
#ifndef KRAIT_LOWER_IMPL_H
#define KRAIT_LOWER_IMPL_H

#include <string.h>

#include "../frontend/sema.h"
#include "ir.h"

/* The runtime's list-slice flags (runtime/include/krait/rt.h). */
#define KR_SLICE_NO_START 1
#define KR_SLICE_NO_STOP 2

/* KrExc numbers used by lowering itself (rt.h's KR_EXCEPTIONS order). */
enum {
  EXC_VALUE_ERROR = 5,
  EXC_ZERO_DIVISION_ERROR = 3,
  EXC_ASSERTION_ERROR = 9,
  EXC_UNBOUND_LOCAL_ERROR = 19,
  EXC_NAME_ERROR = 20,
};

/* A user loop being lowered: where `break` records that it ran, for the
 * loop's `else:` clause (NULL when the loop has none). */
typedef struct LoopCtx {
  IrVar *broke;
  bool par;           /* a prange loop: no break */
  struct LoopCtx *up;
} LoopCtx;

typedef struct Lower {
  Ctx *cx;
  const LowerOptions *opt;
  AstModule *ast;
  IrModule *m;
  IrFunc *fn;         /* the function being built */
  Spec *spec;         /* its Spec (the init's Spec for module code) */
  IrList *out;        /* the block statements are appended to */
  LoopCtx *loop;      /* innermost user loop */
  bool unit_stride;   /* lower_array.c: emitting the copy of a nest where every
                         array's last axis is known to have stride 1 */
} Lower;

static inline Type *ty(TypeKind k) { return type_prim(k); }

/* ---- lower.c: blocks, variables, temporaries ---- */
void lw_emit(Lower *l, IrNode *stmt);
IrNode *lw_expr_stmt(Lower *l, IrNode *e);
void lw_settle(Lower *l, int mark, IrNode **vals, int n);
bool lw_may_mutate(IrList *b, int from);
void lw_insert(Lower *l, int pos, IrNode *stmt);
IrList *lw_enter(Lower *l, IrList *blk);   /* start filling blk; returns the old block */
void lw_assign(Lower *l, Span sp, IrNode *dst, IrNode *src);
IrVar *lw_temp(Lower *l, Type *t, Span sp);
IrNode *lw_var(Lower *l, IrVar *v, Span sp);
IrVar *lw_sym_var(Lower *l, Sym *s);
IrNode *lw_to_temp(Lower *l, IrNode *e);   /* always a fresh temp (unless CONST) */
IrNode *lw_bind(Lower *l, IrNode *e);      /* temp only if e has effects */
bool lw_effects(IrNode *e);
IrNode *lw_none(Lower *l, Span sp);
IrNode *lw_int(Lower *l, Span sp, int64_t v);
IrNode *lw_bool(Lower *l, Span sp, bool v);
IrNode *lw_str(Lower *l, Span sp, const char *s);
IrNode *lw_intrin(Lower *l, Span sp, Type *t, Intrinsic id, int n, IrNode **args);
IrNode *lw_binop(Lower *l, Span sp, BinOp op, IrNode *a, IrNode *b, Type *t);
IrNode *lw_cmp(Lower *l, Span sp, CmpOp op, IrNode *a, IrNode *b);
IrNode *lw_logic(Lower *l, Span sp, bool is_and, IrNode *a, IrNode *b);
IrNode *lw_not(Lower *l, Span sp, IrNode *a);
IrNode *lw_choose(Lower *l, Span sp, IrNode *cond, IrNode *a, IrNode *b);
IrNode *lw_cast(Lower *l, IrNode *e, Type *t);
IrNode *lw_coerce(Lower *l, IrNode *e, Type *t);
IrNode *lw_truth(Lower *l, IrNode *e);
void lw_raise(Lower *l, Span sp, int exc, const char *msg);
void lw_raise_if(Lower *l, Span sp, IrNode *cond, int exc, const char *msg);
bool lw_stable(IrNode *e);
bool lw_is_const(IrNode *e, int64_t *v);
IrNode *lw_field(Lower *l, Span sp, IrNode *tuple, int i);
IrNode *lw_tuple(Lower *l, Span sp, IrNode **elts, int n);
IrNode *lw_reusable(Lower *l, IrNode *e);  /* VAR/CONST as is, else a temp */
IrNode *lw_result(Lower *l, IrNode *e, Type *t); /* cast, binding e first */

/* ---- lower.c: expressions and statements ---- */
IrNode *lower_expr(Lower *l, AstNode *n);  /* may be effectful (as a whole) */
IrNode *lower_pure(Lower *l, AstNode *n);  /* pure */
void lower_seq(Lower *l, AstNode **xs, int n, IrNode **out);
void lower_block(Lower *l, AstList *stmts);
void lower_store(Lower *l, AstNode *target, IrNode *value);
IrNode *lower_arith(Lower *l, Span sp, BinOp op, IrNode *a, IrNode *b, Type *t);

/* ---- lower_call.c ---- */
IrNode *lower_call(Lower *l, AstNode *n);
void lower_raise(Lower *l, AstNode *n);
IrNode *lower_str_of(Lower *l, Span sp, IrNode *v, char conv);

/* ---- lower_fmt.c ---- */
IrNode *lower_fstring(Lower *l, AstNode *n);
IrNode *lower_percent(Lower *l, AstNode *n);
IrNode *lower_str_format(Lower *l, AstNode *call, AstNode *fmt, AstNode **args, int nargs);
IrNode *lower_print(Lower *l, AstNode *call);
IrNode *lower_format_value(Lower *l, Span sp, IrNode *v, IrNode *spec);

/* ---- lower_array.c: numpy arrays ---- */
IrNode *lower_array_expr(Lower *l, AstNode *n);          /* element-wise, fused */
IrNode *lower_matmul(Lower *l, AstNode *n);              /* a @ b */
IrNode *lower_array_subscript(Lower *l, AstNode *n);
/* target[...] = value: value_ast (fused) or an already lowered value_ir */
void lower_array_store(Lower *l, AstNode *target, AstNode *value_ast, IrNode *value_ir);
void lower_array_augassign(Lower *l, AstNode *stmt);
IrNode *lower_array_attr(Lower *l, AstNode *n, IrNode *a);
IrNode *lower_array_len(Lower *l, Span sp, IrNode *a);
IrNode *lower_array_item(Lower *l, Span sp, IrNode *a, IrNode *k);
IrNode *lower_np_call(Lower *l, AstNode *n, CallInfo *ci);
IrNode *lower_np_method(Lower *l, AstNode *n, CallInfo *ci);

/* ---- lower_iter.c: loops over sequences ---- */

/* What a loop does with each item: `bind` receives the item (a pure
 * expression, valid until the loop counter moves) and stores it; `body`
 * lowers the rest. User for-loops bind the target and lower the body;
 * comprehensions and builtins (sum, min, ...) use their own. */
typedef struct ForBody ForBody;
struct ForBody {
  void (*bind)(Lower *l, IrNode *item, ForBody *fb);
  void (*body)(Lower *l, ForBody *fb);
  AstNode *target;    /* user loops and comprehensions */
  AstList *stmts;     /* user loops */
  AstNode *comp;      /* comprehensions: the LISTCOMP */
  int gen;            /* comprehensions: which `for` clause */
  IrNode *acc, *aux;  /* comprehensions: the list; builtins: accumulator, flag */
  int op;             /* builtins: which one */
  Span span;
};

/* Loop over `iter` (any iterable expression), calling fb for each item.
 * `user` marks a user for-loop (prange is allowed only there). */
void lower_iterate(Lower *l, AstNode *iter, ForBody *fb, bool user, Span sp);
void lower_for(Lower *l, AstNode *n);
bool lower_is_prange(AstNode *iter);
IrNode *lower_listcomp(Lower *l, AstNode *n);
IrNode *lower_reduce(Lower *l, AstNode *call, Builtin b, AstNode *arg);
IrNode *lower_list_of(Lower *l, AstNode *at, AstNode *arg, Type *t);

#endif
