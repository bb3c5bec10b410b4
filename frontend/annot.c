/* frontend/annot.c — type annotations and `#pythran export` lines.
 * Annotations are parsed from the original source text, not from the CST,
 * because tree-sitter-python cannot parse `f64[:, :]` in an annotation
 * position (cst.c masks the colons only to get past the parser):
 *   annot := STRING | 'None' | dotted_name ['[' item (',' item)* [','] ']']
 *   item  := ':' | '::' '1' | annot
 * A string annotation is parsed again from its contents, so its spans point
 * inside the string. Errors are `invalid annotation` with a hint. */
#include <string.h>

#include "frontend.h"

enum { MAX_ANNOT_DEPTH = 50 };

typedef struct AP {
  Ctx *cx;
  const char *s;       /* the whole source text */
  uint32_t file;
  uint32_t pos, end;   /* the range still to parse */
  int depth;
  bool failed;         /* an error was reported: stop reporting */
} AP;

static const char *const TYPE_HINT = "expected a type such as 'f64', 'int' or 'f64[:, :]'";
static const char *const DIM_HINT =
    "array dimensions are written ':' (any stride) or '::1' (contiguous)";

static uint32_t file_index(Ctx *cx, Source *src) {
  for (int i = 0; i < cx->nfiles; i++)
    if (cx->files[i] == src) return (uint32_t)i;
  return 0;
}

static char peek(AP *ap) { return ap->pos < ap->end ? ap->s[ap->pos] : 0; }

static bool is_ident_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_' || (unsigned char)c >= 0x80;
}

static bool is_ident_start(char c) { return is_ident_char(c) && !(c >= '0' && c <= '9'); }

/* Blanks, and line breaks, continuations and comments: a def header may
 * split an annotation over lines inside its brackets. */
static void skip_ws(AP *ap) {
  for (;;) {
    char c = peek(ap);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\\') ap->pos++;
    else if (c == '#') while (peek(ap) && peek(ap) != '\n') ap->pos++;
    else return;
  }
}

static void fail(AP *ap, uint32_t start, uint32_t end, const char *hint) {
  if (ap->failed) return;
  ap->failed = true;
  if (end <= start) end = start + 1;
  diag_error(ap->cx, (Span){ap->file, start, end}, "invalid annotation");
  diag_hint(ap->cx, "%s", hint);
}

static Annot *new_annot(AP *ap, AnnotKind kind, uint32_t start) {
  Annot *a = NEW(&ap->cx->arena, Annot);
  a->kind = kind;
  a->span = (Span){ap->file, start, ap->pos};
  return a;
}

static uint32_t scan_ident(AP *ap) {
  while (ap->pos < ap->end && is_ident_char(ap->s[ap->pos])) ap->pos++;
  return ap->pos;
}

/* name ('.' name)*, interned without any blanks around the dots. */
static Annot *dotted_name(AP *ap) {
  uint32_t start = ap->pos;
  StrBuf b = {0};
  for (;;) {
    uint32_t a = ap->pos;
    sb_putn(&b, ap->s + a, scan_ident(ap) - a);
    uint32_t save = ap->pos;
    skip_ws(ap);
    if (peek(ap) != '.') {
      ap->pos = save;
      break;
    }
    ap->pos++;
    skip_ws(ap);
    if (!is_ident_start(peek(ap))) {
      fail(ap, ap->pos, ap->pos + 1, "expected a name after '.'");
      break;
    }
    sb_putc(&b, '.');
  }
  Annot *n = new_annot(ap, ANNOT_NAME, start);
  n->name = intern(ap->cx, b.p, b.len);
  if (strcmp(n->name, "None") == 0) n->kind = ANNOT_NONE;
  sb_free(&b);
  return n;
}

static Annot *annot(AP *ap);

/* Does the item starting here contain a ':' before its ',' or ']'? Then
 * it is a slice that is neither ':' nor '::1', such as '1:' or ':n'. */
static uint32_t item_end(AP *ap, bool *has_colon) {
  int depth = 0;
  *has_colon = false;
  for (uint32_t i = ap->pos; i < ap->end; i++) {
    char c = ap->s[i];
    if (c == '[' || c == '(') depth++;
    else if ((c == ']' || c == ')') && depth-- == 0) return i;
    else if (c == ',' && depth == 0) return i;
    else if (c == ':' && depth == 0) *has_colon = true;
  }
  return ap->end;
}

/* ':' or '::1' (blanks allowed between the parts). */
static Annot *slice_item(AP *ap) {
  uint32_t start = ap->pos;
  ap->pos++;
  skip_ws(ap);
  bool contig = false;
  if (peek(ap) == ':') {
    ap->pos++;
    skip_ws(ap);
    uint32_t d = ap->pos;
    if (peek(ap) == '1' && !is_ident_char(d + 1 < ap->end ? ap->s[d + 1] : 0)) ap->pos++;
    else {
      bool colon;
      fail(ap, start, item_end(ap, &colon), DIM_HINT);
      return NULL;
    }
    contig = true;
  }
  uint32_t save = ap->pos;
  skip_ws(ap);
  char c = peek(ap);
  ap->pos = save;
  if (c != ',' && c != ']') {
    bool colon;
    fail(ap, start, item_end(ap, &colon), DIM_HINT);
    return NULL;
  }
  Annot *a = new_annot(ap, ANNOT_SLICE, start);
  a->contig = contig;
  return a;
}

static Annot *item(AP *ap) {
  skip_ws(ap);
  if (peek(ap) == ':') return slice_item(ap);
  bool colon;
  uint32_t end = item_end(ap, &colon);
  if (colon) {
    fail(ap, ap->pos, end, DIM_HINT);
    return NULL;
  }
  return annot(ap);
}

/* base '[' item (',' item)* [','] ']' */
static Annot *subscript(AP *ap, Annot *base) {
  Vec(Annot *) args = {0};
  ap->pos++; /* '[' */
  for (;;) {
    skip_ws(ap);
    if (peek(ap) == ']' && args.len) break;
    Annot *a = item(ap);
    if (!a) return NULL;
    vec_push(&ap->cx->arena, &args, a);
    skip_ws(ap);
    if (peek(ap) == ',') ap->pos++;
    else if (peek(ap) != ']') {
      fail(ap, ap->pos, ap->pos + 1, "expected ',' or ']'");
      return NULL;
    }
  }
  ap->pos++; /* ']' */
  Annot *s = new_annot(ap, ANNOT_SUB, base->span.start);
  s->base = base;
  s->args = args.data;
  s->nargs = args.len;
  return s;
}

/* "f64[:, :]": the contents parsed as an annotation of their own. */
static Annot *string_annot(AP *ap) {
  char q = peek(ap);
  uint32_t start = ap->pos;
  int nq = ap->pos + 2 < ap->end && ap->s[ap->pos + 1] == q && ap->s[ap->pos + 2] == q ? 3 : 1;
  uint32_t a = ap->pos + (uint32_t)nq, b = a;
  while (b < ap->end && ap->s[b] != q && ap->s[b] != '\\') b++;
  if (b >= ap->end || ap->s[b] == '\\') {
    fail(ap, start, b, "write a string annotation without escape sequences");
    return NULL;
  }
  ap->pos = b + (uint32_t)nq;
  AP sub = *ap;
  sub.pos = a;
  sub.end = b;
  Annot *r = annot(&sub);
  skip_ws(&sub);
  if (r && sub.pos < sub.end) fail(&sub, sub.pos, sub.end, "unexpected text after the type");
  ap->failed = sub.failed;
  return sub.failed ? NULL : r;
}

static Annot *annot(AP *ap) {
  skip_ws(ap);
  char c = peek(ap);
  if (++ap->depth > MAX_ANNOT_DEPTH) {
    fail(ap, ap->pos, ap->pos + 1, "annotations nest at most 50 levels deep");
    return NULL;
  }
  Annot *a = NULL;
  if (c == '"' || c == '\'') a = string_annot(ap);
  else if (is_ident_start(c)) {
    a = dotted_name(ap);
    uint32_t save = ap->pos;
    skip_ws(ap);
    if (!ap->failed && peek(ap) == '[') a = subscript(ap, a);
    else ap->pos = save;
  } else fail(ap, ap->pos, ap->pos + 1, TYPE_HINT);
  ap->depth--;
  return ap->failed ? NULL : a;
}

/* The hint for text after a complete annotation. */
static const char *trailing_hint(char c) {
  if (c == '|') return "union types ('|') are not supported";
  if (c == ']') return "this ']' has no matching '['";
  return "unexpected text after the type";
}

Annot *annot_parse(Ctx *cx, Source *src, uint32_t start, uint32_t end) {
  AP ap = {cx, src->text, file_index(cx, src), start, end, 0, false};
  Annot *a = annot(&ap);
  skip_ws(&ap);
  if (a && ap.pos < ap.end) fail(&ap, ap.pos, ap.end, trailing_hint(peek(&ap)));
  return ap.failed ? NULL : a;
}

/* ---- #pythran export name(type, ...) ---- */

static bool eat_word(AP *ap, const char *w) {
  size_t n = strlen(w);
  if (ap->pos + n > ap->end || strncmp(ap->s + ap->pos, w, n) != 0) return false;
  if (ap->pos + n < ap->end && is_ident_char(ap->s[ap->pos + n])) return false;
  ap->pos += (uint32_t)n;
  return true;
}

static void export_fail(AP *ap, const char *what) {
  if (ap->failed) return;
  ap->failed = true;
  uint32_t end = ap->pos < ap->end ? ap->pos + 1 : ap->pos;
  diag_error(ap->cx, (Span){ap->file, ap->pos, end}, "invalid '#pythran export' line: %s", what);
  diag_hint(ap->cx, "write '#pythran export name(float64[:, :], int)'");
}

/* Pythran's `order(C)` / `order(F)` after an array type: accepted, and
 * ignored, because every krait array carries its strides. */
static void skip_order(AP *ap) {
  uint32_t save = ap->pos;
  skip_ws(ap);
  if (!eat_word(ap, "order")) {
    ap->pos = save;
    return;
  }
  skip_ws(ap);
  bool ok = peek(ap) == '(';
  ap->pos += ok;
  skip_ws(ap);
  ok = ok && (eat_word(ap, "C") || eat_word(ap, "F"));
  skip_ws(ap);
  if (ok && peek(ap) == ')') ap->pos++;
  else export_fail(ap, "expected 'order(C)' or 'order(F)'");
}

/* base[args], made up for the Pythran spellings below. */
static Annot *made_sub(AP *ap, const char *base, Annot **args, int nargs, uint32_t start) {
  Annot *b = new_annot(ap, ANNOT_NAME, start);
  b->name = intern(ap->cx, base, strlen(base));
  Annot *s = new_annot(ap, ANNOT_SUB, start);
  s->base = b;
  s->args = args;
  s->nargs = nargs;
  return s;
}

/* A type in an export line: an annotation, or Pythran's own spellings:
 * `(int, float)` for a tuple, `T list` for a list, `T[]` / `T[][]` for an
 * array of any strides. */
static Annot *export_type(AP *ap) {
  skip_ws(ap);
  uint32_t start = ap->pos;
  Annot *a = NULL;
  if (peek(ap) == '(') {
    Vec(Annot *) elts = {0};
    ap->pos++;
    for (;;) {
      skip_ws(ap);
      if (peek(ap) == ')' && elts.len) break;
      Annot *e = export_type(ap);
      if (!e) return NULL;
      vec_push(&ap->cx->arena, &elts, e);
      skip_ws(ap);
      if (peek(ap) == ',') ap->pos++;
      else if (peek(ap) != ')') {
        export_fail(ap, "expected ',' or ')' in a tuple type");
        return NULL;
      }
    }
    ap->pos++;
    a = made_sub(ap, "tuple", elts.data, elts.len, start);
  } else if (is_ident_start(peek(ap))) {
    a = dotted_name(ap);
    Vec(Annot *) dims = {0};
    for (;;) { /* T[] [] ... */
      uint32_t save = ap->pos;
      skip_ws(ap);
      if (peek(ap) != '[') { ap->pos = save; break; }
      ap->pos++;
      skip_ws(ap);
      if (peek(ap) != ']') { ap->pos = save; break; }
      ap->pos++;
      vec_push(&ap->cx->arena, &dims, new_annot(ap, ANNOT_SLICE, ap->pos - 1));
    }
    if (dims.len) a = made_sub(ap, a->name, dims.data, dims.len, start);
    else {
      ap->pos = start;
      a = annot(ap);
    }
  } else {
    a = annot(ap);
  }
  for (;;) { /* postfix: T list */
    uint32_t save = ap->pos;
    skip_ws(ap);
    if (!a || ap->failed) return NULL;
    if (eat_word(ap, "list")) {
      Annot **arg = NEWN(&ap->cx->arena, Annot *, 1);
      arg[0] = a;
      a = made_sub(ap, "list", arg, 1, start);
    } else if (eat_word(ap, "set") || eat_word(ap, "dict")) {
      ap->pos = save;
      skip_ws(ap);
      export_fail(ap, "sets and dicts are not supported");
      return NULL;
    } else {
      ap->pos = save;
      return a;
    }
  }
}

static void export_args(AP *ap, ExportLine *e) {
  Vec(Annot *) args = {0};
  skip_ws(ap);
  while (!ap->failed && peek(ap) != ')') {
    Annot *a = export_type(ap);
    if (!a) break;
    vec_push(&ap->cx->arena, &args, a);
    skip_order(ap);
    skip_ws(ap);
    if (peek(ap) == ',') ap->pos++;
    else if (peek(ap) != ')') export_fail(ap, "expected ',' or ')'");
    skip_ws(ap);
  }
  ap->pos++; /* ')' */
  e->args = args.data;
  e->nargs = args.len;
}

/* name '(' args ')' */
static bool export_one(AP *ap, ExportLine *e) {
  skip_ws(ap);
  uint32_t start = ap->pos;
  if (!is_ident_start(peek(ap))) {
    export_fail(ap, "expected a function name");
    return false;
  }
  e->name = intern(ap->cx, ap->s + start, scan_ident(ap) - start);
  skip_ws(ap);
  if (peek(ap) != '(') {
    export_fail(ap, "expected '(' after the function name");
    return false;
  }
  ap->pos++;
  export_args(ap, e);
  e->span = (Span){ap->file, start, ap->pos};
  return !ap->failed;
}

/* One comment src[a, b): `# pythran export f(...), g(...)` or nothing. */
static void export_comment(AP *ap, AstModule *m, uint32_t a, uint32_t b) {
  ap->pos = a + 1;
  ap->end = b;
  ap->failed = false;
  skip_ws(ap);
  if (!eat_word(ap, "pythran")) return;
  skip_ws(ap);
  if (!eat_word(ap, "export")) return;
  Vec(ExportLine) v = {m->exports, m->nexports, m->nexports};
  for (;;) {
    ExportLine e = {0};
    if (!export_one(ap, &e)) break;
    vec_push(&ap->cx->arena, &v, e);
    skip_ws(ap);
    if (peek(ap) != ',') break;
    ap->pos++;
  }
  skip_ws(ap);
  if (!ap->failed && ap->pos < ap->end) export_fail(ap, "unexpected text");
  m->exports = v.data;
  m->nexports = v.len;
}

/* The end of the string literal starting with quote s[i]; a '#' inside a
 * string must not be taken for a comment. */
static uint32_t skip_string(const char *s, uint32_t i, uint32_t len) {
  char q = s[i];
  bool triple = i + 2 < len && s[i + 1] == q && s[i + 2] == q;
  i += triple ? 3 : 1;
  while (i < len) {
    if (s[i] == '\\') i += 2;
    else if (s[i] == q && (!triple || (i + 2 < len && s[i + 1] == q && s[i + 2] == q)))
      return i + (triple ? 3 : 1);
    else if (s[i] == '\n' && !triple) return i;
    else i++;
  }
  return len;
}

void annot_parse_exports(Ctx *cx, AstModule *m) {
  Source *src = m->src;
  AP ap = {cx, src->text, file_index(cx, src), 0, 0, 0, false};
  const char *s = src->text;
  uint32_t i = 0;
  while (i < src->len) {
    if (s[i] == '"' || s[i] == '\'') i = skip_string(s, i, src->len);
    else if (s[i] == '#') {
      uint32_t a = i;
      while (i < src->len && s[i] != '\n' && s[i] != '\r') i++;
      export_comment(&ap, m, a, i);
    } else i++;
  }
}
