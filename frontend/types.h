/* frontend/types.h — interned types: equal types are equal pointers.
 * Scalar kinds follow numpy's widths; `int` is i64, `float` is f64. */
#ifndef KRAIT_TYPES_H
#define KRAIT_TYPES_H

#include "../common/krait.h"

typedef struct Type Type;

#define KRAIT_MAXDIM 8   /* the most dimensions an array may have */

/* X(NAME, "name in messages", "C type") */
#define TYPE_KINDS(X)                                                          \
  X(NONE, "None", "void")                                                      \
  X(BOOL, "bool", "bool")                                                      \
  X(I8, "i8", "int8_t")                                                        \
  X(I16, "i16", "int16_t")                                                     \
  X(I32, "i32", "int32_t")                                                     \
  X(I64, "int", "int64_t")                                                     \
  X(U8, "u8", "uint8_t")                                                       \
  X(U16, "u16", "uint16_t")                                                    \
  X(U32, "u32", "uint32_t")                                                    \
  X(U64, "u64", "uint64_t")                                                    \
  X(F32, "f32", "float")                                                       \
  X(F64, "float", "double")                                                    \
  X(C64, "c64", "float _Complex")                                              \
  X(C128, "complex", "double _Complex")                                        \
  X(STR, "str", "KrStr *")                                                     \
  X(LIST, "list", "KrList *")       /* elem */                                 \
  X(TUPLE, "tuple", "")             /* elts, nelts: a C struct by value */     \
  X(ARRAY, "array", "KrArray *")    /* elem = dtype, ndim, contig */           \
  X(RANGE, "range", "")             /* only as a for-loop iterable */          \
  X(FUNC, "function", "")           /* a user function or builtin, not a value */ \
  X(MODULE, "module", "")                                                      \
  X(EXCCLASS, "exception class", "")                                           \
  X(COMM, "Intracomm", "MPI_Comm") /* an mpi4py communicator (MPI.COMM_WORLD) */ \
  X(REQUEST, "Request", "KrMpiRequest *") /* an MPI request (comm.Isend) */   \
  X(STATUS, "Status", "KrMpiStatus *")    /* an MPI.Status() */

typedef enum {
#define X(k, s, c) TY_##k,
  TYPE_KINDS(X)
#undef X
  TY_NKINDS
} TypeKind;

struct Type {
  TypeKind kind;
  int id;             /* unique per interned type */
  Type *elem;         /* LIST: element type; ARRAY: dtype */
  Type **elts;        /* TUPLE */
  int nelts;
  int ndim;           /* ARRAY */
  bool contig;        /* ARRAY: last axis declared ::1 */
};

void types_init(Ctx *cx);
Type *type_prim(TypeKind k);                 /* scalars, NONE, STR, RANGE, ... */
Type *type_list(Ctx *cx, Type *elem);
Type *type_tuple(Ctx *cx, Type **elts, int n);
Type *type_array(Ctx *cx, Type *dtype, int ndim, bool contig);

bool type_is_int(Type *t);      /* signed or unsigned integer, not bool */
bool type_is_signed(Type *t);
bool type_is_float(Type *t);    /* f32 f64 */
bool type_is_complex(Type *t);
bool type_is_numeric(Type *t);  /* bool, ints, floats, complex */
bool type_is_scalar(Type *t);   /* numeric or NONE */
bool type_is_managed(Type *t);  /* refcounted heap object: str, list, array */
bool type_has_managed(Type *t); /* managed, or a tuple containing one */
int type_bits(Type *t);         /* width of a numeric type */

/* numpy-style promotion of two numeric types (bool < ints < floats < complex). */
Type *type_promote(Type *a, Type *b);
/* numpy 2's promotion of an array dtype with a weak Python scalar type. */
Type *type_promote_weak(Type *arr, Type *scalar);

/* The type's name as users write it: int, float, list[int], tuple[int, str],
 * f64[:, ::1]. Allocated in cx->arena. */
const char *type_name(Ctx *cx, Type *t);
const char *type_kind_cname(TypeKind k);

#endif
