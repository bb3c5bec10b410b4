/* frontend/frontend.h — the frontend's contract: source text in, a resolved
 * and type-checked AST out. Stages report errors through cx->diag.
 *   cst.c     tree-sitter CST -> AST (the only file including tree_sitter/api.h)
 *   annot.c   annotations and `#pythran export` lines
 *   infer.c   names, imports and scopes; type inference, specialisation, checks */
#ifndef KRAIT_FRONTEND_H
#define KRAIT_FRONTEND_H

#include "ast.h"
#include "types.h"

/* Parse `src` into an AST. Syntax errors and constructs outside the subset
 * are reported with a hint; the result is NULL only when nothing could be
 * parsed. */
AstModule *cst_to_ast(Ctx *cx, Source *src);

/* Make annotation positions parseable by tree-sitter without moving any byte:
 * inside the brackets of a parameter, return or variable annotation, ':' is
 * replaced by '_' (so `f64[:, ::1]` reads `f64[_, __1]`). Returns a copy. */
char *cst_mask_annotations(Ctx *cx, const char *text, size_t len);

/* Parse the annotation whose text is src->text[start, end). Reports errors. */
Annot *annot_parse(Ctx *cx, Source *src, uint32_t start, uint32_t end);

/* Collect `#pythran export name(type, ...)` lines of the module. */
void annot_parse_exports(Ctx *cx, AstModule *m);

void infer_module(Ctx *cx, AstModule *m);

#endif
