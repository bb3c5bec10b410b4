/* frontend/cst.c — Python source -> tree-sitter CST -> krait AST.
 * This is the only file that includes tree_sitter/api.h. The steps:
 *   1. check that the text is UTF-8 without NUL bytes;
 *   2. mask the colons inside annotations (cst_mask_annotations) so that
 *      tree-sitter accepts `f64[:, :]`, without moving any byte;
 *   3. parse, and report ERROR and MISSING nodes as syntax errors;
 *   4. walk the CST into the AST (ast.h), rejecting what is outside the
 *      subset with an error and a hint, and parse the annotations from the
 *      original text (annot.c).
 * Spans are byte offsets into the original text. The walk recurses at most
 * MAX_DEPTH levels, so no input can overflow the C stack, and the AST it
 * builds is shallow enough for the later stages to recurse over. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tree_sitter/api.h>

#include "frontend.h"

const TSLanguage *tree_sitter_python(void);

enum {
  MAX_DEPTH = 200,        /* nesting of expressions and blocks (CPython: 200 parens) */
  MAX_ELIF = 1000,        /* each elif nests one IF deeper in the AST */
  MAX_SYNTAX_ERRORS = 3,  /* after the first, tree-sitter's guesses get worse */
};

/* The walk's state. */
typedef struct P {
  Ctx *cx;
  Source *src;
  uint32_t file;   /* index of src in cx->files, for spans */
  FuncDef *func;   /* the enclosing def, NULL at module level */
  int loops;       /* loops around this point, within the current def */
  int depth;       /* recursion depth of the walk */
  bool too_deep;   /* "nested too deeply" was reported: say it once */
} P;

/* ---- masking annotations (step 2) ----
 * A small lexer that knows just enough Python to find annotations: the
 * parameters and return type of a def header, and `name: annot = value`
 * at the start of a statement. Strings and comments are skipped. */

typedef enum { M_NONE, M_DEF, M_PARAMS, M_AFTER_PARAMS, M_RET, M_ANN } MaskMode;
typedef enum { PS_NAME, PS_ANNOT, PS_DEFAULT } ParamState;

typedef struct Mask {
  const char *s;
  char *out;
  size_t len, i;
  int depth;          /* bracket depth */
  bool at_start;      /* the next word is the first of a statement */
  MaskMode mode;
  ParamState ps;      /* M_PARAMS: where in the current parameter */
  int lambdas;        /* open lambdas in a default value: their ':' is not ours */
} Mask;

static const char *const KEYWORDS[] = {
  "False", "None", "True", "and", "as", "assert", "async", "await", "break",
  "class", "continue", "def", "del", "elif", "else", "except", "finally",
  "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
  "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
};

static bool word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_' || (unsigned char)c >= 0x80;
}

static bool word_is(const char *w, size_t n, const char *kw) {
  return strlen(kw) == n && memcmp(w, kw, n) == 0;
}

static bool is_keyword(const char *w, size_t n) {
  for (size_t k = 0; k < sizeof KEYWORDS / sizeof *KEYWORDS; k++)
    if (word_is(w, n, KEYWORDS[k])) return true;
  return false;
}

static size_t skip_blanks(const char *s, size_t i, size_t len) {
  while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f')) i++;
  return i;
}

/* After the first word of a statement: `(. word)* :` but not `:=`? */
static bool annassign_follows(Mask *m) {
  size_t i = skip_blanks(m->s, m->i, m->len);
  while (i < m->len && m->s[i] == '.') {
    i = skip_blanks(m->s, i + 1, m->len);
    if (i >= m->len || !word_char(m->s[i])) return false;
    while (i < m->len && word_char(m->s[i])) i++;
    i = skip_blanks(m->s, i, m->len);
  }
  return i < m->len && m->s[i] == ':' && (i + 1 >= m->len || m->s[i + 1] != '=');
}

/* The end of the string literal whose opening quote is s[i]; *closed
 * tells whether the closing quote was found. */
static size_t string_end(const char *s, size_t i, size_t len, bool *closed) {
  char q = s[i];
  bool triple = i + 2 < len && s[i + 1] == q && s[i + 2] == q;
  i += triple ? 3 : 1;
  *closed = false;
  while (i < len) {
    if (s[i] == '\\') i += 2;
    else if (s[i] == q && (!triple || (i + 2 < len && s[i + 1] == q && s[i + 2] == q)))
      return *closed = true, i + (triple ? 3 : 1);
    else if ((s[i] == '\n' || s[i] == '\r') && !triple) return i;
    else i++;
  }
  return len;
}

static size_t skip_string(const char *s, size_t i, size_t len) {
  bool closed;
  return string_end(s, i, len, &closed);
}

static bool in_annotation(Mask *m) {
  if (m->mode == M_PARAMS) return m->ps == PS_ANNOT && m->depth > 1;
  return (m->mode == M_RET || m->mode == M_ANN) && m->depth > 0;
}

static void mask_word(Mask *m) {
  size_t a = m->i;
  while (m->i < m->len && word_char(m->s[m->i])) m->i++;
  const char *w = m->s + a;
  size_t n = m->i - a;
  if (m->at_start) {
    m->at_start = word_is(w, n, "async"); /* async def */
    if (word_is(w, n, "def")) m->mode = M_DEF;
    else if (!is_keyword(w, n) && annassign_follows(m)) m->mode = M_ANN;
  } else if (m->mode == M_PARAMS && m->ps == PS_DEFAULT && m->depth == 1 &&
             word_is(w, n, "lambda")) {
    m->lambdas++;
  }
}

/* ':' inside an annotation's brackets becomes '_'. So do the blanks after
 * it when another ':' or a digit follows (`:: 1`), so that the masked
 * text is one identifier. */
static void mask_colon(Mask *m) {
  m->out[m->i++] = '_';
  size_t j = skip_blanks(m->s, m->i, m->len);
  if (j > m->i && j < m->len && (m->s[j] == ':' || (m->s[j] >= '0' && m->s[j] <= '9')))
    while (m->i < j) m->out[m->i++] = '_';
}

static void mask_colon_or_not(Mask *m) {
  if (m->i + 1 < m->len && m->s[m->i + 1] == '=') { /* := */
    m->i += 2;
    return;
  }
  if (in_annotation(m)) {
    mask_colon(m);
    return;
  }
  if (m->mode == M_PARAMS && m->depth == 1) {
    if (m->ps == PS_NAME) m->ps = PS_ANNOT;
    else if (m->ps == PS_DEFAULT && m->lambdas > 0) m->lambdas--;
  } else if ((m->mode == M_AFTER_PARAMS || m->mode == M_RET) && m->depth == 0) {
    m->mode = M_NONE; /* end of the def header; `def f(): x: int = 1` */
    m->at_start = true;
  }
  m->i++;
}

static void mask_punct(Mask *m) {
  char c = m->s[m->i], d = m->i + 1 < m->len ? m->s[m->i + 1] : 0;
  m->at_start = false;
  if (c == '(' || c == '[' || c == '{') {
    m->depth++;
    if (c == '(' && m->mode == M_DEF && m->depth == 1) {
      m->mode = M_PARAMS;
      m->ps = PS_NAME;
      m->lambdas = 0;
    }
  } else if (c == ')' || c == ']' || c == '}') {
    if (m->depth > 0) m->depth--;
    if (m->mode == M_PARAMS && m->depth == 0) m->mode = M_AFTER_PARAMS;
  } else if (c == ':') {
    mask_colon_or_not(m);
    return;
  } else if (d == '=' && strchr("<>!=", c)) { /* comparisons are not '=' */
    m->i++;
  } else if (c == '=' && m->mode == M_PARAMS && m->depth == 1 && m->ps != PS_DEFAULT) {
    m->ps = PS_DEFAULT;
    m->lambdas = 0;
  } else if (c == '=' && m->mode == M_ANN && m->depth == 0) {
    m->mode = M_NONE;
  } else if (c == ',' && m->mode == M_PARAMS && m->depth == 1 &&
             !(m->ps == PS_DEFAULT && m->lambdas > 0)) {
    m->ps = PS_NAME;
  } else if (c == '-' && d == '>' && m->mode == M_AFTER_PARAMS && m->depth == 0) {
    m->mode = M_RET;
    m->i++;
  } else if (c == ';' && m->depth == 0) {
    m->mode = M_NONE;
    m->at_start = true;
  }
  m->i++;
}

/* In an f-string, a replacement field's top-level ':' starts the format
 * spec, so `{x:=8}` is x with spec "=8" (not a walrus, which f-strings
 * only allow in parentheses). tree-sitter reads a walrus there: mask the
 * '=' as '<' for the parser; the spec text is read from the original. */
static void mask_fstring(Mask *m, size_t a, size_t b) {
  for (size_t i = a; i < b; i++) {
    if (m->s[i] != '{') continue;
    if (i + 1 < b && m->s[i + 1] == '{') {
      i++;
      continue;
    }
    int depth = 0;
    for (size_t j = i + 1; j < b; j++) {
      char c = m->s[j];
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || (c == '}' && depth > 0)) {
        depth--;
      } else if (c == '}' || (c == ':' && depth == 0)) {
        if (c == ':' && j + 1 < b && m->s[j + 1] == '=') m->out[j + 1] = '<';
        i = j;
        break;
      }
    }
  }
}

static bool fstring_prefix(Mask *m) {
  for (size_t k = m->i; k > 0 && m->i - k < 2; k--) {
    char p = m->s[k - 1];
    if (p == 'f' || p == 'F') return true;
    if (p != 'r' && p != 'R') return false;
  }
  return false;
}

static void mask_step(Mask *m) {
  char c = m->s[m->i];
  if (c == '#') {
    while (m->i < m->len && m->s[m->i] != '\n' && m->s[m->i] != '\r') m->i++;
  } else if (c == '"' || c == '\'') {
    size_t a = m->i;
    bool f = fstring_prefix(m);
    m->i = skip_string(m->s, m->i, m->len);
    if (f) mask_fstring(m, a, m->i);
    m->at_start = false;
  } else if (c == '\\' && m->i + 1 < m->len && (m->s[m->i + 1] == '\n' || m->s[m->i + 1] == '\r')) {
    m->i += 2; /* a continued line is the same statement */
  } else if (c == '\n' || c == '\r') {
    m->i++;
    if (m->depth == 0) {
      m->mode = M_NONE;
      m->at_start = true;
    }
  } else if (c == ' ' || c == '\t' || c == '\f') {
    m->i++;
  } else if (word_char(c)) {
    mask_word(m);
  } else {
    mask_punct(m);
  }
}

char *cst_mask_annotations(Ctx *cx, const char *text, size_t len) {
  char *out = arena_alloc(&cx->scratch, len + 1);
  memcpy(out, text, len);
  Mask m = {text, out, len, 0, 0, true, M_NONE, PS_NAME, 0};
  if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) m.i = 3; /* BOM */
  while (m.i < len) mask_step(&m);
  return out;
}

/* ---- small helpers over the CST ---- */

static Span sp(P *p, TSNode n) {
  return (Span){p->file, ts_node_start_byte(n), ts_node_end_byte(n)};
}

static Span span_at(P *p, uint32_t start, uint32_t end) { return (Span){p->file, start, end}; }

/* The helpers accept null nodes (an absent field), on which the
 * tree-sitter functions would crash: the grammar may omit what a
 * well-formed tree should have. */
static const char *type_of(TSNode n) { return ts_node_is_null(n) ? "" : ts_node_type(n); }

static bool is(TSNode n, const char *type) { return strcmp(type_of(n), type) == 0; }

static TSNode field(TSNode n, const char *name) {
  if (ts_node_is_null(n)) return n;
  return ts_node_child_by_field_name(n, name, (uint32_t)strlen(name));
}

static const char *text(P *p, TSNode n) { return p->src->text + ts_node_start_byte(n); }

static uint32_t width(TSNode n) { return ts_node_end_byte(n) - ts_node_start_byte(n); }

static const char *name_of(P *p, TSNode n) { return intern(p->cx, text(p, n), width(n)); }

static bool field_is(const char *f, const char *name) { return f && strcmp(f, name) == 0; }

/* The children of a node with their field names, comments left out. With
 * `named`, only named children. A cursor walk: ts_node_child(n, i) is
 * linear in i, which would make long lists quadratic. */
typedef struct Kids {
  TSNode *n;
  const char **field;
  int len;
} Kids;

static Kids kids_of(P *p, TSNode n, bool named) {
  uint32_t cap = ts_node_is_null(n) ? 0 : ts_node_child_count(n);
  Kids k = {NEWN(&p->cx->scratch, TSNode, cap + 1),
            NEWN(&p->cx->scratch, const char *, cap + 1), 0};
  if (!cap) return k;
  TSTreeCursor c = ts_tree_cursor_new(n);
  if (ts_tree_cursor_goto_first_child(&c)) {
    do {
      TSNode ch = ts_tree_cursor_current_node(&c);
      if ((named && !ts_node_is_named(ch)) || is(ch, "comment") || k.len >= (int)cap) continue;
      k.n[k.len] = ch;
      k.field[k.len++] = ts_tree_cursor_current_field_name(&c);
    } while (ts_tree_cursor_goto_next_sibling(&c));
  }
  ts_tree_cursor_delete(&c);
  return k;
}

static void reject(P *p, Span s, const char *hint, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Report an error at `s`, with a hint line when `hint` is not NULL. */
static void reject(P *p, Span s, const char *hint, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  diag_verror(p->cx, s, fmt, ap);
  va_end(ap);
  if (hint) diag_hint(p->cx, "%s", hint);
}

/* A stand-in for an expression that was rejected, so the walk can go on
 * and report the next error. */
static AstNode *bad(P *p, TSNode n) { return ast_new(p->cx, AST_NONE, sp(p, n)); }

static void push(P *p, AstList *l, AstNode *n) {
  if (n) vec_push(&p->cx->arena, l, n);
}

/* One more level of recursion; false (after reporting once) past MAX_DEPTH.
 * The caller leaves with p->depth-- either way. */
static bool enter(P *p, TSNode n, const char *what) {
  if (++p->depth <= MAX_DEPTH) return true;
  if (!p->too_deep)
    reject(p, span_at(p, ts_node_start_byte(n), ts_node_start_byte(n) + 1),
           "split it into several statements or functions", "%s is nested too deeply", what);
  p->too_deep = true;
  return false;
}

/* ---- encoding (step 1) ---- */

/* The length of the valid UTF-8 sequence at s[i], or 0 when it is not. */
static int utf8_len(const unsigned char *s, size_t i, size_t n) {
  unsigned c = s[i], min;
  int len;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) len = 2, min = 0x80;
  else if (c >= 0xE0 && c <= 0xEF) len = 3, min = 0x800;
  else if (c >= 0xF0 && c <= 0xF4) len = 4, min = 0x10000;
  else return 0;
  if (i + (size_t)len > n) return 0;
  unsigned cp = c & (0x7Fu >> len);
  for (int k = 1; k < len; k++) {
    if ((s[i + k] & 0xC0) != 0x80) return 0;
    cp = cp << 6 | (s[i + k] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

static bool check_encoding(P *p) {
  const unsigned char *s = (const unsigned char *)p->src->text;
  for (uint32_t i = 0; i < p->src->len;) {
    if (s[i] == 0) {
      reject(p, span_at(p, i, i + 1), "is this a binary file?",
             "source code cannot contain null bytes");
      return false;
    }
    int k = utf8_len(s, i, p->src->len);
    if (!k) {
      reject(p, span_at(p, i, i + 1), "krait reads UTF-8 Python source",
             "source is not valid UTF-8");
      return false;
    }
    i += (uint32_t)k;
  }
  return true;
}

/* ---- syntax errors (step 3) ---- */

/* A hint for an ERROR node, when the cause is a common one. */
static const char *syntax_hint(P *p, TSNode err) {
  uint32_t a = ts_node_start_byte(err), b = ts_node_end_byte(err);
  const char *s = p->src->text;
  int depth = 0;
  for (uint32_t i = a; i < b; i++) {
    if (s[i] == '(' || s[i] == '[' || s[i] == '{') depth++;
    else if (s[i] == ')' || s[i] == ']' || s[i] == '}') depth--;
  }
  if (depth > 0) return "a bracket is not closed";
  if (depth < 0) return "a closing bracket has no opening one";
  return NULL;
}

/* `if x` or `def f(x)` without the ':' at the end of its line. */
static bool missing_colon(P *p, TSNode err, uint32_t *at) {
  static const char *const kws[] = {"if", "elif", "else", "for", "while", "def",
                                    "class", "with", "try", "except", "finally"};
  TSNode first = ts_node_child(err, 0);
  bool header = false;
  for (size_t i = 0; i < sizeof kws / sizeof *kws && !ts_node_is_null(first); i++)
    header |= !ts_node_is_named(first) && is(first, kws[i]);
  if (!header) return false;
  const char *s = p->src->text;
  uint32_t last = ts_node_start_byte(err), len = p->src->len;
  int depth = 0;
  for (uint32_t i = last; i < len && !(s[i] == '\n' && depth <= 0); i++) {
    if (s[i] == '#') {
      while (i + 1 < len && s[i + 1] != '\n') i++;
      continue;
    }
    if (s[i] == '"' || s[i] == '\'') i = (uint32_t)skip_string(s, i, len) - 1;
    else if (strchr("([{", s[i])) depth++;
    else if (strchr(")]}", s[i])) depth--;
    if (!strchr(" \t\r\f\\", s[i])) last = i;
  }
  *at = last + 1;
  return s[last] != ':';
}

/* A string without its closing quote, found by lexing the whole text: the
 * ERROR node tree-sitter makes of it is often far from the quote. */
static bool unterminated_string(P *p) {
  const char *s = p->src->text;
  uint32_t len = p->src->len;
  for (uint32_t i = 0; i < len;) {
    if (s[i] == '#') {
      while (i < len && s[i] != '\n') i++;
    } else if (s[i] == '"' || s[i] == '\'') {
      bool closed, triple = i + 2 < len && s[i + 1] == s[i] && s[i + 2] == s[i];
      uint32_t end = (uint32_t)string_end(s, i, len, &closed);
      if (!closed) {
        reject(p, span_at(p, i, triple ? i + 3 : i + 1), NULL,
               "unterminated %sstring literal (detected at line %d)",
               triple ? "triple-quoted " : "", source_line(p->src, end > i ? end - 1 : i));
        return true;
      }
      i = end;
    } else {
      i++;
    }
  }
  return false;
}

/* tree-sitter-python keeps indentation widths in a byte: a deeper line
 * makes the whole file fail to parse, far from the cause. */
static bool too_deep_indent(P *p) {
  for (int l = 0; l < p->src->nlines; l++) {
    uint32_t i = p->src->lines[l], width = 0;
    for (; i < p->src->len && (p->src->text[i] == ' ' || p->src->text[i] == '\t'); i++)
      width += p->src->text[i] == '\t' ? 8 : 1;
    if (width < 256 || i >= p->src->len || strchr("#\r\n", p->src->text[i])) continue;
    reject(p, span_at(p, i, i + 1), "move the inner part into a function",
           "this line is indented too deeply (more than 255 columns)");
    return true;
  }
  return false;
}

/* `1 = x` or `f() = x`: tree-sitter makes an ERROR of [target, '=']. */
static bool bad_target(P *p, TSNode err) {
  if (ts_node_child_count(err) != 2 || !is(ts_node_child(err, 1), "=")) return false;
  TSNode t = ts_node_child(err, 0);
  const char *what = "expression";
  if (is(t, "integer") || is(t, "float") || is(t, "string") || is(t, "concatenated_string") ||
      is(t, "true") || is(t, "false") || is(t, "none"))
    what = "literal";
  else if (is(t, "call")) what = "function call";
  reject(p, sp(p, t), "use '==' to compare", "cannot assign to %s", what);
  return true;
}

static void syntax_error(P *p, TSNode n) {
  uint32_t a = ts_node_start_byte(n), at;
  if (!ts_node_is_missing(n) && missing_colon(p, n, &at)) {
    reject(p, span_at(p, at, at + 1), NULL, "expected ':'");
    return;
  }
  if (!ts_node_is_missing(n) && bad_target(p, n)) return;
  if (ts_node_is_missing(n)) {
    if (ts_node_is_named(n)) reject(p, span_at(p, a, a), NULL, "invalid syntax: expected %s",
                                    type_of(n));
    else reject(p, span_at(p, a, a), NULL, "expected '%s'", type_of(n));
    return;
  }
  reject(p, sp(p, n), syntax_hint(p, n), "invalid syntax");
}

/* Report the first few ERROR and MISSING nodes (an iterative walk: the
 * tree may be deep). True when there were any. */
static bool syntax_errors(P *p, TSNode root) {
  if (!ts_node_has_error(root)) return false;
  if (unterminated_string(p) || too_deep_indent(p)) return true;
  int found = 0;
  TSTreeCursor c = ts_tree_cursor_new(root);
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&c);
    bool descend = false;
    if (ts_node_is_missing(n) || is(n, "ERROR")) {
      syntax_error(p, n);
      if (++found == MAX_SYNTAX_ERRORS) break;
    } else {
      descend = ts_node_has_error(n);
    }
    if (descend && ts_tree_cursor_goto_first_child(&c)) continue;
    while (!ts_tree_cursor_goto_next_sibling(&c))
      if (!ts_tree_cursor_goto_parent(&c)) goto done;
  }
done:
  ts_tree_cursor_delete(&c);
  if (!found) reject(p, sp(p, root), NULL, "invalid syntax");
  return true;
}

/* ---- literals: numbers ---- */

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static bool is_alnum(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The literal without its '_' separators, each checked to sit between two
 * digits (or after a base prefix). NULL after reporting. */
static char *number_text(P *p, TSNode n, size_t *len) {
  const char *t = text(p, n);
  uint32_t w = width(n);
  char *buf = arena_alloc(&p->cx->scratch, w + 1);
  bool prefixed = w > 1 && t[0] == '0' && strchr("xXoObB", t[1]);
  size_t k = 0;
  for (uint32_t i = 0; i < w; i++) {
    if (t[i] != '_') {
      buf[k++] = t[i];
      continue;
    }
    bool ok = i > 0 && i + 1 < w &&
              (prefixed ? is_alnum(t[i - 1]) && is_alnum(t[i + 1])
                        : is_digit(t[i - 1]) && is_digit(t[i + 1]));
    if (!ok) {
      reject(p, sp(p, n), "'_' may only separate digits", "invalid decimal literal");
      return NULL;
    }
  }
  *len = k;
  return buf;
}

static int digit_value(char c) {
  if (is_digit(c)) return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

/* The value of an integer literal as uint64; *big when it does not fit.
 * False after reporting a malformed literal. */
static bool int_value(P *p, TSNode n, const char *t, size_t len, uint64_t *v, bool *big) {
  static const char *const base_names[] = {[2] = "binary", [8] = "octal", [16] = "hexadecimal"};
  int base = 10;
  size_t i = 0;
  if (len > 1 && t[0] == '0' && strchr("xXoObB", t[1])) {
    base = strchr("xX", t[1]) ? 16 : strchr("oO", t[1]) ? 8 : 2;
    i = 2;
    if (i == len) {
      reject(p, sp(p, n), NULL, "invalid %s literal", base_names[base]);
      return false;
    }
  } else if (t[0] == '0' && strspn(t, "0") < len) {
    reject(p, sp(p, n), "use an 0o prefix for octal integers",
           "leading zeros in decimal integer literals are not permitted");
    return false;
  }
  *v = 0;
  *big = false;
  for (; i < len; i++) {
    int d = digit_value(t[i]);
    if (d >= base) {
      if (base == 10) reject(p, sp(p, n), NULL, "invalid decimal literal");
      else reject(p, sp(p, n), NULL, "invalid digit '%c' in %s literal", t[i], base_names[base]);
      return false;
    }
    if (*v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base) *big = true;
    else *v = *v * (uint64_t)base + (uint64_t)d;
  }
  return true;
}

/* An integer, float or imaginary literal. With `negated` (the operand of a
 * unary minus) the magnitude 2**63 is allowed and gives INT64_MIN, the one
 * negative literal whose magnitude does not fit int64. */
static AstNode *number(P *p, TSNode n, bool negated) {
  size_t len;
  char *t = number_text(p, n, &len);
  if (!t) return bad(p, n);
  char last = t[len - 1];
  if (last == 'j' || last == 'J' || is(n, "float")) {
    AstNode *e = ast_new(p->cx, last == 'j' || last == 'J' ? AST_IMAG : AST_FLOAT, sp(p, n));
    e->as.f = strtod(t, NULL);
    return e;
  }
  if (last == 'l' || last == 'L') {
    reject(p, sp(p, n), "Python 3 integers have no 'L' suffix", "invalid decimal literal");
    return bad(p, n);
  }
  uint64_t v;
  bool big;
  if (!int_value(p, n, t, len, &v, &big)) return bad(p, n);
  AstNode *e = ast_new(p->cx, AST_INT, sp(p, n));
  if (negated && !big && v == (uint64_t)INT64_MAX + 1) {
    e->as.i = INT64_MIN;
  } else if (big || v > (uint64_t)INT64_MAX) {
    reject(p, sp(p, n), "krait integers are 64-bit, as in numpy; write a float such as 1e20 "
           "for larger magnitudes", "integer literal is too large for int64");
    return bad(p, n);
  } else {
    e->as.i = (int64_t)v;
  }
  return e;
}

/* ---- literals: strings ---- */

/* Pieces of one string literal, which may be several adjacent ones. */
typedef struct Lit {
  StrBuf buf;     /* decoded text not yet made into a STR part */
  Span span;      /* where that text came from */
  bool fstr;      /* some piece is an f-string: the result is an FSTRING */
  AstList parts;  /* STR and FORMATTED parts so far */
} Lit;

static void put_utf8(StrBuf *b, uint32_t cp) {
  if (cp < 0x80) {
    sb_putc(b, (char)cp);
  } else if (cp < 0x800) {
    sb_putc(b, (char)(0xC0 | cp >> 6));
    sb_putc(b, (char)(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    sb_putc(b, (char)(0xE0 | cp >> 12));
    sb_putc(b, (char)(0x80 | (cp >> 6 & 0x3F)));
    sb_putc(b, (char)(0x80 | (cp & 0x3F)));
  } else {
    sb_putc(b, (char)(0xF0 | cp >> 18));
    sb_putc(b, (char)(0x80 | (cp >> 12 & 0x3F)));
    sb_putc(b, (char)(0x80 | (cp >> 6 & 0x3F)));
    sb_putc(b, (char)(0x80 | (cp & 0x3F)));
  }
}

/* \xXX, \uXXXX or \UXXXXXXXX at s[i]: exactly `ndig` hex digits. */
static uint32_t hex_escape(P *p, uint32_t i, uint32_t end, int ndig, StrBuf *out) {
  const char *s = p->src->text;
  uint32_t cp = 0;
  for (int k = 0; k < ndig; k++) {
    uint32_t j = i + 2 + (uint32_t)k;
    int d = j < end ? digit_value(s[j]) : 99;
    if (d >= 16) {
      reject(p, span_at(p, i, j), "'\\x' takes 2 hex digits, '\\u' 4 and '\\U' 8",
             "truncated '\\%c' escape", s[i + 1]);
      return j;
    }
    cp = cp * 16 + (uint32_t)d;
  }
  uint32_t next = i + 2 + (uint32_t)ndig;
  if (cp > 0x10FFFF) reject(p, span_at(p, i, next), NULL, "illegal Unicode character");
  else if (cp >= 0xD800 && cp <= 0xDFFF)
    reject(p, span_at(p, i, next), NULL, "surrogate code points are not supported");
  else put_utf8(out, cp);
  return next;
}

/* Decode the escape sequence at s[i] (a backslash) into out; returns the
 * index after it. Unknown escapes keep their backslash, as in CPython. */
static uint32_t escape(P *p, uint32_t i, uint32_t end, StrBuf *out) {
  static const char from[] = "\\'\"abfnrtv", to[] = "\\'\"\a\b\f\n\r\t\v";
  const char *s = p->src->text;
  char c = i + 1 < end ? s[i + 1] : 0;
  const char *q = c ? strchr(from, c) : NULL;
  if (c == '\n') return i + 2; /* a continued line */
  if (c == '\r') return i + 2 + (i + 2 < end && s[i + 2] == '\n');
  if (q) {
    sb_putc(out, to[q - from]);
    return i + 2;
  }
  if (c >= '0' && c <= '7') {
    uint32_t j = i + 1, cp = 0;
    while (j < end && j < i + 4 && s[j] >= '0' && s[j] <= '7')
      cp = cp * 8 + (uint32_t)(s[j++] - '0');
    put_utf8(out, cp);
    return j;
  }
  if (c == 'x' || c == 'u' || c == 'U')
    return hex_escape(p, i, end, c == 'x' ? 2 : c == 'u' ? 4 : 8, out);
  if (c == 'N') {
    reject(p, span_at(p, i, i + 2), "write the character itself, or use a '\\u' escape",
           "'\\N{...}' escapes are not supported");
    return i + 2;
  }
  sb_putc(out, '\\');
  return i + 1;
}

/* Decode the literal text s[a, b) of a string: escapes unless raw, doubled
 * braces in f-strings, and CRLF as LF (CPython reads sources that way). */
static void decode(P *p, uint32_t a, uint32_t b, bool raw, bool fstr, StrBuf *out) {
  const char *s = p->src->text;
  for (uint32_t i = a; i < b;) {
    char c = s[i];
    if (c == '\r') {
      sb_putc(out, '\n');
      i += 1 + (i + 1 < b && s[i + 1] == '\n');
    } else if (fstr && (c == '{' || c == '}')) {
      if (i + 1 < b && s[i + 1] == c) i++;
      else if (c == '}') reject(p, span_at(p, i, i + 1), "write '}}' for a literal '}'",
                                "f-string: single '}' is not allowed");
      sb_putc(out, c);
      i++;
    } else if (c == '\\' && !raw) {
      i = escape(p, i, b, out);
    } else {
      sb_putc(out, c);
      i++;
    }
  }
}

static void lit_text(P *p, Lit *lit, uint32_t a, uint32_t b, bool raw, bool fstr) {
  if (a >= b) return;
  if (!lit->buf.len) lit->span = span_at(p, a, b);
  lit->span.end = b;
  decode(p, a, b, raw, fstr, &lit->buf);
}

/* Turn the pending text into a STR part. */
static void lit_flush(P *p, Lit *lit) {
  if (!lit->buf.len) return;
  AstNode *s = ast_new(p->cx, AST_STR, lit->span);
  s->as.str.s = arena_strndup(&p->cx->arena, lit->buf.p, lit->buf.len);
  s->as.str.len = (int64_t)lit->buf.len;
  push(p, &lit->parts, s);
  lit->buf.len = 0;
}

static AstNode *expr(P *p, TSNode n);
static AstNode *format_spec(P *p, TSNode n, bool raw);

/* The conversion of `{x!r}`: 'r', 's' or 'a'. */
static char conversion(P *p, TSNode n) {
  const char *t = text(p, n);
  if (width(n) == 2 && strchr("rsa", t[1])) return t[1];
  reject(p, sp(p, n), "use '!r', '!s' or '!a'", "f-string: invalid conversion character");
  return 0;
}

/* {expr[=][!conv][:spec]} of an f-string or of a format spec. For `{x=}`
 * the text up to the conversion, spec or '}' is printed first; CPython
 * then uses repr() unless a conversion or spec is given. */
static AstNode *formatted(P *p, TSNode n, bool raw) {
  AstNode *f = ast_new(p->cx, AST_FORMATTED, sp(p, n));
  Kids k = kids_of(p, n, false);
  bool debug = false;
  uint32_t text_end = 0;
  for (int i = 0; i < k.len; i++) {
    TSNode c = k.n[i];
    bool ends = is(c, "type_conversion") || is(c, "format_specifier") || is(c, "}");
    if (ends && !text_end) text_end = ts_node_start_byte(c);
    if (field_is(k.field[i], "expression")) f->as.fmt.value = expr(p, c);
    else if (is(c, "=")) debug = true;
    else if (is(c, "type_conversion")) f->as.fmt.conv = conversion(p, c);
    else if (is(c, "format_specifier")) f->as.fmt.spec = format_spec(p, c, raw);
  }
  if (!f->as.fmt.value) {
    reject(p, sp(p, n), NULL, "f-string: valid expression required before '}'");
    f->as.fmt.value = bad(p, n);
  }
  if (debug && text_end) {
    uint32_t a = ts_node_start_byte(n) + 1;
    f->as.fmt.debug = arena_strndup(&p->cx->arena, p->src->text + a, text_end - a);
    if (!f->as.fmt.conv && !f->as.fmt.spec) f->as.fmt.conv = 'r';
  }
  return f;
}

/* The spec after ':' in `{x:{w}.{p}f}`: an FSTRING of its own, because it
 * may contain replacement fields. */
static AstNode *format_spec(P *p, TSNode n, bool raw) {
  Lit lit = {0};
  uint32_t start = ts_node_start_byte(n), pos = start;
  Kids k = kids_of(p, n, false);
  for (int i = 0; i < k.len; i++) {
    TSNode c = k.n[i];
    if (is(c, ":") && pos == start) {
      pos = ts_node_end_byte(c);
    } else if (is(c, "format_expression")) {
      lit_text(p, &lit, pos, ts_node_start_byte(c), raw, true);
      lit_flush(p, &lit);
      push(p, &lit.parts, formatted(p, c, raw));
      pos = ts_node_end_byte(c);
    }
  }
  lit_text(p, &lit, pos, ts_node_end_byte(n), raw, true);
  lit_flush(p, &lit);
  sb_free(&lit.buf);
  AstNode *s = ast_new(p->cx, AST_FSTRING, sp(p, n));
  s->as.list = lit.parts;
  return s;
}

/* The prefix letters of a string; false after rejecting bytes. */
static bool string_prefix(P *p, TSNode n, bool *raw, bool *fstr) {
  TSNode start = ts_node_child(n, 0);
  const char *t = text(p, start);
  *raw = *fstr = false;
  if (memchr(t, '`', width(start))) { /* Python 2's `x` */
    reject(p, sp(p, n), "write repr(...)", "backquotes are not supported");
    return false;
  }
  for (uint32_t i = 0; i < width(start) && t[i] != '"' && t[i] != '\''; i++) {
    char c = t[i] | 0x20; /* lower case */
    if (c == 'r') *raw = true;
    if (c == 'f') *fstr = true;
    if (c == 'b') {
      reject(p, sp(p, n), "use str, or a numpy uint8 array for binary data",
             "bytes are not supported");
      return false;
    }
  }
  return true;
}

/* One quoted string, appended to lit: the text between interpolations is
 * taken from the source, so escapes and doubled braces decode in one place. */
static void string_piece(P *p, TSNode n, Lit *lit) {
  bool raw, fstr;
  if (!string_prefix(p, n, &raw, &fstr)) return;
  lit->fstr |= fstr;
  Kids k = kids_of(p, n, false);
  uint32_t pos = ts_node_start_byte(n);
  for (int i = 0; i < k.len; i++) {
    TSNode c = k.n[i];
    if (is(c, "string_start")) {
      pos = ts_node_end_byte(c);
    } else if (is(c, "interpolation")) {
      lit_text(p, lit, pos, ts_node_start_byte(c), raw, fstr);
      lit_flush(p, lit);
      push(p, &lit->parts, formatted(p, c, raw));
      pos = ts_node_end_byte(c);
    } else if (is(c, "string_end")) {
      lit_text(p, lit, pos, ts_node_start_byte(c), raw, fstr);
    }
  }
}

/* "a" 'b' f"{c}": one STR, or an FSTRING when a piece has replacement
 * fields. An f-string without any is a plain STR. */
static AstNode *expr_string(P *p, TSNode n) {
  Lit lit = {0};
  if (is(n, "concatenated_string")) {
    Kids k = kids_of(p, n, true);
    for (int i = 0; i < k.len; i++) string_piece(p, k.n[i], &lit);
  } else {
    string_piece(p, n, &lit);
  }
  AstNode *e;
  if (lit.parts.len) {
    lit_flush(p, &lit);
    e = ast_new(p->cx, AST_FSTRING, sp(p, n));
    e->as.list = lit.parts;
  } else {
    e = ast_new(p->cx, AST_STR, sp(p, n));
    e->as.str.s = arena_strndup(&p->cx->arena, lit.buf.p ? lit.buf.p : "", lit.buf.len);
    e->as.str.len = (int64_t)lit.buf.len;
  }
  sb_free(&lit.buf);
  return e;
}

/* ---- expressions ---- */

/* tree-sitter takes a misplaced keyword for a name (`else: pass` deeper
 * than its 'if' reads as an annotated assignment). */
static AstNode *expr_name(P *p, TSNode n) {
  AstNode *e = ast_new(p->cx, AST_NAME, sp(p, n));
  e->as.name.id = name_of(p, n);
  if (is_keyword(text(p, n), width(n))) reject(p, sp(p, n), NULL, "invalid syntax");
  return e;
}

static AstNode *expr_number(P *p, TSNode n) { return number(p, n, false); }

static AstNode *expr_true(P *p, TSNode n) {
  AstNode *e = ast_new(p->cx, AST_BOOL, sp(p, n));
  e->as.i = 1;
  return e;
}

static AstNode *expr_false(P *p, TSNode n) { return ast_new(p->cx, AST_BOOL, sp(p, n)); }

static AstNode *expr_none(P *p, TSNode n) { return ast_new(p->cx, AST_NONE, sp(p, n)); }

static AstNode *expr_attr(P *p, TSNode n) {
  AstNode *e = ast_new(p->cx, AST_ATTR, sp(p, n));
  TSNode a = field(n, "attribute");
  e->as.attr.value = expr(p, field(n, "object"));
  e->as.attr.name = name_of(p, a);
  e->as.attr.name_span = sp(p, a);
  return e;
}

/* a[i], a[i, j] and a[i,] (both tuples, as in Python). */
static AstNode *expr_subscript(P *p, TSNode n) {
  AstNode *e = ast_new(p->cx, AST_SUBSCRIPT, sp(p, n));
  e->as.sub.value = expr(p, field(n, "value"));
  Kids k = kids_of(p, n, false);
  AstList idx = {0};
  bool comma = false;
  Span s = sp(p, n);
  for (int i = 0; i < k.len; i++) {
    if (is(k.n[i], ",")) comma = true;
    if (!field_is(k.field[i], "subscript")) continue;
    if (!idx.len) s.start = ts_node_start_byte(k.n[i]);
    s.end = ts_node_end_byte(k.n[i]);
    push(p, &idx, expr(p, k.n[i]));
  }
  if (idx.len == 1 && !comma) {
    e->as.sub.index = idx.data[0];
  } else {
    e->as.sub.index = ast_new(p->cx, AST_TUPLE, s);
    e->as.sub.index->as.list = idx;
  }
  return e;
}

/* lo:hi:step, each part optional. */
static AstNode *expr_slice(P *p, TSNode n) {
  AstNode *e = ast_new(p->cx, AST_SLICE, sp(p, n));
  AstNode **part[3] = {&e->as.slice.lo, &e->as.slice.hi, &e->as.slice.step};
  Kids k = kids_of(p, n, false);
  int colons = 0;
  for (int i = 0; i < k.len; i++) {
    if (is(k.n[i], ":")) colons++;
    else if (ts_node_is_named(k.n[i]) && colons < 3) *part[colons] = expr(p, k.n[i]);
  }
  return e;
}

typedef Vec(Keyword) KeywordVec;
typedef Vec(CompFor) CompForVec;

static void call_keyword(P *p, TSNode kw, KeywordVec *kws) {
  TSNode name = field(kw, "name");
  Keyword k = {name_of(p, name), sp(p, kw), expr(p, field(kw, "value"))};
  for (int i = 0; i < kws->len; i++)
    if (kws->data[i].name == k.name)
      reject(p, sp(p, kw), NULL, "keyword argument repeated: '%s'", k.name);
  vec_push(&p->cx->arena, kws, k);
}

/* f(a, b, k=v): positional arguments in args, keywords in kws. */
static AstNode *expr_call(P *p, TSNode n) {
  AstNode *e = ast_new(p->cx, AST_CALL, sp(p, n));
  e->as.call.func = expr(p, field(n, "function"));
  TSNode args = field(n, "arguments");
  if (is(args, "generator_expression")) {
    push(p, &e->as.call.args, expr(p, args)); /* rejected there */
    return e;
  }
  Kids k = kids_of(p, args, true);
  KeywordVec kws = {0};
  for (int i = 0; i < k.len; i++) {
    TSNode a = k.n[i];
    if (is(a, "keyword_argument")) {
      call_keyword(p, a, &kws);
    } else if (is(a, "list_splat") || is(a, "dictionary_splat")) {
      reject(p, sp(p, a), "pass the arguments one by one", "'%s' arguments are not supported",
             is(a, "list_splat") ? "*" : "**");
    } else {
      if (kws.len) reject(p, sp(p, a), NULL, "positional argument follows keyword argument");
      push(p, &e->as.call.args, expr(p, a));
    }
  }
  e->as.call.kws = kws.data;
  e->as.call.nkws = kws.len;
  return e;
}

static int binop_of(const char *op) {
  for (int i = 0; i < OP_NBINOPS; i++)
    if (strcmp(binop_names[i], op) == 0) return i;
  return -1;
}

static AstNode *expr_binop(P *p, TSNode n) {
  TSNode op = field(n, "operator");
  int b = binop_of(type_of(op));
  if (b < 0) {
    reject(p, sp(p, op), NULL, "operator '%s' is not supported", type_of(op));
    return bad(p, n);
  }
  AstNode *e = ast_new(p->cx, AST_BINOP, sp(p, n));
  e->as.bin.op = (BinOp)b;
  e->as.bin.lhs = expr(p, field(n, "left"));
  e->as.bin.rhs = expr(p, field(n, "right"));
  return e;
}

/* -x, +x, ~x. `-5` stays NEG of INT 5 (infer folds it), except for
 * -9223372036854775808, whose magnitude alone does not fit int64. */
static AstNode *expr_unary(P *p, TSNode n) {
  const char *op = type_of(field(n, "operator"));
  TSNode arg = field(n, "argument");
  AstNode *e = ast_new(p->cx, AST_UNARY, sp(p, n));
  e->as.un.op = op[0] == '-' ? UOP_NEG : op[0] == '+' ? UOP_POS : UOP_INVERT;
  if (e->as.un.op == UOP_NEG && is(arg, "integer")) {
    AstNode *lit = number(p, arg, true);
    if (lit->kind == AST_INT && lit->as.i == INT64_MIN) {
      lit->span = sp(p, n);
      return lit;
    }
    e->as.un.operand = lit;
    return e;
  }
  e->as.un.operand = expr(p, arg);
  return e;
}

static AstNode *expr_not(P *p, TSNode n) {
  AstNode *e = ast_new(p->cx, AST_UNARY, sp(p, n));
  e->as.un.op = UOP_NOT;
  e->as.un.operand = expr(p, field(n, "argument"));
  return e;
}

/* a and b and c: one BOOLOP over all the values, as in Python's ast. The
 * CST is left-deep, so the chain is followed with a loop. */
static AstNode *expr_boolop(P *p, TSNode n) {
  const char *op = type_of(field(n, "operator"));
  AstNode *e = ast_new(p->cx, AST_BOOLOP, sp(p, n));
  e->as.boolop.is_and = strcmp(op, "and") == 0;
  Vec(TSNode) rights = {0};
  TSNode cur = n;
  while (is(cur, "boolean_operator") && strcmp(type_of(field(cur, "operator")), op) == 0) {
    vec_push(&p->cx->scratch, &rights, field(cur, "right"));
    cur = field(cur, "left");
  }
  push(p, &e->as.boolop.values, expr(p, cur));
  for (int i = rights.len - 1; i >= 0; i--) push(p, &e->as.boolop.values, expr(p, rights.data[i]));
  return e;
}

static int cmpop_of(const char *op) {
  for (int i = 0; i <= CMP_ISNOT; i++)
    if (strcmp(cmpop_names[i], op) == 0) return i;
  return -1;
}

/* a < b <= c: the first operand, then (op, operand) pairs. */
static AstNode *expr_compare(P *p, TSNode n) {
  AstNode *e = ast_new(p->cx, AST_COMPARE, sp(p, n));
  Vec(CmpOp) ops = {0};
  Kids k = kids_of(p, n, false);
  for (int i = 0; i < k.len; i++) {
    TSNode c = k.n[i];
    if (field_is(k.field[i], "operators")) {
      int op = cmpop_of(type_of(c));
      if (op < 0)
        reject(p, sp(p, c), "use '!='", "operator '%s' is not supported", type_of(c));
      vec_push(&p->cx->arena, &ops, op < 0 ? CMP_NE : (CmpOp)op);
    } else if (ts_node_is_named(c)) {
      if (!e->as.cmp.first) e->as.cmp.first = expr(p, c);
      else push(p, &e->as.cmp.rest, expr(p, c));
    }
  }
  e->as.cmp.ops = ops.data;
  return e;
}

/* then if cond else orelse */
static AstNode *expr_ifexp(P *p, TSNode n) {
  Kids k = kids_of(p, n, true);
  if (k.len != 3) return bad(p, n);
  AstNode *e = ast_new(p->cx, AST_IFEXP, sp(p, n));
  e->as.ifexp.then = expr(p, k.n[0]);
  e->as.ifexp.cond = expr(p, k.n[1]);
  e->as.ifexp.orelse = expr(p, k.n[2]);
  return e;
}

static AstNode *expr_paren(P *p, TSNode n) {
  Kids k = kids_of(p, n, true);
  if (k.len != 1) {
    reject(p, sp(p, n), NULL, "invalid syntax");
    return bad(p, n);
  }
  return expr(p, k.n[0]);
}

static AstNode *sequence(P *p, TSNode n, AstKind kind) {
  AstNode *e = ast_new(p->cx, kind, sp(p, n));
  Kids k = kids_of(p, n, true);
  for (int i = 0; i < k.len; i++) push(p, &e->as.list, expr(p, k.n[i]));
  return e;
}

static AstNode *expr_tuple(P *p, TSNode n) { return sequence(p, n, AST_TUPLE); }
static AstNode *expr_list(P *p, TSNode n) { return sequence(p, n, AST_LIST); }

static AstNode *target(P *p, TSNode n);

static void comp_for(P *p, TSNode c, CompForVec *gens) {
  if (is(ts_node_child(c, 0), "async")) {
    reject(p, sp(p, c), NULL, "'async for' is not supported");
    return;
  }
  CompFor g = {target(p, field(c, "left")), expr(p, field(c, "right")), {0}};
  vec_push(&p->cx->arena, gens, g);
}

/* [elt for t in it if cond for ...]: the ifs belong to the for before them. */
static AstNode *expr_listcomp(P *p, TSNode n) {
  AstNode *e = ast_new(p->cx, AST_LISTCOMP, sp(p, n));
  CompForVec gens = {0};
  Kids k = kids_of(p, n, true);
  for (int i = 0; i < k.len; i++) {
    TSNode c = k.n[i];
    if (is(c, "for_in_clause")) {
      comp_for(p, c, &gens);
    } else if (is(c, "if_clause") && gens.len) {
      Kids cond = kids_of(p, c, true);
      if (cond.len) push(p, &gens.data[gens.len - 1].ifs, expr(p, cond.n[0]));
    }
  }
  e->as.comp.elt = expr(p, field(n, "body"));
  e->as.comp.gens = gens.data;
  e->as.comp.ngens = gens.len;
  return e;
}

typedef AstNode *(*ExprFn)(P *, TSNode);

static const struct {
  const char *type;
  ExprFn fn;
} EXPRS[] = {
  {"identifier", expr_name},
  {"integer", expr_number},
  {"float", expr_number},
  {"true", expr_true},
  {"false", expr_false},
  {"none", expr_none},
  {"string", expr_string},
  {"concatenated_string", expr_string},
  {"attribute", expr_attr},
  {"subscript", expr_subscript},
  {"slice", expr_slice},
  {"call", expr_call},
  {"binary_operator", expr_binop},
  {"unary_operator", expr_unary},
  {"not_operator", expr_not},
  {"boolean_operator", expr_boolop},
  {"comparison_operator", expr_compare},
  {"conditional_expression", expr_ifexp},
  {"parenthesized_expression", expr_paren},
  {"tuple", expr_tuple},
  {"expression_list", expr_tuple},
  {"list", expr_list},
  {"list_comprehension", expr_listcomp},
};

/* Constructs outside the subset: the error and the hint. */
typedef struct Rejected {
  const char *type, *msg, *hint;
} Rejected;

static const Rejected REJECTED_EXPRS[] = {
  {"dictionary", "dict is not supported yet", "use a typed list or a numpy array"},
  {"dictionary_comprehension", "dict is not supported yet", "use a typed list or a numpy array"},
  {"set", "set is not supported yet", "use a typed list or a numpy array"},
  {"set_comprehension", "set is not supported yet", "use a typed list or a numpy array"},
  {"generator_expression", "generator expressions are not supported",
   "use a list comprehension"},
  {"lambda", "lambda is not supported yet", "define a function with 'def' at module level"},
  {"yield", "generators ('yield') are not supported",
   "collect the values in a list and return it"},
  {"await", "'await' is not supported", NULL},
  {"named_expression", "assignment expressions (':=') are not supported",
   "assign the value in a statement of its own first"},
  {"list_splat", "starred expressions are not supported", "write the elements out"},
  {"parenthesized_list_splat", "starred expressions are not supported",
   "write the elements out"},
  {"dictionary_splat", "'**' unpacking is not supported", NULL},
  {"ellipsis", "'...' is not supported here", NULL},
  {"keyword_argument", "keyword arguments are only allowed in calls", NULL},
};

static bool rejected(P *p, TSNode n, const Rejected *table, size_t count) {
  for (size_t i = 0; i < count; i++) {
    if (!is(n, table[i].type)) continue;
    reject(p, sp(p, n), table[i].hint, "%s", table[i].msg);
    return true;
  }
  return false;
}

static AstNode *expr_kind(P *p, TSNode n) {
  for (size_t i = 0; i < sizeof EXPRS / sizeof *EXPRS; i++)
    if (is(n, EXPRS[i].type)) return EXPRS[i].fn(p, n);
  if (!rejected(p, n, REJECTED_EXPRS, sizeof REJECTED_EXPRS / sizeof *REJECTED_EXPRS))
    reject(p, sp(p, n), NULL, "this expression is not supported (%s)", type_of(n));
  return bad(p, n);
}

static AstNode *expr(P *p, TSNode n) {
  if (ts_node_is_null(n)) { /* not seen in practice: tree-sitter reports a MISSING node */
    reject(p, span_at(p, 0, 0), NULL, "invalid syntax: an expression is missing");
    return ast_new(p->cx, AST_NONE, span_at(p, 0, 0));
  }
  AstNode *e = enter(p, n, "expression") ? expr_kind(p, n) : bad(p, n);
  p->depth--;
  return e;
}

/* ---- assignment targets ---- */

static AstNode *target_tuple(P *p, TSNode n) {
  AstNode *e = ast_new(p->cx, AST_TUPLE, sp(p, n));
  Kids k = kids_of(p, n, true);
  for (int i = 0; i < k.len; i++) push(p, &e->as.list, target(p, k.n[i]));
  return e;
}

/* What may stand left of '=' or after 'for': names, subscripts, attributes
 * and (nested) tuples or lists of them, which all become TUPLE. */
static AstNode *target_kind(P *p, TSNode n) {
  const char *t = type_of(n);
  if (is(n, "identifier") || is(n, "subscript") || is(n, "attribute")) return expr(p, n);
  if (strstr(t, "pattern_list") || is(n, "tuple_pattern") || is(n, "list_pattern") ||
      is(n, "tuple") || is(n, "list") || is(n, "expression_list"))
    return target_tuple(p, n);
  if (is(n, "parenthesized_expression")) {
    Kids k = kids_of(p, n, true);
    if (k.len == 1) return target(p, k.n[0]);
  }
  if (is(n, "list_splat_pattern") || is(n, "list_splat"))
    reject(p, sp(p, n), "unpack into a fixed number of names",
           "starred assignment is not supported");
  else reject(p, sp(p, n), NULL, "cannot assign to this expression");
  return bad(p, n);
}

static AstNode *target(P *p, TSNode n) {
  AstNode *e = enter(p, n, "assignment target") ? target_kind(p, n) : bad(p, n);
  p->depth--;
  return e;
}

/* ---- statements ---- */

static void stmt(P *p, TSNode n, AstList *out);

/* ---- indentation ----
 * tree-sitter-python's scanner accepts indentation that CPython rejects
 * (an unexpected indent, a misaligned 'else', an empty body), so the
 * blocks are checked here the way CPython's tokenizer does: columns with
 * tabs to multiples of 8 and to 1 must agree on the order of two indents. */

typedef struct Indent {
  int c8, c1;   /* column with tabs of 8, and with tabs of 1 */
  bool first;   /* the statement is the first thing on its line */
} Indent;

static Indent indent_of(P *p, uint32_t off) {
  const char *s = p->src->text;
  uint32_t a = p->src->lines[source_line(p->src, off) - 1];
  Indent in = {0, 0, true};
  for (uint32_t i = a; i < off; i++) {
    if (s[i] == ' ') in.c8++, in.c1++;
    else if (s[i] == '\t') in.c8 = (in.c8 / 8 + 1) * 8, in.c1++;
    else if (s[i] == '\f') in.c8 = in.c1 = 0;
    else if (s[i] != '\xEF' && s[i] != '\xBB' && s[i] != '\xBF') in.first = false; /* BOM */
  }
  return in;
}

/* -1, 0 or 1 as indent a is less, as deep, or deeper than b; 0 after
 * reporting when tabs and spaces make the order ambiguous. */
static int indent_cmp(P *p, Indent a, Indent b, Span at) {
  int o8 = (a.c8 > b.c8) - (a.c8 < b.c8), o1 = (a.c1 > b.c1) - (a.c1 < b.c1);
  if (o8 == o1) return o8;
  reject(p, at, "indent with spaces only", "inconsistent use of tabs and spaces in indentation");
  return 0;
}

/* Statement n must be as deep as `want` (the first statement of its block). */
static void check_same_indent(P *p, TSNode n, Indent want, bool after_compound) {
  Indent in = indent_of(p, ts_node_start_byte(n));
  if (!in.first) return;
  int c = indent_cmp(p, in, want, sp(p, n));
  if (c < 0 || (c > 0 && after_compound))
    reject(p, sp(p, n), NULL, "unindent does not match any outer indentation level");
  else if (c > 0)
    reject(p, sp(p, n), NULL, "unexpected indent");
}

/* The offset of the next token after `off`, skipping blanks and comments. */
static uint32_t next_token(P *p, uint32_t off) {
  const char *s = p->src->text;
  while (off < p->src->len) {
    if (s[off] == '#') while (off < p->src->len && s[off] != '\n') off++;
    else if (strchr(" \t\r\n\f", s[off])) off++;
    else break;
  }
  return off;
}

static const char *header_name(TSNode header) {
  static const char *const names[][2] = {
    {"function_definition", "function definition"}, {"if_statement", "'if' statement"},
    {"elif_clause", "'elif' statement"}, {"else_clause", "'else' statement"},
    {"for_statement", "'for' statement"}, {"while_statement", "'while' statement"},
  };
  for (size_t i = 0; i < sizeof names / sizeof *names; i++)
    if (is(header, names[i][0])) return names[i][1];
  return "':'";
}

static void expected_block(P *p, TSNode header, uint32_t at) {
  reject(p, span_at(p, at, at + 1), NULL, "expected an indented block after %s on line %d",
         header_name(header), source_line(p->src, ts_node_start_byte(header)));
}

/* The statements of block n, which belongs to the compound statement or
 * clause `header`, checked for indentation and appended to out. */
static void block(P *p, TSNode header, TSNode n, AstList *out) {
  if (ts_node_is_null(n)) return;
  Kids k = kids_of(p, n, true);
  if (!k.len) {
    expected_block(p, header, next_token(p, ts_node_end_byte(n)));
    return;
  }
  Indent h = indent_of(p, ts_node_start_byte(header));
  Indent first = indent_of(p, ts_node_start_byte(k.n[0]));
  if (first.first && indent_cmp(p, first, h, sp(p, k.n[0])) <= 0) {
    expected_block(p, header, ts_node_start_byte(k.n[0]));
    return;
  }
  if (enter(p, n, "block")) {
    for (int i = 0; i < k.len; i++) {
      if (i > 0 && first.first) check_same_indent(p, k.n[i], first, false);
      stmt(p, k.n[i], out);
    }
  }
  p->depth--;
}

/* An else/elif clause must line up with its statement. */
static void check_clause(P *p, TSNode stmt_node, TSNode clause) {
  check_same_indent(p, clause, indent_of(p, ts_node_start_byte(stmt_node)), false);
}

/* x: annot [= value] */
static AstNode *annassign(P *p, TSNode n) {
  TSNode type = field(n, "type"), right = field(n, "right");
  AstNode *s = ast_new(p->cx, AST_ANNASSIGN, sp(p, n));
  s->as.ann.target = target(p, field(n, "left"));
  if (s->as.ann.target->kind == AST_TUPLE)
    reject(p, s->as.ann.target->span, NULL, "only single target (not tuple) can be annotated");
  s->as.ann.annot = annot_parse(p->cx, p->src, ts_node_start_byte(type), ts_node_end_byte(type));
  if (!ts_node_is_null(right)) {
    if (is(right, "assignment")) reject(p, sp(p, right), NULL, "invalid syntax");
    else s->as.ann.value = expr(p, right);
  }
  return s->as.ann.annot ? s : NULL;
}

/* a = b = value: one ASSIGN with the targets left to right. */
static AstNode *assign(P *p, TSNode n) {
  if (!ts_node_is_null(field(n, "type"))) return annassign(p, n);
  AstNode *s = ast_new(p->cx, AST_ASSIGN, sp(p, n));
  TSNode cur = n;
  while (is(cur, "assignment") && ts_node_is_null(field(cur, "type"))) {
    push(p, &s->as.assign.targets, target(p, field(cur, "left")));
    cur = field(cur, "right");
  }
  if (is(cur, "assignment") || is(cur, "augmented_assignment")) {
    reject(p, sp(p, cur), NULL, "invalid syntax");
    return NULL;
  }
  s->as.assign.value = expr(p, cur);
  return s;
}

static AstNode *augassign(P *p, TSNode n) {
  TSNode opn = field(n, "operator");
  char op[4] = {0};
  memcpy(op, text(p, opn), width(opn) - 1 < 3 ? width(opn) - 1 : 3); /* "+=" -> "+" */
  int b = binop_of(op);
  AstNode *s = ast_new(p->cx, AST_AUGASSIGN, sp(p, n));
  s->as.aug.op = b < 0 ? OP_ADD : (BinOp)b;
  s->as.aug.target = target(p, field(n, "left"));
  s->as.aug.value = expr(p, field(n, "right"));
  if (b < 0) reject(p, sp(p, opn), NULL, "operator '%s' is not supported", type_of(opn));
  if (s->as.aug.target->kind == AST_TUPLE)
    reject(p, s->as.aug.target->span, NULL,
           "'tuple' is an illegal expression for augmented assignment");
  return s;
}

/* An expression statement; `...` alone is a statement that does nothing. */
static void stmt_expr(P *p, TSNode n, AstList *out) {
  Kids k = kids_of(p, n, true);
  AstNode *s = ast_new(p->cx, AST_EXPR_STMT, sp(p, n));
  if (k.len == 1 && is(k.n[0], "assignment")) {
    s = assign(p, k.n[0]);
  } else if (k.len == 1 && is(k.n[0], "augmented_assignment")) {
    s = augassign(p, k.n[0]);
  } else if (k.len == 1 && is(k.n[0], "ellipsis")) {
    s->kind = AST_PASS;
  } else if (k.len == 1) {
    s->as.expr = expr(p, k.n[0]);
  } else {
    s->as.expr = ast_new(p->cx, AST_TUPLE, sp(p, n)); /* a, b */
    for (int i = 0; i < k.len; i++) push(p, &s->as.expr->as.list, expr(p, k.n[i]));
  }
  push(p, out, s);
}

static AstNode *if_node(P *p, TSNode n, Span s) {
  AstNode *e = ast_new(p->cx, AST_IF, s);
  e->as.if_.cond = expr(p, field(n, "condition"));
  block(p, n, field(n, "consequence"), &e->as.if_.body);
  return e;
}

/* if/elif/else: each elif is an IF nested in the orelse of the one before,
 * spanning from its 'elif' to the end of the whole statement. */
static void stmt_if(P *p, TSNode n, AstList *out) {
  AstNode *top = if_node(p, n, sp(p, n)), *cur = top;
  Kids k = kids_of(p, n, true);
  int nelif = 0;
  for (int i = 0; i < k.len; i++) {
    TSNode c = k.n[i];
    if (!field_is(k.field[i], "alternative")) continue;
    check_clause(p, n, c);
    if (is(c, "else_clause")) {
      block(p, c, field(c, "body"), &cur->as.if_.orelse);
    } else if (++nelif > MAX_ELIF) {
      reject(p, sp(p, c), "use a lookup table, or split the function", "too many 'elif' branches");
      break;
    } else {
      AstNode *e = if_node(p, c, span_at(p, ts_node_start_byte(c), ts_node_end_byte(n)));
      push(p, &cur->as.if_.orelse, e);
      cur = e;
    }
  }
  push(p, out, top);
}

/* The body of a loop, where break and continue are allowed; the else
 * clause is not part of the loop. */
static void loop_body(P *p, TSNode n, AstList *body, AstList *orelse) {
  p->loops++;
  block(p, n, field(n, "body"), body);
  p->loops--;
  TSNode alt = field(n, "alternative");
  if (ts_node_is_null(alt)) return;
  check_clause(p, n, alt);
  block(p, alt, field(alt, "body"), orelse);
}

static void stmt_for(P *p, TSNode n, AstList *out) {
  if (is(ts_node_child(n, 0), "async")) {
    reject(p, sp(p, n), NULL, "'async for' is not supported");
    return;
  }
  AstNode *s = ast_new(p->cx, AST_FOR, sp(p, n));
  s->as.for_.target = target(p, field(n, "left"));
  s->as.for_.iter = expr(p, field(n, "right"));
  loop_body(p, n, &s->as.for_.body, &s->as.for_.orelse);
  push(p, out, s);
}

static void stmt_while(P *p, TSNode n, AstList *out) {
  AstNode *s = ast_new(p->cx, AST_WHILE, sp(p, n));
  s->as.while_.cond = expr(p, field(n, "condition"));
  loop_body(p, n, &s->as.while_.body, &s->as.while_.orelse);
  push(p, out, s);
}

/* The first named child as an expression, or NULL (bare return/raise). */
static AstNode *first_expr(P *p, TSNode n) {
  Kids k = kids_of(p, n, true);
  return k.len && !field_is(k.field[0], "cause") ? expr(p, k.n[0]) : NULL;
}

static void stmt_return(P *p, TSNode n, AstList *out) {
  if (!p->func) {
    reject(p, sp(p, n), NULL, "'return' outside function");
    return;
  }
  AstNode *s = ast_new(p->cx, AST_RETURN, sp(p, n));
  s->as.expr = first_expr(p, n);
  push(p, out, s);
}

static void stmt_raise(P *p, TSNode n, AstList *out) {
  TSNode cause = field(n, "cause");
  if (!ts_node_is_null(cause))
    reject(p, sp(p, cause), "raise the exception without 'from'",
           "'raise ... from' is not supported");
  AstNode *s = ast_new(p->cx, AST_RAISE, sp(p, n));
  s->as.expr = first_expr(p, n);
  push(p, out, s);
}

static void stmt_assert(P *p, TSNode n, AstList *out) {
  AstNode *s = ast_new(p->cx, AST_ASSERT, sp(p, n));
  Kids k = kids_of(p, n, true);
  if (k.len > 0) s->as.assert_.test = expr(p, k.n[0]);
  if (k.len > 1) s->as.assert_.msg = expr(p, k.n[1]);
  push(p, out, s);
}

static void stmt_pass(P *p, TSNode n, AstList *out) {
  push(p, out, ast_new(p->cx, AST_PASS, sp(p, n)));
}

static void stmt_break(P *p, TSNode n, AstList *out) {
  if (!p->loops) reject(p, sp(p, n), NULL, "'break' outside loop");
  else push(p, out, ast_new(p->cx, AST_BREAK, sp(p, n)));
}

static void stmt_continue(P *p, TSNode n, AstList *out) {
  if (!p->loops) reject(p, sp(p, n), NULL, "'continue' not properly in loop");
  else push(p, out, ast_new(p->cx, AST_CONTINUE, sp(p, n)));
}

/* ---- def ---- */

static void reject_param(P *p, TSNode n) {
  if (is(n, "list_splat_pattern"))
    reject(p, sp(p, n), "pass a tuple or a list instead", "'*args' parameters are not supported");
  else if (is(n, "dictionary_splat_pattern"))
    reject(p, sp(p, n), "use explicit parameters with defaults",
           "'**kwargs' parameters are not supported");
  else if (is(n, "keyword_separator"))
    reject(p, sp(p, n), "remove the '*': parameters can be passed by keyword anyway",
           "keyword-only parameters ('*') are not supported");
  else if (is(n, "positional_separator"))
    reject(p, sp(p, n), "remove the '/'", "positional-only parameters ('/') are not supported");
  else reject(p, sp(p, n), NULL, "this parameter is not supported (%s)", type_of(n));
}

/* name, name: annot, name=default, name: annot = default. */
static bool param(P *p, TSNode n, Param *pa) {
  TSNode name = n, type = field(n, "type"), dflt = field(n, "value");
  if (is(n, "typed_parameter")) name = ts_node_named_child(n, 0);
  else if (is(n, "default_parameter") || is(n, "typed_default_parameter")) name = field(n, "name");
  else if (!is(n, "identifier")) name = (TSNode){0};
  if (ts_node_is_null(name) || !is(name, "identifier")) {
    reject_param(p, ts_node_is_null(name) ? n : name);
    return false;
  }
  pa->name = name_of(p, name);
  pa->span = sp(p, name);
  if (!ts_node_is_null(type))
    pa->annot = annot_parse(p->cx, p->src, ts_node_start_byte(type), ts_node_end_byte(type));
  if (!ts_node_is_null(dflt)) pa->dflt = expr(p, dflt);
  return true;
}

/* Checks CPython makes when compiling a def. */
static void check_params(P *p, Param *ps, int n) {
  for (int i = 0; i < n; i++) {
    for (int j = 0; j < i; j++)
      if (ps[j].name == ps[i].name)
        reject(p, ps[i].span, NULL, "duplicate argument '%s' in function definition", ps[i].name);
    if (i > 0 && ps[i - 1].dflt && !ps[i].dflt)
      reject(p, ps[i].span, "give it a default too, or move it before the parameters with defaults",
             "parameter without a default follows parameter with a default");
  }
}

static void params(P *p, FuncDef *f, TSNode n) {
  Kids k = kids_of(p, n, true);
  Vec(Param) ps = {0};
  for (int i = 0; i < k.len; i++) {
    Param pa = {0};
    if (param(p, k.n[i], &pa)) vec_push(&p->cx->arena, &ps, pa);
  }
  check_params(p, ps.data, ps.len);
  f->params = ps.data;
  f->nparams = ps.len;
}

/* A leading string statement is the docstring: taken out of the body.
 * An f-string is not a docstring (CPython agrees). */
static const char *take_docstring(P *p, AstList *body) {
  if (!body->len || body->data[0]->kind != AST_EXPR_STMT) return NULL;
  AstNode *s = body->data[0]->as.expr;
  if (s->kind != AST_STR) return NULL;
  for (uint32_t i = s->span.start; i < s->span.end && !strchr("\"'", p->src->text[i]); i++)
    if (p->src->text[i] == 'f' || p->src->text[i] == 'F') return NULL;
  memmove(body->data, body->data + 1, sizeof *body->data * (size_t)(body->len - 1));
  body->len--;
  return s->as.str.s;
}

/* def name(params) -> ret: body. Nested defs stay in the enclosing body
 * and point to their parent. */
static void funcdef(P *p, TSNode n, AstList decorators, AstList *out) {
  if (is(ts_node_child(n, 0), "async")) {
    reject(p, sp(p, n), NULL, "'async def' is not supported");
    return;
  }
  if (!ts_node_is_null(field(n, "type_parameters")))
    reject(p, sp(p, field(n, "type_parameters")), "annotate with concrete types",
           "type parameters are not supported");
  FuncDef *f = ast_new_func(p->cx);
  TSNode name = field(n, "name"), ret = field(n, "return_type");
  f->name = name_of(p, name);
  f->name_span = sp(p, name);
  f->parent = p->func;
  f->decorators = decorators;
  params(p, f, field(n, "parameters"));
  if (!ts_node_is_null(ret))
    f->ret = annot_parse(p->cx, p->src, ts_node_start_byte(ret), ts_node_end_byte(ret));
  FuncDef *outer = p->func;
  int loops = p->loops;
  p->func = f;
  p->loops = 0;
  block(p, n, field(n, "body"), &f->body);
  p->func = outer;
  p->loops = loops;
  f->doc = take_docstring(p, &f->body);
  AstNode *s = ast_new(p->cx, AST_FUNCDEF, sp(p, n));
  s->as.func = f;
  push(p, out, s);
}

static void stmt_def(P *p, TSNode n, AstList *out) { funcdef(p, n, (AstList){0}, out); }

/* @decorator ... def: the decorators are kept for infer to judge. */
static void stmt_decorated(P *p, TSNode n, AstList *out) {
  AstList decorators = {0};
  Kids k = kids_of(p, n, true);
  for (int i = 0; i < k.len; i++) {
    if (!is(k.n[i], "decorator")) continue;
    Kids d = kids_of(p, k.n[i], true);
    if (d.len) push(p, &decorators, expr(p, d.n[0]));
  }
  TSNode def = field(n, "definition");
  if (is(def, "function_definition")) funcdef(p, def, decorators, out);
  else stmt(p, def, out); /* a class: rejected there */
}

/* ---- imports ---- */

/* "a.b.c" from a dotted_name (or a plain identifier). */
static const char *dotted(P *p, TSNode n) {
  Kids k = kids_of(p, n, true);
  if (!k.len) return name_of(p, n);
  StrBuf b = {0};
  for (int i = 0; i < k.len; i++) {
    if (i) sb_putc(&b, '.');
    sb_putn(&b, text(p, k.n[i]), width(k.n[i]));
  }
  const char *s = intern(p->cx, b.p, b.len);
  sb_free(&b);
  return s;
}

/* One imported name: `numpy as np` of an import, or `pi as PI` of a
 * from-import (`from` is the module then). */
static void import_item(P *p, TSNode item, const char *from, AstList *out) {
  TSNode name = item, alias = {0};
  if (is(item, "aliased_import")) {
    name = field(item, "name");
    alias = field(item, "alias");
  }
  const char *full = dotted(p, name);
  AstNode *s = ast_new(p->cx, AST_IMPORT, sp(p, item));
  s->as.import.name_span = sp(p, name);
  if (from) {
    s->as.import.module = from;
    s->as.import.name = full;
    s->as.import.alias = full;
  } else {
    Kids parts = kids_of(p, name, true);
    s->as.import.module = full; /* `import a.b` binds `a` */
    s->as.import.alias = parts.len ? name_of(p, parts.n[0]) : full;
  }
  if (!ts_node_is_null(alias)) s->as.import.alias = name_of(p, alias);
  if (from && strchr(full, '.')) reject(p, sp(p, name), NULL, "invalid syntax");
  else push(p, out, s);
}

static void stmt_import(P *p, TSNode n, AstList *out) {
  Kids k = kids_of(p, n, true);
  for (int i = 0; i < k.len; i++)
    if (field_is(k.field[i], "name")) import_item(p, k.n[i], NULL, out);
}

static void stmt_from_import(P *p, TSNode n, AstList *out) {
  TSNode mod = field(n, "module_name");
  if (is(mod, "relative_import")) {
    reject(p, sp(p, mod), "use an absolute import such as 'from package.module import name'",
           "relative imports are not supported");
    return;
  }
  const char *from = dotted(p, mod);
  Kids k = kids_of(p, n, true);
  for (int i = 0; i < k.len; i++) {
    if (is(k.n[i], "wildcard_import"))
      reject(p, sp(p, k.n[i]), "import the names you use", "wildcard imports are not supported");
    else if (field_is(k.field[i], "name"))
      import_item(p, k.n[i], from, out);
  }
}

/* `from __future__ import ...` changes nothing for krait. */
static void stmt_nothing(P *p, TSNode n, AstList *out) {}

typedef void (*StmtFn)(P *, TSNode, AstList *);

static const struct {
  const char *type;
  StmtFn fn;
} STMTS[] = {
  {"expression_statement", stmt_expr},
  {"if_statement", stmt_if},
  {"for_statement", stmt_for},
  {"while_statement", stmt_while},
  {"return_statement", stmt_return},
  {"raise_statement", stmt_raise},
  {"assert_statement", stmt_assert},
  {"pass_statement", stmt_pass},
  {"break_statement", stmt_break},
  {"continue_statement", stmt_continue},
  {"function_definition", stmt_def},
  {"decorated_definition", stmt_decorated},
  {"import_statement", stmt_import},
  {"import_from_statement", stmt_from_import},
  {"future_import_statement", stmt_nothing},
};

static const Rejected REJECTED_STMTS[] = {
  {"class_definition", "classes are not supported yet",
   "use functions and tuples, or numpy arrays for data"},
  {"try_statement", "'try' is not supported yet", "check for the error condition with 'if'"},
  {"with_statement", "'with' is not supported yet", NULL},
  {"global_statement", "'global' is not supported",
   "pass the value as a parameter and return the new value"},
  {"nonlocal_statement", "'nonlocal' is not supported",
   "pass the value as a parameter and return the new value"},
  {"delete_statement", "'del' is not supported", NULL},
  {"match_statement", "'match' is not supported yet", "use 'if' and 'elif'"},
  {"print_statement", "missing parentheses in call to 'print'", "write print(...)"},
  {"exec_statement", "'exec' is not supported", NULL},
  {"type_alias_statement", "'type' aliases are not supported", "write the type itself"},
};

static void stmt(P *p, TSNode n, AstList *out) {
  for (size_t i = 0; i < sizeof STMTS / sizeof *STMTS; i++) {
    if (!is(n, STMTS[i].type)) continue;
    STMTS[i].fn(p, n, out);
    return;
  }
  if (!rejected(p, n, REJECTED_STMTS, sizeof REJECTED_STMTS / sizeof *REJECTED_STMTS))
    reject(p, sp(p, n), NULL, "this statement is not supported (%s)", type_of(n));
}

/* ---- the module ---- */

/* "kernels" for "path/to/kernels.py". */
static const char *module_name(P *p) {
  const char *path = p->src->path, *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  const char *dot = strrchr(base, '.');
  return intern(p->cx, base, dot && dot != base ? (size_t)(dot - base) : strlen(base));
}

static AstModule *module(P *p, TSNode root) {
  AstModule *m = NEW(&p->cx->arena, AstModule);
  m->src = p->src;
  m->name = module_name(p);
  Kids k = kids_of(p, root, true);
  for (int i = 0; i < k.len; i++) {
    bool after_compound = i > 0 && source_line(p->src, ts_node_end_byte(k.n[i - 1])) >
                                       source_line(p->src, ts_node_start_byte(k.n[i - 1]));
    check_same_indent(p, k.n[i], (Indent){0, 0, true}, after_compound);
    stmt(p, k.n[i], &m->body);
  }
  take_docstring(p, &m->body); /* a module docstring has no effect */
  return m;
}

static uint32_t file_index(Ctx *cx, Source *src) {
  for (int i = 0; i < cx->nfiles; i++)
    if (cx->files[i] == src) return (uint32_t)i;
  return 0;
}

/* Parse the masked text; a BOM is left out of the parsed range, so that
 * offsets still match the original. */
static TSTree *parse(Ctx *cx, Source *src, TSParser *parser) {
  const char *masked = cst_mask_annotations(cx, src->text, src->len);
  ts_parser_set_language(parser, tree_sitter_python());
  if (src->len >= 3 && memcmp(src->text, "\xEF\xBB\xBF", 3) == 0) {
    TSRange r = {{0, 3}, {UINT32_MAX, UINT32_MAX}, 3, UINT32_MAX};
    ts_parser_set_included_ranges(parser, &r, 1);
  }
  return ts_parser_parse_string(parser, NULL, masked, src->len);
}

AstModule *cst_to_ast(Ctx *cx, Source *src) {
  P p = {cx, src, file_index(cx, src), NULL, 0, 0, false};
  if (!check_encoding(&p)) return NULL;
  TSParser *parser = ts_parser_new();
  TSTree *tree = parse(cx, src, parser);
  AstModule *m = NULL;
  if (!tree) reject(&p, span_at(&p, 0, 0), NULL, "could not parse the file");
  else if (!syntax_errors(&p, ts_tree_root_node(tree))) m = module(&p, ts_tree_root_node(tree));
  if (tree) ts_tree_delete(tree);
  ts_parser_delete(parser);
  arena_reset(&cx->scratch);
  if (m) annot_parse_exports(cx, m);
  return m;
}
