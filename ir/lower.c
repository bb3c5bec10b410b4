/* ir/lower.c — typed AST (frontend/sema.h) -> IR (ir/ir.h).
 *
 * Consumes the AST after infer_module: every expression typed, every name
 * bound to a Sym, every call resolved to a CallInfo, one Spec per
 * specialisation. Produces one IrFunc per Spec plus the module init.
 *
 * This file holds the lowering state's helpers, the expressions other than
 * calls, and the statements other than `for`. Calls live in lower_call.c,
 * string building in lower_fmt.c, loops over sequences in lower_iter.c.
 *
 * Expression lowering returns an IR expression and appends pre-statements
 * to the current block. lower_expr may return an effectful node (only as a
 * whole: the caller makes it the RHS of an ASSIGN or an EXPR statement);
 * lower_pure binds such a node to a temporary. lower_seq lowers operands
 * left to right and re-reads nothing: when a later operand runs statements,
 * earlier operands that read mutable state (a list element, a length) are
 * bound to temporaries placed before those statements. */
#include "lower_impl.h"

static void lower_stmt(Lower *l, AstNode *n);

/* ------------------------------------------------------------------ */
/* Blocks and variables                                                */
/* ------------------------------------------------------------------ */

void lw_emit(Lower *l, IrNode *stmt) { vec_push(&l->cx->arena, l->out, stmt); }

/* Insert stmt at position pos of the current block. */
void lw_insert(Lower *l, int pos, IrNode *stmt) {
  IrList *b = l->out;
  lw_emit(l, stmt);
  memmove(&b->data[pos + 1], &b->data[pos], sizeof(IrNode *) * (size_t)(b->len - 1 - pos));
  b->data[pos] = stmt;
}

IrList *lw_enter(Lower *l, IrList *blk) {
  IrList *old = l->out;
  l->out = blk;
  return old;
}

void lw_assign(Lower *l, Span sp, IrNode *dst, IrNode *src) {
  if (dst->kind == IR_VAR) dst->as.var->assigned = true;
  lw_emit(l, ir_assign(l->cx, sp, dst, src));
}

/* ir_new_var, with fn->vars made certain to list locals and temporaries
 * once and parameters never (whether or not ir.c already does it). */
static IrVar *new_var(Lower *l, const char *name, Type *t, IrVarKind k, Span sp) {
  IrFunc *fn = l->fn;
  IrVar *v = ir_new_var(l->cx, fn, name, t, k, sp);
  bool listed = fn->vars.len && fn->vars.data[fn->vars.len - 1] == v;
  if (k == VAR_PARAM && listed) fn->vars.len--;
  if (k != VAR_PARAM && !listed) vec_push(&l->cx->arena, &fn->vars, v);
  return v;
}

IrVar *lw_temp(Lower *l, Type *t, Span sp) {
  const char *name = arena_printf(&l->cx->arena, "t%d", l->fn->nextid);
  return new_var(l, name, t, VAR_TEMP, sp);
}

IrNode *lw_var(Lower *l, IrVar *v, Span sp) { return ir_var(l->cx, sp, v); }

/* A module-level variable: owned by the module, not by a function. */
static IrVar *global_var(Lower *l, Sym *s) {
  IrVar *v = NEW(&l->cx->arena, IrVar);
  v->name = s->name;
  v->type = s->type;
  v->kind = VAR_GLOBAL;
  v->id = l->m->globals.len;
  v->span = s->span;
  vec_push(&l->cx->arena, &l->m->globals, v);
  s->ir = v;
  return v;
}

/* The IrVar of a local, parameter or global symbol. */
IrVar *lw_sym_var(Lower *l, Sym *s) {
  if (s->ir) return s->ir;
  if (s->kind == SYM_GLOBAL) return global_var(l, s);
  if (s->kind != SYM_LOCAL) ICE("symbol '%s' has no variable", s->name);
  IrVar *v = new_var(l, s->name, s->type, VAR_LOCAL, s->span);
  s->ir = v;
  return v;
}

/* Bind e to a new temporary and return the temporary (constants stay). */
IrNode *lw_to_temp(Lower *l, IrNode *e) {
  if (e->kind == IR_CONST) return e;
  if (e->type->kind == TY_NONE) {
    if (lw_effects(e)) lw_emit(l, lw_expr_stmt(l, e));
    return lw_none(l, e->span);
  }
  IrVar *t = lw_temp(l, e->type, e->span);
  lw_assign(l, e->span, lw_var(l, t, e->span), e);
  return lw_var(l, t, e->span);
}

/* The expressions the "linear effects" invariant restricts (ir.h): they
 * can raise, return a fresh reference, call user code, or change state. */
bool lw_effects(IrNode *e) {
  if (e->kind == IR_CALL || e->kind == IR_LIST || e->kind == IR_STRBUILD) return true;
  if (e->kind == IR_INTRIN) {
    int f = ir_intrinsic_info(e->as.intrin.id)->flags;
    if (f & (IRF_RAISES | IRF_FRESH | IRF_EFFECT)) return true;
  }
  return ir_has_effects(e);
}

IrNode *lw_bind(Lower *l, IrNode *e) { return lw_effects(e) ? lw_to_temp(l, e) : e; }

/* Can statements that only assign temporaries (but may call functions
 * that mutate lists) change the value of e? Variables cannot change: the
 * pre-statements of an expression assign temporaries only. */
bool lw_stable(IrNode *e) {
  switch (e->kind) {
  case IR_CONST: case IR_VAR: return true;
  case IR_BINOP: return lw_stable(e->as.bin.lhs) && lw_stable(e->as.bin.rhs);
  case IR_UNOP: case IR_CAST: return lw_stable(e->as.un.operand);
  case IR_CMP: return lw_stable(e->as.cmp.lhs) && lw_stable(e->as.cmp.rhs);
  case IR_LOGIC: return lw_stable(e->as.logic.lhs) && lw_stable(e->as.logic.rhs);
  case IR_SELECT:
    return lw_stable(e->as.sel.cond) && lw_stable(e->as.sel.a) && lw_stable(e->as.sel.b);
  case IR_FIELD: return lw_stable(e->as.field.base);
  case IR_TUPLE:
    for (int i = 0; i < e->as.list.n; i++)
      if (!lw_stable(e->as.list.elts[i])) return false;
    return true;
  case IR_INTRIN: {
    const IntrinsicInfo *info = ir_intrinsic_info(e->as.intrin.id);
    if (strncmp(info->cfunc, "kr_list_", 8) == 0) return false; /* reads a list */
    for (int i = 0; i < e->as.intrin.nargs; i++)
      if (!lw_stable(e->as.intrin.args[i])) return false;
    return true;
  }
  case IR_INDEX: case IR_CALL: case IR_LIST: case IR_STRBUILD: return false;
  case IR_ASSIGN: case IR_EXPR: case IR_IF: case IR_LOOP: case IR_PARLOOP:
  case IR_WHILE: case IR_BREAK: case IR_CONTINUE: case IR_RETURN: case IR_RAISE:
  case IR_PRINT: case IR_AELEM: case IR_ARRAYEXPR: case IR_NKINDS: return false;
  }
  return false;
}

/* Can the statements b[from..] change a list (or run user code, which
 * might)? Assignments of checks, arithmetic and new objects cannot. */
bool lw_may_mutate(IrList *b, int from) {
  for (int i = from; i < b->len; i++) {
    IrNode *s = b->data[i];
    if (s->kind != IR_ASSIGN || s->as.assign.dst->kind != IR_VAR) return true;
    IrNode *e = s->as.assign.src;
    if (e->kind == IR_CALL) return true;
    if (e->kind == IR_INTRIN && (ir_intrinsic_info(e->as.intrin.id)->flags & IRF_EFFECT))
      return true;
  }
  return false;
}

/* vals[0..n) were computed before `mark`; if statements appended since
 * could change what they read, bind them to temporaries placed at mark,
 * so that they are read in Python's order. */
void lw_settle(Lower *l, int mark, IrNode **vals, int n) {
  if (l->out->len == mark || !lw_may_mutate(l->out, mark)) return;
  for (int j = 0; j < n; j++) {
    IrNode *v = vals[j];
    if (!v || lw_stable(v)) continue;
    IrVar *t = lw_temp(l, v->type, v->span);
    t->assigned = true;
    lw_insert(l, mark++, ir_assign(l->cx, v->span, lw_var(l, t, v->span), v));
    vals[j] = lw_var(l, t, v->span);
  }
}

/* ------------------------------------------------------------------ */
/* Small node builders                                                 */
/* ------------------------------------------------------------------ */

IrNode *lw_expr_stmt(Lower *l, IrNode *e) {
  IrNode *s = ir_new(l->cx, IR_EXPR, e->span, ty(TY_NONE));
  s->as.expr = e;
  return s;
}

IrNode *lw_none(Lower *l, Span sp) { return ir_new(l->cx, IR_CONST, sp, ty(TY_NONE)); }
IrNode *lw_int(Lower *l, Span sp, int64_t v) { return ir_const_int(l->cx, sp, ty(TY_I64), v); }
IrNode *lw_bool(Lower *l, Span sp, bool v) { return ir_const_int(l->cx, sp, ty(TY_BOOL), v); }
IrNode *lw_str(Lower *l, Span sp, const char *s) {
  return ir_const_str(l->cx, sp, s, (int64_t)strlen(s));
}

IrNode *lw_intrin(Lower *l, Span sp, Type *t, Intrinsic id, int n, IrNode **args) {
  IrNode *e = ir_new(l->cx, IR_INTRIN, sp, t);
  e->as.intrin.id = id;
  e->as.intrin.nargs = n;
  e->as.intrin.args = NEWN(&l->cx->arena, IrNode *, n ? n : 1);
  for (int i = 0; i < n; i++) e->as.intrin.args[i] = args[i];
  return e;
}

bool lw_is_const(IrNode *e, int64_t *v) {
  if (e->kind != IR_CONST || !(type_is_int(e->type) || e->type->kind == TY_BOOL)) return false;
  if (v) *v = e->as.cst.i;
  return true;
}

/* a op b on same-typed pure operands; i64 constants are folded. */
IrNode *lw_binop(Lower *l, Span sp, BinOp op, IrNode *a, IrNode *b, Type *t) {
  int64_t x, y;
  if (t->kind == TY_I64 && lw_is_const(a, &x) && lw_is_const(b, &y)) {
    uint64_t ux = (uint64_t)x, uy = (uint64_t)y;
    if (op == OP_ADD) return lw_int(l, sp, (int64_t)(ux + uy));
    if (op == OP_SUB) return lw_int(l, sp, (int64_t)(ux - uy));
    if (op == OP_MUL) return lw_int(l, sp, (int64_t)(ux * uy));
  }
  if (t->kind == TY_I64 && op == OP_ADD && lw_is_const(b, &y) && y == 0) return a;
  if (t->kind == TY_I64 && op == OP_MUL && lw_is_const(b, &y) && y == 1) return a;
  IrNode *e = ir_new(l->cx, IR_BINOP, sp, t);
  e->as.bin.op = op;
  e->as.bin.lhs = lw_cast(l, a, t);
  e->as.bin.rhs = lw_cast(l, b, t);
  return e;
}

IrNode *lw_cmp(Lower *l, Span sp, CmpOp op, IrNode *a, IrNode *b) {
  IrNode *e = ir_new(l->cx, IR_CMP, sp, ty(TY_BOOL));
  e->as.cmp.op = op;
  e->as.cmp.lhs = a;
  e->as.cmp.rhs = b;
  return e;
}

IrNode *lw_logic(Lower *l, Span sp, bool is_and, IrNode *a, IrNode *b) {
  IrNode *e = ir_new(l->cx, IR_LOGIC, sp, ty(TY_BOOL));
  e->as.logic.is_and = is_and;
  e->as.logic.lhs = a;
  e->as.logic.rhs = b;
  return e;
}

IrNode *lw_not(Lower *l, Span sp, IrNode *a) {
  IrNode *e = ir_new(l->cx, IR_UNOP, sp, ty(TY_BOOL));
  e->as.un.op = UOP_NOT;
  e->as.un.operand = a;
  return e;
}

/* cond ? a : b on pure same-typed values: SELECT, or an IF into a
 * temporary for managed types (so ownership stays with plain reads). */
IrNode *lw_choose(Lower *l, Span sp, IrNode *cond, IrNode *a, IrNode *b) {
  if (!type_has_managed(a->type)) {
    IrNode *e = ir_new(l->cx, IR_SELECT, sp, a->type);
    e->as.sel.cond = cond;
    e->as.sel.a = a;
    e->as.sel.b = b;
    return e;
  }
  IrVar *t = lw_temp(l, a->type, sp);
  IrNode *s = ir_new(l->cx, IR_IF, sp, ty(TY_NONE));
  s->as.if_.cond = cond;
  IrList *old = lw_enter(l, &s->as.if_.then);
  lw_assign(l, sp, lw_var(l, t, sp), a);
  l->out = &s->as.if_.orelse;
  lw_assign(l, sp, lw_var(l, t, sp), b);
  l->out = old;
  lw_emit(l, s);
  return lw_var(l, t, sp);
}

IrNode *lw_field(Lower *l, Span sp, IrNode *tuple, int i) {
  if (tuple->kind == IR_TUPLE) return tuple->as.list.elts[i];
  IrNode *e = ir_new(l->cx, IR_FIELD, sp, tuple->type->elts[i]);
  e->as.field.base = tuple;
  e->as.field.index = i;
  return e;
}

IrNode *lw_tuple(Lower *l, Span sp, IrNode **elts, int n) {
  Type **tys = NEWN(&l->cx->arena, Type *, n ? n : 1);
  for (int i = 0; i < n; i++) tys[i] = elts[i]->type;
  IrNode *e = ir_new(l->cx, IR_TUPLE, sp, type_tuple(l->cx, tys, n));
  e->as.list.elts = elts;
  e->as.list.n = n;
  return e;
}

/* Convert a pure value to type t (numbers, and tuples element-wise). */
IrNode *lw_cast(Lower *l, IrNode *e, Type *t) {
  if (e->type == t) return e;
  if (e->kind == IR_LIST && e->as.list.n == 0 && t->kind == TY_LIST) {
    e->type = t; /* `xs: list[int] = []` */
    return e;
  }
  if (e->type->kind == TY_TUPLE && t->kind == TY_TUPLE && e->type->nelts == t->nelts) {
    IrNode **elts = NEWN(&l->cx->arena, IrNode *, t->nelts ? t->nelts : 1);
    for (int i = 0; i < t->nelts; i++) elts[i] = lw_cast(l, lw_field(l, e->span, e, i), t->elts[i]);
    IrNode *r = lw_tuple(l, e->span, elts, t->nelts);
    r->type = t;
    return r;
  }
  if (e->type->kind == TY_ARRAY && t->kind == TY_ARRAY && e->type->elem == t->elem &&
      e->type->ndim == t->ndim) {   /* only the ::1 promise differs */
    Intrinsic in = t->contig ? IN_ARRAY_REQUIRE_CONTIG : IN_ARRAY_AS;
    IrNode *r = lw_intrin(l, e->span, t, in, 1, &e);
    return t->contig ? lw_to_temp(l, r) : r;
  }
  if (e->type->kind == TY_NONE && t->kind == TY_ARRAY)   /* data = None (Sym.nullable) */
    return lw_intrin(l, e->span, t, IN_ARRAY_NONE, 0, NULL);
  if (!type_is_numeric(e->type) || !type_is_numeric(t)) {
    diag_error(l->cx, e->span, "cannot convert '%s' to '%s'", type_name(l->cx, e->type),
               type_name(l->cx, t));
    return ir_new(l->cx, IR_CONST, e->span, t);
  }
  IrNode *c = ir_new(l->cx, IR_CAST, e->span, t);
  c->as.un.operand = e;
  return c;
}

/* Like lw_cast, for a value that may be effectful: bind it first. */
IrNode *lw_coerce(Lower *l, IrNode *e, Type *t) {
  if (e->type == t) return e;
  if (e->kind == IR_LIST && e->as.list.n == 0) return lw_cast(l, e, t);
  return lw_cast(l, lw_bind(l, e), t);
}

/* Truthiness of a pure value: bool(x). */
IrNode *lw_truth(Lower *l, IrNode *e) {
  Span sp = e->span;
  Type *t = e->type;
  if (t->kind == TY_BOOL) return e;
  if (type_is_numeric(t)) return lw_cast(l, e, ty(TY_BOOL));
  if (t->kind == TY_STR || t->kind == TY_LIST) {
    Intrinsic id = t->kind == TY_STR ? IN_STR_LEN : IN_LIST_LEN;
    IrNode *n = lw_intrin(l, sp, ty(TY_I64), id, 1, &e);
    return lw_cmp(l, sp, CMP_NE, n, lw_int(l, sp, 0));
  }
  if (t->kind == TY_TUPLE) return lw_bool(l, sp, t->nelts != 0);
  if (t->kind == TY_NONE) return lw_bool(l, sp, false);
  diag_error(l->cx, sp, "the truth value of '%s' is not supported", type_name(l->cx, t));
  return lw_bool(l, sp, false);
}

static IrNode *raise_node(Lower *l, Span sp, int exc, IrNode *msg) {
  IrNode *r = ir_new(l->cx, IR_RAISE, sp, ty(TY_NONE));
  r->as.raise.exc = exc;
  r->as.raise.msg = msg;
  return r;
}

void lw_raise(Lower *l, Span sp, int exc, const char *msg) {
  lw_emit(l, raise_node(l, sp, exc, msg ? lw_str(l, sp, msg) : NULL));
}

/* if cond: raise exc(msg) */
void lw_raise_if(Lower *l, Span sp, IrNode *cond, int exc, const char *msg) {
  IrNode *s = ir_new(l->cx, IR_IF, sp, ty(TY_NONE));
  s->as.if_.cond = cond;
  IrList *old = lw_enter(l, &s->as.if_.then);
  lw_raise(l, sp, exc, msg);
  l->out = old;
  lw_emit(l, s);
}

/* ------------------------------------------------------------------ */
/* Expressions                                                         */
/* ------------------------------------------------------------------ */

IrNode *lower_pure(Lower *l, AstNode *n) { return lw_bind(l, lower_expr(l, n)); }

/* Lower operands left to right into pure values (see the file header). */
void lower_seq(Lower *l, AstNode **xs, int n, IrNode **out) {
  for (int i = 0; i < n; i++) {
    int mark = l->out->len;
    out[i] = lower_pure(l, xs[i]);
    lw_settle(l, mark, out, i);
  }
}

/* A module value: math.pi -> CONST, sys.argv -> INTRIN SYS_ARGV. */
static IrNode *lower_module_value(Lower *l, Sym *s, AstNode *n) {
  if (s->type && s->type->kind == TY_LIST)
    return lw_intrin(l, n->span, s->type, IN_SYS_ARGV, 0, NULL);
  if (s->type && s->type->kind == TY_COMM)   /* MPI.COMM_WORLD */
    return lw_intrin(l, n->span, s->type, IN_MPI_COMM_WORLD, 0, NULL);
  if (s->type && s->type->kind == TY_NONE)   /* MPI.IN_PLACE */
    return lw_none(l, n->span);
  if (s->kind != SYM_CONST) {
    diag_error(l->cx, n->span, "'%s' is not a value", s->name);
    return ir_new(l->cx, IR_CONST, n->span, n->type);
  }
  if (type_is_int(n->type))   /* MPI.SUM, MPI.ANY_SOURCE...: an int constant */
    return ir_const_int(l->cx, n->span, n->type, (int64_t)s->fvalue);
  IrNode *c = ir_const_float(l->cx, n->span, ty(TY_F64), s->fvalue);
  return lw_cast(l, c, n->type);
}

/* __name__ -> "__main__" in an executable, else the module's name. */
static IrNode *lower_dunder_name(Lower *l, AstNode *n) {
  return lw_str(l, n->span, l->opt->exe ? "__main__" : l->ast->name);
}

/* x -> VAR (local, param, global) or CONST (module constant) */
/* The flag that says whether a maybe-unbound variable holds a value. */
static IrVar *bound_flag(Lower *l, Sym *s) {
  if (s->flag) return s->flag;
  const char *name = arena_printf(&l->cx->arena, "%s_bound", s->name);
  if (s->kind != SYM_GLOBAL) {
    s->flag = new_var(l, name, ty(TY_BOOL), VAR_LOCAL, s->span);
    return s->flag;
  }
  Sym *fs = NEW(&l->cx->arena, Sym); /* a global flag: functions may read it */
  fs->kind = SYM_GLOBAL;
  fs->name = name;
  fs->span = s->span;
  fs->type = ty(TY_BOOL);
  s->flag = global_var(l, fs);
  return s->flag;
}

/* A read that may come before any assignment: CPython's error if so. */
static void check_bound(Lower *l, AstNode *n, Sym *s) {
  IrNode *ok = lw_var(l, bound_flag(l, s), n->span);
  if (s->kind == SYM_GLOBAL)
    lw_raise_if(l, n->span, lw_not(l, n->span, ok), EXC_NAME_ERROR,
                arena_printf(&l->cx->arena, "name '%s' is not defined", s->name));
  else
    lw_raise_if(l, n->span, lw_not(l, n->span, ok), EXC_UNBOUND_LOCAL_ERROR,
                arena_printf(&l->cx->arena,
                             "cannot access local variable '%s' where it is not associated "
                             "with a value", s->name));
}

static IrNode *lower_name(Lower *l, AstNode *n) {
  Sym *s = n->as.name.sym;
  if (strcmp(n->as.name.id, "__name__") == 0 && (!s || s->kind != SYM_LOCAL))
    return lower_dunder_name(l, n);
  if (!s) ICE("name '%s' was not resolved", n->as.name.id);
  switch (s->kind) {
  case SYM_LOCAL: case SYM_PARAM: case SYM_GLOBAL:
    if (n->as.name.maybe_unbound || (s->check_in_funcs && l->fn != l->m->init))
      check_bound(l, n, s);
    if (s->nullable && !n->as.name.none_ok && n->type->kind == TY_NONE) {
      diag_error(l->cx, n->span, "'%s' is read here before krait knows it as an array", s->name);
      diag_hint(l->cx, "a variable that is None and later an array may be tested with 'is None' "
                       "or passed as an MPI buffer before its first array assignment");
      return lw_none(l, n->span);
    }
    if (s->nullable && !n->as.name.none_ok) {   /* an array here, not None */
      IrNode *v = lw_var(l, lw_sym_var(l, s), n->span);
      lw_emit(l, lw_expr_stmt(l, lw_intrin(l, n->span, ty(TY_NONE), IN_ARRAY_NOT_NONE, 1, &v)));
    }
    return lw_var(l, lw_sym_var(l, s), n->span);
  case SYM_CONST: return lower_module_value(l, s, n);
  case SYM_FUNC: case SYM_MODULE: case SYM_BUILTIN: case SYM_EXC:
    diag_error(l->cx, n->span, "'%s' cannot be used as a value", s->name);
    return ir_new(l->cx, IR_CONST, n->span, ty(TY_NONE));
  }
  return NULL;
}

/* math.pi / sys.argv -> the module value; z.real / z.imag on complex */
static IrNode *lower_attr(Lower *l, AstNode *n) {
  AstNode *v = n->as.attr.value;
  const char *name = n->as.attr.name;
  if (v->type->kind == TY_ARRAY) return lower_array_attr(l, n, lw_reusable(l, lower_pure(l, v)));
  if (v->type->kind == TY_COMM) {   /* comm.rank, comm.size */
    IrNode *c = lower_pure(l, v);
    return lw_intrin(l, n->span, ty(TY_I64), name[0] == 'r' ? IN_MPI_RANK : IN_MPI_SIZE, 1, &c);
  }
  if (v->type->kind == TY_STATUS) {   /* status.source, status.tag */
    IrNode *st = lower_pure(l, v);
    return lw_result(l, lw_intrin(l, n->span, ty(TY_I64), name[0] == 's' ? IN_MPI_STATUS_SOURCE
                                                                     : IN_MPI_STATUS_TAG, 1, &st),
                     ty(TY_I64));
  }
  if (v->type->kind == TY_MODULE) {
    Sym *ms = v->kind == AST_NAME ? v->as.name.sym : NULL;
    Sym *s = ms ? sema_module_attr(l->cx, ms->module, name) : NULL;
    if (s) return lower_module_value(l, s, n);
  } else if (type_is_complex(v->type) && (!strcmp(name, "real") || !strcmp(name, "imag"))) {
    IrNode *z = lw_cast(l, lower_pure(l, v), ty(TY_C128));
    Intrinsic id = name[0] == 'r' ? IN_C128_REAL : IN_C128_IMAG;
    return lw_result(l, lw_intrin(l, n->span, ty(TY_F64), id, 1, &z), n->type);
  }
  diag_error(l->cx, n->span, "attribute '%s' is not supported here", name);
  return ir_new(l->cx, IR_CONST, n->span, n->type);
}

/* a[i] -> k = LIST_INDEX(a, i); INDEX(a, k) */
static IrNode *lower_list_item(Lower *l, AstNode *n, IrNode *a, IrNode *i) {
  IrNode *args[2] = {a, lw_cast(l, i, ty(TY_I64))};
  IrNode *k = lw_to_temp(l, lw_intrin(l, n->span, ty(TY_I64), IN_LIST_INDEX, 2, args));
  IrNode *e = ir_new(l->cx, IR_INDEX, n->span, a->type->elem);
  e->as.index.base = a;
  e->as.index.index = k;
  return e;
}

/* t[c] with a constant c (negative wraps) -> FIELD(t, c) */
static IrNode *lower_tuple_item(Lower *l, AstNode *n, IrNode *t, IrNode *i) {
  int64_t k;
  int len = t->type->nelts;
  if (!lw_is_const(i, &k)) {
    diag_error(l->cx, n->span, "a tuple index must be a constant");
    diag_hint(l->cx, "the elements of a tuple may have different types");
    return ir_new(l->cx, IR_CONST, n->span, n->type);
  }
  if (k < 0) k += len;
  if (k < 0 || k >= len) {
    diag_error(l->cx, n->span, "tuple index out of range");
    return ir_new(l->cx, IR_CONST, n->span, n->type);
  }
  return lw_field(l, n->span, t, (int)k);
}

/* a[lo:hi:step] -> LIST_SLICE(a, lo, hi, step, flags) (STR_SLICE for str) */
static IrNode *lower_slice(Lower *l, AstNode *n) {
  AstNode *sl = n->as.sub.index;
  AstNode *xs[4] = {n->as.sub.value, sl->as.slice.lo, sl->as.slice.hi, sl->as.slice.step};
  AstNode *present[4];
  IrNode *vals[4], *got[4] = {0};
  int np = 0;
  for (int i = 0; i < 4; i++)
    if (xs[i]) present[np++] = xs[i];
  lower_seq(l, present, np, vals);
  for (int i = 0, j = 0; i < 4; i++)
    if (xs[i]) got[i] = vals[j++];
  int flags = (got[1] ? 0 : KR_SLICE_NO_START) | (got[2] ? 0 : KR_SLICE_NO_STOP);
  IrNode *args[5] = {got[0], got[1] ? lw_cast(l, got[1], ty(TY_I64)) : lw_int(l, n->span, 0),
                     got[2] ? lw_cast(l, got[2], ty(TY_I64)) : lw_int(l, n->span, 0),
                     got[3] ? lw_cast(l, got[3], ty(TY_I64)) : lw_int(l, n->span, 1),
                     lw_int(l, n->span, flags)};
  Type *bt = got[0]->type;
  if (bt->kind != TY_LIST && bt->kind != TY_STR) {
    diag_error(l->cx, n->span, "slicing '%s' is not supported", type_name(l->cx, bt));
    return ir_new(l->cx, IR_CONST, n->span, n->type);
  }
  Intrinsic id = bt->kind == TY_STR ? IN_STR_SLICE : IN_LIST_SLICE;
  return lw_intrin(l, n->span, bt, id, 5, args);
}

/* a[i] on list, str, tuple */
static IrNode *lower_subscript(Lower *l, AstNode *n) {
  if (n->as.sub.value->type->kind == TY_ARRAY) return lower_array_subscript(l, n);
  if (n->as.sub.index->kind == AST_SLICE) return lower_slice(l, n);
  AstNode *xs[2] = {n->as.sub.value, n->as.sub.index};
  IrNode *v[2];
  lower_seq(l, xs, 2, v);
  TypeKind k = v[0]->type->kind;
  if (k == TY_LIST) return lower_list_item(l, n, v[0], v[1]);
  if (k == TY_TUPLE) return lower_tuple_item(l, n, v[0], v[1]);
  if (k == TY_STR) {
    IrNode *args[2] = {v[0], lw_cast(l, v[1], ty(TY_I64))};
    return lw_intrin(l, n->span, ty(TY_STR), IN_STR_GETITEM, 2, args);
  }
  diag_error(l->cx, n->span, "indexing '%s' is not supported yet",
             type_name(l->cx, v[0]->type));
  return ir_new(l->cx, IR_CONST, n->span, n->type);
}

/* An intrinsic result converted to t: bound first when a cast is needed. */
IrNode *lw_result(Lower *l, IrNode *e, Type *t) {
  if (e->type == t) return e;
  return lw_cast(l, lw_bind(l, e), t);
}

/* x op y for ints through an i64 intrinsic (narrow ints: cast, call, cast back) */
static IrNode *int_intrin(Lower *l, Span sp, Intrinsic id, IrNode *a, IrNode *b, Type *t) {
  Type *i64 = ty(TY_I64);
  IrNode *args[2] = {lw_cast(l, a, i64), lw_cast(l, b, i64)};
  return lw_result(l, lw_intrin(l, sp, i64, id, 2, args), t);
}

static IrNode *float_intrin(Lower *l, Span sp, Intrinsic id, IrNode *a, IrNode *b, Type *t) {
  Type *f64 = ty(TY_F64);
  IrNode *args[2] = {lw_cast(l, a, f64), lw_cast(l, b, f64)};
  return lw_result(l, lw_intrin(l, sp, f64, id, 2, args), t);
}

static IrNode *complex_intrin(Lower *l, Span sp, Intrinsic id, IrNode *a, IrNode *b, Type *t) {
  Type *c = ty(TY_C128);
  IrNode *args[2] = {lw_cast(l, a, c), lw_cast(l, b, c)};
  return lw_result(l, lw_intrin(l, sp, c, id, 2, args), t);
}

static IrNode *int_intrin_f(Lower *l, Span sp, IrNode *a, IrNode *b, Type *t);

/* A nonzero float constant divisor cannot raise: plain division. */
static bool nonzero_float_const(IrNode *e) {
  return e->kind == IR_CONST && type_is_float(e->type) && e->as.cst.f != 0.0;
}

/* a / b: ints -> TRUEDIV_I64, floats -> TRUEDIV_F64, complex -> TRUEDIV_C128 */
static IrNode *lower_truediv(Lower *l, Span sp, IrNode *a, IrNode *b, Type *t) {
  if (type_is_complex(t)) return complex_intrin(l, sp, IN_TRUEDIV_C128, a, b, t);
  bool ints = !type_is_float(a->type) && !type_is_float(b->type);
  if (ints) return int_intrin_f(l, sp, a, b, t);
  if (nonzero_float_const(b)) return lw_cast(l, lw_binop(l, sp, OP_DIV, a, b, ty(TY_F64)), t);
  return float_intrin(l, sp, IN_TRUEDIV_F64, a, b, t);
}

/* int / int: both operands i64, the result f64 */
static IrNode *int_intrin_f(Lower *l, Span sp, IrNode *a, IrNode *b, Type *t) {
  Type *i64 = ty(TY_I64);
  IrNode *args[2] = {lw_cast(l, a, i64), lw_cast(l, b, i64)};
  return lw_result(l, lw_intrin(l, sp, ty(TY_F64), IN_TRUEDIV_I64, 2, args), t);
}

/* x % 2**k for a positive power of two is x & (2**k - 1), exactly
 * (two's complement gives the floor modulo of a positive divisor). */
static bool pow2_mod(IrNode *b, Type *t, int64_t *mask) {
  int64_t c;
  if (!type_is_int(t) || !lw_is_const(b, &c) || c <= 0 || (c & (c - 1))) return false;
  if (type_bits(t) < 64 && c >= ((int64_t)1 << (type_bits(t) - 1))) return false;
  *mask = c - 1;
  return true;
}

/* a // b and a % b: Python's floor semantics through the runtime */
static IrNode *lower_floor_op(Lower *l, Span sp, BinOp op, IrNode *a, IrNode *b, Type *t) {
  bool mod = op == OP_MOD;
  int64_t mask;
  if (mod && pow2_mod(b, t, &mask))
    return lw_binop(l, sp, OP_BITAND, a, ir_const_int(l->cx, sp, t, mask), t);
  if (type_is_int(t) || t->kind == TY_BOOL)
    return int_intrin(l, sp, mod ? IN_MOD_I64 : IN_FLOORDIV_I64, a, b, t);
  if (type_is_float(t)) return float_intrin(l, sp, mod ? IN_MOD_F64 : IN_FLOORDIV_F64, a, b, t);
  diag_error(l->cx, sp, "'%s' is not supported on '%s'", mod ? "%" : "//", type_name(l->cx, t));
  return ir_new(l->cx, IR_CONST, sp, t);
}

static IrNode *lower_pow(Lower *l, Span sp, IrNode *a, IrNode *b, Type *t) {
  if (type_is_complex(t)) return complex_intrin(l, sp, IN_POW_C128, a, b, t);
  if (type_is_float(t)) return float_intrin(l, sp, IN_POW_F64, a, b, t);
  return int_intrin(l, sp, IN_POW_I64, a, b, t);
}

/* str + str, str * n, list + list, list * n, tuple + tuple */
static IrNode *lower_seq_arith(Lower *l, Span sp, BinOp op, IrNode *a, IrNode *b, Type *t) {
  bool str = t->kind == TY_STR;
  if (op == OP_ADD && t->kind != TY_TUPLE) {
    IrNode *args[2] = {a, b};
    return lw_intrin(l, sp, t, str ? IN_STR_CONCAT : IN_LIST_CONCAT, 2, args);
  }
  if (op == OP_MUL && t->kind != TY_TUPLE) {
    IrNode *seq = a->type->kind == t->kind ? a : b, *cnt = seq == a ? b : a;
    IrNode *args[2] = {seq, lw_cast(l, cnt, ty(TY_I64))};
    return lw_intrin(l, sp, t, str ? IN_STR_REPEAT : IN_LIST_REPEAT, 2, args);
  }
  if (op == OP_ADD && t->kind == TY_TUPLE) {
    int na = a->type->nelts, nb = b->type->nelts;
    IrNode **elts = NEWN(&l->cx->arena, IrNode *, na + nb + 1);
    for (int i = 0; i < na; i++) elts[i] = lw_field(l, sp, a, i);
    for (int i = 0; i < nb; i++) elts[na + i] = lw_field(l, sp, b, i);
    return lw_cast(l, lw_tuple(l, sp, elts, na + nb), t);
  }
  diag_error(l->cx, sp, "'%s' is not supported on '%s'", binop_names[op], type_name(l->cx, t));
  return ir_new(l->cx, IR_CONST, sp, t);
}

/* a op b on pure values with result type t; may return an effectful node */
IrNode *lower_arith(Lower *l, Span sp, BinOp op, IrNode *a, IrNode *b, Type *t) {
  if (!type_is_numeric(t)) return lower_seq_arith(l, sp, op, a, b, t);
  switch (op) {
  case OP_ADD: case OP_SUB: case OP_MUL: case OP_BITAND: case OP_BITOR: case OP_BITXOR:
    return lw_binop(l, sp, op, a, b, t);
  case OP_DIV: return lower_truediv(l, sp, a, b, t);
  case OP_FLOORDIV: case OP_MOD: return lower_floor_op(l, sp, op, a, b, t);
  case OP_POW: return lower_pow(l, sp, a, b, t);
  case OP_LSHIFT: return int_intrin(l, sp, IN_LSHIFT_I64, a, b, t);
  case OP_RSHIFT: return int_intrin(l, sp, IN_RSHIFT_I64, a, b, t);
  case OP_MATMUL: break;
  case OP_NBINOPS: break;
  }
  diag_error(l->cx, sp, "'%s' is not supported on '%s'", binop_names[op], type_name(l->cx, t));
  return ir_new(l->cx, IR_CONST, sp, t);
}

/* a op b -> BINOP / intrinsic; "fmt" % args -> STRBUILD */
static IrNode *lower_binop(Lower *l, AstNode *n) {
  if (n->as.bin.op == OP_MATMUL) return lower_matmul(l, n);
  if (n->type->kind == TY_ARRAY) return lower_array_expr(l, n);
  if (n->as.bin.op == OP_MOD && n->as.bin.lhs->type->kind == TY_STR) return lower_percent(l, n);
  AstNode *xs[2] = {n->as.bin.lhs, n->as.bin.rhs};
  IrNode *v[2];
  lower_seq(l, xs, 2, v);
  return lower_arith(l, n->span, n->as.bin.op, v[0], v[1], n->type);
}

/* -x, +x, ~x -> UNOP on x cast to the result type; not x -> NOT(bool(x)) */
static IrNode *lower_unary(Lower *l, AstNode *n) {
  if (n->type->kind == TY_ARRAY) return lower_array_expr(l, n);
  IrNode *x = lower_pure(l, n->as.un.operand);
  IrNode *e = ir_new(l->cx, IR_UNOP, n->span, n->type);
  e->as.un.op = n->as.un.op;
  if (n->as.un.op == UOP_NOT) {
    e->as.un.operand = lw_truth(l, x);
    e->type = ty(TY_BOOL);
    return e;
  }
  if (!type_is_numeric(n->type)) {
    diag_error(l->cx, n->span, "unary '%s' is not supported on '%s'", unop_names[n->as.un.op],
               type_name(l->cx, x->type));
    return x;
  }
  x = lw_cast(l, x, n->type);
  if (x->kind == IR_CONST && x->type->kind == TY_I64 && n->as.un.op != UOP_INVERT) {
    uint64_t u = (uint64_t)x->as.cst.i; /* -1 is a constant (t[-1] needs it) */
    int64_t v = n->as.un.op == UOP_NEG ? (int64_t)(0 - u) : x->as.cst.i;
    return ir_const_int(l->cx, n->span, x->type, v);
  }
  if (x->kind == IR_CONST && type_is_float(x->type) && n->as.un.op == UOP_NEG)
    return ir_const_float(l->cx, n->span, x->type, -x->as.cst.f);
  e->as.un.operand = x;
  return e;
}

/* One operand of and/or/if-else, lowered into its own block. */
typedef struct Arm {
  IrList pre;
  IrNode *v;
} Arm;

static void lower_arm(Lower *l, AstNode *x, Arm *arm) {
  IrList *old = lw_enter(l, &arm->pre);
  arm->v = lower_expr(l, x);
  l->out = old;
}

static void splice(Lower *l, IrList *blk) {
  for (int i = 0; i < blk->len; i++) lw_emit(l, blk->data[i]);
}

/* t = arms[i]; then for `and`: if (t) { t = arms[i+1] ... }, for `or`: if (!t) */
static void boolop_chain(Lower *l, Span sp, bool is_and, Arm *arms, int i, int n, IrVar *t) {
  splice(l, &arms[i].pre);
  IrNode *v = lw_bind(l, arms[i].v);
  bool truth = t->type->kind == TY_BOOL && v->type->kind != TY_BOOL;   /* a condition */
  lw_assign(l, sp, lw_var(l, t, sp), truth ? lw_truth(l, v) : lw_cast(l, v, t->type));
  if (i + 1 == n) return;
  IrNode *c = lw_truth(l, v->type == t->type ? lw_var(l, t, sp) : v);
  IrNode *s = ir_new(l->cx, IR_IF, sp, ty(TY_NONE));
  s->as.if_.cond = is_and ? c : lw_not(l, sp, c);
  IrList *old = lw_enter(l, &s->as.if_.then);
  boolop_chain(l, sp, is_and, arms, i + 1, n, t);
  l->out = old;
  lw_emit(l, s);
}

/* a and b and c -> LOGIC(and, LOGIC(and, a, b), c) on pure bools;
 * otherwise  t = a; if (t) { t = b; if (t) { t = c } }  (Python returns an operand) */
static IrNode *lower_boolop(Lower *l, AstNode *n) {
  AstList *vs = &n->as.boolop.values;
  bool is_and = n->as.boolop.is_and;
  Arm *arms = NEWN(&l->cx->arena, Arm, vs->len);
  arms[0].v = lower_pure(l, vs->data[0]);
  bool logic = n->type->kind == TY_BOOL && arms[0].v->type->kind == TY_BOOL;
  for (int i = 1; i < vs->len; i++) {
    lower_arm(l, vs->data[i], &arms[i]);
    logic = logic && !arms[i].pre.len && !lw_effects(arms[i].v) &&
            arms[i].v->type->kind == TY_BOOL;
  }
  if (logic) {
    IrNode *e = arms[0].v;
    for (int i = 1; i < vs->len; i++) e = lw_logic(l, n->span, is_and, e, arms[i].v);
    return e;
  }
  IrVar *t = lw_temp(l, n->type, n->span);
  boolop_chain(l, n->span, is_and, arms, 0, vs->len, t);
  return lw_var(l, t, n->span);
}

/* a if c else b -> SELECT(c, a, b) when both arms are pure;
 * else  if (c) { t = a } else { t = b } */
static IrNode *lower_ifexp(Lower *l, AstNode *n) {
  IrNode *c = lw_truth(l, lower_pure(l, n->as.ifexp.cond));
  Arm a = {0}, b = {0};
  lower_arm(l, n->as.ifexp.then, &a);
  lower_arm(l, n->as.ifexp.orelse, &b);
  Type *t = n->type;
  if (!a.pre.len && !b.pre.len && !lw_effects(a.v) && !lw_effects(b.v))
    return lw_choose(l, n->span, c, lw_cast(l, a.v, t), lw_cast(l, b.v, t));
  IrVar *tv = lw_temp(l, t, n->span);
  IrNode *s = ir_new(l->cx, IR_IF, n->span, ty(TY_NONE));
  s->as.if_.cond = c;
  IrList *old = lw_enter(l, &s->as.if_.then);
  splice(l, &a.pre);
  lw_assign(l, n->span, lw_var(l, tv, n->span), lw_coerce(l, a.v, t));
  l->out = &s->as.if_.orelse;
  splice(l, &b.pre);
  lw_assign(l, n->span, lw_var(l, tv, n->span), lw_coerce(l, b.v, t));
  l->out = old;
  lw_emit(l, s);
  return lw_var(l, tv, n->span);
}

/* A value read more than once: a temporary unless it is a VAR or CONST. */
IrNode *lw_reusable(Lower *l, IrNode *e) {
  if (e->kind == IR_VAR || e->kind == IR_CONST) return e;
  return lw_to_temp(l, e);
}

static IrNode *cmp_pair(Lower *l, Span sp, CmpOp op, IrNode *a, IrNode *b);

/* x in seq: list -> LIST_FIND >= 0, str -> STR_CONTAINS, tuple -> OR of == */
static IrNode *lower_contains(Lower *l, Span sp, IrNode *x, IrNode *seq) {
  Type *st = seq->type;
  if (st->kind == TY_LIST) {
    IrNode *args[2] = {seq, lw_cast(l, x, st->elem)};
    IrNode *k = lw_intrin(l, sp, ty(TY_I64), IN_LIST_FIND, 2, args);
    return lw_cmp(l, sp, CMP_GE, k, lw_int(l, sp, 0));
  }
  if (st->kind == TY_STR) {
    IrNode *args[2] = {seq, x};
    return lw_intrin(l, sp, ty(TY_BOOL), IN_STR_CONTAINS, 2, args);
  }
  if (st->kind == TY_TUPLE) {
    IrNode *e = lw_bool(l, sp, false);
    x = lw_reusable(l, x);
    for (int i = 0; i < st->nelts; i++) {
      IrNode *eq = cmp_pair(l, sp, CMP_EQ, x, lw_field(l, sp, seq, i));
      e = i ? lw_logic(l, sp, false, e, eq) : eq;
    }
    return e;
  }
  diag_error(l->cx, sp, "'in' is not supported on '%s'", type_name(l->cx, st));
  return lw_bool(l, sp, false);
}

/* (a0, a1) == (b0, b1) with different element types -> a0 == b0 and a1 == b1 */
static IrNode *tuple_eq(Lower *l, Span sp, CmpOp op, IrNode *a, IrNode *b) {
  int n = a->type->nelts;
  if (n != b->type->nelts) return lw_bool(l, sp, op == CMP_NE);
  if (op != CMP_EQ && op != CMP_NE) {
    diag_error(l->cx, sp, "ordering tuples of different types is not supported");
    return lw_bool(l, sp, false);
  }
  a = lw_reusable(l, a);
  b = lw_reusable(l, b);
  IrNode *e = lw_bool(l, sp, true);
  for (int i = 0; i < n; i++) {
    IrNode *eq = cmp_pair(l, sp, CMP_EQ, lw_field(l, sp, a, i), lw_field(l, sp, b, i));
    e = i ? lw_logic(l, sp, true, e, eq) : eq;
  }
  return op == CMP_EQ ? e : lw_not(l, sp, e);
}

/* x is None / x is not None: decided by the types, but for an array
 * variable, which may hold None (Sym.nullable) */
static IrNode *lower_is(Lower *l, Span sp, CmpOp op, IrNode *a, IrNode *b) {
  bool an = a->type->kind == TY_NONE, bn = b->type->kind == TY_NONE;
  if ((an && b->type->kind == TY_ARRAY) || (bn && a->type->kind == TY_ARRAY)) {
    IrNode *e = lw_intrin(l, sp, ty(TY_BOOL), IN_IS_NONE, 1, an ? &b : &a);
    return op == CMP_IS ? e : lw_not(l, sp, e);
  }
  if (!an && !bn) {
    diag_error(l->cx, sp, "'is' is only supported with None");
    diag_hint(l->cx, "use '==' to compare values");
  }
  bool same = an && bn;
  return lw_bool(l, sp, op == CMP_IS ? same : !same);
}

/* One comparison a op b on pure values -> a pure bool. */
static IrNode *cmp_pair(Lower *l, Span sp, CmpOp op, IrNode *a, IrNode *b) {
  Type *at = a->type, *bt = b->type;
  if (op == CMP_IN || op == CMP_NOTIN) {
    IrNode *e = lower_contains(l, sp, a, b);
    return op == CMP_IN ? e : lw_not(l, sp, e);
  }
  if (op == CMP_IS || op == CMP_ISNOT) return lower_is(l, sp, op, a, b);
  if (type_is_numeric(at) && type_is_numeric(bt)) {
    bool ai = type_is_int(at) && type_bits(at) == 64, bi = type_is_int(bt) && type_bits(bt) == 64;
    if ((ai && type_is_float(bt)) || (bi && type_is_float(at))) {
      /* Python compares int and float exactly, not through a rounded double */
      static const CmpOp flip[] = {CMP_GT, CMP_GE, CMP_LT, CMP_LE, CMP_EQ, CMP_NE};
      IrNode *x = ai ? a : b, *y = ai ? b : a;
      CmpOp o = ai ? op : flip[op];
      IrNode *args[3] = {lw_cast(l, x, ty(TY_I64)), lw_cast(l, y, ty(TY_F64)), lw_int(l, sp, o)};
      return lw_intrin(l, sp, ty(TY_BOOL), IN_CMP_I64_F64, 3, args);
    }
    Type *t = type_promote(at, bt);
    return lw_cmp(l, sp, op, lw_cast(l, a, t), lw_cast(l, b, t));
  }
  if (at == bt && (at->kind == TY_STR || at->kind == TY_LIST || at->kind == TY_TUPLE))
    return lw_cmp(l, sp, op, a, b);
  if (at->kind == TY_TUPLE && bt->kind == TY_TUPLE) return tuple_eq(l, sp, op, a, b);
  if ((op == CMP_EQ || op == CMP_NE) && at->kind != bt->kind &&
      !(at->kind == TY_LIST && bt->kind == TY_LIST))
    return lw_bool(l, sp, op == CMP_NE); /* Python: values of unrelated types differ */
  diag_error(l->cx, sp, "'%s' between '%s' and '%s' is not supported", cmpop_names[op],
             type_name(l->cx, at), type_name(l->cx, bt));
  return lw_bool(l, sp, false);
}

/* a < b < c -> LOGIC(and, a < b, b < c) with b evaluated once;
 * t = a < b; if (t) { pre(c); t = b < c }  when c needs statements */
static IrNode *lower_compare(Lower *l, AstNode *n) {
  if (n->type->kind == TY_ARRAY) return lower_array_expr(l, n);
  CmpOp *ops = n->as.cmp.ops;
  AstList *rest = &n->as.cmp.rest;
  int nops = rest->len;
  AstNode *xs[2] = {n->as.cmp.first, rest->data[0]};
  IrNode *v[2];
  lower_seq(l, xs, 2, v);
  if (nops == 1) return cmp_pair(l, n->span, ops[0], v[0], v[1]);
  IrNode *prev = lw_reusable(l, v[1]);
  IrNode *acc = cmp_pair(l, n->span, ops[0], v[0], prev);
  IrVar *t = NULL;
  IrList *outer = l->out;
  for (int i = 1; i < nops; i++) {
    Arm arm = {0};
    lower_arm(l, rest->data[i], &arm);
    if (!arm.pre.len && !lw_effects(arm.v) && !t) {
      IrNode *cur = i + 1 < nops ? lw_reusable(l, arm.v) : arm.v;
      acc = lw_logic(l, n->span, true, acc, cmp_pair(l, n->span, ops[i], prev, cur));
      prev = cur;
      continue;
    }
    if (!t) {
      t = lw_temp(l, ty(TY_BOOL), n->span);
      lw_assign(l, n->span, lw_var(l, t, n->span), acc);
    }
    IrNode *s = ir_new(l->cx, IR_IF, n->span, ty(TY_NONE));
    s->as.if_.cond = lw_var(l, t, n->span);
    lw_emit(l, s);
    l->out = &s->as.if_.then;
    splice(l, &arm.pre);
    IrNode *cur = i + 1 < nops ? lw_reusable(l, lw_bind(l, arm.v)) : lw_bind(l, arm.v);
    lw_assign(l, n->span, lw_var(l, t, n->span), cmp_pair(l, n->span, ops[i], prev, cur));
    prev = cur;
  }
  l->out = outer;
  return t ? lw_var(l, t, n->span) : acc;
}

/* (a, b) -> TUPLE(a, b) with elements cast to the tuple's element types */
static IrNode *lower_tuple(Lower *l, AstNode *n) {
  int cnt = n->as.list.len;
  IrNode **elts = NEWN(&l->cx->arena, IrNode *, cnt ? cnt : 1);
  lower_seq(l, n->as.list.data, cnt, elts);
  for (int i = 0; i < cnt; i++) elts[i] = lw_cast(l, elts[i], n->type->elts[i]);
  IrNode *e = ir_new(l->cx, IR_TUPLE, n->span, n->type);
  e->as.list.elts = elts;
  e->as.list.n = cnt;
  return e;
}

/* [a, b] -> LIST(a, b) (fresh) with elements cast to the element type */
static IrNode *lower_list(Lower *l, AstNode *n) {
  int cnt = n->as.list.len;
  IrNode **elts = NEWN(&l->cx->arena, IrNode *, cnt ? cnt : 1);
  lower_seq(l, n->as.list.data, cnt, elts);
  for (int i = 0; i < cnt; i++) elts[i] = lw_cast(l, elts[i], n->type->elem);
  IrNode *e = ir_new(l->cx, IR_LIST, n->span, n->type);
  e->as.list.elts = elts;
  e->as.list.n = cnt;
  return e;
}

static IrNode *lower_literal(Lower *l, AstNode *n) {
  Type *t = n->type && type_is_numeric(n->type) ? n->type : NULL;
  if (n->kind == AST_INT) return ir_const_int(l->cx, n->span, t ? t : ty(TY_I64), n->as.i);
  if (n->kind == AST_BOOL) return lw_bool(l, n->span, n->as.i != 0);
  if (n->kind == AST_FLOAT) return ir_const_float(l->cx, n->span, t ? t : ty(TY_F64), n->as.f);
  IrNode *c = ir_new(l->cx, IR_CONST, n->span, ty(TY_C128)); /* AST_IMAG */
  c->as.cst.im = n->as.f;
  return lw_cast(l, c, t ? t : ty(TY_C128));
}

static IrNode *not_an_expr(Lower *l, AstNode *n) {
  ICE("lowering: %s is not an expression", ast_kind_names[n->kind]);
  return lw_none(l, n->span);
}

/* Lower an expression: the result may be effectful as a whole. */
IrNode *lower_expr(Lower *l, AstNode *n) {
  switch (n->kind) {
  case AST_INT: case AST_FLOAT: case AST_IMAG: case AST_BOOL: return lower_literal(l, n);
  case AST_STR: return ir_const_str(l->cx, n->span, n->as.str.s, n->as.str.len);
  case AST_NONE: return lw_none(l, n->span);
  case AST_FSTRING: return lower_fstring(l, n);
  case AST_NAME: return lower_name(l, n);
  case AST_ATTR: return lower_attr(l, n);
  case AST_SUBSCRIPT: return lower_subscript(l, n);
  case AST_CALL: return lower_call(l, n);
  case AST_BINOP: return lower_binop(l, n);
  case AST_UNARY: return lower_unary(l, n);
  case AST_BOOLOP: return lower_boolop(l, n);
  case AST_COMPARE: return lower_compare(l, n);
  case AST_IFEXP: return lower_ifexp(l, n);
  case AST_TUPLE: return lower_tuple(l, n);
  case AST_LIST: return lower_list(l, n);
  case AST_LISTCOMP: return lower_listcomp(l, n);
  case AST_FORMATTED: case AST_SLICE:
  case AST_EXPR_STMT: case AST_ASSIGN: case AST_AUGASSIGN: case AST_ANNASSIGN: case AST_IF:
  case AST_WHILE: case AST_FOR: case AST_BREAK: case AST_CONTINUE: case AST_PASS:
  case AST_RETURN: case AST_ASSERT: case AST_RAISE: case AST_FUNCDEF: case AST_IMPORT:
  case AST_NKINDS:
    return not_an_expr(l, n);
  }
  return NULL;
}

/* ------------------------------------------------------------------ */
/* Stores: names, list items, unpacking                                */
/* ------------------------------------------------------------------ */

/* a[i] = v -> k = LIST_INDEX_STORE(a, i); INDEX(a, k) = v  (v evaluated first) */
static void store_item(Lower *l, AstNode *target, IrNode *v) {
  if (!lw_stable(v)) v = lw_to_temp(l, v);
  if (target->as.sub.value->type->kind == TY_ARRAY) {
    lower_array_store(l, target, NULL, v);
    return;
  }
  AstNode *xs[2] = {target->as.sub.value, target->as.sub.index};
  IrNode *o[2];
  lower_seq(l, xs, 2, o);
  if (o[0]->type->kind != TY_LIST || target->as.sub.index->kind == AST_SLICE) {
    diag_error(l->cx, target->span, "assignment to an item of '%s' is not supported",
               type_name(l->cx, o[0]->type));
    return;
  }
  IrNode *args[2] = {o[0], lw_cast(l, o[1], ty(TY_I64))};
  IrNode *k = lw_to_temp(l, lw_intrin(l, target->span, ty(TY_I64), IN_LIST_INDEX_STORE, 2, args));
  IrNode *dst = ir_new(l->cx, IR_INDEX, target->span, o[0]->type->elem);
  dst->as.index.base = o[0];
  dst->as.index.index = k;
  lw_assign(l, target->span, dst, lw_coerce(l, v, dst->type));
}

/* Check a list's length before unpacking it into n targets:
 * len < n -> ValueError("not enough values to unpack (expected n, got len)")
 * len > n -> ValueError("too many values to unpack (expected n)") */
static void check_unpack_len(Lower *l, Span sp, IrNode *lst, int n) {
  IrNode *len = lw_to_temp(l, lw_intrin(l, sp, ty(TY_I64), IN_LIST_LEN, 1, &lst));
  IrNode *s = ir_new(l->cx, IR_IF, sp, ty(TY_NONE));
  s->as.if_.cond = lw_cmp(l, sp, CMP_LT, len, lw_int(l, sp, n));
  IrList *old = lw_enter(l, &s->as.if_.then);
  const char *head =
      arena_printf(&l->cx->arena, "not enough values to unpack (expected %d, got ", n);
  IrPiece *pc = NEWN(&l->cx->arena, IrPiece, 3);
  pc[0] = (IrPiece){.lit = head, .litlen = (int64_t)strlen(head)};
  pc[1] = (IrPiece){.value = len, .conv = 's'};
  pc[2] = (IrPiece){.lit = ")", .litlen = 1};
  IrNode *msg = ir_new(l->cx, IR_STRBUILD, sp, ty(TY_STR));
  msg->as.fmt.pieces = pc;
  msg->as.fmt.n = 3;
  lw_emit(l, raise_node(l, sp, EXC_VALUE_ERROR, lw_to_temp(l, msg)));
  l->out = old;
  lw_emit(l, s);
  const char *many = arena_printf(&l->cx->arena, "too many values to unpack (expected %d)", n);
  lw_raise_if(l, sp, lw_cmp(l, sp, CMP_GT, len, lw_int(l, sp, n)), EXC_VALUE_ERROR, many);
}

/* a, b = v: every component is read before any target is stored */
static void store_unpack(Lower *l, AstNode *target, IrNode *v) {
  AstList *ts = &target->as.list;
  Type *vt = v->type;
  int n = ts->len;
  IrNode **parts = NEWN(&l->cx->arena, IrNode *, n ? n : 1);
  if (vt->kind == TY_LIST) {
    v = lw_to_temp(l, v);
    check_unpack_len(l, target->span, v, n);
    for (int i = 0; i < n; i++) {
      IrNode *e = ir_new(l->cx, IR_INDEX, target->span, vt->elem);
      e->as.index.base = v;
      e->as.index.index = lw_int(l, target->span, i);
      parts[i] = lw_to_temp(l, e);
    }
  } else if (vt->kind == TY_TUPLE && vt->nelts == n) {
    if (v->kind != IR_TUPLE) v = lw_to_temp(l, v);
    for (int i = 0; i < n; i++) parts[i] = lw_to_temp(l, lw_field(l, target->span, v, i));
  } else {
    if (vt->kind == TY_TUPLE && vt->nelts < n)
      diag_error(l->cx, target->span, "not enough values to unpack (expected %d, got %d)", n,
                 vt->nelts);
    else if (vt->kind == TY_TUPLE)
      diag_error(l->cx, target->span, "too many values to unpack (expected %d)", n);
    else
      diag_error(l->cx, target->span, "cannot unpack '%s'", type_name(l->cx, vt));
    return;
  }
  for (int i = 0; i < n; i++) lower_store(l, ts->data[i], parts[i]);
}

/* target = v for one target; v may be effectful (then it is the whole RHS) */
void lower_store(Lower *l, AstNode *target, IrNode *v) {
  AstKind k = target->kind;
  if (k == AST_NAME) {
    Sym *s = target->as.name.sym;
    IrVar *var = lw_sym_var(l, s);
    lw_assign(l, target->span, lw_var(l, var, target->span), lw_coerce(l, v, var->type));
    if (s->maybe_unbound)
      lw_assign(l, target->span, lw_var(l, bound_flag(l, s), target->span), lw_bool(l, target->span, true));
  } else if (k == AST_SUBSCRIPT) {
    store_item(l, target, v);
  } else if (k == AST_TUPLE || k == AST_LIST) {
    store_unpack(l, target, lw_bind(l, v));
  } else {
    diag_error(l->cx, target->span, "cannot assign to this expression");
  }
}

/* ------------------------------------------------------------------ */
/* Statements                                                          */
/* ------------------------------------------------------------------ */

/* (a, b) = (x, y) with literal sides: all of x, y first, then a, b */
static bool assign_parallel(Lower *l, AstNode *target, AstNode *value) {
  bool seq_t = target->kind == AST_TUPLE || target->kind == AST_LIST;
  bool seq_v = value->kind == AST_TUPLE || value->kind == AST_LIST;
  if (!seq_t || !seq_v || target->as.list.len != value->as.list.len) return false;
  int n = value->as.list.len;
  IrNode **vals = NEWN(&l->cx->arena, IrNode *, n ? n : 1);
  lower_seq(l, value->as.list.data, n, vals);
  for (int i = 0; i < n; i++) vals[i] = lw_to_temp(l, vals[i]);
  for (int i = 0; i < n; i++) lower_store(l, target->as.list.data[i], vals[i]);
  return true;
}

/* t1 = t2 = value -> value once, then each target left to right */
static void lower_assign(Lower *l, AstNode *n) {
  AstList *ts = &n->as.assign.targets;
  if (ts->len == 1 && assign_parallel(l, ts->data[0], n->as.assign.value)) return;
  AstNode *t0 = ts->data[0];
  if (ts->len == 1 && t0->kind == AST_SUBSCRIPT && t0->as.sub.value->type->kind == TY_ARRAY) {
    lower_array_store(l, t0, n->as.assign.value, NULL);   /* fused into the target */
    return;
  }
  IrNode *v = lower_expr(l, n->as.assign.value);
  if (ts->len > 1) v = lw_to_temp(l, v);
  for (int i = 0; i < ts->len; i++) lower_store(l, ts->data[i], v);
}

/* The type of `a op b` for an augmented assignment (no AST node has it). */
static Type *aug_type(BinOp op, Type *a, Type *b) {
  if (!type_is_numeric(a) || !type_is_numeric(b)) return a;
  Type *t = type_promote(a, b);
  bool bitop = op == OP_BITAND || op == OP_BITOR || op == OP_BITXOR;
  if (t->kind == TY_BOOL && !bitop) t = ty(TY_I64);
  if (op == OP_DIV && (type_is_int(t) || t->kind == TY_BOOL)) t = ty(TY_F64);
  return t;
}

/* a[i] op= e -> k = LIST_INDEX(a, i); INDEX(a, k) = INDEX(a, k) op e
 * (a and i evaluated once; the index is checked again if e may have changed a list) */
static void aug_item(Lower *l, AstNode *n) {
  AstNode *tg = n->as.aug.target;
  if (tg->as.sub.value->type->kind == TY_ARRAY) {   /* a[i, j] op= e */
    IrNode *dst = lower_array_subscript(l, tg);
    IrNode *e = lower_pure(l, n->as.aug.value);
    Type *et = dst->type;
    IrNode *r = lower_arith(l, n->span, n->as.aug.op, dst, e, aug_type(n->as.aug.op, et, e->type));
    lw_assign(l, n->span, dst, lw_cast(l, lw_bind(l, r), et));
    return;
  }
  AstNode *xs[2] = {tg->as.sub.value, tg->as.sub.index};
  IrNode *o[3];
  lower_seq(l, xs, 2, o);
  if (o[0]->type->kind != TY_LIST || tg->as.sub.index->kind == AST_SLICE) {
    diag_error(l->cx, tg->span, "augmented assignment to an item of '%s' is not supported",
               type_name(l->cx, o[0]->type));
    return;
  }
  o[1] = lw_reusable(l, lw_cast(l, o[1], ty(TY_I64)));
  IrNode *old = lower_list_item(l, tg, o[0], o[1]);
  IrNode *k = old->as.index.index;
  o[2] = old;
  int mark = l->out->len;
  IrNode *e = lower_pure(l, n->as.aug.value);
  bool ran = lw_may_mutate(l->out, mark);
  lw_settle(l, mark, o, 3);
  if (ran) {
    IrNode *args[2] = {o[0], o[1]};
    k = lw_to_temp(l, lw_intrin(l, tg->span, ty(TY_I64), IN_LIST_INDEX_STORE, 2, args));
  }
  Type *et = o[0]->type->elem;
  IrNode *r = lower_arith(l, n->span, n->as.aug.op, o[2], e, aug_type(n->as.aug.op, et, e->type));
  IrNode *dst = ir_new(l->cx, IR_INDEX, tg->span, et);
  dst->as.index.base = o[0];
  dst->as.index.index = k;
  lw_assign(l, n->span, dst, lw_coerce(l, r, et));
}

/* x op= e -> x = x op e;  list += e -> LIST_EXTEND(x, e) (in place, as Python) */
static void lower_augassign(Lower *l, AstNode *n) {
  AstNode *tg = n->as.aug.target;
  if (tg->type->kind == TY_ARRAY) {
    lower_array_augassign(l, n);
    return;
  }
  if (tg->kind == AST_SUBSCRIPT) {
    aug_item(l, n);
    return;
  }
  if (tg->kind != AST_NAME) {
    diag_error(l->cx, tg->span, "cannot assign to this expression");
    return;
  }
  IrNode *x = lower_name(l, tg);
  if (x->type->kind == TY_LIST) {
    if (n->as.aug.op != OP_ADD) {
      diag_error(l->cx, n->span, "'%s=' on a list is not supported", binop_names[n->as.aug.op]);
      return;
    }
    IrNode *args[2] = {x, lower_list_of(l, n, n->as.aug.value, x->type)};
    lw_emit(l, lw_expr_stmt(l, lw_intrin(l, n->span, ty(TY_NONE), IN_LIST_EXTEND, 2, args)));
    return;
  }
  IrNode *e = lower_pure(l, n->as.aug.value);
  IrNode *r = lower_arith(l, n->span, n->as.aug.op, x, e, aug_type(n->as.aug.op, x->type, e->type));
  lower_store(l, tg, r);
}

static void lower_annassign(Lower *l, AstNode *n) {
  if (n->as.ann.value) lower_store(l, n->as.ann.target, lower_expr(l, n->as.ann.value));
}

/* if c: a else: b -> IF(bool(c), a, b) */
static void lower_if(Lower *l, AstNode *n) {
  IrNode *c = lw_truth(l, lower_pure(l, n->as.if_.cond));
  IrNode *s = ir_new(l->cx, IR_IF, n->span, ty(TY_NONE));
  s->as.if_.cond = c;
  IrList *old = lw_enter(l, &s->as.if_.then);
  lower_block(l, &n->as.if_.body);
  l->out = &s->as.if_.orelse;
  lower_block(l, &n->as.if_.orelse);
  l->out = old;
  lw_emit(l, s);
}

/* A loop's else: broke = False before; after the loop: if not broke: orelse */
static LoopCtx *loop_begin(Lower *l, LoopCtx *lc, AstList *orelse, Span sp, bool par) {
  lc->up = l->loop;
  lc->broke = NULL;
  lc->par = par;
  if (orelse->len) {
    lc->broke = lw_temp(l, ty(TY_BOOL), sp);
    lw_assign(l, sp, lw_var(l, lc->broke, sp), lw_bool(l, sp, false));
  }
  l->loop = lc;
  return lc;
}

static void loop_end(Lower *l, LoopCtx *lc, AstList *orelse, Span sp) {
  l->loop = lc->up;
  if (!lc->broke) return;
  IrNode *s = ir_new(l->cx, IR_IF, sp, ty(TY_NONE));
  s->as.if_.cond = lw_not(l, sp, lw_var(l, lc->broke, sp));
  IrList *old = lw_enter(l, &s->as.if_.then);
  lower_block(l, orelse);
  l->out = old;
  lw_emit(l, s);
}

/* while c: body [else: e]
 *   -> WHILE(c) { body }                            c pure, no statements
 *   -> WHILE(true) { pre(c); IF(!c) { BREAK }; body }  otherwise */
static void lower_while(Lower *l, AstNode *n) {
  LoopCtx lc;
  IrNode *w = ir_new(l->cx, IR_WHILE, n->span, ty(TY_NONE));
  IrList pre = {0};
  IrList *old = lw_enter(l, &pre);
  IrNode *c = lw_truth(l, lower_pure(l, n->as.while_.cond));
  l->out = old;
  loop_begin(l, &lc, &n->as.while_.orelse, n->span, false);
  l->out = &w->as.while_.body;
  if (pre.len) {
    splice(l, &pre);
    IrNode *s = ir_new(l->cx, IR_IF, n->span, ty(TY_NONE));
    s->as.if_.cond = lw_not(l, n->span, c);
    vec_push(&l->cx->arena, &s->as.if_.then, ir_new(l->cx, IR_BREAK, n->span, ty(TY_NONE)));
    lw_emit(l, s);
    c = lw_bool(l, n->span, true);
  }
  w->as.while_.cond = c;
  lower_block(l, &n->as.while_.body);
  l->out = old;
  lw_emit(l, w);
  loop_end(l, &lc, &n->as.while_.orelse, n->span);
}

/* for target in iter: body [else: e] -> see lower_iter.c */
void lower_for_stmt(Lower *l, AstNode *n) {
  LoopCtx lc;
  bool par = lower_is_prange(n->as.for_.iter);
  loop_begin(l, &lc, &n->as.for_.orelse, n->span, par);
  lower_for(l, n);
  loop_end(l, &lc, &n->as.for_.orelse, n->span);
}

/* break -> [broke = True;] BREAK */
static void lower_break(Lower *l, AstNode *n) {
  if (l->loop && l->loop->par) {
    diag_error(l->cx, n->span, "'break' is not allowed in a prange loop");
    diag_hint(l->cx, "every iteration of a prange loop runs; to stop early, loop with range()");
    return;
  }
  if (l->loop && l->loop->broke)
    lw_assign(l, n->span, lw_var(l, l->loop->broke, n->span), lw_bool(l, n->span, true));
  lw_emit(l, ir_new(l->cx, IR_BREAK, n->span, ty(TY_NONE)));
}

/* return e -> RETURN(pure e cast to the Spec's return type) */
static void lower_return(Lower *l, AstNode *n) {
  IrNode *r = ir_new(l->cx, IR_RETURN, n->span, ty(TY_NONE));
  Type *rt = l->fn->ret;
  if (n->as.expr) {
    IrNode *v = lower_expr(l, n->as.expr);
    if (rt->kind == TY_NONE) {
      if (lw_effects(v)) lw_emit(l, lw_expr_stmt(l, v));
    } else {
      r->as.expr = lw_bind(l, lw_coerce(l, v, rt));
    }
  }
  lw_emit(l, r);
}

/* assert c, msg -> IF(!bool(c)) { RAISE(AssertionError, str(msg)) } */
static void lower_assert(Lower *l, AstNode *n) {
  IrNode *c = lw_truth(l, lower_pure(l, n->as.assert_.test));
  IrNode *s = ir_new(l->cx, IR_IF, n->span, ty(TY_NONE));
  s->as.if_.cond = lw_not(l, n->span, c);
  IrList *old = lw_enter(l, &s->as.if_.then);
  IrNode *msg = NULL;
  if (n->as.assert_.msg) {
    IrNode *m = lower_pure(l, n->as.assert_.msg);
    msg = lw_bind(l, lower_str_of(l, n->span, m, 's'));
  }
  lw_emit(l, raise_node(l, n->span, EXC_ASSERTION_ERROR, msg));
  l->out = old;
  lw_emit(l, s);
}

/* e (a statement) -> EXPR(e) when it has effects; pure ones are dropped */
static void lower_expr_stmt(Lower *l, AstNode *n) {
  IrNode *e = lower_expr(l, n->as.expr);
  if (lw_effects(e)) lw_emit(l, lw_expr_stmt(l, e));
}

static void not_a_stmt(Lower *l, AstNode *n) {
  (void)l;
  ICE("lowering: %s is not a statement", ast_kind_names[n->kind]);
}

static void lower_stmt(Lower *l, AstNode *n) {
  switch (n->kind) {
  case AST_EXPR_STMT: lower_expr_stmt(l, n); return;
  case AST_ASSIGN: lower_assign(l, n); return;
  case AST_AUGASSIGN: lower_augassign(l, n); return;
  case AST_ANNASSIGN: lower_annassign(l, n); return;
  case AST_IF: lower_if(l, n); return;
  case AST_WHILE: lower_while(l, n); return;
  case AST_FOR: lower_for_stmt(l, n); return;
  case AST_BREAK: lower_break(l, n); return;
  case AST_CONTINUE: lw_emit(l, ir_new(l->cx, IR_CONTINUE, n->span, ty(TY_NONE))); return;
  case AST_PASS: return;
  case AST_RETURN: lower_return(l, n); return;
  case AST_ASSERT: lower_assert(l, n); return;
  case AST_RAISE: lower_raise(l, n); return;
  case AST_FUNCDEF: return; /* its Specs are lowered as functions of their own */
  case AST_IMPORT: return;
  case AST_INT: case AST_FLOAT: case AST_IMAG: case AST_STR: case AST_BOOL: case AST_NONE:
  case AST_FSTRING: case AST_FORMATTED: case AST_NAME: case AST_ATTR: case AST_SUBSCRIPT:
  case AST_SLICE: case AST_CALL: case AST_BINOP: case AST_UNARY: case AST_BOOLOP:
  case AST_COMPARE: case AST_IFEXP: case AST_TUPLE: case AST_LIST: case AST_LISTCOMP:
  case AST_NKINDS:
    not_a_stmt(l, n);
    return;
  }
}

void lower_block(Lower *l, AstList *stmts) {
  for (int i = 0; i < stmts->len; i++) lower_stmt(l, stmts->data[i]);
}

/* ------------------------------------------------------------------ */
/* Functions and the module                                            */
/* ------------------------------------------------------------------ */

/* An IrFunc for a Spec, with its parameters; the body comes later, once
 * every function exists (calls may point forward). */
static IrFunc *func_shell(Lower *l, Spec *sp, bool is_init) {
  IrFunc *fn = NEW(&l->cx->arena, IrFunc);
  FuncDef *def = sp->def;
  fn->name = def ? def->name : l->ast->name;
  fn->cname = sp->cname ? sp->cname : arena_printf(&l->cx->arena, "kp_%s__init", l->ast->name);
  fn->span = def ? def->name_span : (Span){0, 0, 0};
  fn->ret = sp->ret ? sp->ret : ty(TY_NONE);
  fn->doc = def ? def->doc : NULL;
  fn->exported = sp->exported;
  fn->is_init = is_init;
  int np = def ? def->nparams : 0;
  fn->params = NEWN(&l->cx->arena, IrVar *, np ? np : 1);
  fn->defaults = NEWN(&l->cx->arena, AstNode *, np ? np : 1);
  for (int i = 0; i < np; i++) fn->defaults[i] = def->params[i].dflt;
  fn->nparams = np;
  l->fn = fn;
  for (int i = 0; i < np; i++) {
    Param *p = &def->params[i];
    IrVar *v = new_var(l, p->name, sp->ptypes[i], VAR_PARAM, p->span);
    fn->params[i] = v;
    if (sp->params && sp->params[i]) sp->params[i]->ir = v;
  }
  sp->ir = fn;
  return fn;
}

static void lower_spec(Lower *l, Spec *sp) {
  IrFunc *fn = sp->ir;
  l->fn = fn;
  l->spec = sp;
  l->loop = NULL;
  for (int i = 0; i < sp->locals.len; i++) {
    Sym *s = sp->locals.data[i];
    if (s->kind == SYM_LOCAL && !s->ir) lw_sym_var(l, s);
  }
  l->out = &fn->body;
  lower_block(l, &sp->body);
}

/** Lower a type-checked module (sema_of(ast)) to IR. Errors for constructs
 * the IR cannot express yet are reported through cx; check diag_failed()
 * before running passes on the result. */
static void mark_bound(AstNode *t) {
  if (t->kind == AST_NAME && t->as.name.sym) t->as.name.sym->check_in_funcs = false;
  if (t->kind == AST_TUPLE || t->kind == AST_LIST)
    for (int i = 0; i < t->as.list.len; i++) mark_bound(t->as.list.data[i]);
}

/* In a module (not an executable), the __main__ block never runs, and a
 * global bound only inside a block (an if, a loop, a function's `global`)
 * may be unbound when a function reads it: such reads are checked, with
 * CPython's NameError. Top-level assignments bind for sure. */
static void mark_unbound_globals(AstModule *ast, SemaModule *sm) {
  for (int i = 0; i < sm->globals.len; i++) sm->globals.data[i]->check_in_funcs = true;
  for (int i = 0; i < ast->body.len; i++) {
    AstNode *st = ast->body.data[i];
    if (st->kind == AST_ASSIGN)
      for (int k = 0; k < st->as.assign.targets.len; k++) mark_bound(st->as.assign.targets.data[k]);
    else if (st->kind == AST_ANNASSIGN && st->as.ann.value) mark_bound(st->as.ann.target);
  }
  for (int i = 0; i < sm->globals.len; i++) /* then its stores keep the flag */
    sm->globals.data[i]->maybe_unbound |= sm->globals.data[i]->check_in_funcs;
}

IrModule *lower_module(Ctx *cx, AstModule *ast, const LowerOptions *opt) {
  SemaModule *sm = sema_of(ast);
  if (!sm) ICE("lower_module before infer_module");
  IrModule *m = NEW(&cx->arena, IrModule);
  m->name = ast->name;
  m->src = ast->src;
  m->is_exe = opt->exe;
  m->auto_parallel = opt->auto_parallel;
  Lower l = {.cx = cx, .opt = opt, .ast = ast, .m = m};
  if (!opt->exe) mark_unbound_globals(ast, sm);
  for (int i = 0; i < sm->globals.len; i++)
    if (!sm->globals.data[i]->ir) global_var(&l, sm->globals.data[i]);
  for (int i = 0; i < sm->specs.len; i++)
    vec_push(&cx->arena, &m->funcs, func_shell(&l, sm->specs.data[i], false));
  if (sm->init) m->init = func_shell(&l, sm->init, true);
  for (int i = 0; i < sm->specs.len; i++) lower_spec(&l, sm->specs.data[i]);
  if (sm->init) lower_spec(&l, sm->init);
  return m;
}
