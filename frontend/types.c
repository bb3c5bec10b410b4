/* frontend/types.c — interning of types and numeric promotion. */
#include <string.h>

#include "types.h"

static Type prims[TY_NKINDS];
static Type **interned;         /* composite types, searched linearly */
static int ninterned, capinterned;
static int next_id = TY_NKINDS;

static const char *const kind_names[] = {
#define X(k, s, c) s,
    TYPE_KINDS(X)
#undef X
};
static const char *const kind_cnames[] = {
#define X(k, s, c) c,
    TYPE_KINDS(X)
#undef X
};

void types_init(Ctx *cx) {
  (void)cx;
  for (int k = 0; k < TY_NKINDS; k++) {
    prims[k].kind = (TypeKind)k;
    prims[k].id = k;
  }
}

Type *type_prim(TypeKind k) { return &prims[k]; }

static bool same_shape(Type *a, Type *b) {
  if (a->kind != b->kind || a->elem != b->elem || a->nelts != b->nelts ||
      a->ndim != b->ndim || a->contig != b->contig)
    return false;
  for (int i = 0; i < a->nelts; i++)
    if (a->elts[i] != b->elts[i]) return false;
  return true;
}

/* Composite types live in the module arena of the first context that made
 * them; krait compiles one module per process, so that is the only one. */
static Type *intern_type(Ctx *cx, Type *proto) {
  for (int i = 0; i < ninterned; i++)
    if (same_shape(interned[i], proto)) return interned[i];
  Type *t = NEW(&cx->arena, Type);
  *t = *proto;
  if (proto->nelts) {
    t->elts = NEWN(&cx->arena, Type *, proto->nelts);
    memcpy(t->elts, proto->elts, sizeof(Type *) * (size_t)proto->nelts);
  }
  t->id = next_id++;
  if (ninterned == capinterned) {
    int ncap = capinterned ? capinterned * 2 : 64;
    Type **n = NEWN(&cx->arena, Type *, ncap);
    if (ninterned) memcpy(n, interned, sizeof(Type *) * (size_t)ninterned);
    interned = n;
    capinterned = ncap;
  }
  interned[ninterned++] = t;
  return t;
}

Type *type_list(Ctx *cx, Type *elem) {
  Type p = {.kind = TY_LIST, .elem = elem};
  return intern_type(cx, &p);
}

Type *type_tuple(Ctx *cx, Type **elts, int n) {
  Type p = {.kind = TY_TUPLE, .elts = elts, .nelts = n};
  return intern_type(cx, &p);
}

Type *type_array(Ctx *cx, Type *dtype, int ndim, bool contig) {
  Type p = {.kind = TY_ARRAY, .elem = dtype, .ndim = ndim, .contig = contig};
  return intern_type(cx, &p);
}

bool type_is_int(Type *t) { return t->kind >= TY_I8 && t->kind <= TY_U64; }
bool type_is_signed(Type *t) { return t->kind >= TY_I8 && t->kind <= TY_I64; }
bool type_is_float(Type *t) { return t->kind == TY_F32 || t->kind == TY_F64; }
bool type_is_complex(Type *t) { return t->kind == TY_C64 || t->kind == TY_C128; }
bool type_is_numeric(Type *t) { return t->kind >= TY_BOOL && t->kind <= TY_C128; }
bool type_is_scalar(Type *t) { return type_is_numeric(t) || t->kind == TY_NONE; }

bool type_is_managed(Type *t) {
  return t->kind == TY_STR || t->kind == TY_LIST || t->kind == TY_ARRAY ||
         t->kind == TY_REQUEST || t->kind == TY_STATUS;
}

bool type_has_managed(Type *t) {
  if (type_is_managed(t)) return true;
  for (int i = 0; i < t->nelts; i++)
    if (type_has_managed(t->elts[i])) return true;
  return false;
}

int type_bits(Type *t) {
  switch (t->kind) {
  case TY_BOOL: case TY_I8: case TY_U8: return 8;
  case TY_I16: case TY_U16: return 16;
  case TY_I32: case TY_U32: case TY_F32: return 32;
  case TY_I64: case TY_U64: case TY_F64: case TY_C64: return 64;
  case TY_C128: return 128;
  default: return 0;
  }
}

static Type *int_of(bool sign, int bits) {
  static const TypeKind s[] = {TY_I8, TY_I16, TY_I32, TY_I64};
  static const TypeKind u[] = {TY_U8, TY_U16, TY_U32, TY_U64};
  int i = bits <= 8 ? 0 : bits <= 16 ? 1 : bits <= 32 ? 2 : 3;
  return type_prim(sign ? s[i] : u[i]);
}

static Type *float_for_int(Type *t) {
  /* numpy: i8/u8/i16/u16 with f32 stay f32; wider ints need f64 */
  return type_bits(t) <= 16 ? type_prim(TY_F32) : type_prim(TY_F64);
}

/* numpy's promotion table for two numeric types. */
Type *type_promote(Type *a, Type *b) {
  if (a == b) return a;
  if (a->kind == TY_BOOL) return b;
  if (b->kind == TY_BOOL) return a;
  if (type_is_complex(a) || type_is_complex(b)) {
    Type *o = type_is_complex(a) ? b : a, *c = type_is_complex(a) ? a : b;
    if (type_is_complex(o)) return type_bits(a) > type_bits(b) ? a : b;
    Type *f = type_is_float(o) ? o : float_for_int(o);
    return f->kind == TY_F64 ? type_prim(TY_C128) : c;
  }
  if (type_is_float(a) || type_is_float(b)) {
    Type *o = type_is_float(a) ? b : a, *f = type_is_float(a) ? a : b;
    if (type_is_float(o)) return type_bits(a) > type_bits(b) ? a : b;
    Type *need = float_for_int(o);
    return type_bits(need) > type_bits(f) ? need : f;
  }
  bool sa = type_is_signed(a), sb = type_is_signed(b);
  int ba = type_bits(a), bb = type_bits(b);
  if (sa == sb) return int_of(sa, ba > bb ? ba : bb);
  int ub = sa ? bb : ba, sbits = sa ? ba : bb; /* unsigned and signed widths */
  if (sbits > ub) return int_of(true, sbits);
  if (ub < 64) return int_of(true, ub * 2);
  return type_prim(TY_F64); /* u64 with a signed int: numpy gives float64 */
}

/* numpy 2's promotion of an array dtype with a Python scalar, which is
 * "weak" (NEP 50): it only changes the kind, never the width. */
Type *type_promote_weak(Type *arr, Type *s) {
  if (s->kind == TY_BOOL) return arr;
  if (type_is_int(s)) return arr->kind == TY_BOOL ? type_prim(TY_I64) : arr;
  if (type_is_float(s))
    return type_is_float(arr) || type_is_complex(arr) ? arr : type_prim(TY_F64);
  if (type_is_complex(arr)) return arr;
  return arr->kind == TY_F32 ? type_prim(TY_C64) : type_prim(TY_C128);
}

static void name_into(StrBuf *b, Type *t) {
  switch (t->kind) {
  case TY_LIST:
    sb_puts(b, "list[");
    name_into(b, t->elem);
    sb_putc(b, ']');
    break;
  case TY_TUPLE:
    sb_puts(b, "tuple[");
    for (int i = 0; i < t->nelts; i++) {
      if (i) sb_puts(b, ", ");
      name_into(b, t->elts[i]);
    }
    sb_putc(b, ']');
    break;
  case TY_ARRAY:
    sb_puts(b, t->elem->kind == TY_I64 ? "i64" : t->elem->kind == TY_F64 ? "f64"
               : t->elem->kind == TY_C128 ? "c128" : kind_names[t->elem->kind]);
    sb_putc(b, '[');
    for (int i = 0; i < t->ndim; i++) {
      if (i) sb_puts(b, ", ");
      sb_puts(b, t->contig && i == t->ndim - 1 ? "::1" : ":");
    }
    sb_putc(b, ']');
    break;
  default:
    sb_puts(b, kind_names[t->kind]);
  }
}

const char *type_name(Ctx *cx, Type *t) {
  StrBuf b = {0};
  name_into(&b, t);
  const char *s = arena_strdup(&cx->arena, b.p);
  sb_free(&b);
  return s;
}

const char *type_kind_cname(TypeKind k) { return kind_cnames[k]; }
