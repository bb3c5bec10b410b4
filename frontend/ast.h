/* frontend/ast.h — krait's own syntax tree, built from tree-sitter's CST by
 * cst.c. Every node carries a Span. Names are interned (pointer equality).
 * resolve/infer annotate nodes in place (sym, type); nothing is freed. */
#ifndef KRAIT_AST_H
#define KRAIT_AST_H

#include "../common/krait.h"

typedef struct AstNode AstNode;
typedef struct Annot Annot;
typedef struct Type Type;
typedef struct Sym Sym;
typedef struct FuncDef FuncDef;

typedef Vec(AstNode *) AstList;

/* X(NAME, "printed name"); expressions first, then statements. */
#define AST_KINDS(X)                                                           \
  /* expressions */                                                            \
  X(INT, "int")           /* as.i */                                           \
  X(FLOAT, "float")       /* as.f */                                           \
  X(IMAG, "imag")         /* as.f: the imaginary part of a literal like 2j */  \
  X(STR, "str")           /* as.str: decoded bytes (UTF-8) */                  \
  X(BOOL, "bool")         /* as.i: 0 or 1 */                                   \
  X(NONE, "none")                                                              \
  X(FSTRING, "fstring")   /* as.list: STR and FORMATTED parts */               \
  X(FORMATTED, "formatted") /* as.fmt: one {expr!conv:spec} of an f-string */  \
  X(NAME, "name")         /* as.name */                                        \
  X(ATTR, "attr")         /* as.attr: value.name */                            \
  X(SUBSCRIPT, "subscript") /* as.sub: value[index] (index may be TUPLE) */    \
  X(SLICE, "slice")       /* as.slice: lo:hi:step, parts may be NULL */        \
  X(CALL, "call")         /* as.call */                                        \
  X(BINOP, "binop")       /* as.bin */                                         \
  X(UNARY, "unary")       /* as.un */                                          \
  X(BOOLOP, "boolop")     /* as.boolop: and/or over 2+ values */               \
  X(COMPARE, "compare")   /* as.cmp: a < b <= c */                             \
  X(IFEXP, "ifexp")       /* as.ifexp: a if c else b */                        \
  X(TUPLE, "tuple")       /* as.list */                                        \
  X(LIST, "list")         /* as.list */                                        \
  X(LISTCOMP, "listcomp") /* as.comp */                                        \
  /* statements */                                                             \
  X(EXPR_STMT, "expr_stmt") /* as.expr */                                      \
  X(ASSIGN, "assign")     /* as.assign: t1 = t2 = value */                     \
  X(AUGASSIGN, "augassign") /* as.aug: target op= value */                     \
  X(ANNASSIGN, "annassign") /* as.ann: target: annot [= value] */              \
  X(IF, "if")             /* as.if_: elif is a nested IF in orelse */          \
  X(WHILE, "while")       /* as.while_ */                                      \
  X(FOR, "for")           /* as.for_ */                                        \
  X(BREAK, "break")                                                            \
  X(CONTINUE, "continue")                                                      \
  X(PASS, "pass")                                                              \
  X(RETURN, "return")     /* as.expr (NULL for a bare return) */               \
  X(ASSERT, "assert")     /* as.assert_ */                                     \
  X(RAISE, "raise")       /* as.expr (NULL for a bare raise) */                \
  X(FUNCDEF, "funcdef")   /* as.func */                                        \
  X(IMPORT, "import")     /* as.import: import a.b as c / from a import b as c */

typedef enum {
#define X(k, s) AST_##k,
  AST_KINDS(X)
#undef X
  AST_NKINDS
} AstKind;

#define BINOPS(X)                                                              \
  X(ADD, "+") X(SUB, "-") X(MUL, "*") X(DIV, "/") X(FLOORDIV, "//")            \
  X(MOD, "%") X(POW, "**") X(MATMUL, "@") X(LSHIFT, "<<") X(RSHIFT, ">>")      \
  X(BITAND, "&") X(BITOR, "|") X(BITXOR, "^")
typedef enum {
#define X(k, s) OP_##k,
  BINOPS(X)
#undef X
  OP_NBINOPS
} BinOp;

#define UNOPS(X) X(NEG, "-") X(POS, "+") X(INVERT, "~") X(NOT, "not")
typedef enum {
#define X(k, s) UOP_##k,
  UNOPS(X)
#undef X
} UnOp;

#define CMPOPS(X)                                                              \
  X(LT, "<") X(LE, "<=") X(GT, ">") X(GE, ">=") X(EQ, "==") X(NE, "!=")        \
  X(IN, "in") X(NOTIN, "not in") X(IS, "is") X(ISNOT, "is not")
typedef enum {
#define X(k, s) CMP_##k,
  CMPOPS(X)
#undef X
} CmpOp;

extern const char *const ast_kind_names[];
extern const char *const binop_names[];
extern const char *const unop_names[];
extern const char *const cmpop_names[];

/* A keyword argument of a call: name=value. */
typedef struct Keyword {
  const char *name;
  Span span;
  AstNode *value;
} Keyword;

/* One `for target in iter if cond ...` clause of a comprehension. */
typedef struct CompFor {
  AstNode *target;
  AstNode *iter;
  AstList ifs;
} CompFor;

/* A parameter of a def: name[: annot][= default]. */
typedef struct Param {
  const char *name;
  Span span;
  Annot *annot;       /* NULL when unannotated */
  AstNode *dflt;      /* NULL when no default */
  Sym *sym;           /* set by resolve */
} Param;

/* A parsed annotation (annot.c). Parsed from the original source text, so
 * `f64[:, ::1]` works although tree-sitter rejects it in that position.
 *   ANNOT_NAME:   a dotted name, e.g. "f64", "np.float64", "list"
 *   ANNOT_SUB:    base[args]
 *   ANNOT_SLICE:  ':' (contig=false) or '::1' (contig=true) inside [...]
 *   ANNOT_NONE:   None */
typedef enum { ANNOT_NAME, ANNOT_SUB, ANNOT_SLICE, ANNOT_NONE } AnnotKind;
struct Annot {
  AnnotKind kind;
  Span span;
  const char *name;   /* ANNOT_NAME: interned dotted name */
  Annot *base;        /* ANNOT_SUB */
  Annot **args;       /* ANNOT_SUB */
  int nargs;
  bool contig;        /* ANNOT_SLICE: '::1' */
};

/* One `#pythran export f(float64[:,:], int)` line. */
typedef struct ExportLine {
  const char *name;
  Span span;
  Annot **args;
  int nargs;
} ExportLine;

struct FuncDef {
  const char *name;
  Span name_span;
  Param *params;
  int nparams;
  Annot *ret;         /* NULL when unannotated */
  AstList body;
  AstList decorators;
  const char *doc;    /* docstring or NULL */
  FuncDef *parent;    /* enclosing def for nested functions, else NULL */
  Sym *sym;           /* set by resolve */
  void *info;         /* owned by infer (scopes, specialisations) */
};

struct AstNode {
  AstKind kind;
  Span span;
  Type *type;         /* set by infer (expressions) */
  const int64_t *shape; /* infer: an array's shape when known at compile time */
  union {             /* only the member named after `kind` is valid */
    int64_t i;                                            /* INT BOOL */
    double f;                                             /* FLOAT IMAG */
    struct { const char *s; int64_t len; } str;           /* STR */
    struct {                                              /* NAME */
      const char *id;
      Sym *sym;
      bool maybe_unbound; /* infer: this read may find the variable unassigned */
      bool none_ok;       /* infer: a read where None is fine (an MPI buffer, `is None`) */
    } name;
    struct {
      AstNode *value;
      const char *name;
      Span name_span;
      int member;     /* set by infer: the Builtin of a module function */
      const char *space; /* set by infer: "numpy.random" when this names a namespace */
    } attr;
    struct { AstNode *value, *index; } sub;
    struct { AstNode *lo, *hi, *step; } slice;
    struct {
      AstNode *func;
      AstList args;
      Keyword *kws;
      int nkws;
      void *resolved; /* owned by infer: what is being called */
    } call;
    struct { BinOp op; AstNode *lhs, *rhs; } bin;
    struct { UnOp op; AstNode *operand; } un;
    struct { bool is_and; AstList values; } boolop;
    struct { AstNode *first; CmpOp *ops; AstList rest; } cmp;
    struct { AstNode *cond, *then, *orelse; } ifexp;
    AstList list;                                         /* TUPLE LIST FSTRING */
    struct { AstNode *elt; CompFor *gens; int ngens; } comp;
    struct {
      AstNode *value;
      char conv;      /* 0, 'r', 's' or 'a' */
      AstNode *spec;  /* NULL or an FSTRING (specs may nest {...}) */
      const char *debug; /* `{x=}`: the text "x=" to print first, else NULL */
    } fmt;
    AstNode *expr;                                        /* EXPR_STMT RETURN RAISE */
    struct { AstList targets; AstNode *value; } assign;
    struct { AstNode *target; BinOp op; AstNode *value; } aug;
    struct { AstNode *target; Annot *annot; AstNode *value; } ann;
    struct { AstNode *cond; AstList body, orelse; } if_;
    struct { AstNode *cond; AstList body, orelse; } while_;
    struct { AstNode *target, *iter; AstList body, orelse; } for_;
    struct { AstNode *test, *msg; } assert_;
    FuncDef *func;
    struct {
      const char *module;  /* dotted module name, e.g. "numpy", "mpi4py" */
      const char *name;    /* from-import: the imported name; NULL for `import m` */
      const char *alias;   /* the bound name: the alias, else the imported name,
                              or the first part for `import a.b` (binds `a`) */
      Span name_span;
    } import;
  } as;
};

typedef struct AstModule {
  Source *src;
  const char *name;   /* module name: file stem */
  AstList body;
  ExportLine *exports;
  int nexports;
  void *sema;         /* SemaModule, set by infer_module (sema.h) */
} AstModule;

/* Constructors (ast.c): allocate in cx->arena with kind and span set. */
AstNode *ast_new(Ctx *cx, AstKind kind, Span span);
FuncDef *ast_new_func(Ctx *cx);
void ast_print(Ctx *cx, AstModule *m, StrBuf *out);   /* --emit-ast */
void ast_print_node(StrBuf *out, AstNode *n, int indent);
void ast_print_annot(StrBuf *out, const Annot *a);     /* f64[:, ::1] */
bool ast_is_expr(AstKind k);
AstNode *ast_clone(Ctx *cx, AstNode *n);      /* deep copy, inference results cleared */
AstList ast_clone_list(Ctx *cx, AstList *l);
Span span_join(Span a, Span b);

#endif
