/* frontend/infer_impl.h — private to type inference (infer.c, infer_np.c):
 * the inference state and the helpers the files share. */
#ifndef KRAIT_INFER_IMPL_H
#define KRAIT_INFER_IMPL_H

#include "frontend.h"
#include "sema.h"

typedef struct Infer {
  Ctx *cx;
  AstModule *m;
  SemaModule *sm;
  Spec *cur;               /* the function being inferred */
  Vec(Sym *) modsyms;      /* module scope: globals, functions, imports */
  Vec(const char *) local_names; /* names bound anywhere in cur */
  int depth;               /* nesting of specialisations being inferred */
  Vec(Sym *) comp;         /* variables of the comprehensions being inferred */
  Type *expect;            /* the annotated type of `x: T = <call>`, for that call */
} Infer;

/* infer.c */
Type *inf_expr(Infer *I, AstNode *n);        /* any expression, cached in n->type */
Type *inf_value(Infer *I, AstNode *n);       /* an expression that must be a value */
const char *inf_tn(Infer *I, Type *t);       /* a type's name for messages */
bool inf_want_args(Infer *I, AstNode *n, const char *name, int lo, int hi);
Type *inf_dtype_name(Infer *I, const char *name);   /* "float64", "f64", "int" -> type */
Type *inf_annot_type(Infer *I, Annot *a);
Type *inf_iter_elem(Infer *I, AstNode *it);

Sym *inf_find_in(Sym **v, int n, const char *name);  /* newest binding of name in v */

/* infer_flow.c: control flow */
bool inf_stmt_ends(AstNode *s);              /* control never reaches its end */
void inf_check_falls_off(Infer *I, Spec *s); /* "missing return" */
void inf_definite_assignment(Infer *I, AstList *body);

/* infer_np.c: numpy */
Type *np_call(Infer *I, AstNode *n, CallInfo *ci, Builtin b);
Type *np_method(Infer *I, AstNode *n, CallInfo *ci, Type *rt, Method m);
Type *np_subscript(Infer *I, AstNode *n, Type *base);
Type *np_attr(Infer *I, AstNode *n, Type *base);
Type *np_binop(Infer *I, AstNode *n, BinOp op, Type *a, Type *b);
Type *np_elementwise(Infer *I, Span sp, Type **args, int n, Type *dtype);  /* broadcast result */
bool np_same_kind(Type *from, Type *to);     /* numpy casting='same_kind' */
int inf_bindings(Infer *I, const char *name); /* how often the function binds name */
/* Static shapes: set n->shape where a creation call has constant sizes, and
 * report operands that can never broadcast together. */
void np_static_shape(Infer *I, AstNode *n);

#endif
