/* ir/lower_fmt.c — building strings: print(), str()/repr()/format(),
 * f-strings, "fmt" % args and "fmt".format(args).
 *
 * Everything becomes a list of IrPieces (literal text, or a value with a
 * conversion or a format spec) in a STRBUILD (a new str) or a PRINT.
 * Constant format strings are parsed here, at compile time; a '%' spec
 * becomes the equivalent format() spec (`%-5d` -> `<5d`). Errors in them
 * are compile errors with CPython's message. */
#include <stdio.h>

#include "lower_impl.h"

typedef Vec(IrPiece) Pieces;

/* Literal text; adjacent literals are merged. */
static void lit(Lower *l, Pieces *p, const char *s, int64_t n) {
  if (n <= 0) return;
  IrPiece *last = p->len ? &p->data[p->len - 1] : NULL;
  if (last && !last->value) {
    char *m = arena_alloc(&l->cx->arena, (size_t)(last->litlen + n + 1));
    memcpy(m, last->lit, (size_t)last->litlen);
    memcpy(m + last->litlen, s, (size_t)n);
    last->lit = m;
    last->litlen += n;
    return;
  }
  IrPiece pc = {.lit = s, .litlen = n};
  vec_push(&l->cx->arena, p, pc);
}

/* A value piece: str()/repr() of v (conv 's'/'r'), or format(v, spec). */
static void val(Lower *l, Pieces *p, IrNode *v, char conv, IrNode *spec) {
  bool text = v->kind == IR_CONST && v->type->kind == TY_STR;
  if (text && !spec && conv != 'r') {
    lit(l, p, v->as.cst.s, v->as.cst.len);
    return;
  }
  IrPiece pc = {.value = v, .conv = conv ? conv : 's', .spec = spec};
  vec_push(&l->cx->arena, p, pc);
}

/* A str value where text goes: a constant is literal text. */
static void str_piece(Lower *l, Pieces *p, IrNode *v) {
  if (v->kind == IR_CONST && v->type->kind == TY_STR)
    lit(l, p, v->as.cst.s, v->as.cst.len);
  else
    val(l, p, v, 's', NULL);
}

/* Statements appended since `mark` must not change what pieces read. */
static void settle_pieces(Lower *l, int mark, Pieces *p) {
  if (l->out->len == mark) return;
  IrNode **vals = NEWN(&l->cx->arena, IrNode *, 2 * p->len + 1);
  for (int i = 0; i < p->len; i++)
    vals[2 * i] = p->data[i].value, vals[2 * i + 1] = p->data[i].spec;
  lw_settle(l, mark, vals, 2 * p->len);
  for (int i = 0; i < p->len; i++)
    p->data[i].value = vals[2 * i], p->data[i].spec = vals[2 * i + 1];
}

/* STRBUILD of the pieces, or a constant when they are all literal. */
static IrNode *finish(Lower *l, Span sp, Pieces *p) {
  if (p->len == 0) return lw_str(l, sp, "");
  if (p->len == 1 && !p->data[0].value)
    return ir_const_str(l->cx, sp, p->data[0].lit, p->data[0].litlen);
  IrNode *e = ir_new(l->cx, IR_STRBUILD, sp, ty(TY_STR));
  e->as.fmt.pieces = p->data;
  e->as.fmt.n = p->len;
  return e;
}

static IrNode *bad_format(Lower *l, Span sp, const char *msg) {
  diag_error(l->cx, sp, "%s", msg);
  return lw_str(l, sp, "");
}

/* str(v) / repr(v) -> STRBUILD(v with conv); str of a str is itself */
IrNode *lower_str_of(Lower *l, Span sp, IrNode *v, char conv) {
  if (conv == 's' && v->type->kind == TY_STR) return v;
  Pieces p = {0};
  val(l, &p, v, conv, NULL);
  return finish(l, sp, &p);
}

/* format(v, spec) -> STRBUILD(format(v, spec)); an empty spec is str(v) */
IrNode *lower_format_value(Lower *l, Span sp, IrNode *v, IrNode *spec) {
  if (!spec || (spec->kind == IR_CONST && spec->as.cst.len == 0))
    return lower_str_of(l, sp, v, 's');
  Pieces p = {0};
  val(l, &p, v, 's', spec);
  return finish(l, sp, &p);
}

/* ------------------------------------------------------------------ */
/* print                                                               */
/* ------------------------------------------------------------------ */

static AstNode *kw_value(AstNode *v) { return v && v->kind != AST_NONE ? v : NULL; }

/* print(file=sys.stderr)? */
static bool to_stderr(Lower *l, AstNode *f) {
  if (!f || f->kind == AST_NONE) return false;
  if (f->kind == AST_ATTR && !strcmp(f->as.attr.name, "stderr")) return true;
  if (f->kind == AST_ATTR && !strcmp(f->as.attr.name, "stdout")) return false;
  diag_error(l->cx, f->span, "print(file=...) supports only sys.stdout and sys.stderr");
  return false;
}

/* print(a, b, sep=s, end=e) -> PRINT(str(a), s, str(b), e) */
IrNode *lower_print(Lower *l, AstNode *call) {
  CallInfo *ci = call->as.call.resolved;
  int n = ci->nargs;
  AstNode *sep = kw_value(ci->kw_sep), *end = kw_value(ci->kw_end);
  AstNode **xs = NEWN(&l->cx->arena, AstNode *, n + 2);
  for (int i = 0; i < n; i++) xs[i] = ci->args[i];
  int nx = n, isep = -1, iend = -1;
  bool end_first = sep && end && end->span.start < sep->span.start;
  if (end_first) iend = nx, xs[nx++] = end;
  if (sep) isep = nx, xs[nx++] = sep;
  if (end && !end_first) iend = nx, xs[nx++] = end;
  IrNode **v = NEWN(&l->cx->arena, IrNode *, nx + 1);
  lower_seq(l, xs, nx, v);
  Pieces p = {0};
  for (int i = 0; i < n; i++) {
    if (i && isep >= 0) str_piece(l, &p, v[isep]);
    if (i && isep < 0) lit(l, &p, " ", 1);
    str_piece(l, &p, v[i]);
  }
  if (iend >= 0) str_piece(l, &p, v[iend]);
  else lit(l, &p, "\n", 1);
  IrNode *pr = ir_new(l->cx, IR_PRINT, call->span, ty(TY_NONE));
  pr->as.fmt.pieces = p.data;
  pr->as.fmt.n = p.len;
  pr->as.fmt.to_stderr = to_stderr(l, ci->kw_file);
  lw_emit(l, pr);
  return lw_none(l, call->span);
}

/* ------------------------------------------------------------------ */
/* f-strings                                                           */
/* ------------------------------------------------------------------ */

/* The spec of {x:spec}: a constant when it is only text, else a str built
 * from its own fields (f"{x:>{w}}"); NULL when empty. */
static IrNode *fstring_spec(Lower *l, AstNode *spec) {
  if (!spec) return NULL;
  bool text = true;
  for (int i = 0; i < spec->as.list.len; i++) text = text && spec->as.list.data[i]->kind == AST_STR;
  if (!text) return lw_bind(l, lower_fstring(l, spec));
  Pieces p = {0};
  for (int i = 0; i < spec->as.list.len; i++)
    lit(l, &p, spec->as.list.data[i]->as.str.s, spec->as.list.data[i]->as.str.len);
  return p.len ? finish(l, spec->span, &p) : NULL;
}

/* {x!r:spec} / {x=}: one field of an f-string */
static void fstring_field(Lower *l, Pieces *p, AstNode *f) {
  char conv = f->as.fmt.conv;
  if (f->as.fmt.debug) lit(l, p, f->as.fmt.debug, (int64_t)strlen(f->as.fmt.debug));
  if (conv == 'a') {
    diag_error(l->cx, f->span, "the '!a' conversion is not supported");
    diag_hint(l->cx, "use '!r'");
  }
  IrNode *v[1] = {lower_pure(l, f->as.fmt.value)};
  int mark = l->out->len;
  IrNode *spec = fstring_spec(l, f->as.fmt.spec);
  lw_settle(l, mark, v, 1);
  if (!conv && f->as.fmt.debug && !spec) conv = 'r';
  if (spec && conv == 'r') {
    v[0] = lw_to_temp(l, lower_str_of(l, f->span, v[0], 'r'));
    conv = 's';
  }
  val(l, p, v[0], conv == 'r' ? 'r' : 's', spec);
}

/* f"a{x!r:>{w}}b" -> STRBUILD("a", format(repr(x), STRBUILD(">", w)), "b") */
IrNode *lower_fstring(Lower *l, AstNode *n) {
  Pieces p = {0};
  for (int i = 0; i < n->as.list.len; i++) {
    AstNode *part = n->as.list.data[i];
    if (part->kind == AST_STR) {
      lit(l, &p, part->as.str.s, part->as.str.len);
      continue;
    }
    int mark = l->out->len;
    int before = p.len;
    fstring_field(l, &p, part);
    Pieces done = {p.data, before, before};
    settle_pieces(l, mark, &done);
  }
  return finish(l, n->span, &p);
}

/* ------------------------------------------------------------------ */
/* "fmt" % args                                                        */
/* ------------------------------------------------------------------ */

/* One parsed %-conversion: %[flags][width][.prec]conv */
typedef struct Pct {
  bool left, plus, space, zero, alt;
  int width, prec;    /* -1: absent */
  char conv;
  int64_t at;         /* index of conv in the format string */
} Pct;

/* Parse the spec after a '%' at s[*i]; false with a message on error. */
static bool parse_pct(const char *s, int64_t n, int64_t *i, Pct *f, const char **err) {
  int64_t j = *i;
  *f = (Pct){.width = -1, .prec = -1};
  if (j < n && s[j] == '(')
    return *err = "'%(name)' conversions need a dict, which krait does not have", false;
  for (; j < n && strchr("-+ 0#", s[j]); j++) {
    f->left |= s[j] == '-', f->plus |= s[j] == '+', f->space |= s[j] == ' ';
    f->zero |= s[j] == '0', f->alt |= s[j] == '#';
  }
  if (j < n && s[j] == '*') return *err = "'*' width in a % format is not supported", false;
  for (; j < n && s[j] >= '0' && s[j] <= '9'; j++)
    f->width = (f->width < 0 ? 0 : f->width * 10) + (s[j] - '0');
  if (j < n && s[j] == '.') {
    f->prec = 0;
    for (j++; j < n && s[j] >= '0' && s[j] <= '9'; j++) f->prec = f->prec * 10 + (s[j] - '0');
  }
  while (j < n && strchr("hlL", s[j])) j++;
  if (j >= n) return *err = "incomplete format", false;
  f->conv = s[j];
  f->at = j;
  *i = j + 1;
  return true;
}

/* The format() spec equivalent to a %-conversion of a number. */
static const char *number_spec(Lower *l, Pct *f, char type) {
  char buf[64];
  int k = 0;
  if (f->left) buf[k++] = '<';
  if (f->plus) buf[k++] = '+';
  else if (f->space) buf[k++] = ' ';
  if (f->alt && type != 'd') buf[k++] = '#';
  if (f->zero && !f->left) buf[k++] = '0';
  if (f->width >= 0) k += snprintf(buf + k, sizeof buf - (size_t)k, "%d", f->width);
  if (f->prec >= 0) k += snprintf(buf + k, sizeof buf - (size_t)k, ".%d", f->prec);
  buf[k++] = type;
  buf[k] = 0;
  return arena_strdup(&l->cx->arena, buf);
}

/* %s %r %c with width/precision: str first, then aligned like % does */
static void text_piece(Lower *l, Pieces *p, Pct *f, IrNode *v, char conv, Span sp) {
  if (f->width < 0 && f->prec < 0) {
    val(l, p, v, conv, NULL);
    return;
  }
  IrNode *s = lw_bind(l, lower_str_of(l, sp, v, conv));
  char buf[64];
  int k = snprintf(buf, sizeof buf, "%s", f->left ? "<" : ">");
  if (f->width >= 0) k += snprintf(buf + k, sizeof buf - (size_t)k, "%d", f->width);
  if (f->prec >= 0) snprintf(buf + k, sizeof buf - (size_t)k, ".%d", f->prec);
  val(l, p, s, 's', lw_str(l, sp, buf));
}

static bool is_intlike(Type *t) { return type_is_int(t) || t->kind == TY_BOOL; }

/* %d %i %u: ints as they are, floats truncated toward 0 (int(x)) */
static void int_piece(Lower *l, Pieces *p, Pct *f, IrNode *v, Span sp) {
  if (type_is_float(v->type))
    v = lw_to_temp(l, lw_intrin(l, sp, ty(TY_I64), IN_F64_TO_I64, 1,
                                (IrNode *[]){lw_cast(l, v, ty(TY_F64))}));
  else if (v->type->kind == TY_BOOL)
    v = lw_cast(l, v, ty(TY_I64));
  if (f->prec >= 0) diag_error(l->cx, sp, "a precision in a '%%d' conversion is not supported");
  bool plain = !f->left && !f->plus && !f->space && f->width < 0;
  val(l, p, v, 's', plain ? NULL : lw_str(l, sp, number_spec(l, f, 'd')));
}

/* One %-conversion of value v into pieces. */
static void pct_piece(Lower *l, Pieces *p, Pct *f, IrNode *v, Span sp) {
  Type *t = v->type;
  char c = f->conv;
  if (c == 's' || c == 'r') {
    text_piece(l, p, f, v, c, sp);
  } else if ((c == 'd' || c == 'i' || c == 'u') && (is_intlike(t) || type_is_float(t))) {
    int_piece(l, p, f, v, sp);
  } else if (strchr("xXo", c) && is_intlike(t)) {
    if (t->kind == TY_BOOL) v = lw_cast(l, v, ty(TY_I64));
    val(l, p, v, 's', lw_str(l, sp, number_spec(l, f, c)));
  } else if (strchr("eEfFgG", c) && (is_intlike(t) || type_is_float(t))) {
    v = lw_cast(l, v, ty(TY_F64));
    val(l, p, v, 's', lw_str(l, sp, number_spec(l, f, c)));
  } else if (c == 'c' && (is_intlike(t) || t->kind == TY_STR)) {
    if (t->kind != TY_STR)
      v = lw_to_temp(l, lw_intrin(l, sp, ty(TY_STR), IN_CHR, 1,
                                  (IrNode *[]){lw_cast(l, v, ty(TY_I64))}));
    text_piece(l, p, f, v, 's', sp);
  } else if (strchr("sdiuxXoeEfFgGcr", c)) {
    diag_error(l->cx, sp, "%%%c format: %s is required, not %s", c,
               strchr("xXoc", c) ? "an integer" : "a real number", type_name(l->cx, t));
  } else {
    diag_error(l->cx, sp, "unsupported format character '%c' (0x%x) at index %lld", c,
               (unsigned char)c, (long long)f->at);
  }
}

/* The values after '%': a tuple's elements, or one value. */
static IrNode **percent_args(Lower *l, AstNode *rhs, int *n) {
  if (rhs->kind == AST_TUPLE) {
    *n = rhs->as.list.len;
    IrNode **v = NEWN(&l->cx->arena, IrNode *, *n + 1);
    lower_seq(l, rhs->as.list.data, *n, v);
    return v;
  }
  IrNode *v = lower_pure(l, rhs);
  if (v->type->kind != TY_TUPLE) {
    *n = 1;
    IrNode **one = NEWN(&l->cx->arena, IrNode *, 1);
    one[0] = v;
    return one;
  }
  v = lw_reusable(l, v);
  *n = v->type->nelts;
  IrNode **e = NEWN(&l->cx->arena, IrNode *, *n + 1);
  for (int i = 0; i < *n; i++) e[i] = lw_field(l, rhs->span, v, i);
  return e;
}

/* "%-8s|%4d" % (a, b) -> STRBUILD(format(str(a), "<8"), "|", format(b, "4d")) */
IrNode *lower_percent(Lower *l, AstNode *n) {
  AstNode *fmt = n->as.bin.lhs;
  Span sp = n->span;
  if (fmt->kind != AST_STR) {
    diag_error(l->cx, fmt->span, "'%%' formatting needs a constant format string");
    diag_hint(l->cx, "use an f-string");
    return lw_str(l, sp, "");
  }
  int nargs, ai = 0;
  IrNode **args = percent_args(l, n->as.bin.rhs, &nargs);
  const char *s = fmt->as.str.s;
  int64_t len = fmt->as.str.len, i = 0;
  Pieces p = {0};
  while (i < len) {
    const char *pct = memchr(s + i, '%', (size_t)(len - i));
    int64_t j = pct ? pct - s : len;
    lit(l, &p, s + i, j - i);
    if (j >= len) break;
    i = j + 1;
    Pct f;
    const char *err = NULL;
    if (!parse_pct(s, len, &i, &f, &err)) return bad_format(l, fmt->span, err);
    if (f.conv == '%') {
      lit(l, &p, "%", 1);
      continue;
    }
    if (ai >= nargs) return bad_format(l, sp, "not enough arguments for format string");
    pct_piece(l, &p, &f, args[ai++], sp);
  }
  if (ai < nargs) return bad_format(l, sp, "not all arguments converted during string formatting");
  return finish(l, sp, &p);
}

/* ------------------------------------------------------------------ */
/* "fmt".format(args)                                                  */
/* ------------------------------------------------------------------ */

typedef struct FmtState {
  int next_auto;      /* the next automatic field number */
  int mode;           /* 0 unknown, 1 automatic, 2 manual */
  const char *err;
} FmtState;

/* The field number of "{name...}" (name = s[0..n)); -1 with err set. */
static int field_index(Ctx *cx, FmtState *st, const char *s, int64_t n, int nargs) {
  int idx = 0;
  if (n == 0) {
    if (st->mode == 2)
      return st->err = "cannot switch from manual field specification to automatic field "
                       "numbering", -1;
    st->mode = 1;
    idx = st->next_auto++;
  } else {
    for (int64_t i = 0; i < n; i++) {
      if (s[i] < '0' || s[i] > '9')
        return st->err = "only numbered and automatic fields are supported in str.format", -1;
      idx = idx * 10 + (s[i] - '0');
    }
    if (st->mode == 1)
      return st->err = "cannot switch from automatic field numbering to manual field "
                       "specification", -1;
    st->mode = 2;
  }
  if (idx >= nargs) {
    st->err = arena_printf(&cx->arena,
                           "Replacement index %d out of range for positional args tuple", idx);
    return -1;
  }
  return idx;
}

/* One "{name!conv:spec}" field (the text between the braces). */
static bool format_field(Lower *l, Pieces *p, FmtState *st, const char *s, int64_t n,
                         IrNode **args, int nargs, Span sp) {
  int64_t name_end = 0;
  while (name_end < n && s[name_end] != '!' && s[name_end] != ':') name_end++;
  int idx = field_index(l->cx, st, s, name_end, nargs);
  if (idx < 0) return false;
  char conv = 0;
  int64_t i = name_end;
  if (i < n && s[i] == '!') {
    conv = i + 1 < n ? s[i + 1] : 0;
    if (conv != 'r' && conv != 's')
      return st->err = "only the !r and !s conversions are supported", false;
    i += 2;
    if (i < n && s[i] != ':') return st->err = "expected ':' after conversion specifier", false;
  }
  const char *spec = i < n ? s + i + 1 : s + n;
  int64_t speclen = i < n ? n - i - 1 : 0;
  IrNode *v = args[idx];
  if (speclen && conv == 'r') v = lw_to_temp(l, lower_str_of(l, sp, v, 'r')), conv = 's';
  val(l, p, v, conv, speclen ? ir_const_str(l->cx, sp, spec, speclen) : NULL);
  return true;
}

/* "{0}: {1:.2f}".format(a, b) -> STRBUILD(str(a), ": ", format(b, ".2f")) */
IrNode *lower_str_format(Lower *l, AstNode *call, AstNode *fmt, AstNode **xs, int nargs) {
  Span sp = call->span;
  if (fmt->kind != AST_STR)
    return bad_format(l, fmt->span, "str.format needs a constant format string");
  if (call->as.call.nkws)
    return bad_format(l, sp, "keyword arguments to str.format are not supported");
  IrNode **args = NEWN(&l->cx->arena, IrNode *, nargs + 1);
  lower_seq(l, xs, nargs, args);
  const char *s = fmt->as.str.s;
  int64_t len = fmt->as.str.len, i = 0, start = 0;
  FmtState st = {0};
  Pieces p = {0};
  while (i < len) {
    char c = s[i];
    if ((c == '{' || c == '}') && i + 1 < len && s[i + 1] == c) {
      lit(l, &p, s + start, i + 1 - start); /* keep one brace */
      start = i += 2;
      continue;
    }
    if (c == '}') return bad_format(l, fmt->span, "Single '}' encountered in format string");
    if (c != '{') {
      i++;
      continue;
    }
    lit(l, &p, s + start, i - start);
    const char *close = memchr(s + i, '}', (size_t)(len - i));
    if (!close)
      return bad_format(l, fmt->span, i + 1 == len ? "Single '{' encountered in format string"
                                                    : "expected '}' before end of string");
    int64_t e = close - s;
    if (memchr(s + i + 1, '{', (size_t)(e - i - 1)))
      return bad_format(l, fmt->span, "nested replacement fields are not supported");
    if (!format_field(l, &p, &st, s + i + 1, e - i - 1, args, nargs, sp))
      return bad_format(l, fmt->span, st.err);
    start = i = e + 1;
  }
  lit(l, &p, s + start, len - start);
  return finish(l, sp, &p);
}
