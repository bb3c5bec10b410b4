/* frontend/ast.c — AST kind names, constructors and the --emit-ast printer.
 * The printer writes one statement per line as s-expressions, with the
 * bodies of compound statements indented below them:
 *   (for (name i) (call (name range) (name n))
 *     (augassign + (name s) (subscript (name a) (name i))))
 * Annotations are printed in their source spelling, e.g. f64[:, ::1]. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"

const char *const ast_kind_names[] = {
#define X(k, s) s,
  AST_KINDS(X)
#undef X
};

const char *const binop_names[] = {
#define X(k, s) s,
  BINOPS(X)
#undef X
};

const char *const unop_names[] = {
#define X(k, s) s,
  UNOPS(X)
#undef X
};

const char *const cmpop_names[] = {
#define X(k, s) s,
  CMPOPS(X)
#undef X
};

AstNode *ast_new(Ctx *cx, AstKind kind, Span span) {
  AstNode *n = NEW(&cx->arena, AstNode);
  n->kind = kind;
  n->span = span;
  return n;
}

FuncDef *ast_new_func(Ctx *cx) { return NEW(&cx->arena, FuncDef); }

/* Expressions come first in AST_KINDS, so one comparison suffices. */
bool ast_is_expr(AstKind k) { return k < AST_EXPR_STMT; }

Span span_join(Span a, Span b) {
  if (b.start < a.start) a.start = b.start;
  if (b.end > a.end) a.end = b.end;
  return a;
}

/* ---- printing ---- */

static void put_indent(StrBuf *out, int indent) {
  for (int i = 0; i < indent; i++) sb_putc(out, ' ');
}

/* The shortest %g spelling that reads back as the same double, as repr()
 * does, so that printed ASTs are stable and exact. */
static void put_float(StrBuf *out, double f) {
  if (isnan(f)) {
    sb_puts(out, "nan");
    return;
  }
  if (isinf(f)) {
    sb_puts(out, f < 0 ? "-inf" : "inf");
    return;
  }
  char buf[40];
  for (int prec = 1; prec <= 17; prec++) {
    snprintf(buf, sizeof buf, "%.*g", prec, f);
    if (strtod(buf, NULL) == f) break;
  }
  sb_puts(out, buf);
  if (!strpbrk(buf, ".e")) sb_puts(out, ".0");
}

/* A string in double quotes with C-like escapes for control bytes. */
static void put_str(StrBuf *out, const char *s, int64_t len) {
  sb_putc(out, '"');
  for (int64_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\') sb_printf(out, "\\%c", c);
    else if (c == '\n') sb_puts(out, "\\n");
    else if (c == '\t') sb_puts(out, "\\t");
    else if (c < 0x20 || c == 0x7f) sb_printf(out, "\\x%02x", c);
    else sb_putc(out, (char)c);
  }
  sb_putc(out, '"');
}

void ast_print_annot(StrBuf *out, const Annot *a) {
  switch (a->kind) {
  case ANNOT_NAME:
    sb_puts(out, a->name);
    break;
  case ANNOT_NONE:
    sb_puts(out, "None");
    break;
  case ANNOT_SLICE:
    sb_puts(out, a->contig ? "::1" : ":");
    break;
  case ANNOT_SUB:
    ast_print_annot(out, a->base);
    sb_putc(out, '[');
    for (int i = 0; i < a->nargs; i++) {
      if (i) sb_puts(out, ", ");
      ast_print_annot(out, a->args[i]);
    }
    sb_putc(out, ']');
    break;
  }
}

/* " X" for an expression, " _" for a missing optional one. */
static void put_opt(StrBuf *out, AstNode *n) {
  sb_putc(out, ' ');
  if (n) ast_print_node(out, n, 0);
  else sb_putc(out, '_');
}

static void put_list(StrBuf *out, AstList *l) {
  for (int i = 0; i < l->len; i++) put_opt(out, l->data[i]);
}

/* Statements of a body, each on its own line one level deeper. */
static void put_body(StrBuf *out, AstList *body, int indent) {
  for (int i = 0; i < body->len; i++) {
    sb_putc(out, '\n');
    put_indent(out, indent + 2);
    ast_print_node(out, body->data[i], indent + 2);
  }
}

static void put_orelse(StrBuf *out, AstList *orelse, int indent) {
  if (!orelse->len) return;
  sb_putc(out, '\n');
  put_indent(out, indent + 2);
  sb_puts(out, "(else");
  put_body(out, orelse, indent + 2);
  sb_putc(out, ')');
}

static void put_param(StrBuf *out, Param *pa) {
  sb_printf(out, " (%s", pa->name);
  if (pa->annot) {
    sb_puts(out, ": ");
    ast_print_annot(out, pa->annot);
  }
  if (pa->dflt) {
    sb_puts(out, " =");
    put_opt(out, pa->dflt);
  }
  sb_putc(out, ')');
}

static void put_func(StrBuf *out, FuncDef *f, int indent) {
  sb_printf(out, " %s (", f->name);
  for (int i = 0; i < f->nparams; i++) put_param(out, &f->params[i]);
  sb_puts(out, " )");
  if (f->ret) {
    sb_puts(out, " -> ");
    ast_print_annot(out, f->ret);
  }
  for (int i = 0; i < f->decorators.len; i++) {
    sb_putc(out, '\n');
    put_indent(out, indent + 2);
    sb_puts(out, "(decorator");
    put_opt(out, f->decorators.data[i]);
    sb_putc(out, ')');
  }
  if (f->doc) {
    sb_putc(out, '\n');
    put_indent(out, indent + 2);
    sb_puts(out, "(doc ");
    put_str(out, f->doc, (int64_t)strlen(f->doc));
    sb_putc(out, ')');
  }
  put_body(out, &f->body, indent);
}

static void put_call(StrBuf *out, AstNode *n) {
  put_opt(out, n->as.call.func);
  put_list(out, &n->as.call.args);
  for (int i = 0; i < n->as.call.nkws; i++) {
    sb_printf(out, " (kw %s", n->as.call.kws[i].name);
    put_opt(out, n->as.call.kws[i].value);
    sb_putc(out, ')');
  }
}

static void put_comp(StrBuf *out, AstNode *n) {
  put_opt(out, n->as.comp.elt);
  for (int i = 0; i < n->as.comp.ngens; i++) {
    CompFor *g = &n->as.comp.gens[i];
    sb_puts(out, " (for");
    put_opt(out, g->target);
    put_opt(out, g->iter);
    for (int j = 0; j < g->ifs.len; j++) {
      sb_puts(out, " (if");
      put_opt(out, g->ifs.data[j]);
      sb_putc(out, ')');
    }
    sb_putc(out, ')');
  }
}

static void put_compare(StrBuf *out, AstNode *n) {
  put_opt(out, n->as.cmp.first);
  for (int i = 0; i < n->as.cmp.rest.len; i++) {
    sb_printf(out, " %s", cmpop_names[n->as.cmp.ops[i]]);
    put_opt(out, n->as.cmp.rest.data[i]);
  }
}

static void put_formatted(StrBuf *out, AstNode *n) {
  put_opt(out, n->as.fmt.value);
  if (n->as.fmt.conv) sb_printf(out, " !%c", n->as.fmt.conv);
  if (n->as.fmt.spec) {
    sb_puts(out, " :");
    put_opt(out, n->as.fmt.spec);
  }
  if (n->as.fmt.debug) {
    sb_puts(out, " (debug ");
    put_str(out, n->as.fmt.debug, (int64_t)strlen(n->as.fmt.debug));
    sb_putc(out, ')');
  }
}

static void put_import(StrBuf *out, AstNode *n) {
  if (n->as.import.name)
    sb_printf(out, " from %s %s", n->as.import.module, n->as.import.name);
  else
    sb_printf(out, " %s", n->as.import.module);
  sb_printf(out, " as %s", n->as.import.alias);
}

/* One node: an expression inline, a statement with its bodies below it at
 * `indent` + 2 (the caller has already indented the first line). */
void ast_print_node(StrBuf *out, AstNode *n, int indent) {
  sb_printf(out, "(%s", ast_kind_names[n->kind]);
  switch (n->kind) {
  case AST_INT:
    sb_printf(out, " %lld", (long long)n->as.i);
    break;
  case AST_FLOAT:
  case AST_IMAG:
    sb_putc(out, ' ');
    put_float(out, n->as.f);
    break;
  case AST_STR:
    sb_putc(out, ' ');
    put_str(out, n->as.str.s, n->as.str.len);
    break;
  case AST_BOOL:
    sb_puts(out, n->as.i ? " True" : " False");
    break;
  case AST_NONE:
  case AST_BREAK:
  case AST_CONTINUE:
  case AST_PASS:
    break;
  case AST_FSTRING:
  case AST_TUPLE:
  case AST_LIST:
    put_list(out, &n->as.list);
    break;
  case AST_FORMATTED:
    put_formatted(out, n);
    break;
  case AST_NAME:
    sb_printf(out, " %s", n->as.name.id);
    break;
  case AST_ATTR:
    put_opt(out, n->as.attr.value);
    sb_printf(out, " %s", n->as.attr.name);
    break;
  case AST_SUBSCRIPT:
    put_opt(out, n->as.sub.value);
    put_opt(out, n->as.sub.index);
    break;
  case AST_SLICE:
    put_opt(out, n->as.slice.lo);
    put_opt(out, n->as.slice.hi);
    put_opt(out, n->as.slice.step);
    break;
  case AST_CALL:
    put_call(out, n);
    break;
  case AST_BINOP:
    sb_printf(out, " %s", binop_names[n->as.bin.op]);
    put_opt(out, n->as.bin.lhs);
    put_opt(out, n->as.bin.rhs);
    break;
  case AST_UNARY:
    sb_printf(out, " %s", unop_names[n->as.un.op]);
    put_opt(out, n->as.un.operand);
    break;
  case AST_BOOLOP:
    sb_puts(out, n->as.boolop.is_and ? " and" : " or");
    put_list(out, &n->as.boolop.values);
    break;
  case AST_COMPARE:
    put_compare(out, n);
    break;
  case AST_IFEXP:
    put_opt(out, n->as.ifexp.cond);
    put_opt(out, n->as.ifexp.then);
    put_opt(out, n->as.ifexp.orelse);
    break;
  case AST_LISTCOMP:
    put_comp(out, n);
    break;
  case AST_EXPR_STMT:
  case AST_RETURN:
  case AST_RAISE:
    if (n->as.expr) put_opt(out, n->as.expr);
    break;
  case AST_ASSIGN:
    put_list(out, &n->as.assign.targets);
    put_opt(out, n->as.assign.value);
    break;
  case AST_AUGASSIGN:
    sb_printf(out, " %s", binop_names[n->as.aug.op]);
    put_opt(out, n->as.aug.target);
    put_opt(out, n->as.aug.value);
    break;
  case AST_ANNASSIGN:
    put_opt(out, n->as.ann.target);
    sb_putc(out, ' ');
    ast_print_annot(out, n->as.ann.annot);
    if (n->as.ann.value) put_opt(out, n->as.ann.value);
    break;
  case AST_IF:
    put_opt(out, n->as.if_.cond);
    put_body(out, &n->as.if_.body, indent);
    put_orelse(out, &n->as.if_.orelse, indent);
    break;
  case AST_WHILE:
    put_opt(out, n->as.while_.cond);
    put_body(out, &n->as.while_.body, indent);
    put_orelse(out, &n->as.while_.orelse, indent);
    break;
  case AST_FOR:
    put_opt(out, n->as.for_.target);
    put_opt(out, n->as.for_.iter);
    put_body(out, &n->as.for_.body, indent);
    put_orelse(out, &n->as.for_.orelse, indent);
    break;
  case AST_ASSERT:
    put_opt(out, n->as.assert_.test);
    if (n->as.assert_.msg) put_opt(out, n->as.assert_.msg);
    break;
  case AST_FUNCDEF:
    put_func(out, n->as.func, indent);
    break;
  case AST_IMPORT:
    put_import(out, n);
    break;
  case AST_NKINDS:
    ICE("AST_NKINDS is not a node kind");
  }
  sb_putc(out, ')');
}

static void put_export(StrBuf *out, ExportLine *e) {
  sb_printf(out, "\n  (export %s", e->name);
  for (int i = 0; i < e->nargs; i++) {
    sb_putc(out, ' ');
    ast_print_annot(out, e->args[i]);
  }
  sb_putc(out, ')');
}

void ast_print(Ctx *cx, AstModule *m, StrBuf *out) {
  (void)cx;
  sb_printf(out, "(module %s", m->name ? m->name : "?");
  for (int i = 0; i < m->nexports; i++) put_export(out, &m->exports[i]);
  put_body(out, &m->body, 0);
  sb_puts(out, ")\n");
}

/* A deep copy of an expression or statement, with the annotations that
 * inference adds (types, symbols, call info) cleared: the second and later
 * specialisations of a helper are inferred on copies of its body. */
AstNode *ast_clone(Ctx *cx, AstNode *n) {
  if (!n) return NULL;
  AstNode *c = NEW(&cx->arena, AstNode);
  *c = *n;
  c->type = NULL;
  c->shape = NULL;
  switch (n->kind) {
  case AST_INT: case AST_FLOAT: case AST_IMAG: case AST_STR: case AST_BOOL:
  case AST_NONE: case AST_BREAK: case AST_CONTINUE: case AST_PASS: case AST_IMPORT:
  case AST_FUNCDEF:
    break;
  case AST_NAME: c->as.name.sym = NULL, c->as.name.maybe_unbound = false; break;
  case AST_FSTRING: case AST_TUPLE: case AST_LIST: c->as.list = ast_clone_list(cx, &n->as.list); break;
  case AST_FORMATTED:
    c->as.fmt.value = ast_clone(cx, n->as.fmt.value);
    c->as.fmt.spec = ast_clone(cx, n->as.fmt.spec);
    break;
  case AST_ATTR: c->as.attr.value = ast_clone(cx, n->as.attr.value); break;
  case AST_SUBSCRIPT:
    c->as.sub.value = ast_clone(cx, n->as.sub.value);
    c->as.sub.index = ast_clone(cx, n->as.sub.index);
    break;
  case AST_SLICE:
    c->as.slice.lo = ast_clone(cx, n->as.slice.lo);
    c->as.slice.hi = ast_clone(cx, n->as.slice.hi);
    c->as.slice.step = ast_clone(cx, n->as.slice.step);
    break;
  case AST_CALL:
    c->as.call.func = ast_clone(cx, n->as.call.func);
    c->as.call.args = ast_clone_list(cx, &n->as.call.args);
    c->as.call.kws = NEWN(&cx->arena, Keyword, n->as.call.nkws + 1);
    for (int i = 0; i < n->as.call.nkws; i++) {
      c->as.call.kws[i] = n->as.call.kws[i];
      c->as.call.kws[i].value = ast_clone(cx, n->as.call.kws[i].value);
    }
    c->as.call.resolved = NULL;
    break;
  case AST_BINOP:
    c->as.bin.lhs = ast_clone(cx, n->as.bin.lhs);
    c->as.bin.rhs = ast_clone(cx, n->as.bin.rhs);
    break;
  case AST_UNARY: c->as.un.operand = ast_clone(cx, n->as.un.operand); break;
  case AST_BOOLOP: c->as.boolop.values = ast_clone_list(cx, &n->as.boolop.values); break;
  case AST_COMPARE:
    c->as.cmp.first = ast_clone(cx, n->as.cmp.first);
    c->as.cmp.rest = ast_clone_list(cx, &n->as.cmp.rest);
    break;
  case AST_IFEXP:
    c->as.ifexp.cond = ast_clone(cx, n->as.ifexp.cond);
    c->as.ifexp.then = ast_clone(cx, n->as.ifexp.then);
    c->as.ifexp.orelse = ast_clone(cx, n->as.ifexp.orelse);
    break;
  case AST_LISTCOMP:
    c->as.comp.elt = ast_clone(cx, n->as.comp.elt);
    c->as.comp.gens = NEWN(&cx->arena, CompFor, n->as.comp.ngens + 1);
    for (int i = 0; i < n->as.comp.ngens; i++) {
      c->as.comp.gens[i].target = ast_clone(cx, n->as.comp.gens[i].target);
      c->as.comp.gens[i].iter = ast_clone(cx, n->as.comp.gens[i].iter);
      c->as.comp.gens[i].ifs = ast_clone_list(cx, &n->as.comp.gens[i].ifs);
    }
    break;
  case AST_EXPR_STMT: case AST_RETURN: case AST_RAISE:
    c->as.expr = ast_clone(cx, n->as.expr);
    break;
  case AST_ASSIGN:
    c->as.assign.targets = ast_clone_list(cx, &n->as.assign.targets);
    c->as.assign.value = ast_clone(cx, n->as.assign.value);
    break;
  case AST_AUGASSIGN:
    c->as.aug.target = ast_clone(cx, n->as.aug.target);
    c->as.aug.value = ast_clone(cx, n->as.aug.value);
    break;
  case AST_ANNASSIGN:
    c->as.ann.target = ast_clone(cx, n->as.ann.target);
    c->as.ann.value = ast_clone(cx, n->as.ann.value);
    break;
  case AST_IF: case AST_WHILE:
    c->as.if_.cond = ast_clone(cx, n->as.if_.cond);
    c->as.if_.body = ast_clone_list(cx, &n->as.if_.body);
    c->as.if_.orelse = ast_clone_list(cx, &n->as.if_.orelse);
    break;
  case AST_FOR:
    c->as.for_.target = ast_clone(cx, n->as.for_.target);
    c->as.for_.iter = ast_clone(cx, n->as.for_.iter);
    c->as.for_.body = ast_clone_list(cx, &n->as.for_.body);
    c->as.for_.orelse = ast_clone_list(cx, &n->as.for_.orelse);
    break;
  case AST_ASSERT:
    c->as.assert_.test = ast_clone(cx, n->as.assert_.test);
    c->as.assert_.msg = ast_clone(cx, n->as.assert_.msg);
    break;
  case AST_NKINDS:
    break;
  }
  return c;
}

AstList ast_clone_list(Ctx *cx, AstList *l) {
  AstList r = {0};
  for (int i = 0; i < l->len; i++) vec_push(&cx->arena, &r, ast_clone(cx, l->data[i]));
  return r;
}
