/* frontend/infer.c — name resolution and type inference.
 *
 * Consumes the AST of cst.c, produces the annotations described in sema.h:
 * a type on every expression, a Sym on every name, a CallInfo on every
 * call, and one Spec per function specialisation. A variable's type is the
 * type of its first binding (or its annotation); later bindings must agree.
 * Unannotated helpers are specialised per call signature: the body is
 * copied and inferred again for each new signature. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend.h"
#include "sema.h"

const char *const builtin_names[] = {
#define X(k, s) s,
    BUILTINS(X)
#undef X
};
const char *const method_names[] = {
#define X(k, s) s,
    METHODS(X)
#undef X
};

/* Exception classes, in the runtime's KR_EXCEPTIONS order (1-based). */
static const char *const exc_names[] = {
    "Exception", "ArithmeticError", "ZeroDivisionError", "OverflowError",
    "ValueError", "TypeError", "IndexError", "KeyError", "AssertionError",
    "RuntimeError", "NotImplementedError", "MemoryError", "RecursionError",
    "StopIteration", "SystemExit", "LookupError", "FloatingPointError",
    "KeyboardInterrupt", "UnboundLocalError", "NameError"};
enum { NEXC = sizeof exc_names / sizeof exc_names[0] };

static const char *const known_modules[] = {"math", "sys", "time", "random", "krait",
                                            "numpy", "mpi4py"};

#include "infer_impl.h"

static Type *expr(Infer *I, AstNode *n);
static void stmts(Infer *I, AstList *body);

static Type *T(TypeKind k) { return type_prim(k); }
static const char *tn(Infer *I, Type *t) { return type_name(I->cx, t); }

SemaModule *sema_of(AstModule *m) { return m->sema; }

/* ---------- symbols ---------- */

static Sym *new_sym(Infer *I, SymKind k, const char *name, Span sp) {
  Sym *s = NEW(&I->cx->arena, Sym);
  s->kind = k;
  s->name = name;
  s->span = sp;
  return s;
}

Sym *inf_find_in(Sym **v, int n, const char *name) {
  for (int i = n - 1; i >= 0; i--)
    if (v[i]->name == name) return v[i];
  return NULL;
}

int inf_bindings(Infer *I, const char *name) {
  int k = 0;
  for (int i = 0; i < I->local_names.len; i++) k += I->local_names.data[i] == name;
  return k;
}

static bool is_local_name(Infer *I, const char *name) {
  for (int i = 0; i < I->local_names.len; i++)
    if (I->local_names.data[i] == name) return true;
  return false;
}

static Sym *builtin_sym(Infer *I, const char *name, Span sp) {
  for (int b = 0; b < B_NBUILTINS; b++) {
    if (b >= B_MATH_SQRT) break;
    if (strcmp(builtin_names[b], name) == 0) {
      Sym *s = new_sym(I, SYM_BUILTIN, name, sp);
      s->builtin = (Builtin)b;
      return s;
    }
  }
  for (int e = 0; e < NEXC; e++)
    if (strcmp(exc_names[e], name) == 0) {
      Sym *s = new_sym(I, SYM_EXC, name, sp);
      s->exc = e + 1;
      return s;
    }
  return NULL;
}

/* Look a name up: function locals, then module scope, then builtins. */
static Sym *lookup(Infer *I, const char *name, Span sp) {
  Spec *c = I->cur;
  if (c && !c->def) { /* module init: its locals are the globals */
    Sym *s = inf_find_in(I->modsyms.data, I->modsyms.len, name);
    return s ? s : builtin_sym(I, name, sp);
  }
  if (c) {
    Sym *s = inf_find_in(c->locals.data, c->locals.len, name);
    if (s) return s;
    for (int i = 0; i < c->def->nparams; i++)
      if (c->params[i]->name == name) return c->params[i];
  }
  Sym *s = inf_find_in(I->modsyms.data, I->modsyms.len, name);
  return s ? s : builtin_sym(I, name, sp);
}

/* The symbol a binding of `name` in the current function writes. */
static Sym *bind_sym(Infer *I, const char *name, Span sp) {
  Spec *c = I->cur;
  if (!c->def) {
    Sym *s = inf_find_in(I->modsyms.data, I->modsyms.len, name);
    if (s && (s->kind == SYM_GLOBAL)) return s;
    if (s && s->kind != SYM_GLOBAL) {
      diag_error(I->cx, sp, "cannot rebind '%s'", name);
      diag_hint(I->cx, "'%s' already names a function or module; pick another name", name);
      return NULL;
    }
    s = new_sym(I, SYM_GLOBAL, name, sp);
    vec_push(&I->cx->arena, &I->modsyms, s);
    vec_push(&I->cx->arena, &I->sm->globals, s);
    return s;
  }
  for (int i = 0; i < c->def->nparams; i++)
    if (c->params[i]->name == name) return c->params[i];
  Sym *s = inf_find_in(c->locals.data, c->locals.len, name);
  if (s) return s;
  s = new_sym(I, SYM_LOCAL, name, sp);
  vec_push(&I->cx->arena, &c->locals, s);
  return s;
}

/* A binding whose value failed to type-check: later uses of the names stay
 * quiet, so each mistake is reported once. */
static void poison(Infer *I, AstNode *t) {
  if (!t || !I->cur) return;
  if (t->kind == AST_TUPLE || t->kind == AST_LIST) {
    for (int i = 0; i < t->as.list.len; i++) poison(I, t->as.list.data[i]);
    return;
  }
  if (t->kind != AST_NAME) return;
  Sym *s = I->cur->def ? NULL : inf_find_in(I->modsyms.data, I->modsyms.len, t->as.name.id);
  if (s && s->kind != SYM_GLOBAL) return;
  s = bind_sym(I, t->as.name.id, t->span);
  if (s && !s->type) s->poisoned = true;
}

/* ---------- annotations ---------- */

typedef struct { const char *name; TypeKind k; } TypeName;
static const TypeName type_names[] = {
    {"int", TY_I64}, {"float", TY_F64}, {"bool", TY_BOOL}, {"complex", TY_C128},
    {"str", TY_STR}, {"None", TY_NONE}, {"i8", TY_I8}, {"i16", TY_I16},
    {"i32", TY_I32}, {"i64", TY_I64}, {"u8", TY_U8}, {"u16", TY_U16},
    {"u32", TY_U32}, {"u64", TY_U64}, {"f32", TY_F32}, {"f64", TY_F64},
    {"c64", TY_C64}, {"c128", TY_C128}, {"int8", TY_I8}, {"int16", TY_I16},
    {"int32", TY_I32}, {"int64", TY_I64}, {"uint8", TY_U8}, {"uint16", TY_U16},
    {"uint32", TY_U32}, {"uint64", TY_U64}, {"float32", TY_F32},
    {"float64", TY_F64}, {"complex64", TY_C64}, {"complex128", TY_C128},
    {"bool_", TY_BOOL}, {"intp", TY_I64}, {"double", TY_F64}};

/* Strip a module prefix the user imported: np.float64, krait.f64. */
static const char *strip_prefix(Infer *I, const char *name) {
  const char *dot = strrchr(name, '.');
  if (!dot) return name;
  size_t n = (size_t)(dot - name);
  const char *mod = intern(I->cx, name, n);
  Sym *s = lookup(I, mod, (Span){0});
  if ((s && s->kind == SYM_MODULE) || !strcmp(mod, "numpy") || !strcmp(mod, "krait"))
    return dot + 1;
  return name;
}

static Type *annot_type(Infer *I, Annot *a);

static Type *annot_sub(Infer *I, Annot *a) {
  const char *base = a->base->kind == ANNOT_NAME ? strip_prefix(I, a->base->name) : "";
  if (!strcmp(base, "list") || !strcmp(base, "List")) {
    if (a->nargs != 1) goto bad;
    Type *e = annot_type(I, a->args[0]);
    return e ? type_list(I->cx, e) : NULL;
  }
  if (!strcmp(base, "tuple") || !strcmp(base, "Tuple")) {
    Type **elts = NEWN(&I->cx->arena, Type *, a->nargs ? a->nargs : 1);
    for (int i = 0; i < a->nargs; i++)
      if (!(elts[i] = annot_type(I, a->args[i]))) return NULL;
    return type_tuple(I->cx, elts, a->nargs);
  }
  Type *dt = annot_type(I, a->base);
  if (!dt) return NULL;
  if (!type_is_numeric(dt)) goto bad;
  for (int i = 0; i < a->nargs; i++)
    if (a->args[i]->kind != ANNOT_SLICE || (a->args[i]->contig && i != a->nargs - 1))
      goto bad;
  return type_array(I->cx, dt, a->nargs, a->args[a->nargs - 1]->contig);
bad:
  diag_error(I->cx, a->span, "unsupported annotation");
  diag_hint(I->cx, "use a scalar type, list[T], tuple[T, ...] or an array like f64[:, ::1]");
  return NULL;
}

static Type *annot_type(Infer *I, Annot *a) {
  switch (a->kind) {
  case ANNOT_NONE:
    return T(TY_NONE);
  case ANNOT_SLICE:
    break;
  case ANNOT_SUB:
    return annot_sub(I, a);
  case ANNOT_NAME: {
    const char *n = strip_prefix(I, a->name);
    if (n != a->name) {   /* MPI.Comm, MPI.Intracomm, MPI.Request, MPI.Status */
      Sym *m = lookup(I, intern(I->cx, a->name, (size_t)(n - 1 - a->name)), (Span){0});
      if (m && m->kind == SYM_MODULE && !strcmp(m->module, "mpi4py")) {
        static const TypeName mpi[] = {{"Comm", TY_COMM}, {"Intracomm", TY_COMM},
                                       {"Request", TY_REQUEST}, {"Status", TY_STATUS}};
        for (size_t i = 0; i < sizeof mpi / sizeof mpi[0]; i++)
          if (!strcmp(mpi[i].name, n)) return T(mpi[i].k);
      }
    }
    for (size_t i = 0; i < sizeof type_names / sizeof type_names[0]; i++)
      if (!strcmp(type_names[i].name, n)) return T(type_names[i].k);
    diag_error(I->cx, a->span, "unknown type '%s'", a->name);
    diag_hint(I->cx, "krait types are int, float, bool, complex, str, the numpy widths "
                     "(f64, i32, ...), list[T] and tuple[...]");
    return NULL;
  }
  }
  diag_error(I->cx, a->span, "unsupported annotation");
  return NULL;
}

/* ---------- conversions ---------- */

/* May a value of type `from` be stored where `to` is expected? Numbers
 * widen (bool -> int -> float -> complex); everything else must match. */
static bool convertible(Type *from, Type *to) {
  if (from == to) return true;
  if (type_is_numeric(from) && type_is_numeric(to)) {
    if (type_is_complex(to)) return true;
    if (type_is_float(to)) return !type_is_complex(from);
    if (type_is_int(to)) return type_is_int(from) || from->kind == TY_BOOL;
  }
  if (from->kind == TY_LIST && to->kind == TY_LIST)
    return from->elem == to->elem;
  if (from->kind == TY_ARRAY && to->kind == TY_ARRAY)   /* ::1 is checked when not known */
    return from->elem == to->elem && from->ndim == to->ndim;
  return false;
}

static bool is_value_type(Type *t) {
  return t && t->kind != TY_FUNC && t->kind != TY_MODULE && t->kind != TY_EXCCLASS &&
         t->kind != TY_RANGE;
}

static Type *value(Infer *I, AstNode *n) {
  Type *t = expr(I, n);
  if (t && !is_value_type(t)) {
    diag_error(I->cx, n->span, "%s is not a value here",
               t->kind == TY_RANGE ? "an iterator" : "this name");
    diag_hint(I->cx, t->kind == TY_RANGE ? "use it directly in a for loop"
                                          : "call it, or use a variable");
    return NULL;
  }
  return t;
}

Type *inf_expr(Infer *I, AstNode *n) { return expr(I, n); }
Type *inf_value(Infer *I, AstNode *n) { return value(I, n); }
const char *inf_tn(Infer *I, Type *t) { return tn(I, t); }
Type *inf_annot_type(Infer *I, Annot *a) { return annot_type(I, a); }

Type *inf_dtype_name(Infer *I, const char *name) {
  (void)I;
  for (size_t i = 0; i < sizeof type_names / sizeof type_names[0]; i++)
    if (!strcmp(type_names[i].name, name)) return T(type_names[i].k);
  return NULL;
}

/* ---------- specialisation ---------- */

static int count_specs(Infer *I, FuncDef *f) {
  int n = 0;
  for (int i = 0; i < I->sm->specs.len; i++) n += I->sm->specs.data[i]->def == f;
  return n;
}

static Spec *new_spec(Infer *I, FuncDef *f, Type **ptypes) {
  Spec *s = NEW(&I->cx->arena, Spec);
  int k = count_specs(I, f);
  s->def = f;
  s->cname = k ? arena_printf(&I->cx->arena, "kp_%s_%s_%d", I->m->name, f->name, k + 1)
               : arena_printf(&I->cx->arena, "kp_%s_%s", I->m->name, f->name);
  s->ptypes = ptypes;
  s->params = NEWN(&I->cx->arena, Sym *, f->nparams + 1);
  for (int i = 0; i < f->nparams; i++) {
    Sym *p = new_sym(I, SYM_PARAM, f->params[i].name, f->params[i].span);
    p->type = ptypes[i];
    s->params[i] = p;
  }
  s->body = k ? ast_clone_list(I->cx, &f->body) : f->body;
  vec_push(&I->cx->arena, &I->sm->specs, s);
  return s;
}

static void collect_bound(Infer *I, AstList *body);

static void bound_target(Infer *I, AstNode *t) {
  if (!t) return;
  if (t->kind == AST_NAME) vec_push(&I->cx->arena, &I->local_names, t->as.name.id);
  if (t->kind == AST_TUPLE || t->kind == AST_LIST)
    for (int i = 0; i < t->as.list.len; i++) bound_target(I, t->as.list.data[i]);
}

/* Python: a name bound anywhere in a function is local to all of it. */
static void collect_bound(Infer *I, AstList *body) {
  for (int i = 0; i < body->len; i++) {
    AstNode *s = body->data[i];
    switch (s->kind) {
    case AST_ASSIGN:
      for (int j = 0; j < s->as.assign.targets.len; j++)
        bound_target(I, s->as.assign.targets.data[j]);
      break;
    case AST_AUGASSIGN: bound_target(I, s->as.aug.target); break;
    case AST_ANNASSIGN: bound_target(I, s->as.ann.target); break;
    case AST_FOR:
      bound_target(I, s->as.for_.target);
      collect_bound(I, &s->as.for_.body);
      collect_bound(I, &s->as.for_.orelse);
      break;
    case AST_IF: case AST_WHILE:
      collect_bound(I, &s->as.if_.body);
      collect_bound(I, &s->as.if_.orelse);
      break;
    default:
      break;
    }
  }
}

/* Control flow and definite assignment: infer_flow.c. */

/* A variable bound to None that never became an array. */
static void check_none_vars(Infer *I, Sym **v, int n) {
  for (int i = 0; i < n; i++)
    if (v[i]->none_first && v[i]->type && v[i]->type->kind == TY_NONE) {
      diag_error(I->cx, v[i]->span, "cannot assign None to '%s'", v[i]->name);
      diag_hint(I->cx, "krait variables hold one type; only an array variable may also hold "
                       "None (data = None, then data = np.zeros(n))");
    }
}

static void infer_spec(Infer *I, Spec *s) {
  if (s->inferred || I->depth > 64) return;
  Spec *saved = I->cur;
  __typeof__(I->local_names) saved_names = I->local_names;
  __typeof__(I->comp) saved_comp = I->comp;   /* another function's scope */
  I->comp.data = NULL;
  I->comp.len = I->comp.cap = 0;
  I->cur = s;
  I->local_names.data = NULL;
  I->local_names.len = I->local_names.cap = 0;
  I->depth++;
  collect_bound(I, &s->body);
  int before = I->cx->diag.nerrors;
  stmts(I, &s->body);
  if (!s->ret) s->ret = s->def->ret ? annot_type(I, s->def->ret) : T(TY_NONE);
  s->failed = I->cx->diag.nerrors > before || !s->ret;   /* !ret: a bad annotation */
  if (!s->failed) inf_check_falls_off(I, s);
  if (!s->failed) check_none_vars(I, s->locals.data, s->locals.len);
  s->failed = I->cx->diag.nerrors > before;
  if (!s->failed) {
    inf_definite_assignment(I, &s->body);
  }
  s->inferred = true;
  I->depth--;
  I->cur = saved;
  I->local_names = saved_names;
  I->comp = saved_comp;
}

/* ---------- calls ---------- */

static void arity_error(Infer *I, AstNode *call, const char *name, const char *what) {
  diag_error(I->cx, call->span, "%s() %s", name, what);
}

/* Bind the call's arguments to f's parameters (positional, keywords,
 * defaults), with CPython's messages for mismatches. */
static AstNode **bind_args(Infer *I, AstNode *call, FuncDef *f) {
  AstNode **out = NEWN(&I->cx->arena, AstNode *, f->nparams + 1);
  AstList *args = &call->as.call.args;
  if (args->len > f->nparams) {
    arity_error(I, call, f->name,
                arena_printf(&I->cx->arena, "takes %d positional argument%s but %d %s given",
                             f->nparams, f->nparams == 1 ? "" : "s", args->len,
                             args->len == 1 ? "was" : "were"));
    return NULL;
  }
  for (int i = 0; i < args->len; i++) out[i] = args->data[i];
  for (int k = 0; k < call->as.call.nkws; k++) {
    Keyword *kw = &call->as.call.kws[k];
    int j = -1;
    for (int i = 0; i < f->nparams; i++)
      if (f->params[i].name == kw->name) j = i;
    if (j < 0) {
      diag_error(I->cx, kw->span, "%s() got an unexpected keyword argument '%s'", f->name,
                 kw->name);
      return NULL;
    }
    if (out[j]) {
      diag_error(I->cx, kw->span, "%s() got multiple values for argument '%s'", f->name,
                 kw->name);
      return NULL;
    }
    out[j] = kw->value;
  }
  for (int i = 0; i < f->nparams; i++) {
    if (!out[i]) out[i] = f->params[i].dflt;
    if (!out[i]) {
      arity_error(I, call, f->name,
                  arena_printf(&I->cx->arena, "missing 1 required positional argument: '%s'",
                               f->params[i].name));
      return NULL;
    }
  }
  return out;
}

static Spec *find_spec(Infer *I, FuncDef *f, Type **pt) {
  for (int i = 0; i < I->sm->specs.len; i++) {
    Spec *s = I->sm->specs.data[i];
    if (s->def != f) continue;
    bool same = true;
    for (int j = 0; j < f->nparams && same; j++) same = s->ptypes[j] == pt[j];
    if (same) return s;
  }
  return NULL;
}

static Type *call_user(Infer *I, AstNode *n, CallInfo *ci, FuncDef *f) {
  AstNode **args = bind_args(I, n, f);
  if (!args) return NULL;
  Type **pt = NEWN(&I->cx->arena, Type *, f->nparams + 1);
  for (int i = 0; i < f->nparams; i++) {
    Type *at = value(I, args[i]);
    if (!at) return NULL;
    Type *want = f->params[i].annot ? annot_type(I, f->params[i].annot) : at;
    if (!want) return NULL;
    if (!convertible(at, want)) {
      bool dflt = args[i] == f->params[i].dflt;
      diag_error(I->cx, args[i]->span, "%s '%s' of %s() must be '%s', not '%s'",
                 dflt ? "the default of" : "argument", f->params[i].name, f->name,
                 tn(I, want), tn(I, at));
      return NULL;
    }
    pt[i] = want;
  }
  Spec *s = find_spec(I, f, pt);
  if (!s) s = new_spec(I, f, pt);
  ci->kind = CALLK_USER;
  ci->spec = s;
  ci->args = args;
  ci->nargs = f->nparams;
  if (!s->inferred && I->cur != s) infer_spec(I, s);
  if (s->failed) return NULL;
  if (!s->ret) {
    if (f->ret) return s->ret = annot_type(I, f->ret);
    diag_error(I->cx, n->span, "cannot infer the return type of recursive function '%s'",
               f->name);
    diag_hint(I->cx, "annotate it: def %s(...) -> int:", f->name);
    return NULL;
  }
  return s->ret;
}

static bool want_args(Infer *I, AstNode *n, const char *name, int lo, int hi) {
  int k = n->as.call.args.len;
  if (k >= lo && k <= hi) return true;
  if (lo == hi)
    diag_error(I->cx, n->span, "%s() takes exactly %d argument%s (%d given)", name, lo,
               lo == 1 ? "" : "s", k);
  else
    diag_error(I->cx, n->span, "%s() takes from %d to %d arguments (%d given)", name, lo,
               hi, k);
  return false;
}

static Type *arg_t(Infer *I, AstNode *n, int i) { return value(I, n->as.call.args.data[i]); }

static bool numeric_arg(Infer *I, AstNode *n, int i, Type **out) {
  Type *t = arg_t(I, n, i);
  if (!t) return false;
  if (!type_is_numeric(t)) {
    diag_error(I->cx, n->as.call.args.data[i]->span, "expected a number, got '%s'", tn(I, t));
    return false;
  }
  if (out) *out = t;
  return true;
}

static Type *arith_result(Infer *I, AstNode *n, BinOp op, Type *a, Type *b);

/* Keyword arguments accepted by builtins and methods. */
static bool take_kws(Infer *I, AstNode *n, CallInfo *ci, const char *allowed) {
  for (int k = 0; k < n->as.call.nkws; k++) {
    Keyword *kw = &n->as.call.kws[k];
    const char *name = kw->name;
    size_t len = strlen(name);
    const char *p = strstr(allowed, name);
    if (!p || p[len] != ',' || (p != allowed && p[-1] != ',')) {
      diag_error(I->cx, kw->span, "unexpected keyword argument '%s'", name);
      return false;
    }
    if (!strcmp(name, "file")) {
      AstNode *f = kw->value;
      Sym *ms = f->kind == AST_ATTR && f->as.attr.value->kind == AST_NAME
                    ? lookup(I, f->as.attr.value->as.name.id, f->span) : NULL;
      if (!ms || ms->kind != SYM_MODULE || strcmp(ms->module, "sys") ||
          (strcmp(f->as.attr.name, "stderr") && strcmp(f->as.attr.name, "stdout"))) {
        diag_error(I->cx, f->span, "print() can only write to sys.stdout or sys.stderr");
        return false;
      }
      f->as.attr.value->as.name.sym = ms;
      f->as.attr.value->type = T(TY_MODULE);
      f->type = T(TY_NONE);
      ci->kw_file = f;
      continue;
    }
    Type *t = value(I, kw->value);
    if (!t) return false;
    if (!strcmp(name, "schedule")) {
      AstNode *v = kw->value;
      if (v->kind != AST_STR || (strcmp(v->as.str.s, "static") && strcmp(v->as.str.s, "dynamic") &&
                                 strcmp(v->as.str.s, "guided"))) {
        diag_error(I->cx, v->span, "prange() schedule must be \"static\", \"dynamic\" or \"guided\"");
        diag_hint(I->cx, "write the schedule as a string constant");
        return false;
      }
      ci->kw_schedule = v;
      continue;
    }
    if (!strcmp(name, "num_threads")) {
      if (!type_is_int(t)) {
        diag_error(I->cx, kw->value->span, "prange() num_threads must be an int, not '%s'", tn(I, t));
        diag_hint(I->cx, "give a whole number of threads, e.g. num_threads=4");
        return false;
      }
      ci->kw_num_threads = kw->value;
      continue;
    }
    if (!strcmp(name, "sep") || !strcmp(name, "end")) {
      if (t->kind != TY_STR) {
        diag_error(I->cx, kw->value->span, "%s must be a str, not '%s'", name, tn(I, t));
        return false;
      }
      if (!strcmp(name, "sep")) ci->kw_sep = kw->value;
      else ci->kw_end = kw->value;
    } else if (!strcmp(name, "reverse")) {
      ci->kw_reverse = kw->value;
    } else {
      ci->kw_file = kw->value;
    }
  }
  return true;
}

static Type *iter_elem(Infer *I, AstNode *it);

/* An iterable argument (list, str, tuple, array, range, zip, ...), typed as
 * the list of its items; builtins such as sum and sorted loop over it. */
static Type *list_arg(Infer *I, AstNode *n, int i, const char *fname) {
  AstNode *a = n->as.call.args.data[i];
  Type *t = expr(I, a);
  if (!t) return NULL;
  if (t->kind == TY_LIST) return t;
  if (t->kind == TY_STR || t->kind == TY_RANGE || t->kind == TY_TUPLE || t->kind == TY_ARRAY) {
    Type *e = iter_elem(I, a);
    return e ? type_list(I->cx, e) : NULL;
  }
  diag_error(I->cx, a->span, "%s() needs an iterable here, not '%s'", fname, tn(I, t));
  return NULL;
}

/* min/max of a list, or of 2+ scalars of one kind (numbers or strs). */
static Type *call_minmax(Infer *I, AstNode *n, const char *name) {
  int k = n->as.call.args.len;
  if (k == 0) return want_args(I, n, name, 1, 99), NULL;
  if (k == 1) {
    Type *l = list_arg(I, n, 0, name);
    return l ? l->elem : NULL;
  }
  Type *t = NULL;
  for (int i = 0; i < k; i++) {
    Type *a = arg_t(I, n, i);
    if (!a) return NULL;
    bool same_kind = !t || a == t || (type_is_numeric(a) && type_is_numeric(t) &&
                                      (a->kind == TY_BOOL || type_is_int(a)) ==
                                          (t->kind == TY_BOOL || type_is_int(t)));
    if (!(type_is_numeric(a) || a->kind == TY_STR) || !same_kind) {
      diag_error(I->cx, n->span, "%s() of '%s' and '%s' has a type that depends on the values",
                 name, tn(I, t ? t : a), tn(I, a));
      diag_hint(I->cx, "convert the arguments to one type, e.g. %s(x, float(n))", name);
      return NULL;
    }
    t = t && a != t ? type_promote(t, a) : a;
  }
  return t;
}

static Type *math_call(Infer *I, AstNode *n, Builtin b) {
  const char *name = builtin_names[b] + 5;
  int lo = 1, hi = 1;
  switch (b) {
  case B_MATH_ATAN2: case B_MATH_HYPOT: case B_MATH_FMOD: case B_MATH_COPYSIGN:
  case B_MATH_POW: case B_MATH_REMAINDER: case B_MATH_GCD: case B_MATH_LCM:
  case B_MATH_COMB: case B_MATH_PERM: case B_MATH_ISCLOSE:
    lo = hi = 2;
    break;
  case B_MATH_LOG: hi = 2; break;
  default: break;
  }
  if (!want_args(I, n, name, lo, hi)) return NULL;
  bool int_args = b == B_MATH_GCD || b == B_MATH_LCM || b == B_MATH_FACTORIAL ||
                  b == B_MATH_ISQRT || b == B_MATH_COMB || b == B_MATH_PERM;
  for (int i = 0; i < n->as.call.args.len; i++) {
    Type *t;
    if (!numeric_arg(I, n, i, &t)) return NULL;
    if (type_is_complex(t) || (int_args && !type_is_int(t) && t->kind != TY_BOOL)) {
      diag_error(I->cx, n->as.call.args.data[i]->span, "math.%s() does not accept '%s'", name,
                 tn(I, t));
      return NULL;
    }
  }
  switch (b) {
  case B_MATH_FLOOR: case B_MATH_CEIL: case B_MATH_TRUNC: return T(TY_I64);
  case B_MATH_ISNAN: case B_MATH_ISINF: case B_MATH_ISFINITE: case B_MATH_ISCLOSE:
    return T(TY_BOOL);
  default: return int_args ? T(TY_I64) : T(TY_F64);
  }
}

static Type *call_conv(Infer *I, AstNode *n, Builtin b) {
  const char *name = builtin_names[b];
  if (b == B_COMPLEX) {
    if (!want_args(I, n, name, 0, 2)) return NULL;
    for (int i = 0; i < n->as.call.args.len; i++)
      if (!numeric_arg(I, n, i, NULL)) return NULL;
    return T(TY_C128);
  }
  if (!want_args(I, n, name, b == B_STR || b == B_REPR ? 1 : 0, 1)) return NULL;
  if (n->as.call.args.len == 1) {
    Type *t = arg_t(I, n, 0);
    if (!t) return NULL;
    bool ok = b == B_STR || b == B_REPR || b == B_BOOL || type_is_numeric(t) ||
              t->kind == TY_STR;
    if (ok && (b == B_INT || b == B_FLOAT) && type_is_complex(t)) ok = false;
    if (!ok) {
      diag_error(I->cx, n->span, "%s() does not accept '%s'", name, tn(I, t));
      return NULL;
    }
  }
  return b == B_INT ? T(TY_I64) : b == B_FLOAT ? T(TY_F64) : b == B_BOOL ? T(TY_BOOL)
                                                                        : T(TY_STR);
}

static Type *iter_elem(Infer *I, AstNode *it);

/* Iterator-producing builtins: only valid as a for-loop iterable. */
static Type *call_iter(Infer *I, AstNode *n, Builtin b) {
  const char *name = builtin_names[b];
  int k = n->as.call.args.len;
  if (b == B_RANGE || b == B_KRAIT_PRANGE) {
    if (!want_args(I, n, name, 1, 3)) return NULL;
    for (int i = 0; i < k; i++) {
      Type *t = arg_t(I, n, i);
      if (!t) return NULL;
      if (!type_is_int(t) && t->kind != TY_BOOL) {
        diag_error(I->cx, n->as.call.args.data[i]->span,
                   "'%s' object cannot be interpreted as an integer", tn(I, t));
        return NULL;
      }
    }
    return T(TY_RANGE);
  }
  if (!want_args(I, n, name, 1, b == B_ENUMERATE ? 2 : b == B_ZIP ? 3 : 1)) return NULL;
  for (int i = 0; i < k; i++) {
    AstNode *a = n->as.call.args.data[i];
    if (b == B_ENUMERATE && i == 1) {
      Type *t = value(I, a);
      if (!t) return NULL;
      if (!type_is_int(t)) {
        diag_error(I->cx, a->span, "enumerate() start must be an int, not '%s'", tn(I, t));
        return NULL;
      }
      continue;
    }
    Type *t = expr(I, a);
    if (!t) return NULL;
    bool lazy = t->kind == TY_RANGE && a->kind == AST_CALL &&
                ((CallInfo *)a->as.call.resolved)->builtin != B_RANGE;
    if (b == B_REVERSED && lazy) {
      diag_error(I->cx, a->span, "reversed() needs a sequence, not an iterator");
      return NULL;
    }
    if (!iter_elem(I, a)) return NULL;
  }
  return T(TY_RANGE);
}

static Type *call_builtin(Infer *I, AstNode *n, CallInfo *ci, Builtin b) {
  ci->kind = CALLK_BUILTIN;
  ci->builtin = b;
  ci->args = n->as.call.args.data;
  ci->nargs = n->as.call.args.len;
  const char *name = builtin_names[b];
  if (b >= B_NP_ZEROS) return np_call(I, n, ci, b);
  if (b == B_ENUMERATE && n->as.call.nkws == 1 && !strcmp(n->as.call.kws[0].name, "start") &&
      n->as.call.args.len == 1) {   /* enumerate(xs, start=1) */
    vec_push(&I->cx->arena, &n->as.call.args, n->as.call.kws[0].value);
    n->as.call.nkws = 0;
    ci->args = n->as.call.args.data;
    ci->nargs = n->as.call.args.len;
  }
  const char *kws = b == B_PRINT ? "sep,end,file," : b == B_SORTED ? "reverse,"
                  : b == B_KRAIT_PRANGE ? "schedule,num_threads," : "";
  if (!take_kws(I, n, ci, kws)) return NULL;
  if (b >= B_MATH_SQRT && b <= B_MATH_PERM) return math_call(I, n, b);
  switch (b) {
  case B_PRINT:
    for (int i = 0; i < ci->nargs; i++)
      if (!value(I, ci->args[i])) return NULL;
    return T(TY_NONE);
  case B_LEN: {
    if (!want_args(I, n, name, 1, 1)) return NULL;
    Type *t = arg_t(I, n, 0);
    if (t && t->kind != TY_LIST && t->kind != TY_STR && t->kind != TY_TUPLE &&
        t->kind != TY_ARRAY) {
      diag_error(I->cx, n->span, "object of type '%s' has no len()", tn(I, t));
      return NULL;
    }
    return t ? T(TY_I64) : NULL;
  }
  case B_RANGE: case B_ENUMERATE: case B_ZIP: case B_REVERSED: case B_KRAIT_PRANGE:
    return call_iter(I, n, b);
  case B_ABS: {
    Type *t;
    if (!want_args(I, n, name, 1, 1) || !numeric_arg(I, n, 0, &t)) return NULL;
    return type_is_complex(t) ? T(TY_F64) : t->kind == TY_BOOL ? T(TY_I64) : t;
  }
  case B_MIN: case B_MAX:
    return call_minmax(I, n, name);
  case B_SUM: case B_ANY: case B_ALL: {
    if (!want_args(I, n, name, 1, b == B_SUM ? 2 : 1)) return NULL;
    Type *l = list_arg(I, n, 0, name);
    if (!l) return NULL;
    if (b != B_SUM) return T(TY_BOOL);
    if (!type_is_numeric(l->elem)) {
      diag_error(I->cx, n->span, "sum() needs a list of numbers, not '%s'", tn(I, l));
      return NULL;
    }
    Type *r = l->elem->kind == TY_BOOL ? T(TY_I64) : l->elem;
    if (ci->nargs == 2) {
      Type *st;
      if (!numeric_arg(I, n, 1, &st)) return NULL;
      r = type_promote(r, st);
    }
    return r;
  }
  case B_ROUND: {
    Type *t;
    if (!want_args(I, n, name, 1, 2) || !numeric_arg(I, n, 0, &t)) return NULL;
    if (ci->nargs == 2) {
      Type *d = arg_t(I, n, 1);
      if (!d) return NULL;
      if (d->kind == TY_NONE) {   /* round(x, None) is round(x) */
        ci->nargs = 1;
        return T(TY_I64);
      }
      if (!type_is_int(d)) {
        diag_error(I->cx, n->as.call.args.data[1]->span,
                   "'%s' object cannot be interpreted as an integer", tn(I, d));
        return NULL;
      }
      return t->kind == TY_BOOL ? T(TY_I64) : t;
    }
    return T(TY_I64);
  }
  case B_DIVMOD: case B_POW: {
    Type *a, *c;
    if (!want_args(I, n, name, 2, 2) || !numeric_arg(I, n, 0, &a) || !numeric_arg(I, n, 1, &c))
      return NULL;
    if (b == B_POW) return arith_result(I, n, OP_POW, a, c);
    Type *r = arith_result(I, n, OP_FLOORDIV, a, c);
    if (!r) return NULL;
    Type *two[2] = {r, r};
    return type_tuple(I->cx, two, 2);
  }
  case B_INT: case B_FLOAT: case B_BOOL: case B_COMPLEX: case B_STR: case B_REPR:
    return call_conv(I, n, b);
  case B_FORMAT: {
    if (!want_args(I, n, name, 1, 2) || !arg_t(I, n, 0)) return NULL;
    if (ci->nargs == 2) {
      Type *s = arg_t(I, n, 1);
      if (!s || s->kind != TY_STR) return NULL;
    }
    return T(TY_STR);
  }
  case B_CHR: case B_HEX: case B_BIN: case B_OCT: {
    Type *t;
    if (!want_args(I, n, name, 1, 1) || !numeric_arg(I, n, 0, &t)) return NULL;
    if (!type_is_int(t) && t->kind != TY_BOOL) {
      diag_error(I->cx, n->span, "'%s' object cannot be interpreted as an integer", tn(I, t));
      return NULL;
    }
    return T(TY_STR);
  }
  case B_ORD: {
    if (!want_args(I, n, name, 1, 1)) return NULL;
    Type *t = arg_t(I, n, 0);
    if (t && t->kind != TY_STR) {
      diag_error(I->cx, n->span, "ord() expected a str, not '%s'", tn(I, t));
      return NULL;
    }
    return t ? T(TY_I64) : NULL;
  }
  case B_SORTED: {
    if (!want_args(I, n, name, 1, 1)) return NULL;
    return list_arg(I, n, 0, name);
  }
  case B_LIST: {
    if (!want_args(I, n, name, 1, 1)) return NULL;
    AstNode *a = ci->args[0];
    Type *t = expr(I, a);
    if (!t) return NULL;
    if (t->kind == TY_LIST) return t;
    Type *e = iter_elem(I, a);
    return e ? type_list(I->cx, e) : NULL;
  }
  case B_TUPLE:
    diag_error(I->cx, n->span, "tuple() is not supported");
    diag_hint(I->cx, "write the tuple out: (a, b)");
    return NULL;
  case B_SYS_EXIT:
    if (!want_args(I, n, "exit", 0, 1)) return NULL;
    if (ci->nargs == 1) {
      Type *t = arg_t(I, n, 0);
      if (!t || !(type_is_int(t) || t->kind == TY_STR || t->kind == TY_BOOL)) {
        if (t) diag_error(I->cx, n->span, "sys.exit() takes an int exit status or a str here");
        return NULL;
      }
    }
    return T(TY_NONE);
  case B_RANDOM_SEED: case B_TIME_SLEEP: case B_KRAIT_SET_NUM_THREADS: {
    if (!want_args(I, n, name, 1, 1) || !numeric_arg(I, n, 0, NULL)) return NULL;
    return T(TY_NONE);
  }
  case B_RANDOM_RANDOM: case B_TIME_TIME: case B_TIME_PERF_COUNTER: case B_TIME_MONOTONIC:
    return want_args(I, n, name, 0, 0) ? T(TY_F64) : NULL;
  case B_TIME_PERF_COUNTER_NS: case B_KRAIT_THREADID: case B_KRAIT_NUM_THREADS:
    return want_args(I, n, name, 0, 0) ? T(TY_I64) : NULL;
  case B_NP_RANDOM_SEED:
    if (!want_args(I, n, name, 0, 1) || (ci->nargs && !numeric_arg(I, n, 0, NULL))) return NULL;
    return T(TY_NONE);
  case B_NP_RANDOM_RANDOM: case B_MPI_WTIME: case B_MPI_WTICK:
    return want_args(I, n, name, 0, 0) ? T(TY_F64) : NULL;
  case B_MPI_STATUS:
    return want_args(I, n, name, 0, 0) ? T(TY_STATUS) : NULL;
  case B_MPI_WAITALL: case B_MPI_TESTALL: {   /* (requests, statuses=None) */
    if (!want_args(I, n, name, 1, 2)) return NULL;
    Type *l = arg_t(I, n, 0);
    if (!l) return NULL;
    if (l->kind != TY_LIST || l->elem->kind != TY_REQUEST) {
      diag_error(I->cx, n->as.call.args.data[0]->span,
                 "%s() needs a list of requests here, not '%s'", name, tn(I, l));
      return NULL;
    }
    Type *st = ci->nargs == 2 ? arg_t(I, n, 1) : T(TY_NONE);
    if (!st) return NULL;
    if (st->kind != TY_NONE) {
      diag_error(I->cx, n->as.call.args.data[1]->span, "%s() statuses must be None here", name);
      diag_hint(I->cx, "wait on each request with req.Wait(status) to read its status");
      return NULL;
    }
    return T(TY_BOOL);
  }
  case B_NP_RANDOM_UNIFORM: case B_NP_RANDOM_NORMAL: case B_NP_RANDOM_RANDINT: {
    bool ri = b == B_NP_RANDOM_RANDINT;
    if (!want_args(I, n, name, ri ? 1 : 0, 2)) return NULL;
    for (int i = 0; i < ci->nargs; i++) {
      Type *t;
      if (!numeric_arg(I, n, i, &t)) return NULL;
      if (ri && !type_is_int(t) && t->kind != TY_BOOL) {
        diag_error(I->cx, ci->args[i]->span, "%s() takes int bounds, not '%s'", name, tn(I, t));
        return NULL;
      }
    }
    return ri ? T(TY_I64) : T(TY_F64);
  }
  case B_RANDOM_UNIFORM: case B_RANDOM_GAUSS: case B_RANDOM_RANDINT: {
    if (!want_args(I, n, name, 2, 2)) return NULL;
    Type *a, *c;
    if (!numeric_arg(I, n, 0, &a) || !numeric_arg(I, n, 1, &c)) return NULL;
    return b == B_RANDOM_RANDINT ? T(TY_I64) : T(TY_F64);
  }
  case B_RANDOM_CHOICE: case B_RANDOM_SHUFFLE: {
    if (!want_args(I, n, name, 1, 1)) return NULL;
    Type *l = arg_t(I, n, 0);
    if (!l) return NULL;
    if (l->kind != TY_LIST) {
      diag_error(I->cx, n->as.call.args.data[0]->span, "%s() needs a list here, not '%s'", name,
                 tn(I, l));
      return NULL;
    }
    return b == B_RANDOM_CHOICE ? l->elem : T(TY_NONE);
  }
  case B_RANDOM_RANDRANGE: {
    if (!want_args(I, n, name, 1, 3)) return NULL;
    for (int i = 0; i < ci->nargs; i++)
      if (!numeric_arg(I, n, i, NULL)) return NULL;
    return T(TY_I64);
  }
  default:
    break;
  }
  diag_error(I->cx, n->span, "%s() is not supported", name);
  return NULL;
}

/* The parameters of the communicator methods, mpi4py's names and defaults
 * (an INT default, or NONE_DEFAULT; no default: required). */
typedef struct CommParam {
  const char *name;
  bool has_default;
  int64_t dflt;
  char spec;   /* a buffer that may be written as a message spec: 'b' [buf,
                  MPI.DOUBLE]; 'v' also [buf, counts, displs, MPI.DOUBLE] */
} CommParam;
#define NONE_DEFAULT INT64_MIN

static bool is_display(AstNode *a) { return a->kind == AST_LIST || a->kind == AST_TUPLE; }

/* MPI.DOUBLE, MPI.MAXLOC ... written out: the constant's code, or
 * INT64_MIN if a is not one */
static int64_t mpi_const(Infer *I, AstNode *a) {
  if (a->kind != AST_ATTR || a->as.attr.value->kind != AST_NAME) return INT64_MIN;
  Sym *m = a->as.attr.value->as.name.sym;
  if (!m || m->kind != SYM_MODULE || strcmp(m->module, "mpi4py")) return INT64_MIN;
  Sym *c = sema_module_attr(I->cx, "mpi4py", a->as.attr.name);
  return c && c->type->kind == TY_I64 ? (int64_t)c->fvalue : INT64_MIN;
}

/* MPI.DOUBLE ...: the datatype's code, or -1 if a is not one */
static int64_t datatype_code(Infer *I, AstNode *a) {
  int64_t c = mpi_const(I, a);
  return c >= MPI_BYTE_CODE ? c : -1;
}

/* Does datatype `code` describe elements of type t (as numpy's dtype)? */
static bool datatype_fits(int64_t code, Type *t) {
  static const TypeKind kinds[] = {TY_U8,  TY_I8,  TY_I16, TY_I32, TY_I64, TY_I64,
                                   TY_F32, TY_F64, TY_I8,  TY_I16, TY_I32, TY_I64,
                                   TY_U8,  TY_U16, TY_U32, TY_U64, TY_BOOL, TY_C128};
  int64_t i = code - MPI_BYTE_CODE;
  return i >= 0 && i < (int64_t)(sizeof kinds / sizeof kinds[0]) && kinds[i] == t->kind;
}

/* A message spec [buf, MPI.DOUBLE] or, for `vector`, [buf, counts],
 * [buf, counts, displs], [buf, (counts, displs)], each optionally ending
 * with the datatype: the buffer's node (typed), and counts and displs
 * (list[int]) in cd[0..1] when given. NULL after a diagnostic. */
static AstNode *buffer_spec(Infer *I, AstNode *a, const char *fname, bool vector, AstNode **cd) {
  int n = a->as.list.len;
  AstNode **xs = a->as.list.data;
  if (n < 2 || n > 4) goto bad;
  if (!value(I, xs[0])) return NULL;
  int k = 0;
  for (int i = 1; i < n; i++) {
    if (xs[i]->kind == AST_ATTR && !value(I, xs[i])) return NULL;
    int64_t code = datatype_code(I, xs[i]);
    if (code >= 0) {
      if (i != n - 1) goto bad;
      if (xs[0]->type->kind == TY_ARRAY && !datatype_fits(code, xs[0]->type->elem)) {
        diag_error(I->cx, xs[i]->span, "%s(): the buffer holds %s but the datatype is MPI.%s",
                   fname, tn(I, xs[0]->type->elem), xs[i]->as.attr.name);
        diag_hint(I->cx, "use the datatype of the array's dtype (MPI.DOUBLE for float64)");
        return NULL;
      }
      continue;
    }
    if (!vector) goto bad;
    if (is_display(xs[i]) && xs[i]->as.list.len == 2 && k == 0) {   /* (counts, displs) */
      cd[k++] = xs[i]->as.list.data[0];
      cd[k++] = xs[i]->as.list.data[1];
    } else if (k < 2) {
      cd[k++] = xs[i];
    } else {
      goto bad;
    }
  }
  for (int i = 0; i < k; i++) {
    Type *t = value(I, cd[i]);
    if (!t) return NULL;
    if (!((t->kind == TY_LIST || (t->kind == TY_ARRAY && t->ndim == 1)) &&
          type_is_int(t->elem))) {
      diag_error(I->cx, cd[i]->span, "%s() %s must be a list or 1-D array of ints here, not '%s'",
                 fname, i ? "displacements" : "counts", tn(I, t));
      return NULL;
    }
  }
  a->type = xs[0]->type;
  return xs[0];
bad:
  diag_error(I->cx, a->span, "%s(): unsupported message spec", fname);
  diag_hint(I->cx, vector ? "write [buf, counts], [buf, counts, displs] or [buf, (counts, "
                            "displs)], optionally ending with the datatype (MPI.DOUBLE)"
                          : "write the array, or [buf, datatype] (MPI.DOUBLE, MPI.INT64_T...)");
  return NULL;
}

static AstNode *int_node(Infer *I, Span sp, int64_t v) {
  AstNode *a = ast_new(I->cx, AST_INT, sp);
  a->as.i = v;
  a->type = T(TY_I64);
  return a;
}

static AstNode *none_node(Infer *I, Span sp) {
  AstNode *a = ast_new(I->cx, AST_NONE, sp);
  a->type = T(TY_NONE);
  return a;
}

/* Binds a call's positional and keyword arguments to ps[0..np) in
 * ci->args, defaults filled in; false after a diagnostic. */
static bool bind_comm(Infer *I, AstNode *n, CallInfo *ci, const char *fname,
                      const CommParam *ps, int np) {
  AstNode **out = NEWN(&I->cx->arena, AstNode *, np + 3);   /* + counts, displs */
  int npos = n->as.call.args.len;
  if (npos > np) {
    diag_error(I->cx, n->span, "%s() takes at most %d arguments (%d given)", fname, np, npos);
    return false;
  }
  for (int i = 0; i < npos; i++) out[i] = n->as.call.args.data[i];
  for (int k = 0; k < n->as.call.nkws; k++) {
    Keyword *kw = &n->as.call.kws[k];
    int j = 0;
    while (j < np && strcmp(ps[j].name, kw->name)) j++;
    if (j == np || out[j]) {
      diag_error(I->cx, kw->span, j == np ? "%s() got an unexpected keyword argument '%s'"
                                          : "%s() got multiple values for argument '%s'",
                 fname, kw->name);
      return false;
    }
    out[j] = kw->value;
  }
  for (int j = 0; j < np; j++) {
    if (out[j] && ps[j].spec && is_display(out[j])) {
      if (!(out[j] = buffer_spec(I, out[j], fname, ps[j].spec == 'v', out + np))) return false;
      continue;
    }
    if (out[j]) {
      if (!value(I, out[j])) return false;
      continue;
    }
    if (!ps[j].has_default) {
      diag_error(I->cx, n->span, "%s() missing required argument '%s'", fname, ps[j].name);
      return false;
    }
    out[j] = ps[j].dflt == NONE_DEFAULT ? none_node(I, n->span)
                                        : int_node(I, n->span, ps[j].dflt);
  }
  for (int j = np; j < np + 2; j++)   /* a vector spec's counts and displs, or None */
    if (!out[j]) out[j] = none_node(I, n->span);
  ci->args = out;
  ci->nargs = np;
  return true;
}

static bool want_int(Infer *I, AstNode *a, const char *fname, const char *what) {
  if (type_is_int(a->type) || a->type->kind == TY_BOOL) return true;
  diag_error(I->cx, a->span, "%s() %s must be an int, not '%s'", fname, what, tn(I, a->type));
  return false;
}

/* A numpy array of a dtype MPI has, as a message buffer; `none_ok`: or
 * None (a buffer only the root uses). */
static bool want_buffer_or(Infer *I, AstNode *a, const char *fname, bool none_ok) {
  Type *t = a->type;
  if (none_ok && a->kind == AST_NAME) a->as.name.none_ok = true;   /* an array or None */
  if (t->kind == TY_ARRAY && t->elem->kind != TY_C64 && t->elem->kind != TY_BOOL) return true;
  if (none_ok && t->kind == TY_NONE) return true;
  diag_error(I->cx, a->span, "%s() needs a numpy array as its buffer here, not '%s'", fname,
             tn(I, t));
  diag_hint(I->cx, "the uppercase methods (Send, Bcast, Allreduce...) take arrays; the "
                   "lowercase ones (send, bcast, allreduce...) take int and float values");
  return false;
}

static bool want_buffer(Infer *I, AstNode *a, const char *fname) {
  return want_buffer_or(I, a, fname, false);
}

/* status=: an MPI.Status() to fill, or None */
static bool want_status(Infer *I, AstNode *a, const char *fname) {
  if (a->type->kind == TY_STATUS || a->type->kind == TY_NONE) return true;
  diag_error(I->cx, a->span, "%s() status must be an MPI.Status() or None, not '%s'", fname,
             tn(I, a->type));
  return false;
}

/* The value (of type t, NULL if none) of a lowercase method: int or float. */
static bool want_mpi_value(Infer *I, AstNode *a, Type *t, const char *fname) {
  if (t && (type_is_int(t) || t->kind == TY_F64 || t->kind == TY_BOOL)) return true;
  diag_error(I->cx, a->span, "%s() of a '%s' is not supported", fname, tn(I, a->type));
  diag_hint(I->cx, "krait sends int and float values, and tuples and lists of numbers, "
                   "without pickling; send arrays with the uppercase methods");
  return false;
}

/* A message object of the lowercase methods besides int and float: a
 * tuple of plain values (numbers, tuples of them) or a list of them;
 * krait sends their bytes, no pickling. */
static bool is_plain(Type *t) {
  if (type_is_numeric(t)) return true;
  if (t->kind != TY_TUPLE || !t->nelts) return false;
  for (int i = 0; i < t->nelts; i++)
    if (!is_plain(t->elts[i])) return false;
  return true;
}

static bool is_msg_obj(Type *t) {   /* bool too: it must come back a bool */
  return t && ((t->kind == TY_TUPLE && is_plain(t)) || (t->kind == TY_LIST && is_plain(t->elem)) ||
               t->kind == TY_BOOL);
}

/* allreduce/reduce of a (value, index) pair with op=MPI.MAXLOC or MINLOC
 * (written out): the pair's type, value float or int; NULL after a
 * diagnostic. */
static Type *loc_pair(Infer *I, CallInfo *ci, const char *fname) {
  Type *t = ci->args[0]->type;
  int64_t op = mpi_const(I, ci->args[1]);
  if ((op == 2 || op == 3) && is_plain(t)) return t;   /* MIN, MAX: Python's min(), max() */
  bool num = t->nelts == 2 && (t->elts[0]->kind == TY_F64 || type_is_int(t->elts[0])) &&
             type_is_int(t->elts[1]);
  if (!num || (op != 8 && op != 9)) {
    diag_error(I->cx, ci->args[0]->span, "%s() of a '%s' is not supported", fname, tn(I, t));
    diag_hint(I->cx, "tuples reduce with op=MPI.MAX or MPI.MIN (compared as Python compares "
                     "them), and (value, index) pairs with MPI.MAXLOC or MPI.MINLOC");
    return NULL;
  }
  Type *elts[2] = {t->elts[0]->kind == TY_F64 ? T(TY_F64) : T(TY_I64), T(TY_I64)};
  return type_tuple(I->cx, elts, 2);
}

/* allreduce/reduce of a list with op=MPI.SUM (written out): Python's +,
 * the ranks' lists concatenated in rank order, as mpi4py gives */
static Type *list_sum(Infer *I, CallInfo *ci, const char *fname) {
  Type *t = ci->args[0]->type;
  int64_t op = mpi_const(I, ci->args[1]);
  if (is_plain(t->elem) && (op == 0 || op == 2 || op == 3)) return t;
  diag_error(I->cx, ci->args[0]->span, "%s() of a '%s' is supported with op=MPI.SUM, MAX or MIN "
             "only", fname, tn(I, t));
  diag_hint(I->cx, "MPI.SUM joins the ranks' lists, as + does, and MAX/MIN compare them as "
                   "Python does; reduce numpy arrays element by element with the uppercase "
                   "methods");
  return NULL;
}

/* comm.Get_rank(), comm.allreduce(x, op=MPI.SUM), comm.Bcast(buf, root=0)... */
static Type *comm_method(Infer *I, AstNode *n, CallInfo *ci, Method m) {
  const char *f = method_names[m];
  static const CommParam none[] = {{0}};
  static const CommParam allreduce[] = {{"sendobj", false, 0, 0}, {"op", true, 0, 0}};
  static const CommParam bcast[] = {{"obj", false, 0, 0}, {"root", true, 0, 0}};
  static const CommParam Allreduce[] = {{"sendbuf", false, 0, 'b'}, {"recvbuf", false, 0, 'b'},
                                        {"op", true, 0, 0}};
  static const CommParam Bcast[] = {{"buf", false, 0, 'b'}, {"root", true, 0, 0}};
  static const CommParam Send[] = {{"buf", false, 0, 'b'}, {"dest", false, 0, 0},
                                   {"tag", true, 0, 0}};
  static const CommParam Recv[] = {{"buf", false, 0, 'b'}, {"source", true, -2, 0},
                                   {"tag", true, -1, 0}, {"status", true, NONE_DEFAULT, 0}};
  static const CommParam Reduce[] = {{"sendbuf", false, 0, 'b'}, {"recvbuf", false, 0, 'b'},
                                     {"op", true, 0, 0}, {"root", true, 0, 0}};
  static const CommParam Gather[] = {{"sendbuf", false, 0, 'b'}, {"recvbuf", false, 0, 'b'},
                                     {"root", true, 0, 0}};
  static const CommParam Scatterv[] = {{"sendbuf", false, 0, 'v'}, {"recvbuf", false, 0, 'b'},
                                       {"root", true, 0, 0}};
  static const CommParam Gatherv[] = {{"sendbuf", false, 0, 'b'}, {"recvbuf", false, 0, 'v'},
                                      {"root", true, 0, 0}};
  static const CommParam Allgather[] = {{"sendbuf", false, 0, 'b'}, {"recvbuf", false, 0, 'b'}};
  static const CommParam Sendrecv[] = {{"sendbuf", false, 0, 'b'}, {"dest", false, 0, 0},
                                       {"sendtag", true, 0, 0}, {"recvbuf", false, 0, 'b'},
                                       {"source", true, -2, 0}, {"recvtag", true, -1, 0},
                                       {"status", true, NONE_DEFAULT, 0}};
  static const CommParam reduce[] = {{"sendobj", false, 0, 0}, {"op", true, 0, 0},
                                     {"root", true, 0, 0}};
  static const CommParam allgather[] = {{"sendobj", false, 0, 0}};
  static const CommParam sendrecv[] = {{"sendobj", false, 0, 0}, {"dest", false, 0, 0},
                                       {"sendtag", true, 0, 0}, {"source", true, -2, 0},
                                       {"recvtag", true, -1, 0}};
  static const CommParam Split[] = {{"color", true, 0, 0}, {"key", true, 0, 0}};
  static const CommParam send[] = {{"obj", false, 0, 0}, {"dest", false, 0, 0},
                                   {"tag", true, 0, 0}};
  static const CommParam recv[] = {{"buf", true, NONE_DEFAULT, 0}, {"source", true, -2, 0},
                                   {"tag", true, -1, 0}, {"status", true, NONE_DEFAULT, 0}};
  switch (m) {
  case M_COMM_GET_RANK: case M_COMM_GET_SIZE:
    return bind_comm(I, n, ci, f, none, 0) ? T(TY_I64) : NULL;
  case M_COMM_BARRIER: case M_COMM_BARRIER_LOWER:
    return bind_comm(I, n, ci, f, none, 0) ? T(TY_NONE) : NULL;
  case M_COMM_ALLREDUCE: case M_COMM_BCAST: {
    if (!bind_comm(I, n, ci, f, m == M_COMM_BCAST ? bcast : allreduce, 2)) return NULL;
    Type *t = ci->args[0]->type;
    if (m == M_COMM_ALLREDUCE && t->kind == TY_TUPLE) return loc_pair(I, ci, f);
    if (m == M_COMM_ALLREDUCE && t->kind == TY_LIST) return list_sum(I, ci, f);
    if (m == M_COMM_BCAST && is_msg_obj(t)) return want_int(I, ci->args[1], f, "root") ? t : NULL;
    if (!want_mpi_value(I, ci->args[0], t, f)) return NULL;
    if (!want_int(I, ci->args[1], f, m == M_COMM_BCAST ? "root" : "op")) return NULL;
    return t->kind == TY_F64 ? T(TY_F64) : T(TY_I64);
  }
  case M_COMM_ALLREDUCE_BUF:   /* sendbuf MPI.IN_PLACE: recvbuf holds the input */
    if (!bind_comm(I, n, ci, f, Allreduce, 3) || !want_buffer_or(I, ci->args[0], f, true) ||
        !want_buffer(I, ci->args[1], f) || !want_int(I, ci->args[2], f, "op"))
      return NULL;
    return T(TY_NONE);
  case M_COMM_BCAST_BUF:
    if (!bind_comm(I, n, ci, f, Bcast, 2) || !want_buffer(I, ci->args[0], f) ||
        !want_int(I, ci->args[1], f, "root"))
      return NULL;
    return T(TY_NONE);
  case M_COMM_SEND_BUF: case M_COMM_RECV_BUF: case M_COMM_SSEND_BUF: case M_COMM_ISEND_BUF:
  case M_COMM_IRECV_BUF: {   /* Recv alone takes status= */
    bool r = m == M_COMM_RECV_BUF || m == M_COMM_IRECV_BUF;
    int np = m == M_COMM_RECV_BUF ? 4 : 3;
    if (!bind_comm(I, n, ci, f, r ? Recv : Send, np) || !want_buffer(I, ci->args[0], f) ||
        !want_int(I, ci->args[1], f, r ? "source" : "dest") ||
        !want_int(I, ci->args[2], f, "tag") || (np == 4 && !want_status(I, ci->args[3], f)))
      return NULL;
    return m == M_COMM_ISEND_BUF || m == M_COMM_IRECV_BUF ? T(TY_REQUEST) : T(TY_NONE);
  }
  case M_COMM_REDUCE_BUF:   /* recvbuf may be None off the root */
    if (!bind_comm(I, n, ci, f, Reduce, 4) || !want_buffer(I, ci->args[0], f) ||
        !want_buffer_or(I, ci->args[1], f, true) || !want_int(I, ci->args[2], f, "op") ||
        !want_int(I, ci->args[3], f, "root"))
      return NULL;
    return T(TY_NONE);
  case M_COMM_GATHER_BUF: case M_COMM_SCATTER_BUF: {   /* the root's side may be None elsewhere */
    bool g = m == M_COMM_GATHER_BUF;
    if (!bind_comm(I, n, ci, f, Gather, 3) || !want_buffer_or(I, ci->args[0], f, !g) ||
        !want_buffer_or(I, ci->args[1], f, g) || !want_int(I, ci->args[2], f, "root"))
      return NULL;
    return T(TY_NONE);
  }
  case M_COMM_SCATTERV_BUF: case M_COMM_GATHERV_BUF: {
    /* -> (sendbuf, counts, displs, recvbuf, root): counts and displs
     * describe the root's side, sendbuf for Scatterv, recvbuf for Gatherv */
    bool g = m == M_COMM_GATHERV_BUF;
    if (!bind_comm(I, n, ci, f, g ? Gatherv : Scatterv, 3) ||
        !want_buffer_or(I, ci->args[0], f, !g) || !want_buffer_or(I, ci->args[1], f, g) ||
        !want_int(I, ci->args[2], f, "root"))
      return NULL;
    AstNode **a = ci->args;
    AstNode **v = NEWN(&I->cx->arena, AstNode *, 5);
    v[0] = a[0], v[1] = a[3], v[2] = a[4], v[3] = a[1], v[4] = a[2];
    ci->args = v;
    ci->nargs = 5;
    return T(TY_NONE);
  }
  case M_COMM_ALLGATHER_BUF: case M_COMM_ALLTOALL_BUF:
    if (!bind_comm(I, n, ci, f, Allgather, 2) || !want_buffer(I, ci->args[0], f) ||
        !want_buffer(I, ci->args[1], f))
      return NULL;
    return T(TY_NONE);
  case M_COMM_SENDRECV_BUF:
    if (!bind_comm(I, n, ci, f, Sendrecv, 7) || !want_buffer(I, ci->args[0], f) ||
        !want_int(I, ci->args[1], f, "dest") || !want_int(I, ci->args[2], f, "sendtag") ||
        !want_buffer(I, ci->args[3], f) || !want_int(I, ci->args[4], f, "source") ||
        !want_int(I, ci->args[5], f, "recvtag") || !want_status(I, ci->args[6], f))
      return NULL;
    return T(TY_NONE);
  case M_COMM_REDUCE: case M_COMM_ALLGATHER: case M_COMM_SENDRECV: {
    const CommParam *ps = m == M_COMM_REDUCE ? reduce : m == M_COMM_ALLGATHER ? allgather : sendrecv;
    int np = m == M_COMM_REDUCE ? 3 : m == M_COMM_ALLGATHER ? 1 : 5;
    if (!bind_comm(I, n, ci, f, ps, np)) return NULL;
    Type *t = ci->args[0]->type;
    if (m == M_COMM_REDUCE && t->kind == TY_TUPLE)
      return want_int(I, ci->args[2], f, "root") ? loc_pair(I, ci, f) : NULL;
    if (m == M_COMM_REDUCE && t->kind == TY_LIST)
      return want_int(I, ci->args[2], f, "root") ? list_sum(I, ci, f) : NULL;
    if (m == M_COMM_ALLGATHER && is_msg_obj(t)) return type_list(I->cx, t);
    if (!is_msg_obj(t) || m != M_COMM_SENDRECV) {
      if (!want_mpi_value(I, ci->args[0], t, f)) return NULL;
    }
    for (int i = 1; i < np; i++)
      if (!want_int(I, ci->args[i], f, ps[i].name)) return NULL;
    if (is_msg_obj(t)) return t;   /* sendrecv: what arrives has the type sent */
    Type *v = t->kind == TY_F64 ? T(TY_F64) : T(TY_I64);
    return m == M_COMM_ALLGATHER ? type_list(I->cx, v) : v;
  }
  case M_COMM_GATHER: case M_COMM_SCATTER: {   /* gather(x, root); scatter(values, root) */
    static const CommParam gs[] = {{"sendobj", false, 0, 0}, {"root", true, 0, 0}};
    if (!bind_comm(I, n, ci, f, gs, 2) || !want_int(I, ci->args[1], f, "root")) return NULL;
    Type *t = ci->args[0]->type;
    if (m == M_COMM_SCATTER) t = t->kind == TY_LIST ? t->elem : NULL;
    if (is_msg_obj(t)) return m == M_COMM_GATHER ? type_list(I->cx, t) : t;
    if (!want_mpi_value(I, ci->args[0], t, f)) return NULL;
    Type *v = t->kind == TY_F64 ? T(TY_F64) : T(TY_I64);
    return m == M_COMM_GATHER ? type_list(I->cx, v) : v;
  }
  case M_COMM_SEND:
    if (!bind_comm(I, n, ci, f, send, 3) ||
        (!is_msg_obj(ci->args[0]->type) &&
         !want_mpi_value(I, ci->args[0], ci->args[0]->type, f)) ||
        !want_int(I, ci->args[1], f, "dest") || !want_int(I, ci->args[2], f, "tag"))
      return NULL;
    return T(TY_NONE);
  case M_COMM_RECV: {   /* x: float = comm.recv(source=0): the annotation says what arrives */
    if (!bind_comm(I, n, ci, f, recv, 4) || !want_int(I, ci->args[1], f, "source") ||
        !want_int(I, ci->args[2], f, "tag") || !want_status(I, ci->args[3], f))
      return NULL;
    if (ci->args[0]->type->kind != TY_NONE) {
      diag_error(I->cx, ci->args[0]->span, "recv() buf must be None here");
      return NULL;
    }
    Type *t = ci->want;
    if (!t || !(t->kind == TY_I64 || t->kind == TY_F64 || t->kind == TY_BOOL || is_msg_obj(t))) {
      diag_error(I->cx, n->span, "krait needs to know the type of what recv() receives");
      diag_hint(I->cx, "annotate the variable it is assigned to: x: float = comm.recv(...) "
                       "(int, float, bool, or a tuple or list of numbers)");
      return NULL;
    }
    return t;
  }
  case M_COMM_SPLIT:
    if (!bind_comm(I, n, ci, f, Split, 2) || !want_int(I, ci->args[0], f, "color") ||
        !want_int(I, ci->args[1], f, "key"))
      return NULL;
    return T(TY_COMM);
  case M_COMM_DUP: return bind_comm(I, n, ci, f, none, 0) ? T(TY_COMM) : NULL;
  case M_COMM_FREE: return bind_comm(I, n, ci, f, none, 0) ? T(TY_NONE) : NULL;
  default: return NULL;
  }
}

/* req.Wait(status=None), req.Test(status=None); st.Get_source(),
 * st.Get_tag(), st.Get_count(datatype=MPI.BYTE) */
static Type *mpi_obj_method(Infer *I, AstNode *n, CallInfo *ci, Method m) {
  const char *f = method_names[m];
  static const CommParam status[] = {{"status", true, NONE_DEFAULT, 0}};
  static const CommParam datatype[] = {{"datatype", true, MPI_BYTE_CODE, 0}};
  switch (m) {
  case M_REQ_WAIT: case M_REQ_TEST:
    if (!bind_comm(I, n, ci, f, status, 1) || !want_status(I, ci->args[0], f)) return NULL;
    return T(TY_BOOL);
  case M_STATUS_GET_SOURCE: case M_STATUS_GET_TAG:
    return bind_comm(I, n, ci, f, status, 0) ? T(TY_I64) : NULL;
  case M_STATUS_GET_COUNT:
    if (!bind_comm(I, n, ci, f, datatype, 1) || !want_int(I, ci->args[0], f, "datatype"))
      return NULL;
    return T(TY_I64);
  default: return NULL;
  }
}

static Type *call_method(Infer *I, AstNode *n, CallInfo *ci, AstNode *recv, const char *name,
                         Span name_span) {
  Type *rt = value(I, recv);
  if (!rt) return NULL;
  int m = -1;
  int lo = M_STR_UPPER, hi = M_STR_FORMAT;
  if (rt->kind == TY_LIST) lo = M_LIST_APPEND, hi = M_LIST_CLEAR;
  else if (rt->kind == TY_COMM) lo = M_COMM_GET_RANK, hi = M_COMM_SCATTER;
  else if (rt->kind == TY_REQUEST) lo = M_REQ_WAIT, hi = M_REQ_TEST;
  else if (rt->kind == TY_STATUS) lo = M_STATUS_GET_SOURCE, hi = M_STATUS_GET_COUNT;
  else if (rt->kind == TY_ARRAY) lo = M_ARR_SUM, hi = M_ARR_ARGSORT;
  else if (rt->kind != TY_STR) lo = 1, hi = 0;
  for (int i = lo; i <= hi; i++)
    if (!strcmp(method_names[i], name)) m = i;
  if (m < 0 && rt->kind == TY_COMM) {
    diag_error(I->cx, name_span, "krait does not support the communicator method '%s' yet", name);
    diag_hint(I->cx, "supported: Get_rank, Get_size, Barrier, Split, Dup, Free, allreduce, "
                     "reduce, bcast, allgather, gather, scatter, send, recv, sendrecv (numbers, "
                     "and tuples and lists of them), and Allreduce, Reduce, Bcast, Send, Ssend, Recv, Isend, Irecv, "
                     "Sendrecv, Scatter, Gather, Scatterv, Gatherv, Allgather, Alltoall (numpy "
                     "arrays)");
    return NULL;
  }
  if (m < 0) {
    diag_error(I->cx, name_span, "'%s' object has no attribute '%s'", tn(I, rt), name);
    return NULL;
  }
  ci->kind = CALLK_METHOD;
  ci->method = (Method)m;
  ci->recv = recv;
  ci->args = n->as.call.args.data;
  ci->nargs = n->as.call.args.len;
  if (rt->kind == TY_ARRAY) return np_method(I, n, ci, rt, (Method)m);
  if (rt->kind == TY_COMM) return comm_method(I, n, ci, (Method)m);
  if (rt->kind == TY_REQUEST || rt->kind == TY_STATUS) return mpi_obj_method(I, n, ci, (Method)m);
  if (!take_kws(I, n, ci, m == M_LIST_SORT ? "reverse," : "")) return NULL;
  for (int i = 0; i < ci->nargs; i++)
    if (!value(I, ci->args[i])) return NULL;
  Type *el = rt->elem;
  Type *a0 = ci->nargs ? ci->args[0]->type : NULL;
  switch ((Method)m) {
  case M_STR_UPPER: case M_STR_LOWER:
    return want_args(I, n, name, 0, 0) ? T(TY_STR) : NULL;
  case M_STR_STRIP: case M_STR_LSTRIP: case M_STR_RSTRIP:
    if (!want_args(I, n, name, 0, 1)) return NULL;
    if (a0 && a0->kind != TY_STR) break;
    return T(TY_STR);
  case M_STR_STARTSWITH: case M_STR_ENDSWITH: case M_STR_FIND: case M_STR_COUNT:
    if (!want_args(I, n, name, 1, 1)) return NULL;
    if (a0->kind != TY_STR) break;
    return m == M_STR_FIND || m == M_STR_COUNT ? T(TY_I64) : T(TY_BOOL);
  case M_STR_JOIN:
    if (!want_args(I, n, name, 1, 1)) return NULL;
    if (a0->kind != TY_LIST || a0->elem->kind != TY_STR) break;
    return T(TY_STR);
  case M_STR_SPLIT:
    if (!want_args(I, n, name, 0, 1)) return NULL;
    if (a0 && a0->kind != TY_STR) break;
    return type_list(I->cx, T(TY_STR));
  case M_STR_REPLACE:
    if (!want_args(I, n, name, 2, 2)) return NULL;
    if (a0->kind != TY_STR || ci->args[1]->type->kind != TY_STR) break;
    return T(TY_STR);
  case M_STR_FORMAT:
    if (recv->kind != AST_STR) {
      diag_error(I->cx, recv->span, "str.format() needs a literal format string");
      return NULL;
    }
    return T(TY_STR);
  case M_LIST_APPEND: case M_LIST_INDEX: case M_LIST_COUNT:
    if (!want_args(I, n, name, 1, 1)) return NULL;
    if (!convertible(a0, el)) break;
    return m == M_LIST_APPEND ? T(TY_NONE) : T(TY_I64);
  case M_LIST_POP:
    if (!want_args(I, n, name, 0, 1)) return NULL;
    if (a0 && !type_is_int(a0)) break;
    return el;
  case M_LIST_INSERT:
    if (!want_args(I, n, name, 2, 2)) return NULL;
    if (!type_is_int(a0) || !convertible(ci->args[1]->type, el)) break;
    return T(TY_NONE);
  case M_LIST_EXTEND:
    if (!want_args(I, n, name, 1, 1)) return NULL;
    if (a0 != rt) break;
    return T(TY_NONE);
  case M_LIST_REVERSE: case M_LIST_SORT: case M_LIST_CLEAR:
    return want_args(I, n, name, 0, 0) ? T(TY_NONE) : NULL;
  case M_LIST_COPY:
    return want_args(I, n, name, 0, 0) ? rt : NULL;
  case M_ARR_SUM: case M_ARR_PROD: case M_ARR_MIN: case M_ARR_MAX: case M_ARR_MEAN:
  case M_ARR_ANY: case M_ARR_ALL: case M_ARR_COPY: case M_ARR_RESHAPE: case M_ARR_RAVEL:
  case M_ARR_FLATTEN: case M_ARR_ASTYPE: case M_ARR_FILL: case M_ARR_TRANSPOSE:
  case M_ARR_ARGMIN: case M_ARR_ARGMAX: case M_ARR_STD: case M_ARR_VAR: case M_ARR_CUMSUM:
  case M_ARR_CUMPROD: case M_ARR_ARGSORT:
    break;   /* np_method */
#define X(k, s) case M_##k:
  COMM_METHODS(X)
#undef X
    break;   /* comm_method */
  case M_REQ_WAIT: case M_REQ_TEST: case M_STATUS_GET_SOURCE: case M_STATUS_GET_TAG:
  case M_STATUS_GET_COUNT:
    break;   /* mpi_obj_method */
  case M_NMETHODS:
    break;
  }
  diag_error(I->cx, n->span, "wrong argument types for '%s.%s()'", tn(I, rt), name);
  return NULL;
}

static Type *call_exc(Infer *I, AstNode *n, CallInfo *ci, Sym *es) {
  ci->kind = CALLK_EXC;
  ci->exc = es->exc;
  ci->args = n->as.call.args.data;
  ci->nargs = n->as.call.args.len;
  if (ci->nargs > 1 || n->as.call.nkws) {
    diag_error(I->cx, n->span, "exceptions take at most one positional argument here");
    return NULL;
  }
  for (int i = 0; i < ci->nargs; i++)
    if (!value(I, ci->args[i])) return NULL;
  return T(TY_EXCCLASS);
}

static Type *call(Infer *I, AstNode *n) {
  CallInfo *ci = NEW(&I->cx->arena, CallInfo);
  n->as.call.resolved = ci;
  ci->want = I->expect;   /* for this call only, not for its arguments */
  I->expect = NULL;
  AstNode *f = n->as.call.func;
  if (f->kind == AST_ATTR) {
    Type *vt = expr(I, f->as.attr.value);
    if (!vt) return NULL;
    if (vt->kind != TY_MODULE)
      return call_method(I, n, ci, f->as.attr.value, f->as.attr.name, f->as.attr.name_span);
    if (!expr(I, f)) return NULL;
    if (f->type->kind != TY_FUNC) {
      diag_error(I->cx, f->span, "'%s' object is not callable", tn(I, f->type));
      return NULL;
    }
    return call_builtin(I, n, ci, (Builtin)f->as.attr.member);
  }
  if (f->kind != AST_NAME) {
    diag_error(I->cx, f->span, "only named functions can be called");
    return NULL;
  }
  if (!expr(I, f)) return NULL;
  Sym *s = f->as.name.sym;
  switch (s->kind) {
  case SYM_FUNC: return call_user(I, n, ci, s->func);
  case SYM_BUILTIN: return call_builtin(I, n, ci, s->builtin);
  case SYM_EXC: return call_exc(I, n, ci, s);
  default: break;
  }
  diag_error(I->cx, f->span, "'%s' object is not callable", tn(I, f->type));
  return NULL;
}

/* ---------- expressions ---------- */

static Type *name(Infer *I, AstNode *n) {
  const char *id = n->as.name.id;
  Sym *s = inf_find_in(I->comp.data, I->comp.len, id);
  if (s) {
    n->as.name.sym = s;
    return s->type;
  }
  if (I->cur && I->cur->def && is_local_name(I, id)) {
    s = inf_find_in(I->cur->locals.data, I->cur->locals.len, id);
    for (int i = 0; !s && i < I->cur->def->nparams; i++)
      if (I->cur->params[i]->name == id) s = I->cur->params[i];
    if (s && s->poisoned) return NULL;
    if (!s || !s->type) {
      diag_error(I->cx, n->span, "local variable '%s' is used before assignment", id);
      return NULL;
    }
  } else {
    s = lookup(I, id, n->span);
  }
  if (!s && !strcmp(id, "__name__")) {
    s = new_sym(I, SYM_CONST, id, n->span);
    s->type = T(TY_STR);
  }
  if (!s) {
    diag_error(I->cx, n->span, "name '%s' is not defined", id);
    return NULL;
  }
  n->as.name.sym = s;
  if (s->poisoned) return NULL;
  if (s->kind == SYM_FUNC && I->cur && !I->cur->def && s->func->name_span.start > n->span.start) {
    int line, col;
    source_linecol(I->m->src, s->func->name_span.start, &line, &col);
    diag_error(I->cx, n->span, "name '%s' is not defined", id);
    diag_hint(I->cx, "'%s' is defined later, at line %d; module code runs top to bottom", id, line);
    return NULL;
  }
  switch (s->kind) {
  case SYM_LOCAL: case SYM_PARAM: case SYM_GLOBAL: case SYM_CONST:
    if (!s->type) {
      diag_error(I->cx, n->span, "'%s' is used before assignment", id);
      return NULL;
    }
    return s->type;
  case SYM_FUNC: case SYM_BUILTIN: return T(TY_FUNC);
  case SYM_MODULE: return T(TY_MODULE);
  case SYM_EXC: return T(TY_EXCCLASS);
  }
  return NULL;
}

Sym *sema_module_attr(Ctx *cx, const char *module, const char *name) {
  static const struct { const char *mod, *name; double v; } consts[] = {
      {"math", "pi", 3.141592653589793}, {"math", "e", 2.718281828459045},
      {"math", "tau", 6.283185307179586}, {"math", "inf", __builtin_inf()},
      {"math", "nan", __builtin_nan("")}, {"numpy", "pi", 3.141592653589793},
      {"numpy", "e", 2.718281828459045}, {"numpy", "inf", __builtin_inf()},
      {"numpy", "nan", __builtin_nan("")}};
  for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
    if (!strcmp(consts[i].mod, module) && !strcmp(consts[i].name, name)) {
      Sym *s = NEW(&cx->arena, Sym);
      s->kind = SYM_CONST;
      s->name = name;
      s->type = type_prim(TY_F64);
      s->fvalue = consts[i].v;
      return s;
    }
  /* mpi4py: MPI.COMM_WORLD, the reduction operators and the wildcards,
   * as codes the runtime (krait/mpi.h) maps to MPI's handles */
  static const struct { const char *name; int code; } mpi[] = {
      {"SUM", 0}, {"PROD", 1}, {"MIN", 2}, {"MAX", 3}, {"LAND", 4}, {"LOR", 5}, {"BAND", 6},
      {"BOR", 7}, {"MAXLOC", 8}, {"MINLOC", 9}, {"ANY_SOURCE", -2}, {"ANY_TAG", -1}, {"PROC_NULL", -1},
      /* datatypes, for Status.Get_count: MPI_BYTE_CODE + krait/mpi.h's order */
      {"BYTE", MPI_BYTE_CODE}, {"CHAR", MPI_BYTE_CODE + 1}, {"SHORT", MPI_BYTE_CODE + 2},
      {"INT", MPI_BYTE_CODE + 3}, {"LONG", MPI_BYTE_CODE + 4},
      {"LONG_LONG", MPI_BYTE_CODE + 5}, {"FLOAT", MPI_BYTE_CODE + 6},
      {"DOUBLE", MPI_BYTE_CODE + 7}, {"INT8_T", MPI_BYTE_CODE + 8},
      {"INT16_T", MPI_BYTE_CODE + 9}, {"INT32_T", MPI_BYTE_CODE + 10},
      {"INT64_T", MPI_BYTE_CODE + 11}, {"UINT8_T", MPI_BYTE_CODE + 12},
      {"UINT16_T", MPI_BYTE_CODE + 13}, {"UINT32_T", MPI_BYTE_CODE + 14},
      {"UINT64_T", MPI_BYTE_CODE + 15}, {"C_BOOL", MPI_BYTE_CODE + 16},
      {"C_DOUBLE_COMPLEX", MPI_BYTE_CODE + 17}};
  if (!strcmp(module, "mpi4py")) {
    Sym *s = NULL;
    if (!strcmp(name, "COMM_WORLD") || !strcmp(name, "IN_PLACE")) {
      s = NEW(&cx->arena, Sym);   /* IN_PLACE: a send buffer of None */
      s->type = type_prim(name[0] == 'C' ? TY_COMM : TY_NONE);
    }
    for (size_t i = 0; !s && i < sizeof mpi / sizeof mpi[0]; i++)
      if (!strcmp(mpi[i].name, name)) {
        s = NEW(&cx->arena, Sym);
        s->type = type_prim(TY_I64);
        s->fvalue = mpi[i].code;
      }
    if (s) {
      s->kind = SYM_CONST;
      s->name = name;
    }
    return s;
  }
  if (!strcmp(module, "sys") && !strcmp(name, "argv")) {
    Sym *s = NEW(&cx->arena, Sym);
    s->kind = SYM_CONST;
    s->name = name;
    s->type = type_list(cx, type_prim(TY_STR));
    return s;
  }
  return NULL;
}

static int module_builtin(const char *module, const char *name) {
  char full[128];
  snprintf(full, sizeof full, "%s.%s", module, name);
  for (int b = B_MATH_SQRT; b < B_NBUILTINS; b++)
    if (!strcmp(builtin_names[b], full)) return b;
  return -1;
}

/* module.member: a function (callee only; its Builtin goes in attr.member)
 * or a constant value. */
static Type *attr(Infer *I, AstNode *n) {
  Type *vt = expr(I, n->as.attr.value);
  if (!vt) return NULL;
  const char *an = n->as.attr.name;
  if (vt->kind == TY_ARRAY) return np_attr(I, n, vt);
  if (vt->kind == TY_COMM && (!strcmp(an, "rank") || !strcmp(an, "size"))) return T(TY_I64);
  if (vt->kind == TY_STATUS && (!strcmp(an, "source") || !strcmp(an, "tag"))) return T(TY_I64);
  if (type_is_complex(vt) && (!strcmp(an, "real") || !strcmp(an, "imag")))
    return vt->kind == TY_C64 ? T(TY_F32) : T(TY_F64);
  if (vt->kind != TY_MODULE) {
    diag_error(I->cx, n->as.attr.name_span, "attribute '%s' of '%s' is only supported in calls",
               n->as.attr.name, tn(I, vt));
    return NULL;
  }
  AstNode *v = n->as.attr.value;
  /* np.linalg, np.random, MPI.Request: namespaces whose functions are
   * numpy.linalg.norm, mpi4py.Request.Waitall ... */
  static const char *const spaces[][2] = {
      {"numpy", "linalg"}, {"numpy", "random"}, {"mpi4py", "Request"}};
  const char *mod = v->kind == AST_NAME ? v->as.name.sym->module : v->as.attr.space;
  for (size_t i = 0; i < sizeof spaces / sizeof spaces[0]; i++)
    if (!strcmp(mod, spaces[i][0]) && !strcmp(an, spaces[i][1])) {
      char full[64];
      snprintf(full, sizeof full, "%s.%s", mod, an);
      n->as.attr.space = intern(I->cx, full, strlen(full));
      return T(TY_MODULE);
    }
  Sym *c = sema_module_attr(I->cx, mod, n->as.attr.name);
  if (c) return c->type;
  int b = module_builtin(mod, n->as.attr.name);
  if (b >= 0) {
    n->as.attr.member = b;
    return T(TY_FUNC);
  }
  diag_error(I->cx, n->as.attr.name_span, "module '%s' has no attribute '%s'", mod,
             n->as.attr.name);
  diag_hint(I->cx, "krait may not support it yet; see docs/language.md");
  return NULL;
}

static Type *arith_result(Infer *I, AstNode *n, BinOp op, Type *a, Type *b) {
  Type *p = type_promote(a, b);
  switch (op) {
  case OP_DIV:
    if (type_is_complex(p)) return p;
    return type_is_float(p) ? p : T(TY_F64);
  case OP_FLOORDIV: case OP_MOD:
    if (type_is_complex(p)) break;
    return p->kind == TY_BOOL ? T(TY_I64) : p;
  case OP_POW: case OP_ADD: case OP_SUB: case OP_MUL:
    return p->kind == TY_BOOL ? T(TY_I64) : p;
  case OP_LSHIFT: case OP_RSHIFT:
    if (!type_is_int(p) && p->kind != TY_BOOL) break;
    return p->kind == TY_BOOL ? T(TY_I64) : p;
  case OP_BITAND: case OP_BITOR: case OP_BITXOR:
    if (!type_is_int(p) && p->kind != TY_BOOL) break;
    return p;
  case OP_MATMUL: case OP_NBINOPS:
    break;
  }
  diag_error(I->cx, n->span, "unsupported operand type(s) for %s: '%s' and '%s'",
             binop_names[op], tn(I, a), tn(I, b));
  return NULL;
}

/* A bare integer literal adapts to the other operand's integer width
 * (numpy's weak scalars): i32 + 1 stays i32. */
static bool is_int_literal(AstNode *n) {
  return n->kind == AST_INT || (n->kind == AST_UNARY && n->as.un.op == UOP_NEG &&
                                n->as.un.operand->kind == AST_INT);
}

/* A number written in the source: weak in numpy 2 (NEP 50), so it never
 * widens a narrower numpy scalar (f32 * 2.0 stays f32). */
static bool is_num_literal(AstNode *n) {
  if (n->kind == AST_UNARY && (n->as.un.op == UOP_NEG || n->as.un.op == UOP_POS))
    n = n->as.un.operand;
  return n->kind == AST_INT || n->kind == AST_FLOAT || n->kind == AST_IMAG;
}

/* The operand types of a binary operation, with a literal operand weak
 * against the other one as numpy does. */
static void weak_literals(AstNode *n, Type **a, Type **b) {
  if (is_num_literal(n->as.bin.rhs) && !is_num_literal(n->as.bin.lhs))
    *b = type_promote_weak(*a, *b) == *a ? *a : *b;
  else if (is_num_literal(n->as.bin.lhs) && !is_num_literal(n->as.bin.rhs))
    *a = type_promote_weak(*b, *a) == *b ? *b : *a;
}

static Type *binop(Infer *I, AstNode *n) {
  Type *a = value(I, n->as.bin.lhs), *b = value(I, n->as.bin.rhs);
  if (!a || !b) return NULL;
  BinOp op = n->as.bin.op;
  if (a->kind == TY_ARRAY || b->kind == TY_ARRAY) return np_binop(I, n, op, a, b);
  if (type_is_numeric(a) && type_is_numeric(b)) {
    bool bits = op == OP_BITAND || op == OP_BITOR || op == OP_BITXOR || op == OP_LSHIFT ||
                op == OP_RSHIFT;
    if (!bits || (type_is_int(a) && type_is_int(b))) weak_literals(n, &a, &b);
    return arith_result(I, n, op, a, b);
  }
  if (a->kind == TY_STR && op == OP_MOD) return T(TY_STR);
  if (op == OP_ADD && a == b && (a->kind == TY_STR || a->kind == TY_LIST)) return a;
  if (op == OP_MUL && (a->kind == TY_STR || a->kind == TY_LIST) && type_is_int(b)) return a;
  if (op == OP_MUL && (b->kind == TY_STR || b->kind == TY_LIST) && type_is_int(a)) return b;
  diag_error(I->cx, n->span, "unsupported operand type(s) for %s: '%s' and '%s'",
             binop_names[op], tn(I, a), tn(I, b));
  return NULL;
}

static Type *cond_value(Infer *I, AstNode *n);

static Type *unary(Infer *I, AstNode *n) {
  Type *t = n->as.un.op == UOP_NOT ? cond_value(I, n->as.un.operand) : value(I, n->as.un.operand);
  if (!t) return NULL;
  if (t->kind == TY_ARRAY) {
    bool ok = n->as.un.op == UOP_NEG || n->as.un.op == UOP_POS
                  ? t->elem->kind != TY_BOOL
                  : n->as.un.op == UOP_INVERT && (type_is_int(t->elem) || t->elem->kind == TY_BOOL);
    if (ok) return type_array(I->cx, t->elem, t->ndim, false);
    diag_error(I->cx, n->span, "bad operand type for unary %s: '%s'", unop_names[n->as.un.op],
               tn(I, t));
    if (n->as.un.op == UOP_NOT) diag_hint(I->cx, "use ~a for a boolean array");
    return NULL;
  }
  switch (n->as.un.op) {
  case UOP_NOT: return T(TY_BOOL);
  case UOP_NEG: case UOP_POS:
    if (type_is_numeric(t)) return t->kind == TY_BOOL ? T(TY_I64) : t;
    break;
  case UOP_INVERT:
    if (type_is_int(t) || t->kind == TY_BOOL) return t->kind == TY_BOOL ? T(TY_I64) : t;
    break;
  }
  diag_error(I->cx, n->span, "bad operand type for unary %s: '%s'", unop_names[n->as.un.op],
             tn(I, t));
  return NULL;
}

static bool comparable(Type *a, Type *b, CmpOp op) {
  if (op == CMP_IN || op == CMP_NOTIN) {
    if (b->kind == TY_LIST)   /* a float is never narrowed to an int element */
      return convertible(a, b->elem) ||
             (type_is_numeric(a) && type_is_numeric(b->elem) && type_promote(a, b->elem) == b->elem);
    if (b->kind == TY_STR) return a->kind == TY_STR;
    if (b->kind == TY_TUPLE) return true;
    return false;
  }
  if (op == CMP_IS || op == CMP_ISNOT) return false;
  if (type_is_numeric(a) && type_is_numeric(b)) {
    bool order = op != CMP_EQ && op != CMP_NE;
    return !(order && (type_is_complex(a) || type_is_complex(b)));
  }
  return a == b && (a->kind == TY_STR || a->kind == TY_LIST || a->kind == TY_TUPLE);
}

static Type *compare(Infer *I, AstNode *n) {
  Type *a = value(I, n->as.cmp.first);
  if (!a) return NULL;
  Type *b0 = n->as.cmp.rest.len ? expr(I, n->as.cmp.rest.data[0]) : NULL;
  if (b0 && n->as.cmp.rest.len == 1 &&
      (n->as.cmp.ops[0] == CMP_IS || n->as.cmp.ops[0] == CMP_ISNOT) &&
      ((a->kind == TY_ARRAY && b0->kind == TY_NONE) ||
       (a->kind == TY_NONE && b0->kind == TY_ARRAY) ||
       (a->kind == TY_NONE && b0->kind == TY_NONE && n->as.cmp.first->kind == AST_NAME &&
        n->as.cmp.first->as.name.sym && n->as.cmp.first->as.name.sym->none_first))) {
    AstNode *xs[2] = {n->as.cmp.first, n->as.cmp.rest.data[0]};
    for (int i = 0; i < 2; i++)   /* data is None: decided at run time */
      if (xs[i]->kind == AST_NAME) xs[i]->as.name.none_ok = true;
    return T(TY_BOOL);
  }
  if (b0 && (a->kind == TY_ARRAY || b0->kind == TY_ARRAY)) {
    CmpOp op = n->as.cmp.ops[0];
    if (n->as.cmp.rest.len > 1 || op > CMP_NE) {
      diag_error(I->cx, n->span, "this comparison of arrays is not supported");
      diag_hint(I->cx, "compare arrays element-wise with one of < <= > >= == !=");
      return NULL;
    }
    Type *args[2] = {a, b0};
    return np_elementwise(I, n->span, args, 2, T(TY_BOOL));
  }
  for (int i = 0; i < n->as.cmp.rest.len; i++) {
    Type *b = value(I, n->as.cmp.rest.data[i]);
    if (!b) return NULL;
    CmpOp op = n->as.cmp.ops[i];
    if (!comparable(a, b, op)) {
      diag_error(I->cx, n->span, "'%s' not supported between instances of '%s' and '%s'",
                 cmpop_names[op], tn(I, a), tn(I, b));
      if (op == CMP_IS || op == CMP_ISNOT) diag_hint(I->cx, "use == or != instead");
      return NULL;
    }
    a = b;
  }
  return T(TY_BOOL);
}

static Type *unify(Infer *I, Span sp, Type *a, Type *b, const char *what) {
  if (a == b) return a;
  if (type_is_numeric(a) && type_is_numeric(b) && strcmp(what, "list") != 0)
    return type_promote(a, b);
  diag_error(I->cx, sp, "%s mixes '%s' and '%s'", what, tn(I, a), tn(I, b));
  diag_hint(I->cx, "krait needs one type here; convert with float(...) or int(...)");
  return NULL;
}

/* Give empty list literals inside `n` the element types of `want`, as in
 * `grid: list[list[int]] = [[1], []]`. */
static void expect_list(AstNode *n, Type *want) {
  if (!n || n->kind != AST_LIST || !want || want->kind != TY_LIST) return;
  if (n->as.list.len == 0) n->type = want;
  for (int i = 0; i < n->as.list.len; i++) expect_list(n->as.list.data[i], want->elem);
}

static Type *list_lit(Infer *I, AstNode *n) {
  if (n->as.list.len == 0) {
    diag_error(I->cx, n->span, "cannot infer the type of an empty list");
    diag_hint(I->cx, "annotate the variable: xs: list[int] = []");
    return NULL;
  }
  Type *t = NULL;
  for (int i = 0; i < n->as.list.len; i++) {
    Type *e = value(I, n->as.list.data[i]);
    if (!e) return NULL;
    if (e->kind == TY_NONE) {
      diag_error(I->cx, n->as.list.data[i]->span, "lists of None are not supported");
      return NULL;
    }
    t = t ? unify(I, n->as.list.data[i]->span, t, e, "list") : e;
    if (!t) return NULL;
  }
  return type_list(I->cx, t);
}

static bool bind_target(Infer *I, AstNode *t, Type *vt, Annot *annot);

/* A comprehension's loop variables live in a scope of their own (as in
 * Python 3): they shadow the function's names and vanish afterwards. */
static bool bind_comp(Infer *I, AstNode *t, Type *vt) {
  if (t->kind == AST_NAME) {
    Sym *s = new_sym(I, SYM_LOCAL, t->as.name.id, t->span);
    s->type = vt;
    t->as.name.sym = s;
    t->type = vt;
    vec_push(&I->cx->arena, &I->comp, s);
    return true;
  }
  if ((t->kind == AST_TUPLE || t->kind == AST_LIST) && vt->kind == TY_TUPLE &&
      vt->nelts == t->as.list.len) {
    for (int i = 0; i < t->as.list.len; i++)
      if (!bind_comp(I, t->as.list.data[i], vt->elts[i])) return false;
    t->type = vt;
    return true;
  }
  diag_error(I->cx, t->span, "cannot unpack '%s' here", tn(I, vt));
  return false;
}

static Type *listcomp(Infer *I, AstNode *n) {
  int saved = I->comp.len;
  Type *r = NULL;
  for (int g = 0; g < n->as.comp.ngens; g++) {
    CompFor *cf = &n->as.comp.gens[g];
    Type *et = iter_elem(I, cf->iter);
    if (!et || !bind_comp(I, cf->target, et)) goto out;
    for (int i = 0; i < cf->ifs.len; i++)
      if (!cond_value(I, cf->ifs.data[i])) goto out;
  }
  Type *e = value(I, n->as.comp.elt);
  r = e ? type_list(I->cx, e) : NULL;
out:
  I->comp.len = saved;
  return r;
}

static Type *subscript(Infer *I, AstNode *n) {
  Type *b = value(I, n->as.sub.value);
  if (!b) return NULL;
  if (b->kind == TY_ARRAY) return np_subscript(I, n, b);
  AstNode *ix = n->as.sub.index;
  if (ix->kind == AST_SLICE) {
    AstNode *parts[3] = {ix->as.slice.lo, ix->as.slice.hi, ix->as.slice.step};
    for (int i = 0; i < 3; i++) {
      if (!parts[i]) continue;
      Type *t = value(I, parts[i]);
      if (!t) return NULL;
      if (!type_is_int(t)) {
        diag_error(I->cx, parts[i]->span, "slice indices must be integers, not '%s'", tn(I, t));
        return NULL;
      }
    }
    ix->type = T(TY_NONE);
    if (b->kind == TY_LIST || b->kind == TY_STR) return b;
    diag_error(I->cx, n->span, "'%s' cannot be sliced", tn(I, b));
    return NULL;
  }
  Type *it = value(I, ix);
  if (!it) return NULL;
  if (b->kind == TY_TUPLE) {
    bool neg = ix->kind == AST_UNARY && ix->as.un.op == UOP_NEG &&
               ix->as.un.operand->kind == AST_INT;
    if (ix->kind != AST_INT && !neg) {
      diag_error(I->cx, ix->span, "tuple index must be a constant integer");
      return NULL;
    }
    int64_t k = neg ? -ix->as.un.operand->as.i : ix->as.i;
    if (k < 0) k += b->nelts;
    if (k < 0 || k >= b->nelts) {
      diag_error(I->cx, ix->span, "tuple index out of range");
      return NULL;
    }
    return b->elts[k];
  }
  if (!type_is_int(it) && it->kind != TY_BOOL) {
    diag_error(I->cx, ix->span, "%s indices must be integers%s, not '%s'",
               b->kind == TY_STR ? "string" : b->kind == TY_LIST ? "list" : tn(I, b),
               b->kind == TY_LIST ? " or slices" : "", tn(I, it));
    return NULL;
  }
  if (b->kind == TY_LIST) return b->elem;
  if (b->kind == TY_STR) return b;
  diag_error(I->cx, n->span, "'%s' object is not subscriptable", tn(I, b));
  return NULL;
}

static Type *fstring(Infer *I, AstNode *n) {
  for (int i = 0; i < n->as.list.len; i++) {
    AstNode *p = n->as.list.data[i];
    if (p->kind == AST_STR) {
      p->type = T(TY_STR);
      continue;
    }
    if (!value(I, p->as.fmt.value)) return NULL;
    if (p->as.fmt.spec && !fstring(I, p->as.fmt.spec)) return NULL;
    p->type = T(TY_STR);
  }
  return T(TY_STR);
}

static Type *expr_kind(Infer *I, AstNode *n) {
  switch (n->kind) {
  case AST_INT: return T(TY_I64);
  case AST_FLOAT: return T(TY_F64);
  case AST_IMAG: return T(TY_C128);
  case AST_STR: return T(TY_STR);
  case AST_BOOL: return T(TY_BOOL);
  case AST_NONE: return T(TY_NONE);
  case AST_FSTRING: return fstring(I, n);
  case AST_NAME: return name(I, n);
  case AST_ATTR: return attr(I, n);
  case AST_SUBSCRIPT: return subscript(I, n);
  case AST_CALL: return call(I, n);
  case AST_BINOP: return binop(I, n);
  case AST_UNARY: return unary(I, n);
  case AST_COMPARE: return compare(I, n);
  case AST_LIST: return list_lit(I, n);
  case AST_LISTCOMP: return listcomp(I, n);
  case AST_BOOLOP: {   /* as a value: Python returns an operand, so one type */
    Type *t = NULL;
    for (int i = 0; i < n->as.boolop.values.len; i++) {
      Type *v = value(I, n->as.boolop.values.data[i]);
      if (!v) return NULL;
      if (t && v != t) {
        diag_error(I->cx, n->span, "the result of '%s' is '%s' or '%s' depending on the values",
                   n->as.boolop.is_and ? "and" : "or", tn(I, t), tn(I, v));
        diag_hint(I->cx, "give the operands one type, or test them: bool(x) and y > 0");
        return NULL;
      }
      t = v;
    }
    return t;
  }
  case AST_IFEXP: {
    if (!cond_value(I, n->as.ifexp.cond)) return NULL;
    Type *a = value(I, n->as.ifexp.then), *b = value(I, n->as.ifexp.orelse);
    if (!a || !b) return NULL;
    if (a != b) {
      diag_error(I->cx, n->span, "the branches of this conditional expression have types "
                                 "'%s' and '%s'", tn(I, a), tn(I, b));
      diag_hint(I->cx, "make both branches the same type");
      return NULL;
    }
    return a;
  }
  case AST_TUPLE: {
    Type **elts = NEWN(&I->cx->arena, Type *, n->as.list.len + 1);
    for (int i = 0; i < n->as.list.len; i++)
      if (!(elts[i] = value(I, n->as.list.data[i]))) return NULL;
    return type_tuple(I->cx, elts, n->as.list.len);
  }
  case AST_SLICE:
    diag_error(I->cx, n->span, "a slice is only allowed inside [...]");
    return NULL;
  case AST_FORMATTED:
    return fstring(I, n);
  default:
    break;
  }
  ICE("expr: unexpected %s", ast_kind_names[n->kind]);
}

static Type *expr(Infer *I, AstNode *n) {
  if (n->type) return n->type;
  Type *t = expr_kind(I, n);
  n->type = t;
  if (t && t->kind == TY_ARRAY) np_static_shape(I, n);
  if (!t && !diag_failed(I->cx)) {   /* a failure must never go unreported */
    diag_error(I->cx, n->span, "krait cannot compile this expression");
    diag_hint(I->cx, "see docs/language.md for the supported subset");
  }
  return t;
}

/* A condition: only its truth value is used, so `s and s[0] != "c"` may
 * mix types (the and/or is then a bool of the operands' truth values). */
static Type *cond_value(Infer *I, AstNode *n) {
  if (n->kind != AST_BOOLOP || n->type) return value(I, n);
  Type *t = NULL;
  bool same = true;
  for (int i = 0; i < n->as.boolop.values.len; i++) {
    Type *v = cond_value(I, n->as.boolop.values.data[i]);
    if (!v) return NULL;
    same = same && (!t || t == v);
    t = t ? t : v;
  }
  return n->type = same ? t : T(TY_BOOL);
}

/* ---------- statements ---------- */

static bool bind_name(Infer *I, AstNode *t, Type *vt, Annot *annot) {
  Sym *s = bind_sym(I, t->as.name.id, t->span);
  if (!s) return false;
  t->as.name.sym = s;
  if (annot) {
    Type *at = annot_type(I, annot);
    if (!at) return false;
    if (s->type && s->type != at) {
      diag_error(I->cx, t->span, "'%s' is already '%s'", s->name, tn(I, s->type));
      return false;
    }
    s->type = at;
  }
  if (!vt) {
    t->type = s->type;
    return s->type != NULL;
  }
  if (vt->kind == TY_ARRAY && s->kind == SYM_LOCAL && I->cur && I->cur->def &&
      inf_bindings(I, s->name) == 1 && !s->type)
    s->shape = t->shape;   /* set by the caller from the value when known */
  if (!s->type && vt->kind == TY_NONE && !annot) {   /* an array may follow */
    s->type = vt;
    s->none_first = true;
    s->span = t->span;
  } else if (!s->type) {
    s->type = vt;
  } else if (s->none_first && s->type->kind == TY_NONE && vt->kind == TY_ARRAY) {
    s->type = vt;   /* data = None, then data = np.zeros(n): an array or None */
    s->nullable = true;
  } else if (s->type->kind == TY_ARRAY && vt->kind == TY_NONE && !annot) {
    s->nullable = true;
  } else if (vt != s->type && !((annot || s->kind == SYM_PARAM || vt->kind == TY_ARRAY)
                                     ? convertible(vt, s->type) : false)) {
    diag_error(I->cx, t->span, "cannot assign '%s' to '%s', which is '%s'", tn(I, vt), s->name,
               tn(I, s->type));
    if (type_is_numeric(vt) && type_is_numeric(s->type))
      diag_hint(I->cx, "initialise it with the wider type, or annotate it: %s: %s = ...",
                s->name, tn(I, type_promote(vt, s->type)));
    else
      diag_hint(I->cx, "a krait variable keeps one type; use a new name");
    return false;
  }
  t->type = s->type;
  return true;
}

static bool bind_target(Infer *I, AstNode *t, Type *vt, Annot *annot) {
  switch (t->kind) {
  case AST_NAME:
    return bind_name(I, t, vt, annot);
  case AST_TUPLE: case AST_LIST:
    if (vt->kind != TY_TUPLE || vt->nelts != t->as.list.len) {
      diag_error(I->cx, t->span, "cannot unpack '%s' into %d targets", tn(I, vt),
                 t->as.list.len);
      return false;
    }
    for (int i = 0; i < t->as.list.len; i++)
      if (!bind_target(I, t->as.list.data[i], vt->elts[i], NULL)) return false;
    t->type = vt;
    return true;
  case AST_SUBSCRIPT: {
    Type *bt = value(I, t->as.sub.value);
    if (!bt) return false;
    if (bt->kind == TY_ARRAY) {
      Type *et = expr(I, t);
      if (!et) return false;
      Type *src = vt->kind == TY_ARRAY ? vt->elem : vt;
      if (!type_is_numeric(src) || (vt->kind == TY_ARRAY && et->kind != TY_ARRAY)) {
        diag_error(I->cx, t->span, "cannot store '%s' in an element of '%s'", tn(I, vt), tn(I, bt));
        return false;
      }
      return true;
    }
    if (bt->kind != TY_LIST || t->as.sub.index->kind == AST_SLICE) {
      diag_error(I->cx, t->span, "'%s' object does not support item assignment", tn(I, bt));
      return false;
    }
    Type *et = expr(I, t);
    if (!et) return false;
    if (!convertible(vt, et)) {
      diag_error(I->cx, t->span, "cannot store '%s' in a '%s'", tn(I, vt), tn(I, bt));
      return false;
    }
    return true;
  }
  default:
    diag_error(I->cx, t->span, "cannot assign to this expression");
    return false;
  }
}

/* The element type of a for-loop iterable, or NULL after an error. */
static Type *iter_elem(Infer *I, AstNode *it) {
  Type *t = expr(I, it);
  if (!t) return NULL;
  if (t->kind == TY_LIST) return t->elem;
  if (t->kind == TY_ARRAY)
    return t->ndim == 1 ? t->elem : type_array(I->cx, t->elem, t->ndim - 1, t->contig);
  if (t->kind == TY_STR) return t;
  if (t->kind == TY_TUPLE) {
    for (int i = 1; i < t->nelts; i++)
      if (t->elts[i] != t->elts[0]) {
        diag_error(I->cx, it->span, "iterating over a tuple of mixed types is not supported");
        return NULL;
      }
    if (t->nelts) return t->elts[0];
  }
  if (t->kind == TY_RANGE && it->kind == AST_CALL) {
    CallInfo *ci = it->as.call.resolved;
    AstNode **a = ci->args;
    switch (ci->builtin) {
    case B_RANGE: case B_KRAIT_PRANGE: return T(TY_I64);
    case B_REVERSED: return a[0]->type->kind == TY_RANGE ? T(TY_I64) : iter_elem(I, a[0]);
    case B_ENUMERATE: {
      Type *e = iter_elem(I, a[0]);
      if (!e) return NULL;
      Type *two[2] = {T(TY_I64), e};
      return type_tuple(I->cx, two, 2);
    }
    case B_ZIP: {
      Type *elts[3];
      for (int i = 0; i < ci->nargs; i++)
        if (!(elts[i] = iter_elem(I, a[i]))) return NULL;
      return type_tuple(I->cx, elts, ci->nargs);
    }
    default: break;
    }
  }
  diag_error(I->cx, it->span, "cannot iterate over '%s'", tn(I, t));
  return NULL;
}

static void ret_stmt(Infer *I, AstNode *s) {
  Spec *c = I->cur;
  if (!c->def) return; /* cst.c rejects return outside functions */
  Type *t = s->as.expr ? value(I, s->as.expr) : T(TY_NONE);
  if (!t) return;
  Type *want = c->ret;
  if (!want && c->def->ret) want = c->ret = annot_type(I, c->def->ret);
  if (!want) {
    c->ret = t;
    return;
  }
  if (t == want || (c->def->ret && convertible(t, want))) return;
  diag_error(I->cx, s->as.expr ? s->as.expr->span : s->span,
             c->def->ret ? "'%s' returns '%s', but its annotation says '%s'"
                         : "'%s' returns '%s' here but '%s' elsewhere",
             c->def->name, tn(I, t), tn(I, want));
  diag_hint(I->cx, "every return of a krait function must give the same type");
}

static void raise_stmt(Infer *I, AstNode *s) {
  AstNode *e = s->as.expr;
  if (!e) {
    diag_error(I->cx, s->span, "a bare 'raise' is not supported");
    diag_hint(I->cx, "raise a builtin exception, e.g. raise ValueError(\"...\")");
    return;
  }
  Type *t = expr(I, e);
  if (t && t->kind != TY_EXCCLASS) {
    diag_error(I->cx, e->span, "exceptions must be builtin exception classes or calls of them");
  }
}

static void import_stmt(Infer *I, AstNode *s) {
  const char *mod = s->as.import.module;
  char top[64];
  snprintf(top, sizeof top, "%.*s", (int)strcspn(mod, "."), mod);
  bool known = false;
  for (size_t i = 0; i < sizeof known_modules / sizeof known_modules[0]; i++)
    known |= !strcmp(top, known_modules[i]);
  if (!known) {
    diag_error(I->cx, s->span, "module '%s' is not supported", mod);
    diag_hint(I->cx, "krait compiles imports of math, sys, time, random, numpy and krait");
    Sym *p = new_sym(I, SYM_MODULE, s->as.import.alias, s->span);
    p->poisoned = true;
    vec_push(&I->cx->arena, &I->modsyms, p);
    return;
  }
  const char *name = s->as.import.name;
  Sym *sym;
  if (!name) {
    sym = new_sym(I, SYM_MODULE, s->as.import.alias, s->span);
    sym->module = intern_cstr(I->cx, top);
  } else {
    int b = module_builtin(mod, name);
    Sym *c = sema_module_attr(I->cx, mod, name);
    const char *n2 = name;
    if (!strcmp(mod, "krait") || !strcmp(mod, "numpy")) {
      /* type names (f64, ...) are only used in annotations */
      for (size_t i = 0; i < sizeof type_names / sizeof type_names[0]; i++)
        if (!strcmp(type_names[i].name, n2)) return;
    }
    if (!strcmp(mod, "mpi4py") && !strcmp(name, "MPI")) {
      sym = new_sym(I, SYM_MODULE, s->as.import.alias, s->span);
      sym->module = "mpi4py";
    } else if (c) {
      sym = c;
      sym->name = s->as.import.alias;
    } else if (b >= 0) {
      sym = new_sym(I, SYM_BUILTIN, s->as.import.alias, s->span);
      sym->builtin = (Builtin)b;
    } else {
      diag_error(I->cx, s->as.import.name_span, "cannot import name '%s' from '%s'", name, mod);
      diag_hint(I->cx, "krait may not support it yet; see docs/language.md");
      return;
    }
  }
  vec_push(&I->cx->arena, &I->modsyms, sym);
}

static void for_stmt(Infer *I, AstNode *s) {
  Type *et = iter_elem(I, s->as.for_.iter);
  if (et && bind_target(I, s->as.for_.target, et, NULL)) {
    stmts(I, &s->as.for_.body);
    stmts(I, &s->as.for_.orelse);
  } else {
    poison(I, s->as.for_.target);
  }
}

static void aug_stmt(Infer *I, AstNode *s) {
  Type *t = value(I, s->as.aug.target);
  Type *v = value(I, s->as.aug.value);
  if (!t || !v) return;
  if (t->kind == TY_ARRAY) {   /* in place, numpy's 'same_kind' casting */
    Type *r = np_binop(I, s, s->as.aug.op, t, v);
    if (r && !(r->kind == TY_ARRAY && np_same_kind(r->elem, t->elem))) {
      diag_error(I->cx, s->span, "cannot cast the result '%s' of %s= to '%s' in place",
                 tn(I, r), binop_names[s->as.aug.op], tn(I, t));
      diag_hint(I->cx, "numpy refuses this too (casting='same_kind'); assign a new array");
    }
    return;
  }
  if (v->kind == TY_ARRAY) {
    diag_error(I->cx, s->span, "cannot update a '%s' in place with an array", tn(I, t));
    return;
  }
  AstNode fake = {.kind = AST_BINOP, .span = s->span};
  fake.as.bin.op = s->as.aug.op;
  fake.as.bin.lhs = s->as.aug.target;
  fake.as.bin.rhs = s->as.aug.value;
  Type *r = binop(I, &fake);
  if (!r) return;
  if (r != t && !(type_is_numeric(r) && type_is_numeric(t) && type_is_int(t) && type_is_int(r) &&
                  is_int_literal(s->as.aug.value))) {
    diag_error(I->cx, s->span, "'%s %s= %s' gives '%s', which cannot be stored in '%s'",
               tn(I, t), binop_names[s->as.aug.op], tn(I, v), tn(I, r), tn(I, t));
    diag_hint(I->cx, "initialise the variable with the wider type, e.g. 0.0 instead of 0");
  }
}

static void stmt(Infer *I, AstNode *s) {
  switch (s->kind) {
  case AST_EXPR_STMT: {
    Type *t = expr(I, s->as.expr);
    if (t && t->kind == TY_RANGE)
      diag_error(I->cx, s->span, "this iterator is not used");
    break;
  }
  case AST_ASSIGN: {
    AstNode *t0 = s->as.assign.targets.data[0];
    if (t0->kind == AST_NAME) {   /* xs = [] for a list variable of known type */
      Sym *known = lookup(I, t0->as.name.id, t0->span);
      if (known && known->type && known->type->kind == TY_LIST &&
          (known->kind == SYM_LOCAL || known->kind == SYM_GLOBAL))
        expect_list(s->as.assign.value, known->type);
    }
    Type *v = value(I, s->as.assign.value);
    for (int i = 0; i < s->as.assign.targets.len; i++)
      if (s->as.assign.targets.data[i]->kind == AST_NAME)
        s->as.assign.targets.data[i]->shape = s->as.assign.value->shape;
    for (int i = 0; i < s->as.assign.targets.len; i++)
      if (!v || !bind_target(I, s->as.assign.targets.data[i], v, NULL))
        poison(I, s->as.assign.targets.data[i]);
    break;
  }
  case AST_ANNASSIGN: {
    AstNode *val = s->as.ann.value;
    if (s->as.ann.target->kind != AST_NAME) {
      diag_error(I->cx, s->span, "only names can be annotated");
      break;
    }
    Type *v = NULL;
    Type *want = annot_type(I, s->as.ann.annot);
    if (!want) break;
    expect_list(val, want);
    if (val && !(val->kind == AST_LIST && val->as.list.len == 0)) {
      I->expect = val->kind == AST_CALL ? want : NULL;
      v = value(I, val);
      I->expect = NULL;
      if (!v) {
        poison(I, s->as.ann.target);
        break;
      }
    }
    if (!bind_target(I, s->as.ann.target, v, s->as.ann.annot)) {
      poison(I, s->as.ann.target);
      break;
    }
    if (val && !v) {
      Type *lt = s->as.ann.target->type;
      if (lt->kind != TY_LIST) diag_error(I->cx, val->span, "cannot assign a list to '%s'",
                                          tn(I, lt));
      val->type = lt;
    }
    break;
  }
  case AST_AUGASSIGN: aug_stmt(I, s); break;
  case AST_IF: case AST_WHILE: {
    Type *c = cond_value(I, s->as.if_.cond);
    if (c && c->kind == TY_ARRAY) {
      diag_error(I->cx, s->as.if_.cond->span,
                 "the truth value of an array with more than one element is ambiguous");
      diag_hint(I->cx, "use a.any() or a.all()");
    }
    stmts(I, &s->as.if_.body);
    stmts(I, &s->as.if_.orelse);
    break;
  }
  case AST_FOR: for_stmt(I, s); break;
  case AST_RETURN: ret_stmt(I, s); break;
  case AST_ASSERT:
    cond_value(I, s->as.assert_.test);
    if (s->as.assert_.msg) value(I, s->as.assert_.msg);
    break;
  case AST_RAISE: raise_stmt(I, s); break;
  case AST_IMPORT: import_stmt(I, s); break;
  case AST_FUNCDEF:
    if (I->cur->def) {
      diag_error(I->cx, s->as.func->name_span, "nested functions are not supported yet");
      diag_hint(I->cx, "move '%s' to module level and pass what it needs as arguments",
                s->as.func->name);
      AstNode nm = {.kind = AST_NAME, .span = s->as.func->name_span};
      nm.as.name.id = s->as.func->name;
      poison(I, &nm);
    }
    break;
  case AST_BREAK: case AST_CONTINUE: case AST_PASS:
    break;
  default:
    ICE("stmt: unexpected %s", ast_kind_names[s->kind]);
  }
}

static void stmts(Infer *I, AstList *body) {
  for (int i = 0; i < body->len; i++) {
    int before = I->cx->diag.nerrors;
    stmt(I, body->data[i]);
    if (I->cx->diag.nerrors > before + 5) return;
  }
}

/* ---------- module ---------- */

static bool all_annotated(FuncDef *f) {
  for (int i = 0; i < f->nparams; i++)
    if (!f->params[i].annot) return false;
  return true;
}

/* A default value krait can evaluate at each call with the result Python
 * computes once at `def` time: a literal, a signed number, a tuple of
 * those, or a module constant such as math.pi. */
static bool const_default(AstNode *d) {
  switch (d->kind) {
  case AST_INT: case AST_FLOAT: case AST_IMAG: case AST_STR: case AST_BOOL: case AST_NONE:
    return true;
  case AST_UNARY:
    return (d->as.un.op == UOP_NEG || d->as.un.op == UOP_POS) && const_default(d->as.un.operand);
  case AST_TUPLE:
    for (int i = 0; i < d->as.list.len; i++)
      if (!const_default(d->as.list.data[i])) return false;
    return true;
  case AST_ATTR:
    return d->as.attr.value->kind == AST_NAME;
  case AST_BINOP:   /* arithmetic of constants gives the same value every time */
    return const_default(d->as.bin.lhs) && const_default(d->as.bin.rhs);
  default:
    return false;
  }
}

/* Does assignment target t bind `name`? */
static bool binds(AstNode *t, const char *name) {
  if (t->kind == AST_NAME) return t->as.name.id == name;
  if (t->kind == AST_TUPLE || t->kind == AST_LIST)
    for (int i = 0; i < t->as.list.len; i++)
      if (binds(t->as.list.data[i], name)) return true;
  return false;
}

/* How many times the statements of l (and the blocks inside) bind `name`,
 * counting 2 for any binding that is not `name = value`; *last is the
 * value of a plain top-level `name = value`. */
static int count_binds(AstList *l, const char *name, AstNode **last, bool top) {
  int n = 0;
  for (int i = 0; i < l->len; i++) {
    AstNode *st = l->data[i];
    switch (st->kind) {
    case AST_ASSIGN:
      for (int k = 0; k < st->as.assign.targets.len; k++) {
        AstNode *t = st->as.assign.targets.data[k];
        if (t->kind != AST_NAME) n += 2 * binds(t, name);
        else if (t->as.name.id == name) {
          n++;
          if (top && st->as.assign.targets.len == 1) *last = st->as.assign.value;
        }
      }
      break;
    case AST_AUGASSIGN: n += 2 * binds(st->as.aug.target, name); break;
    case AST_ANNASSIGN: n += 2 * binds(st->as.ann.target, name); break;
    case AST_FOR:
      n += 2 * binds(st->as.for_.target, name) + count_binds(&st->as.for_.body, name, last, false) +
           count_binds(&st->as.for_.orelse, name, last, false);
      break;
    case AST_WHILE:
      n += count_binds(&st->as.while_.body, name, last, false) +
           count_binds(&st->as.while_.orelse, name, last, false);
      break;
    case AST_IF:
      n += count_binds(&st->as.if_.body, name, last, false) +
           count_binds(&st->as.if_.orelse, name, last, false);
      break;
    default: break;
    }
  }
  return n;
}

/* A default naming a module constant (`alpha: float = ALPHA`): Python
 * evaluates it once, at the def, so a name bound exactly once, by a
 * top-level `ALPHA = 0.1` above the def, stands for that constant. */
static AstNode *named_default(Infer *I, AstNode *d, FuncDef *f) {
  if (d->kind != AST_NAME) return NULL;
  AstNode *value = NULL;
  if (count_binds(&I->m->body, d->as.name.id, &value, true) != 1 || !value ||
      !const_default(value) || value->span.start > f->name_span.start)
    return NULL;
  return value;
}

static void check_defaults(Infer *I, FuncDef *f) {
  for (int i = 0; i < f->nparams; i++) {
    AstNode *d = f->params[i].dflt;
    AstNode *named = d ? named_default(I, d, f) : NULL;
    if (named) f->params[i].dflt = d = named;
    if (!d || const_default(d)) continue;
    diag_error(I->cx, d->span, "the default of '%s' must be a constant", f->params[i].name);
    diag_hint(I->cx, d->kind == AST_LIST ? "Python shares one list between calls; pass the list "
                                           "explicitly"
                                         : "Python evaluates defaults once, at the def; compute "
                                           "the value inside the function");
  }
}

static void register_funcs(Infer *I) {
  for (int i = 0; i < I->m->body.len; i++) {
    AstNode *s = I->m->body.data[i];
    if (s->kind != AST_FUNCDEF) continue;
    FuncDef *f = s->as.func;
    if (inf_find_in(I->modsyms.data, I->modsyms.len, f->name)) {
      diag_error(I->cx, f->name_span, "function '%s' is defined twice", f->name);
      continue;
    }
    if (f->decorators.len) {
      diag_error(I->cx, f->decorators.data[0]->span, "decorators are not supported yet");
      diag_hint(I->cx, "call the decorator on the function explicitly, or remove it");
    }
    check_defaults(I, f);
    Sym *sym = new_sym(I, SYM_FUNC, f->name, f->name_span);
    sym->func = f;
    f->sym = sym;
    vec_push(&I->cx->arena, &I->modsyms, sym);
  }
}

/* Exported functions: all parameters annotated, or a #pythran export. */
static void export_specs(Infer *I) {
  for (int i = 0; i < I->modsyms.len; i++) {
    Sym *s = I->modsyms.data[i];
    if (s->kind != SYM_FUNC || !all_annotated(s->func)) continue;
    FuncDef *f = s->func;
    Type **pt = NEWN(&I->cx->arena, Type *, f->nparams + 1);
    bool ok = true;
    for (int j = 0; j < f->nparams && ok; j++) ok = (pt[j] = annot_type(I, f->params[j].annot));
    if (!ok) continue;
    Spec *sp = find_spec(I, f, pt);
    if (!sp) sp = new_spec(I, f, pt);
    sp->exported = true;
    infer_spec(I, sp);
  }
  for (int e = 0; e < I->m->nexports; e++) {
    ExportLine *x = &I->m->exports[e];
    Sym *s = inf_find_in(I->modsyms.data, I->modsyms.len, x->name);
    if (!s || s->kind != SYM_FUNC) {
      diag_error(I->cx, x->span, "exported function '%s' is not defined", x->name);
      diag_hint(I->cx, "define '%s' at the top level of the module, or drop the export", x->name);
      continue;
    }
    if (x->nargs != s->func->nparams) {
      diag_error(I->cx, x->span, "export line gives %d type%s, but %s() has %d parameter%s",
                 x->nargs, x->nargs == 1 ? "" : "s", x->name, s->func->nparams,
                 s->func->nparams == 1 ? "" : "s");
      diag_hint(I->cx, "write one type per parameter, in order");
      continue;
    }
    Type **pt = NEWN(&I->cx->arena, Type *, x->nargs + 1);
    bool ok = true;
    for (int j = 0; j < x->nargs && ok; j++) ok = (pt[j] = annot_type(I, x->args[j]));
    if (!ok) continue;
    Spec *sp = find_spec(I, s->func, pt);
    if (!sp) sp = new_spec(I, s->func, pt);
    sp->exported = true;
    infer_spec(I, sp);
  }
}

void infer_module(Ctx *cx, AstModule *m) {
  Infer I = {.cx = cx, .m = m};
  I.sm = NEW(&cx->arena, SemaModule);
  m->sema = I.sm;
  register_funcs(&I);
  Spec *init = NEW(&cx->arena, Spec);
  init->cname = arena_printf(&cx->arena, "kp_%s___init__", m->name);
  init->body = m->body;
  I.sm->init = init;
  I.cur = init;
  stmts(&I, &m->body);
  init->ret = T(TY_NONE);
  init->inferred = true;
  if (!diag_failed(cx)) check_none_vars(&I, I.modsyms.data, I.modsyms.len);
  if (!diag_failed(cx)) {
    inf_definite_assignment(&I, &m->body);
  }
  I.cur = init;
  export_specs(&I);
}

bool inf_want_args(Infer *I, AstNode *n, const char *name, int lo, int hi) {
  return want_args(I, n, name, lo, hi);
}
Type *inf_iter_elem(Infer *I, AstNode *it) { return iter_elem(I, it); }
