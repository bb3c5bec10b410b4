/* frontend/infer_flow.c — control flow facts for type inference: which
 * statements never complete (for "missing return"), and which reads of a
 * local may come before any assignment (definite assignment), so lowering
 * can raise CPython's UnboundLocalError there. */
#include <string.h>

#include "infer_impl.h"

static bool block_ends(AstList *b);

/* Does a `break` in b (not in a nested loop) leave the loop around b? */
static bool has_break(AstList *b) {
  for (int i = 0; i < b->len; i++) {
    AstNode *s = b->data[i];
    if (s->kind == AST_BREAK) return true;
    if (s->kind == AST_IF && (has_break(&s->as.if_.body) || has_break(&s->as.if_.orelse)))
      return true;
  }
  return false;
}

static bool always_true(AstNode *c) {
  return (c->kind == AST_BOOL || c->kind == AST_INT) && c->as.i != 0;
}

/* Does control never reach the end of statement `s`? */
bool inf_stmt_ends(AstNode *s) {
  switch (s->kind) {
  case AST_RETURN: case AST_RAISE: return true;
  case AST_IF: return block_ends(&s->as.if_.body) && block_ends(&s->as.if_.orelse);
  case AST_FOR:   /* the else runs whenever no break left the loop */
    return !has_break(&s->as.for_.body) && block_ends(&s->as.for_.orelse);
  case AST_WHILE:
    if (has_break(&s->as.while_.body)) return false;
    return always_true(s->as.while_.cond) || block_ends(&s->as.while_.orelse);
  case AST_EXPR_STMT: {
    AstNode *e = s->as.expr;
    CallInfo *ci = e->kind == AST_CALL ? e->as.call.resolved : NULL;
    return ci && ci->kind == CALLK_BUILTIN && ci->builtin == B_SYS_EXIT;
  }
  default: return false;
  }
}

static bool block_ends(AstList *b) { return b->len && inf_stmt_ends(b->data[b->len - 1]); }

/* A function that returns a value must not fall off its end (CPython
 * would return None there). */
void inf_check_falls_off(Infer *I, Spec *s) {
  if (s->ret->kind == TY_NONE || block_ends(&s->body)) return;
  diag_error(I->cx, s->def->name_span, "missing return at the end of '%s', which returns '%s'",
             s->def->name, inf_tn(I, s->ret));
  diag_hint(I->cx, "add a return at the end; falling off the end returns None");
}

/* ---------- definite assignment ----------
 * A read of a local that some path reaches before any assignment is marked
 * maybe_unbound; lowering checks a flag there and raises CPython's
 * UnboundLocalError (NameError for module globals). Paths are merged
 * conservatively: after a loop only what was assigned before it counts. */
typedef struct DaSet {
  Sym **v;
  int n, cap;
} DaSet;

static bool da_has(DaSet *d, Sym *s) {
  for (int i = 0; i < d->n; i++)
    if (d->v[i] == s) return true;
  return false;
}

static void da_add(Infer *I, DaSet *d, Sym *s) {
  if (da_has(d, s)) return;
  if (d->n == d->cap) {
    int nc = d->cap ? d->cap * 2 : 16;
    Sym **nv = NEWN(&I->cx->scratch, Sym *, nc);
    if (d->n) memcpy(nv, d->v, sizeof(Sym *) * (size_t)d->n);
    d->v = nv, d->cap = nc;
  }
  d->v[d->n++] = s;
}

static DaSet da_copy(Infer *I, DaSet *d) {
  DaSet c = {0};
  for (int i = 0; i < d->n; i++) da_add(I, &c, d->v[i]);
  return c;
}

static DaSet da_meet(Infer *I, DaSet *a, DaSet *b) {
  DaSet c = {0};
  for (int i = 0; i < a->n; i++)
    if (da_has(b, a->v[i])) da_add(I, &c, a->v[i]);
  return c;
}

static bool da_tracked(Infer *I, Sym *s) {
  return s && (I->cur->def ? s->kind == SYM_LOCAL : s->kind == SYM_GLOBAL) &&
         !inf_find_in(I->comp.data, I->comp.len, s->name);
}

static void da_list(Infer *I, AstList *l, DaSet *d);

static void da_expr(Infer *I, AstNode *n, DaSet *d) {
  if (!n) return;
  switch (n->kind) {
  case AST_NAME: {
    Sym *s = n->as.name.sym;
    if (da_tracked(I, s) && !da_has(d, s)) {
      n->as.name.maybe_unbound = true;
      s->maybe_unbound = true;
    }
    return;
  }
  case AST_FSTRING: case AST_TUPLE: case AST_LIST: da_list(I, &n->as.list, d); return;
  case AST_FORMATTED: da_expr(I, n->as.fmt.value, d); da_expr(I, n->as.fmt.spec, d); return;
  case AST_ATTR: da_expr(I, n->as.attr.value, d); return;
  case AST_SUBSCRIPT: da_expr(I, n->as.sub.value, d); da_expr(I, n->as.sub.index, d); return;
  case AST_SLICE:
    da_expr(I, n->as.slice.lo, d), da_expr(I, n->as.slice.hi, d), da_expr(I, n->as.slice.step, d);
    return;
  case AST_CALL:
    da_expr(I, n->as.call.func, d);
    da_list(I, &n->as.call.args, d);
    for (int i = 0; i < n->as.call.nkws; i++) da_expr(I, n->as.call.kws[i].value, d);
    return;
  case AST_BINOP: da_expr(I, n->as.bin.lhs, d); da_expr(I, n->as.bin.rhs, d); return;
  case AST_UNARY: da_expr(I, n->as.un.operand, d); return;
  case AST_BOOLOP: da_list(I, &n->as.boolop.values, d); return;
  case AST_COMPARE: da_expr(I, n->as.cmp.first, d); da_list(I, &n->as.cmp.rest, d); return;
  case AST_IFEXP:
    da_expr(I, n->as.ifexp.cond, d), da_expr(I, n->as.ifexp.then, d);
    da_expr(I, n->as.ifexp.orelse, d);
    return;
  case AST_LISTCOMP:
    for (int g = 0; g < n->as.comp.ngens; g++) {
      da_expr(I, n->as.comp.gens[g].iter, d);
      da_list(I, &n->as.comp.gens[g].ifs, d);
    }
    da_expr(I, n->as.comp.elt, d);
    return;
  default: return;
  }
}

static void da_list(Infer *I, AstList *l, DaSet *d) {
  for (int i = 0; i < l->len; i++) da_expr(I, l->data[i], d);
}

static void da_target(Infer *I, AstNode *t, DaSet *d) {
  if (t->kind == AST_NAME) {
    if (da_tracked(I, t->as.name.sym)) da_add(I, d, t->as.name.sym);
  } else if (t->kind == AST_TUPLE || t->kind == AST_LIST) {
    for (int i = 0; i < t->as.list.len; i++) da_target(I, t->as.list.data[i], d);
  } else {
    da_expr(I, t, d);
  }
}

static bool da_block(Infer *I, AstList *b, DaSet *d);

/* Returns true when control cannot reach the statement's end. */
static bool da_stmt(Infer *I, AstNode *s, DaSet *d) {
  switch (s->kind) {
  case AST_EXPR_STMT: da_expr(I, s->as.expr, d); return inf_stmt_ends(s);
  case AST_ASSIGN:
    da_expr(I, s->as.assign.value, d);
    for (int i = 0; i < s->as.assign.targets.len; i++) da_target(I, s->as.assign.targets.data[i], d);
    return false;
  case AST_AUGASSIGN:
    da_expr(I, s->as.aug.target, d);
    da_expr(I, s->as.aug.value, d);
    return false;
  case AST_ANNASSIGN:
    da_expr(I, s->as.ann.value, d);
    if (s->as.ann.value) da_target(I, s->as.ann.target, d);
    return false;
  case AST_IF: {
    da_expr(I, s->as.if_.cond, d);
    DaSet t = da_copy(I, d), e = da_copy(I, d);
    bool et = da_block(I, &s->as.if_.body, &t), ee = da_block(I, &s->as.if_.orelse, &e);
    *d = et ? e : ee ? t : da_meet(I, &t, &e);
    return et && ee;
  }
  case AST_WHILE: case AST_FOR: {
    bool is_for = s->kind == AST_FOR;
    da_expr(I, is_for ? s->as.for_.iter : s->as.while_.cond, d);
    DaSet body = da_copy(I, d), other = da_copy(I, d);
    if (is_for) da_target(I, s->as.for_.target, &body);
    da_block(I, is_for ? &s->as.for_.body : &s->as.while_.body, &body);
    da_block(I, is_for ? &s->as.for_.orelse : &s->as.while_.orelse, &other);
    return inf_stmt_ends(s);
  }
  case AST_RETURN: case AST_RAISE: da_expr(I, s->as.expr, d); return true;
  case AST_ASSERT: da_expr(I, s->as.assert_.test, d); da_expr(I, s->as.assert_.msg, d); return false;
  case AST_BREAK: case AST_CONTINUE: return true;
  default: return false;
  }
}

static bool da_block(Infer *I, AstList *b, DaSet *d) {
  for (int i = 0; i < b->len; i++)
    if (da_stmt(I, b->data[i], d)) return true;   /* the rest is unreachable */
  return false;
}


/** Mark the reads in `body` that may come before an assignment. */
void inf_definite_assignment(Infer *I, AstList *body) {
  DaSet d = {0};
  da_block(I, body, &d);
}

