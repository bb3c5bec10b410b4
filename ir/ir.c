/* ir/ir.c — the IR's constructors, queries, verifier and printer.
 *
 * Consumes nothing but ir.h; produces IR nodes (in the module arena), the
 * `--emit-ir` text that the golden tests in tests/ir/ pin down, and ICEs when
 * a pass breaks an invariant of ir.h. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir.h"
#include "../runtime/include/krait/rt.h"

const char *const ir_kind_names[] = {
#define X(k, s) s,
    IR_KINDS(X)
#undef X
};

/* Operator spellings, private so ir.c links without frontend/ast.c. */
static const char *const binop_sym[] = {
#define X(k, s) s,
    BINOPS(X)
#undef X
};
static const char *const unop_sym[] = {
#define X(k, s) s,
    UNOPS(X)
#undef X
};
static const char *const cmpop_sym[] = {
#define X(k, s) s,
    CMPOPS(X)
#undef X
};

static const char *const exc_names[] = {
    "<no exception>",
#define X(n) #n,
    KR_EXCEPTIONS(X)
#undef X
};

/* ---- intrinsics ---- */

static const char *const intrin_upper[] = {
#define X(k, c, f) #k,
    INTRINSICS(X)
#undef X
};
static const char *const intrin_cfunc[] = {
#define X(k, c, f) c,
    INTRINSICS(X)
#undef X
};
static const int intrin_flags[] = {
#define X(k, c, f) f,
    INTRINSICS(X)
#undef X
};

/* The printed names are the enum names in lower case; the preprocessor
 * cannot lower-case, so the table is filled on first use. */
static IntrinsicInfo intrin_table[IN_NINTRINSICS];
static char intrin_lower[IN_NINTRINSICS][32];

const IntrinsicInfo *ir_intrinsic_info(Intrinsic id) {
  if ((unsigned)id >= IN_NINTRINSICS) ICE("bad intrinsic %d", (int)id);
  IntrinsicInfo *info = &intrin_table[id];
  if (!info->name) {
    const char *u = intrin_upper[id];
    size_t n = strlen(u);
    if (n >= sizeof intrin_lower[id]) n = sizeof intrin_lower[id] - 1;
    for (size_t i = 0; i < n; i++)
      intrin_lower[id][i] = (char)(u[i] >= 'A' && u[i] <= 'Z' ? u[i] - 'A' + 'a' : u[i]);
    info->cfunc = intrin_cfunc[id];
    info->flags = intrin_flags[id];
    info->name = intrin_lower[id];
  }
  return info;
}

/* ---- constructors ---- */

IrNode *ir_new(Ctx *cx, IrKind kind, Span span, Type *type) {
  IrNode *n = NEW(&cx->arena, IrNode);
  n->kind = kind;
  n->span = span;
  n->type = type ? type : type_prim(TY_NONE);
  return n;
}

IrNode *ir_const_int(Ctx *cx, Span sp, Type *t, int64_t v) {
  IrNode *n = ir_new(cx, IR_CONST, sp, t);
  n->as.cst.i = v;
  return n;
}

IrNode *ir_const_float(Ctx *cx, Span sp, Type *t, double v) {
  IrNode *n = ir_new(cx, IR_CONST, sp, t);
  n->as.cst.f = v;
  return n;
}

IrNode *ir_const_str(Ctx *cx, Span sp, const char *s, int64_t len) {
  IrNode *n = ir_new(cx, IR_CONST, sp, type_prim(TY_STR));
  n->as.cst.s = arena_strndup(&cx->arena, s, (size_t)len);
  n->as.cst.len = len;
  return n;
}

IrNode *ir_var(Ctx *cx, Span sp, IrVar *v) {
  IrNode *n = ir_new(cx, IR_VAR, sp, v->type);
  n->as.var = v;
  return n;
}

/* Locals and temporaries are recorded in fn->vars; parameters and globals
 * are recorded by the caller (fn->params, m->globals). */
IrVar *ir_new_var(Ctx *cx, IrFunc *fn, const char *name, Type *t, IrVarKind kind, Span sp) {
  IrVar *v = NEW(&cx->arena, IrVar);
  v->type = t;
  v->kind = kind;
  v->span = sp;
  v->id = fn ? fn->nextid++ : 0;
  if (!name && kind == VAR_TEMP) name = arena_printf(&cx->arena, "t%d", v->id);
  v->name = name ? name : "?";
  if (fn && (kind == VAR_LOCAL || kind == VAR_TEMP)) vec_push(&cx->arena, &fn->vars, v);
  return v;
}

IrNode *ir_intrin(Ctx *cx, Span sp, Type *t, Intrinsic id, int nargs, ...) {
  IrNode *n = ir_new(cx, IR_INTRIN, sp, t);
  n->as.intrin.id = id;
  n->as.intrin.nargs = nargs;
  n->as.intrin.args = NEWN(&cx->arena, IrNode *, nargs > 0 ? nargs : 1);
  va_list ap;
  va_start(ap, nargs);
  for (int i = 0; i < nargs; i++) n->as.intrin.args[i] = va_arg(ap, IrNode *);
  va_end(ap);
  return n;
}

IrNode *ir_assign(Ctx *cx, Span sp, IrNode *dst, IrNode *src) {
  IrNode *n = ir_new(cx, IR_ASSIGN, sp, NULL);
  n->as.assign.dst = dst;
  n->as.assign.src = src;
  return n;
}

/* ---- queries ---- */

/* Effects of the node itself, ignoring its operands. */
static bool own_effects(IrNode *n) {
  switch (n->kind) {
  case IR_CALL: case IR_LIST: case IR_STRBUILD: return true;
  case IR_INTRIN:
    return (ir_intrinsic_info(n->as.intrin.id)->flags & (IRF_RAISES | IRF_FRESH | IRF_EFFECT)) != 0;
  case IR_CONST: case IR_VAR: case IR_BINOP: case IR_UNOP: case IR_CMP: case IR_LOGIC:
  case IR_SELECT: case IR_CAST: case IR_TUPLE: case IR_FIELD: case IR_INDEX: case IR_AELEM:
    return false;
  case IR_ASSIGN: case IR_EXPR: case IR_IF: case IR_LOOP: case IR_PARLOOP: case IR_WHILE:
  case IR_BREAK: case IR_CONTINUE: case IR_RETURN: case IR_RAISE: case IR_PRINT: case IR_ARRAYEXPR:
  case IR_NKINDS:
    break;
  }
  ICE("ir_has_effects on a statement (%s)", ir_kind_names[n->kind]);
}

/* Calls `f` on each operand of expression `n`. */
void ir_each_operand(IrNode *n, void (*f)(IrNode *, void *), void *arg) {
  switch (n->kind) {
  case IR_CONST: case IR_VAR: case IR_AELEM: return;
  case IR_BINOP: f(n->as.bin.lhs, arg); f(n->as.bin.rhs, arg); return;
  case IR_UNOP: case IR_CAST: f(n->as.un.operand, arg); return;
  case IR_CMP: f(n->as.cmp.lhs, arg); f(n->as.cmp.rhs, arg); return;
  case IR_LOGIC: f(n->as.logic.lhs, arg); f(n->as.logic.rhs, arg); return;
  case IR_SELECT: f(n->as.sel.cond, arg); f(n->as.sel.a, arg); f(n->as.sel.b, arg); return;
  case IR_CALL:
    for (int i = 0; i < n->as.call.nargs; i++) f(n->as.call.args[i], arg);
    return;
  case IR_INTRIN:
    for (int i = 0; i < n->as.intrin.nargs; i++) f(n->as.intrin.args[i], arg);
    return;
  case IR_TUPLE: case IR_LIST:
    for (int i = 0; i < n->as.list.n; i++) f(n->as.list.elts[i], arg);
    return;
  case IR_FIELD: f(n->as.field.base, arg); return;
  case IR_INDEX: f(n->as.index.base, arg); f(n->as.index.index, arg); return;
  case IR_STRBUILD:
    for (int i = 0; i < n->as.fmt.n; i++) {
      if (n->as.fmt.pieces[i].value) f(n->as.fmt.pieces[i].value, arg);
      if (n->as.fmt.pieces[i].spec) f(n->as.fmt.pieces[i].spec, arg);
    }
    return;
  case IR_ASSIGN: case IR_EXPR: case IR_IF: case IR_LOOP: case IR_PARLOOP: case IR_WHILE:
  case IR_BREAK: case IR_CONTINUE: case IR_RETURN: case IR_RAISE: case IR_PRINT: case IR_ARRAYEXPR:
  case IR_NKINDS:
    break;
  }
  ICE("each_operand on a statement (%s)", ir_kind_names[n->kind]);
}

static void effects_visit(IrNode *n, void *found) {
  if (*(bool *)found) return;
  if (own_effects(n)) *(bool *)found = true;
  else ir_each_operand(n, effects_visit, found);
}

bool ir_has_effects(IrNode *n) {
  bool found = false;
  effects_visit(n, &found);
  return found;
}

bool ir_is_fresh(IrNode *n) {
  switch (n->kind) {
  case IR_LIST: case IR_STRBUILD: return true;
  case IR_CALL: return type_has_managed(n->type);
  case IR_INTRIN: {
    int fl = ir_intrinsic_info(n->as.intrin.id)->flags;
    if (fl & IRF_FRESH) return true;
    return n->as.intrin.id == IN_LIST_POP && type_has_managed(n->type);
  }
  case IR_CONST: case IR_VAR: case IR_BINOP: case IR_UNOP: case IR_CMP: case IR_LOGIC:
  case IR_SELECT: case IR_CAST: case IR_TUPLE: case IR_FIELD: case IR_INDEX: case IR_AELEM:
    return false;  /* borrowed, or not an object */
  case IR_ASSIGN: case IR_EXPR: case IR_IF: case IR_LOOP: case IR_PARLOOP: case IR_WHILE:
  case IR_BREAK: case IR_CONTINUE: case IR_RETURN: case IR_RAISE: case IR_PRINT: case IR_ARRAYEXPR:
  case IR_NKINDS:
    break;
  }
  return false;
}

/* ---- verifier ---- */

typedef struct Verify {
  Ctx *cx;
  IrFunc *fn;
  int loop_depth;
} Verify;

#define VFAIL(vf, n, ...) verify_fail((vf), (n), __VA_ARGS__)

static _Noreturn void verify_fail(Verify *vf, IrNode *n, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  int line = 0;
  if (vf->cx->nfiles > 0 && n) line = source_line(ctx_source(vf->cx, n->span), n->span.start);
  ICE("ir_verify: in '%s' (line %d, %s): %s", vf->fn ? vf->fn->name : "?", line,
      n ? ir_kind_names[n->kind] : "-", msg);
}

static bool is_bool(Type *t) { return t->kind == TY_BOOL; }

static void verify_expr(Verify *vf, IrNode *n);

static void verify_pure(IrNode *n, void *arg) {
  Verify *vf = arg;
  if (own_effects(n))
    VFAIL(vf, n, "an expression with effects is nested inside another expression");
  verify_expr(vf, n);
}

static void verify_same(Verify *vf, IrNode *n, Type *a, Type *b, const char *what) {
  if (a != b)
    VFAIL(vf, n, "%s: '%s' vs '%s'", what, type_name(vf->cx, a), type_name(vf->cx, b));
}

/* Typing rules of each expression kind; operands must be pure. */
static void verify_expr(Verify *vf, IrNode *n) {
  if (!n) VFAIL(vf, n, "missing expression");
  if (!n->type) VFAIL(vf, n, "expression without a type");
  switch (n->kind) {
  case IR_AELEM:
    if (n->as.aelem.arr->type->kind != TY_ARRAY) VFAIL(vf, n, "aelem of a non-array");
    verify_same(vf, n, n->type, n->as.aelem.arr->type->elem, "aelem type");
    break;
  case IR_BINOP:
    verify_same(vf, n, n->as.bin.lhs->type, n->as.bin.rhs->type, "binop operands differ");
    break;
  case IR_CMP:
    if (n->as.cmp.op > CMP_NE) VFAIL(vf, n, "cmp op '%s' not lowered", cmpop_sym[n->as.cmp.op]);
    verify_same(vf, n, n->as.cmp.lhs->type, n->as.cmp.rhs->type, "cmp operands differ");
    if (!is_bool(n->type)) VFAIL(vf, n, "cmp is not bool");
    break;
  case IR_LOGIC:
    if (!is_bool(n->as.logic.lhs->type) || !is_bool(n->as.logic.rhs->type) || !is_bool(n->type))
      VFAIL(vf, n, "logic on non-bool");
    break;
  case IR_SELECT:
    if (!is_bool(n->as.sel.cond->type)) VFAIL(vf, n, "select condition is not bool");
    verify_same(vf, n, n->as.sel.a->type, n->type, "select arm");
    verify_same(vf, n, n->as.sel.b->type, n->type, "select arm");
    break;
  case IR_CALL:
    if (n->as.call.nargs != n->as.call.fn->nparams) VFAIL(vf, n, "wrong argument count");
    for (int i = 0; i < n->as.call.nargs; i++)
      verify_same(vf, n, n->as.call.args[i]->type, n->as.call.fn->params[i]->type, "argument");
    verify_same(vf, n, n->type, n->as.call.fn->ret, "call result");
    break;
  case IR_TUPLE:
    if (n->type->kind != TY_TUPLE || n->type->nelts != n->as.list.n) VFAIL(vf, n, "tuple type");
    for (int i = 0; i < n->as.list.n; i++)
      verify_same(vf, n, n->as.list.elts[i]->type, n->type->elts[i], "tuple element");
    break;
  case IR_LIST:
    if (n->type->kind != TY_LIST) VFAIL(vf, n, "list of non-list type");
    for (int i = 0; i < n->as.list.n; i++)
      verify_same(vf, n, n->as.list.elts[i]->type, n->type->elem, "list element");
    break;
  case IR_FIELD: {
    Type *bt = n->as.field.base->type;
    if (bt->kind != TY_TUPLE || n->as.field.index < 0 || n->as.field.index >= bt->nelts)
      VFAIL(vf, n, "bad field");
    verify_same(vf, n, n->type, bt->elts[n->as.field.index], "field type");
    break;
  }
  case IR_INDEX:   /* a list element, or an array element at a flat offset */
    if (n->as.index.base->type->kind != TY_LIST && n->as.index.base->type->kind != TY_ARRAY)
      VFAIL(vf, n, "index of a non-list, non-array");
    if (!type_is_int(n->as.index.index->type)) VFAIL(vf, n, "non-integer index");
    verify_same(vf, n, n->type, n->as.index.base->type->elem, "element type");
    break;
  case IR_STRBUILD:
    if (n->type->kind != TY_STR) VFAIL(vf, n, "strbuild is not str");
    break;
  case IR_VAR:
    verify_same(vf, n, n->type, n->as.var->type, "var type");
    break;
  case IR_CONST: case IR_UNOP: case IR_CAST: case IR_INTRIN:
    break;
  case IR_ASSIGN: case IR_EXPR: case IR_IF: case IR_LOOP: case IR_PARLOOP: case IR_WHILE:
  case IR_BREAK: case IR_CONTINUE: case IR_RETURN: case IR_RAISE: case IR_PRINT: case IR_ARRAYEXPR:
  case IR_NKINDS:
    VFAIL(vf, n, "statement used as an expression");
  }
  ir_each_operand(n, verify_pure, vf);
}

static void verify_list(Verify *vf, IrList *l);

static void verify_cond(Verify *vf, IrNode *n, IrNode *cond) {
  verify_pure(cond, vf);
  if (!is_bool(cond->type)) VFAIL(vf, n, "condition is not bool");
}

static void verify_assign(Verify *vf, IrNode *n) {
  IrNode *dst = n->as.assign.dst, *src = n->as.assign.src;
  if (dst->kind != IR_VAR && dst->kind != IR_INDEX && dst->kind != IR_FIELD)
    VFAIL(vf, n, "cannot assign to %s", ir_kind_names[dst->kind]);
  verify_pure(dst, vf);
  verify_expr(vf, src);
  verify_same(vf, n, dst->type, src->type, "assignment");
}

static void verify_loop(Verify *vf, IrNode *n) {
  if (!n->as.loop.iv || !type_is_int(n->as.loop.iv->type)) VFAIL(vf, n, "loop counter");
  IrNode *parts[] = {n->as.loop.lo, n->as.loop.hi, n->as.loop.step};
  for (int i = 0; i < 3; i++) {
    verify_pure(parts[i], vf);
    verify_same(vf, n, parts[i]->type, n->as.loop.iv->type, "loop bound");
  }
  if (n->as.loop.dir < -1 || n->as.loop.dir > 1) VFAIL(vf, n, "bad loop direction");
  vf->loop_depth++;
  verify_list(vf, &n->as.loop.body);
  vf->loop_depth--;
}

static void verify_fmt(Verify *vf, IrNode *n) {
  for (int i = 0; i < n->as.fmt.n; i++) {
    IrPiece *p = &n->as.fmt.pieces[i];
    if (p->value) verify_pure(p->value, vf);
    else if (!p->lit && p->litlen) VFAIL(vf, n, "literal piece without bytes");
    if (p->spec) verify_pure(p->spec, vf);
  }
}

static void verify_stmt(Verify *vf, IrNode *n) {
  switch (n->kind) {
  case IR_ASSIGN: verify_assign(vf, n); return;
  case IR_EXPR: verify_expr(vf, n->as.expr); return;
  case IR_IF:
    verify_cond(vf, n, n->as.if_.cond);
    verify_list(vf, &n->as.if_.then);
    verify_list(vf, &n->as.if_.orelse);
    return;
  case IR_LOOP: case IR_PARLOOP: verify_loop(vf, n); return;
  case IR_WHILE:
    verify_cond(vf, n, n->as.while_.cond);
    vf->loop_depth++;
    verify_list(vf, &n->as.while_.body);
    vf->loop_depth--;
    return;
  case IR_BREAK: case IR_CONTINUE:
    if (!vf->loop_depth) VFAIL(vf, n, "outside a loop");
    return;
  case IR_RETURN:
    if (n->as.expr) {
      verify_pure(n->as.expr, vf);
      verify_same(vf, n, n->as.expr->type, vf->fn->ret, "return value");
    } else if (vf->fn->ret->kind != TY_NONE) {
      VFAIL(vf, n, "bare return in a function returning a value");
    }
    return;
  case IR_RAISE:
    if (n->as.raise.exc <= 0 || n->as.raise.exc >= KR_EXC_COUNT) VFAIL(vf, n, "bad exception");
    if (n->as.raise.msg) verify_pure(n->as.raise.msg, vf);
    return;
  case IR_PRINT: verify_fmt(vf, n); return;
  case IR_ARRAYEXPR:
    verify_expr(vf, n->as.aexpr.value);
    verify_list(vf, &n->as.aexpr.pre);
    return;
  case IR_CONST: case IR_VAR: case IR_BINOP: case IR_UNOP: case IR_CMP: case IR_LOGIC:
  case IR_SELECT: case IR_CAST: case IR_CALL: case IR_INTRIN: case IR_TUPLE: case IR_FIELD:
  case IR_LIST: case IR_INDEX: case IR_STRBUILD: case IR_AELEM: case IR_NKINDS:
    break;
  }
  VFAIL(vf, n, "expression used as a statement");
}

static void verify_list(Verify *vf, IrList *l) {
  for (int i = 0; i < l->len; i++) verify_stmt(vf, l->data[i]);
}

static void verify_func(Ctx *cx, IrFunc *fn) {
  Verify vf = {.cx = cx, .fn = fn};
  if (!fn->ret) VFAIL(&vf, NULL, "function without a return type");
  if (!fn->cname) VFAIL(&vf, NULL, "function without a C name");
  verify_list(&vf, &fn->body);
}

void ir_verify(Ctx *cx, IrModule *m) {
  bool init_seen = false;
  for (int i = 0; i < m->funcs.len; i++) {
    verify_func(cx, m->funcs.data[i]);
    init_seen |= m->funcs.data[i] == m->init;
  }
  if (m->init && !init_seen) verify_func(cx, m->init);
}

/* ---- printer ---- */

typedef struct Printer {
  Ctx *cx;
  StrBuf *out;
  IrFunc *fn;
  Vec(IrVar *) dups;  /* vars whose name an earlier var of fn already has */
} Printer;

static void indent(Printer *p, int depth) {
  for (int i = 0; i < depth; i++) sb_puts(p->out, "  ");
}

/* Python-style quoted string, with escapes that keep one statement a line. */
static void print_quoted(StrBuf *out, const char *s, int64_t n) {
  sb_putc(out, '\'');
  for (int64_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '\\' || c == '\'') sb_printf(out, "\\%c", c);
    else if (c == '\n') sb_puts(out, "\\n");
    else if (c == '\t') sb_puts(out, "\\t");
    else if (c == '\r') sb_puts(out, "\\r");
    else if (c < 0x20 || c == 0x7f) sb_printf(out, "\\x%02x", c);
    else sb_putc(out, (char)c);
  }
  sb_putc(out, '\'');
}

/* Shortest text that reads back as the same double, always with a '.' or
 * an exponent so that it cannot be mistaken for an int. */
static void print_double(StrBuf *out, double v) {
  if (isnan(v)) { sb_puts(out, "nan"); return; }
  if (isinf(v)) { sb_puts(out, v < 0 ? "-inf" : "inf"); return; }
  char buf[40];
  for (int prec = 1; prec <= 17; prec++) {
    snprintf(buf, sizeof buf, "%.*g", prec, v);
    if (strtod(buf, NULL) == v) break;
  }
  sb_puts(out, buf);
  if (!strpbrk(buf, ".e")) sb_puts(out, ".0");
}

static void print_var(Printer *p, IrVar *v) {
  sb_puts(p->out, v->name);
  for (int i = 0; i < p->dups.len; i++)
    if (p->dups.data[i] == v) sb_printf(p->out, "#%d", v->id);
}

/* Constants print as Python literals; widths other than int/float/complex
 * carry their type as a suffix (3u8, 1.5f32). */
static void print_const(Printer *p, IrNode *n) {
  Type *t = n->type;
  StrBuf *o = p->out;
  switch (t->kind) {
  case TY_BOOL: sb_puts(o, n->as.cst.i ? "True" : "False"); return;
  case TY_I64: sb_printf(o, "%lld", (long long)n->as.cst.i); return;
  case TY_I8: case TY_I16: case TY_I32:
    sb_printf(o, "%lld%s", (long long)n->as.cst.i, type_name(p->cx, t));
    return;
  case TY_U8: case TY_U16: case TY_U32: case TY_U64:
    sb_printf(o, "%llu%s", (unsigned long long)n->as.cst.i, type_name(p->cx, t));
    return;
  case TY_F64: print_double(o, n->as.cst.f); return;
  case TY_F32: print_double(o, n->as.cst.f); sb_puts(o, "f32"); return;
  case TY_C64: case TY_C128:
    sb_putc(o, '(');
    print_double(o, n->as.cst.f);
    sb_puts(o, n->as.cst.im < 0 || (n->as.cst.im == 0 && signbit(n->as.cst.im)) ? "" : "+");
    print_double(o, n->as.cst.im);
    sb_puts(o, t->kind == TY_C64 ? "j)c64" : "j)");
    return;
  case TY_STR: print_quoted(o, n->as.cst.s, n->as.cst.len); return;
  case TY_NONE: sb_puts(o, "None"); return;
  case TY_LIST: case TY_TUPLE: case TY_ARRAY: case TY_RANGE: case TY_FUNC: case TY_MODULE:
  case TY_EXCCLASS: case TY_COMM: case TY_REQUEST: case TY_STATUS:
  case TY_NKINDS:
    break;
  }
  sb_printf(o, "<const %s>", type_name(p->cx, t));
}

static void print_expr(Printer *p, IrNode *n, bool nested);

static void print_args(Printer *p, IrNode **args, int n) {
  sb_putc(p->out, '(');
  for (int i = 0; i < n; i++) {
    if (i) sb_puts(p->out, ", ");
    print_expr(p, args[i], false);
  }
  sb_putc(p->out, ')');
}

static void print_pieces(Printer *p, IrNode *n) {
  sb_putc(p->out, '(');
  for (int i = 0; i < n->as.fmt.n; i++) {
    IrPiece *pc = &n->as.fmt.pieces[i];
    if (i) sb_puts(p->out, ", ");
    if (!pc->value) {
      print_quoted(p->out, pc->lit, pc->litlen);
    } else if (pc->spec) {
      sb_puts(p->out, "format(");
      print_expr(p, pc->value, false);
      sb_puts(p->out, ", ");
      print_expr(p, pc->spec, false);
      sb_putc(p->out, ')');
    } else {
      sb_puts(p->out, pc->conv == 'r' ? "repr(" : "str(");
      print_expr(p, pc->value, false);
      sb_putc(p->out, ')');
    }
  }
  sb_putc(p->out, ')');
}

/* A call prints the Python name when the C name is the plain one and the
 * C name in braces for specialisations, so that f and f_2 differ. */
static void print_call(Printer *p, IrNode *n) {
  IrFunc *fn = n->as.call.fn;
  size_t cl = strlen(fn->cname), nl = strlen(fn->name);
  bool plain = cl > nl && fn->cname[cl - nl - 1] == '_' && !strcmp(fn->cname + cl - nl, fn->name);
  sb_puts(p->out, fn->name);
  if (!plain) sb_printf(p->out, "{%s}", fn->cname);
  print_args(p, n->as.call.args, n->as.call.nargs);
}

static void print_list(Printer *p, IrNode *n, const char *open, const char *close) {
  sb_puts(p->out, open);
  for (int i = 0; i < n->as.list.n; i++) {
    if (i) sb_puts(p->out, ", ");
    print_expr(p, n->as.list.elts[i], false);
  }
  if (n->kind == IR_TUPLE && n->as.list.n == 1) sb_putc(p->out, ',');
  sb_puts(p->out, close);
}

/* Operator expressions nested in another expression are parenthesised, so
 * that the text never depends on precedence rules. */
static void print_expr(Printer *p, IrNode *n, bool nested) {
  StrBuf *o = p->out;
  bool paren = nested && (n->kind == IR_BINOP || n->kind == IR_CMP || n->kind == IR_LOGIC ||
                          n->kind == IR_SELECT || n->kind == IR_UNOP);
  if (paren) sb_putc(o, '(');
  switch (n->kind) {
  case IR_CONST: print_const(p, n); break;
  case IR_VAR: print_var(p, n->as.var); break;
  case IR_AELEM:   /* an operand's element at the loop position */
    print_expr(p, n->as.aelem.arr, true);
    sb_puts(o, "[...]");
    break;
  case IR_BINOP:
    print_expr(p, n->as.bin.lhs, true);
    sb_printf(o, " %s ", binop_sym[n->as.bin.op]);
    print_expr(p, n->as.bin.rhs, true);
    break;
  case IR_UNOP:
    sb_puts(o, unop_sym[n->as.un.op]);
    if (n->as.un.op == UOP_NOT) sb_putc(o, ' ');
    print_expr(p, n->as.un.operand, true);
    break;
  case IR_CMP:
    print_expr(p, n->as.cmp.lhs, true);
    sb_printf(o, " %s ", cmpop_sym[n->as.cmp.op]);
    print_expr(p, n->as.cmp.rhs, true);
    break;
  case IR_LOGIC:
    print_expr(p, n->as.logic.lhs, true);
    sb_puts(o, n->as.logic.is_and ? " and " : " or ");
    print_expr(p, n->as.logic.rhs, true);
    break;
  case IR_SELECT:
    print_expr(p, n->as.sel.a, true);
    sb_puts(o, " if ");
    print_expr(p, n->as.sel.cond, true);
    sb_puts(o, " else ");
    print_expr(p, n->as.sel.b, true);
    break;
  case IR_CAST:
    sb_printf(o, "%s(", type_name(p->cx, n->type));
    print_expr(p, n->as.un.operand, false);
    sb_putc(o, ')');
    break;
  case IR_CALL: print_call(p, n); break;
  case IR_INTRIN: {
    const IntrinsicInfo *in = ir_intrinsic_info(n->as.intrin.id);
    sb_printf(o, "intrin %s", in->name);
    if (!(in->flags & IRF_VALUE)) print_args(p, n->as.intrin.args, n->as.intrin.nargs);
    break;
  }
  case IR_TUPLE: print_list(p, n, "(", ")"); break;
  case IR_LIST: print_list(p, n, "[", "]"); break;
  case IR_FIELD:
    print_expr(p, n->as.field.base, true);
    sb_printf(o, ".f%d", n->as.field.index);
    break;
  case IR_INDEX:
    print_expr(p, n->as.index.base, true);
    sb_putc(o, '[');
    print_expr(p, n->as.index.index, false);
    sb_putc(o, ']');
    break;
  case IR_STRBUILD:
    sb_puts(o, "strbuild");
    print_pieces(p, n);
    break;
  case IR_ASSIGN: case IR_EXPR: case IR_IF: case IR_LOOP: case IR_PARLOOP: case IR_WHILE:
  case IR_BREAK: case IR_CONTINUE: case IR_RETURN: case IR_RAISE: case IR_PRINT: case IR_ARRAYEXPR:
  case IR_NKINDS:
    sb_printf(o, "<%s>", ir_kind_names[n->kind]);
    break;
  }
  if (paren) sb_putc(o, ')');
}

static void print_block(Printer *p, IrList *l, int depth);

static void print_if(Printer *p, IrNode *n, int depth, const char *kw) {
  indent(p, depth);
  sb_printf(p->out, "%s (", kw);
  print_expr(p, n->as.if_.cond, false);
  sb_puts(p->out, ")\n");
  print_block(p, &n->as.if_.then, depth + 1);
  IrList *e = &n->as.if_.orelse;
  if (e->len == 1 && e->data[0]->kind == IR_IF) {
    print_if(p, e->data[0], depth, "elif");
  } else if (e->len) {
    indent(p, depth);
    sb_puts(p->out, "else\n");
    print_block(p, e, depth + 1);
  }
}

/* A PARLOOP's schedule, thread count and data sharing. */
static void print_par(Printer *p, IrNode *n) {
  static const char *const sched[] = {"static", "dynamic", "guided"};
  if (n->as.loop.sched) sb_printf(p->out, " schedule=%s", sched[n->as.loop.sched]);
  if (n->as.loop.work) {  /* made parallel by krait: only for this much work */
    sb_puts(p->out, " auto(work=");
    print_expr(p, n->as.loop.work, false);
    sb_putc(p->out, ')');
  }
  if (n->as.loop.nthreads) {
    sb_puts(p->out, " num_threads=");
    print_expr(p, n->as.loop.nthreads, false);
  }
  IrPar *par = n->as.loop.par;
  for (int i = 0; par && i < par->nreds; i++) {
    char op = par->ops[i];
    sb_printf(p->out, "%s%s: ", i ? ", " : " reduction(",
              op == 'M' ? "max" : op == 'm' ? "min" : (char[]){op, 0});
    print_var(p, par->reds[i]);
    if (i + 1 == par->nreds) sb_putc(p->out, ')');
  }
  for (int i = 0; par && i < par->nprivs; i++) {
    sb_puts(p->out, i ? ", " : " private(");
    print_var(p, par->privs[i]);
    if (i + 1 == par->nprivs) sb_putc(p->out, ')');
  }
}

static void print_loop(Printer *p, IrNode *n, int depth) {
  indent(p, depth);
  sb_puts(p->out, n->kind == IR_PARLOOP ? "parfor " : "for ");
  print_var(p, n->as.loop.iv);
  sb_puts(p->out, " in range(");
  print_expr(p, n->as.loop.lo, false);
  sb_puts(p->out, ", ");
  print_expr(p, n->as.loop.hi, false);
  sb_puts(p->out, ", ");
  print_expr(p, n->as.loop.step, false);
  sb_putc(p->out, ')');
  if (n->as.loop.dir == 0) sb_puts(p->out, " step-sign-unknown");
  if (n->kind == IR_PARLOOP) print_par(p, n);
  sb_putc(p->out, '\n');
  print_block(p, &n->as.loop.body, depth + 1);
}

static void print_raise(Printer *p, IrNode *n) {
  int e = n->as.raise.exc;
  sb_printf(p->out, "raise %s", e > 0 && e < KR_EXC_COUNT ? exc_names[e] : "<bad exception>");
  if (n->as.raise.msg) {
    sb_putc(p->out, '(');
    print_expr(p, n->as.raise.msg, false);
    sb_putc(p->out, ')');
  }
}

/* The statements that fit on one line (expressions show as themselves). */
static void print_simple(Printer *p, IrNode *n) {
  StrBuf *o = p->out;
  switch (n->kind) {
  case IR_ASSIGN:
    print_expr(p, n->as.assign.dst, false);
    sb_puts(o, " = ");
    print_expr(p, n->as.assign.src, false);
    return;
  case IR_EXPR: print_expr(p, n->as.expr, false); return;
  case IR_BREAK: sb_puts(o, "break"); return;
  case IR_CONTINUE: sb_puts(o, "continue"); return;
  case IR_RETURN:
    sb_puts(o, "return");
    if (!n->as.expr) return;
    sb_putc(o, ' ');
    print_expr(p, n->as.expr, false);
    return;
  case IR_RAISE: print_raise(p, n); return;
  case IR_PRINT:
    sb_puts(o, n->as.fmt.to_stderr ? "print_stderr" : "print");
    print_pieces(p, n);
    return;
  case IR_IF: case IR_LOOP: case IR_PARLOOP: case IR_WHILE:
  case IR_CONST: case IR_VAR: case IR_BINOP: case IR_UNOP: case IR_CMP: case IR_LOGIC:
  case IR_SELECT: case IR_CAST: case IR_CALL: case IR_INTRIN: case IR_TUPLE: case IR_FIELD:
  case IR_LIST: case IR_INDEX: case IR_STRBUILD: case IR_AELEM: case IR_ARRAYEXPR: case IR_NKINDS:
    print_expr(p, n, false);  /* not a one-line statement: shown as <kind> or as is */
    return;
  }
}

/* One statement per line; nested blocks are indented two spaces. */
/* arrayexpr dst[n0, n1] = value   (with the per-element statements under it) */
static void print_arrayexpr(Printer *p, IrNode *n, int depth) {
  indent(p, depth);
  sb_puts(p->out, "arrayexpr ");
  print_expr(p, n->as.aexpr.dst, true);
  sb_putc(p->out, '[');
  for (int d = 0; d < n->as.aexpr.ndim; d++) {
    if (d) sb_puts(p->out, ", ");
    print_expr(p, n->as.aexpr.dims[d], false);
  }
  sb_puts(p->out, "] = ");
  print_expr(p, n->as.aexpr.value, false);
  sb_putc(p->out, '\n');
  if (n->as.aexpr.pre.len) print_block(p, &n->as.aexpr.pre, depth + 1);   /* per element */
}

static void print_stmt(Printer *p, IrNode *n, int depth) {
  if (n->kind == IR_ARRAYEXPR) {
    print_arrayexpr(p, n, depth);
  } else if (n->kind == IR_IF) {
    print_if(p, n, depth, "if");
  } else if (n->kind == IR_LOOP || n->kind == IR_PARLOOP) {
    print_loop(p, n, depth);
  } else if (n->kind == IR_WHILE) {
    indent(p, depth);
    sb_puts(p->out, "while (");
    print_expr(p, n->as.while_.cond, false);
    sb_puts(p->out, ")\n");
    print_block(p, &n->as.while_.body, depth + 1);
  } else {
    indent(p, depth);
    print_simple(p, n);
    sb_putc(p->out, '\n');
  }
}

static void print_block(Printer *p, IrList *l, int depth) {
  if (!l->len) {
    indent(p, depth);
    sb_puts(p->out, "pass\n");
  }
  for (int i = 0; i < l->len; i++) print_stmt(p, l->data[i], depth);
}

/* Vars sharing a name with an earlier var print as name#id. */
static void find_dups(Printer *p, IrFunc *fn) {
  int n = fn->nparams + fn->vars.len;
  for (int i = 1; i < n; i++) {
    IrVar *v = i < fn->nparams ? fn->params[i] : fn->vars.data[i - fn->nparams];
    for (int j = 0; j < i; j++) {
      IrVar *w = j < fn->nparams ? fn->params[j] : fn->vars.data[j - fn->nparams];
      if (!strcmp(v->name, w->name)) {
        vec_push(&p->cx->scratch, &p->dups, v);
        break;
      }
    }
  }
}

static void print_func_with(Printer *p, IrFunc *fn) {
  StrBuf *o = p->out;
  p->fn = fn;
  p->dups.len = 0;
  find_dups(p, fn);
  sb_printf(o, "func %s(", fn->is_init ? "<module>" : fn->name);
  for (int i = 0; i < fn->nparams; i++) {
    if (i) sb_puts(o, ", ");
    print_var(p, fn->params[i]);
    sb_printf(o, ": %s", type_name(p->cx, fn->params[i]->type));
  }
  sb_printf(o, ") -> %s   [%s%s]\n", type_name(p->cx, fn->ret), fn->cname ? fn->cname : "?",
            fn->exported ? ", exported" : "");
  for (int i = 0; i < fn->vars.len; i++) {
    IrVar *v = fn->vars.data[i];
    sb_puts(o, v->kind == VAR_TEMP ? "  temp " : "  var ");
    print_var(p, v);
    sb_printf(o, ": %s\n", type_name(p->cx, v->type));
  }
  print_block(p, &fn->body, 1);
}

void ir_print_func(Ctx *cx, IrFunc *fn, StrBuf *out) {
  Printer p = {.cx = cx, .out = out};
  print_func_with(&p, fn);
}

void ir_print_module(Ctx *cx, IrModule *m, StrBuf *out) {
  Printer p = {.cx = cx, .out = out};
  sb_printf(out, "module %s%s\n", m->name ? m->name : "?", m->is_exe ? "   [exe]" : "");
  for (int i = 0; i < m->globals.len; i++)
    sb_printf(out, "global %s: %s\n", m->globals.data[i]->name,
              type_name(cx, m->globals.data[i]->type));
  bool init_seen = false;
  for (int i = 0; i < m->funcs.len; i++) {
    sb_putc(out, '\n');
    print_func_with(&p, m->funcs.data[i]);
    init_seen |= m->funcs.data[i] == m->init;
  }
  if (m->init && !init_seen) {
    sb_putc(out, '\n');
    print_func_with(&p, m->init);
  }
}

/* ---- copying ---- */

static IrNode **copy_n(Ctx *cx, IrNode **v, int n) {
  IrNode **r = NEWN(&cx->arena, IrNode *, n + 1);
  for (int i = 0; i < n; i++) r[i] = ir_copy(cx, v[i]);
  return r;
}

IrList ir_copy_list(Ctx *cx, IrList *l) {
  IrList r = {0};
  for (int i = 0; i < l->len; i++) vec_push(&cx->arena, &r, ir_copy(cx, l->data[i]));
  return r;
}

/** A deep copy of a statement or expression; variables are shared. */
IrNode *ir_copy(Ctx *cx, IrNode *n) {
  if (!n) return NULL;
  IrNode *c = NEW(&cx->arena, IrNode);
  *c = *n;
  switch (n->kind) {
  case IR_CONST: case IR_VAR: case IR_BREAK: case IR_CONTINUE: break;
  case IR_BINOP: c->as.bin.lhs = ir_copy(cx, n->as.bin.lhs); c->as.bin.rhs = ir_copy(cx, n->as.bin.rhs); break;
  case IR_UNOP: case IR_CAST: c->as.un.operand = ir_copy(cx, n->as.un.operand); break;
  case IR_CMP: c->as.cmp.lhs = ir_copy(cx, n->as.cmp.lhs); c->as.cmp.rhs = ir_copy(cx, n->as.cmp.rhs); break;
  case IR_LOGIC:
    c->as.logic.lhs = ir_copy(cx, n->as.logic.lhs), c->as.logic.rhs = ir_copy(cx, n->as.logic.rhs);
    break;
  case IR_SELECT:
    c->as.sel.cond = ir_copy(cx, n->as.sel.cond), c->as.sel.a = ir_copy(cx, n->as.sel.a);
    c->as.sel.b = ir_copy(cx, n->as.sel.b);
    break;
  case IR_CALL: c->as.call.args = copy_n(cx, n->as.call.args, n->as.call.nargs); break;
  case IR_INTRIN: c->as.intrin.args = copy_n(cx, n->as.intrin.args, n->as.intrin.nargs); break;
  case IR_TUPLE: case IR_LIST: c->as.list.elts = copy_n(cx, n->as.list.elts, n->as.list.n); break;
  case IR_FIELD: c->as.field.base = ir_copy(cx, n->as.field.base); break;
  case IR_INDEX:
    c->as.index.base = ir_copy(cx, n->as.index.base), c->as.index.index = ir_copy(cx, n->as.index.index);
    break;
  case IR_STRBUILD: case IR_PRINT:
    c->as.fmt.pieces = NEWN(&cx->arena, IrPiece, n->as.fmt.n + 1);
    for (int i = 0; i < n->as.fmt.n; i++) {
      c->as.fmt.pieces[i] = n->as.fmt.pieces[i];
      c->as.fmt.pieces[i].value = ir_copy(cx, n->as.fmt.pieces[i].value);
      c->as.fmt.pieces[i].spec = ir_copy(cx, n->as.fmt.pieces[i].spec);
    }
    break;
  case IR_ASSIGN:
    c->as.assign.dst = ir_copy(cx, n->as.assign.dst), c->as.assign.src = ir_copy(cx, n->as.assign.src);
    break;
  case IR_EXPR: case IR_RETURN: c->as.expr = ir_copy(cx, n->as.expr); break;
  case IR_IF:
    c->as.if_.cond = ir_copy(cx, n->as.if_.cond);
    c->as.if_.then = ir_copy_list(cx, &n->as.if_.then);
    c->as.if_.orelse = ir_copy_list(cx, &n->as.if_.orelse);
    break;
  case IR_LOOP: case IR_PARLOOP:
    c->as.loop.lo = ir_copy(cx, n->as.loop.lo), c->as.loop.hi = ir_copy(cx, n->as.loop.hi);
    c->as.loop.step = ir_copy(cx, n->as.loop.step);
    c->as.loop.work = ir_copy(cx, n->as.loop.work);
    c->as.loop.body = ir_copy_list(cx, &n->as.loop.body);
    break;
  case IR_WHILE:
    c->as.while_.cond = ir_copy(cx, n->as.while_.cond);
    c->as.while_.body = ir_copy_list(cx, &n->as.while_.body);
    break;
  case IR_RAISE: c->as.raise.msg = ir_copy(cx, n->as.raise.msg); break;
  case IR_AELEM: break;   /* the operand VAR is shared */
  case IR_ARRAYEXPR:
    c->as.aexpr.value = ir_copy(cx, n->as.aexpr.value);
    c->as.aexpr.pre = ir_copy_list(cx, &n->as.aexpr.pre);
    break;
  case IR_NKINDS: break;
  }
  return c;
}
