/* ir/ir_kinds.h — the IR's kind tables: node kinds and runtime intrinsics.
 * Included by ir.h only. */
#ifndef KRAIT_IR_KINDS_H
#define KRAIT_IR_KINDS_H

/* X(NAME, "printed name") */
#define IR_KINDS(X)                                                            \
  /* expressions */                                                            \
  X(CONST, "const")       /* as.cst */                                         \
  X(VAR, "var")           /* as.var */                                         \
  X(BINOP, "binop")       /* as.bin: ADD SUB MUL BITAND BITOR BITXOR, and DIV on floats/complex */ \
  X(UNOP, "unop")         /* as.un: NEG POS INVERT NOT(bool) */                \
  X(CMP, "cmp")           /* as.cmp: numbers, str, list, tuple operands */     \
  X(LOGIC, "logic")       /* as.logic: short-circuit and/or on bools */        \
  X(SELECT, "select")     /* as.sel */                                         \
  X(CAST, "cast")         /* as.un.operand converted to the node's type */     \
  X(CALL, "call")         /* as.call: a user function */                       \
  X(INTRIN, "intrin")     /* as.intrin: a runtime function */                  \
  X(TUPLE, "tuple")       /* as.list: a tuple value (C struct) */              \
  X(FIELD, "field")       /* as.field */                                       \
  X(LIST, "list")         /* as.list: a new list (fresh) */                    \
  X(INDEX, "index")       /* as.index: list element, or array element at a flat offset */ \
  X(STRBUILD, "strbuild") /* as.fmt: a new str from pieces (fresh, may raise) */ \
  X(AELEM, "aelem")       /* as.aelem: an operand's element inside an ARRAYEXPR */ \
  /* statements */                                                             \
  X(ASSIGN, "assign")     /* as.assign */                                      \
  X(EXPR, "expr")         /* as.expr */                                        \
  X(IF, "if")             /* as.if_ */                                         \
  X(LOOP, "loop")         /* as.loop: serial counted loop */                   \
  X(PARLOOP, "parloop")   /* as.loop: parallel counted loop (prange, later) */ \
  X(WHILE, "while")       /* as.while_ */                                      \
  X(BREAK, "break")                                                            \
  X(CONTINUE, "continue")                                                      \
  X(RETURN, "return")     /* as.expr */                                        \
  X(RAISE, "raise")       /* as.raise */                                       \
  X(PRINT, "print")       /* as.fmt: write pieces to stdout (or stderr) */ \
  X(ARRAYEXPR, "arrayexpr") /* as.aexpr: dst[...] = element-wise value; pass_fuse makes loops */

typedef enum {
#define X(k, s) IR_##k,
  IR_KINDS(X)
#undef X
  IR_NKINDS
} IrKind;

extern const char *const ir_kind_names[];

/* Intrinsic flags. */
enum {
  IRF_PURE = 0,
  IRF_RAISES = 1,     /* may set a pending exception */
  IRF_FRESH = 2,      /* returns a new reference (str/list) */
  IRF_EFFECT = 4,     /* has side effects (state, I/O, mutation) */
  IRF_VALUE = 8,      /* not a call: the C name is a value (e.g. kr_argv) */
  IRF_ELEM = 16,      /* list op taking an element by address / comparator:
                         codegen passes element size, managed flag or a
                         comparator derived from the list's element type */
  IRF_GUARD = 32,     /* rt.h defines KR_FAILS_<cfunc>(args): a cheap pure
                         test that is true exactly when the call raises, so
                         the backend can branch on it instead of on kr_err */
};

/* X(NAME, "C function", flags). The C function is declared in
 * runtime/include/krait/rt.h unless it is from <math.h>. Argument and
 * result types are those of the IR nodes. */
#define INTRINSICS(X)                                                          \
  X(FLOORDIV_I64, "kr_floordiv_i64", IRF_RAISES | IRF_GUARD)                   \
  X(MOD_I64, "kr_mod_i64", IRF_RAISES | IRF_GUARD)                             \
  X(FLOORDIV_F64, "kr_floordiv_f64", IRF_RAISES | IRF_GUARD)                   \
  X(MOD_F64, "kr_mod_f64", IRF_RAISES | IRF_GUARD)                             \
  X(TRUEDIV_I64, "kr_truediv_i64", IRF_RAISES | IRF_GUARD)                     \
  X(TRUEDIV_F64, "kr_truediv_f64", IRF_RAISES | IRF_GUARD)                     \
  X(TRUEDIV_C128, "kr_truediv_c128", IRF_RAISES)                               \
  X(POW_I64, "kr_pow_i64", IRF_RAISES)                                         \
  X(POW_F64, "kr_pow_f64", IRF_RAISES)                                         \
  X(POW_C128, "kr_pow_c128", IRF_RAISES)                                       \
  X(LSHIFT_I64, "kr_lshift_i64", IRF_RAISES)                                   \
  X(RSHIFT_I64, "kr_rshift_i64", IRF_RAISES)                                   \
  X(ABS_I64, "kr_abs_i64", IRF_PURE)                                           \
  X(CMP_I64_F64, "kr_cmp_i64_f64", IRF_PURE)     /* (int, float, CONST op) exact */ \
  X(ABS_F64, "fabs", IRF_PURE)                                                 \
  X(ABS_C128, "kr_abs_c128", IRF_PURE)                                         \
  X(ROUND_F64, "kr_round_f64", IRF_RAISES)                                     \
  X(ROUND_F64_ND, "kr_round_f64_nd", IRF_RAISES)                                 \
  X(ROUND_I64_ND, "kr_round_i64_nd", IRF_PURE)                                 \
  X(F64_TO_I64, "kr_f64_to_i64", IRF_RAISES)                                   \
  X(STR_TO_I64, "kr_str_to_i64", IRF_RAISES)                                   \
  X(STR_TO_F64, "kr_str_to_f64", IRF_RAISES)                                   \
  X(CHR, "kr_chr", IRF_RAISES | IRF_FRESH)                                     \
  X(ORD, "kr_ord", IRF_RAISES)                                                 \
  /* math */                                                                   \
  X(MATH_SQRT, "kr_math_sqrt", IRF_RAISES | IRF_GUARD)                         \
  X(MATH_EXP, "kr_math_exp", IRF_RAISES)                                       \
  X(MATH_EXP2, "kr_math_exp2", IRF_RAISES)                                     \
  X(MATH_EXPM1, "kr_math_expm1", IRF_RAISES)                                   \
  X(MATH_LOG, "kr_math_log", IRF_RAISES)                                       \
  X(MATH_LOG2, "kr_math_log2", IRF_RAISES)                                     \
  X(MATH_LOG10, "kr_math_log10", IRF_RAISES)                                   \
  X(MATH_LOG1P, "kr_math_log1p", IRF_RAISES)                                   \
  X(MATH_LOG_BASE, "kr_math_log_base", IRF_RAISES)                             \
  X(MATH_SIN, "kr_math_sin", IRF_RAISES)                                       \
  X(MATH_COS, "kr_math_cos", IRF_RAISES)                                       \
  X(MATH_TAN, "kr_math_tan", IRF_RAISES)                                       \
  X(MATH_ASIN, "kr_math_asin", IRF_RAISES)                                     \
  X(MATH_ACOS, "kr_math_acos", IRF_RAISES)                                     \
  X(MATH_ATAN, "kr_math_atan", IRF_RAISES)                                     \
  X(MATH_SINH, "kr_math_sinh", IRF_RAISES)                                     \
  X(MATH_COSH, "kr_math_cosh", IRF_RAISES)                                     \
  X(MATH_TANH, "kr_math_tanh", IRF_RAISES)                                     \
  X(MATH_ASINH, "kr_math_asinh", IRF_RAISES)                                   \
  X(MATH_ACOSH, "kr_math_acosh", IRF_RAISES)                                   \
  X(MATH_ATANH, "kr_math_atanh", IRF_RAISES)                                   \
  X(MATH_FABS, "kr_math_fabs", IRF_PURE)                                       \
  X(MATH_ERF, "kr_math_erf", IRF_RAISES)                                       \
  X(MATH_ERFC, "kr_math_erfc", IRF_RAISES)                                     \
  X(MATH_GAMMA, "kr_math_gamma", IRF_RAISES)                                   \
  X(MATH_LGAMMA, "kr_math_lgamma", IRF_RAISES)                                 \
  X(MATH_DEGREES, "kr_math_degrees", IRF_RAISES)                               \
  X(MATH_RADIANS, "kr_math_radians", IRF_RAISES)                               \
  X(MATH_CBRT, "kr_math_cbrt", IRF_RAISES)                                     \
  X(MATH_ATAN2, "kr_math_atan2", IRF_RAISES)                                   \
  X(MATH_HYPOT, "kr_math_hypot", IRF_RAISES)                                   \
  X(MATH_FMOD, "kr_math_fmod", IRF_RAISES)                                     \
  X(MATH_COPYSIGN, "kr_math_copysign", IRF_RAISES)                             \
  X(MATH_POW, "kr_math_pow", IRF_RAISES)                                       \
  X(MATH_REMAINDER, "kr_math_remainder", IRF_RAISES)                           \
  X(MATH_FLOOR, "kr_math_floor", IRF_RAISES)                                   \
  X(MATH_CEIL, "kr_math_ceil", IRF_RAISES)                                     \
  X(MATH_TRUNC, "kr_f64_to_i64", IRF_RAISES)                                   \
  X(MATH_ISNAN, "isnan", IRF_PURE)                                             \
  X(MATH_ISINF, "isinf", IRF_PURE)                                             \
  X(MATH_ISFINITE, "isfinite", IRF_PURE)                                       \
  X(MATH_ISCLOSE, "kr_math_isclose", IRF_RAISES)                                 \
  X(MATH_GCD, "kr_math_gcd", IRF_PURE)                                         \
  X(MATH_LCM, "kr_math_lcm", IRF_PURE)                                         \
  X(MATH_FACTORIAL, "kr_math_factorial", IRF_RAISES)                           \
  X(MATH_ISQRT, "kr_math_isqrt", IRF_RAISES)                                   \
  X(MATH_COMB, "kr_math_comb", IRF_RAISES)                                     \
  X(MATH_PERM, "kr_math_perm", IRF_RAISES)                                     \
  /* str */                                                                    \
  X(STR_CONCAT, "kr_str_concat", IRF_FRESH)                                    \
  X(STR_REPEAT, "kr_str_repeat", IRF_FRESH)                                    \
  X(STR_LEN, "kr_str_len", IRF_PURE)                                           \
  X(STR_GETITEM, "kr_str_getitem", IRF_RAISES | IRF_FRESH)                     \
  X(STR_CONTAINS, "kr_str_contains", IRF_PURE)                                 \
  X(STR_UPPER, "kr_str_upper", IRF_FRESH)                                      \
  X(STR_LOWER, "kr_str_lower", IRF_FRESH)                                      \
  X(STR_STRIP, "kr_str_strip", IRF_FRESH)                                      \
  X(STR_LSTRIP, "kr_str_lstrip", IRF_FRESH)                                    \
  X(STR_RSTRIP, "kr_str_rstrip", IRF_FRESH)                                    \
  X(STR_STARTSWITH, "kr_str_startswith", IRF_PURE)                             \
  X(STR_ENDSWITH, "kr_str_endswith", IRF_PURE)                                 \
  X(STR_JOIN, "kr_str_join", IRF_FRESH)                                        \
  X(STR_SPLIT, "kr_str_split", IRF_FRESH)       /* arg 2 may be a NONE const */ \
  X(STR_REPLACE, "kr_str_replace", IRF_FRESH)                                  \
  X(STR_FIND, "kr_str_find", IRF_PURE)                                         \
  X(STR_COUNT, "kr_str_count", IRF_PURE)                                       \
  /* list; IRF_ELEM ones get element info from arg 0's type */                 \
  X(LIST_LEN, "kr_list_len", IRF_PURE)                                         \
  X(LIST_INDEX, "kr_list_index", IRF_RAISES)       /* -> normalised index */   \
  X(LIST_INDEX_STORE, "kr_list_index_store", IRF_RAISES)                       \
  X(LIST_APPEND, "kr_list_append", IRF_EFFECT | IRF_ELEM)                      \
  X(LIST_POP, "kr_list_pop", IRF_RAISES | IRF_EFFECT | IRF_ELEM) /* (l, i) -> elem, fresh if managed */ \
  X(LIST_INSERT, "kr_list_insert", IRF_EFFECT | IRF_ELEM)                      \
  X(LIST_EXTEND, "kr_list_extend", IRF_EFFECT)                                 \
  X(LIST_CONCAT, "kr_list_concat", IRF_FRESH)                                  \
  X(LIST_REPEAT, "kr_list_repeat", IRF_FRESH)                                  \
  X(LIST_SLICE, "kr_list_slice", IRF_RAISES | IRF_FRESH) /* (l, start, stop, step, flags) */ \
  X(LIST_COPY, "kr_list_copy", IRF_FRESH)                                      \
  X(LIST_REVERSE, "kr_list_reverse", IRF_EFFECT)                               \
  X(LIST_CLEAR, "kr_list_clear", IRF_EFFECT)                                   \
  X(LIST_SORT, "kr_list_sort", IRF_EFFECT | IRF_ELEM)    /* (l, reverse) */    \
  X(LIST_FIND, "kr_list_find", IRF_ELEM)                 /* (l, x) -> index or -1 */ \
  X(LIST_INDEX_OF, "kr_list_index_of", IRF_RAISES | IRF_ELEM) /* (l, x) ValueError */ \
  X(LIST_COUNT, "kr_list_count", IRF_ELEM)               /* (l, x) */          \
  X(LIST_ARGEXT, "kr_list_argext", IRF_ELEM)    /* (l, max) -> first max/min's index */ \
  /* random, time, sys */                                                      \
  X(RANDOM_SEED, "kr_random_seed", IRF_EFFECT)                                 \
  X(RANDOM_RANDOM, "kr_random_random", IRF_EFFECT)                             \
  X(RANDOM_UNIFORM, "kr_random_uniform", IRF_EFFECT)                           \
  X(RANDOM_RANDINT, "kr_random_randint", IRF_EFFECT | IRF_RAISES)              \
  X(RANDOM_RANDRANGE, "kr_random_randrange", IRF_EFFECT | IRF_RAISES)          \
  X(RANDOM_GAUSS, "kr_random_gauss", IRF_EFFECT)                               \
  X(RANDOM_CHOICE_INDEX, "kr_random_choice_index", IRF_EFFECT | IRF_RAISES)    \
  X(RANDOM_SHUFFLE, "kr_random_shuffle", IRF_EFFECT)                           \
  X(NP_RANDOM_SEED, "kr_np_random_seed", IRF_EFFECT | IRF_RAISES)              \
  X(NP_RANDOM_SEED_TIME, "kr_np_random_seed_time", IRF_EFFECT)                 \
  X(NP_RANDOM_RANDOM, "kr_np_random_random", IRF_EFFECT)                       \
  X(NP_RANDOM_UNIFORM, "kr_np_random_uniform", IRF_EFFECT)                     \
  X(NP_RANDOM_NORMAL, "kr_np_random_normal", IRF_EFFECT | IRF_RAISES)          \
  X(NP_RANDOM_RANDINT, "kr_np_random_randint", IRF_EFFECT | IRF_RAISES)        \
  X(TIME_TIME, "kr_time_time", IRF_EFFECT)                                     \
  X(TIME_PERF_COUNTER, "kr_time_perf_counter", IRF_EFFECT)                     \
  X(TIME_PERF_COUNTER_NS, "kr_time_perf_counter_ns", IRF_EFFECT)               \
  X(TIME_MONOTONIC, "kr_time_monotonic", IRF_EFFECT)                           \
  X(TIME_SLEEP, "kr_time_sleep", IRF_EFFECT)                                   \
  /* arrays: the backend builds shape / slice / operand-list arguments; */     \
  /* whatever allocates raises (MemoryError, negative dimensions) */           \
  X(ARRAY_DIM, "kr_array_dim", IRF_PURE)         /* (a, CONST k) a->shape[k] */ \
  X(ARRAY_STRIDE, "kr_array_stride", IRF_PURE)   /* (a, CONST k) a->strides[k] */ \
  X(ARRAY_SIZE, "kr_array_size", IRF_PURE)       /* (a) a->size */              \
  X(ARRAY_INDEX, "kr_array_index", IRF_RAISES)   /* (a, CONST axis, i) */       \
  X(ARRAY_NEW, "kr_array_new", IRF_FRESH | IRF_RAISES)        /* (dims...), dtype of result */ \
  X(ARRAY_ZEROS, "kr_array_zeros", IRF_FRESH | IRF_RAISES)    /* (dims...), dtype of result */ \
  X(ARRAY_COPY, "kr_array_copy", IRF_FRESH | IRF_RAISES)                       \
  X(ARRAY_ASTYPE, "kr_array_astype", IRF_FRESH | IRF_RAISES)  /* (a), dtype of result */ \
  X(ARRAY_ARANGE_I64, "kr_array_arange_i64", IRF_FRESH | IRF_RAISES)           \
  X(ARRAY_ARANGE_F64, "kr_array_arange_f64", IRF_FRESH | IRF_RAISES)           \
  X(ARRAY_LINSPACE, "kr_array_linspace", IRF_FRESH | IRF_RAISES)               \
  X(ARRAY_EYE, "kr_array_eye", IRF_FRESH | IRF_RAISES)        /* (n), dtype of result */ \
  X(ARRAY_SLICE, "kr_array_getslice", IRF_FRESH | IRF_RAISES) /* (a, 5 per item) */ \
  X(ARRAY_TRANSPOSE, "kr_array_transpose", IRF_FRESH)                          \
  X(ARRAY_RESHAPE, "kr_array_reshape", IRF_FRESH | IRF_RAISES) /* (a, dims...) */ \
  X(ARRAY_RAVEL, "kr_array_ravel", IRF_FRESH | IRF_RAISES)                     \
  X(ARRAY_BDIM, "kr_broadcast_dim", IRF_RAISES) /* (CONST ndim, CONST axis, CONST prog, arrays...) */ \
  X(ARRAY_BCAST_ASSIGN, "kr_broadcast_assign", IRF_RAISES) /* (dst, CONST prog, arrays...) */ \
  X(ARRAY_OVERLAP, "kr_array_overlap", IRF_PURE)                               \
  X(ARRAY_MATMUL, "kr_array_matmul", IRF_FRESH | IRF_RAISES) /* (a, b, CONST dot) */ \
  X(ARRAY_SORT, "kr_array_sort", IRF_FRESH | IRF_RAISES)                       \
  X(ARRAY_ARGSORT, "kr_array_argsort", IRF_FRESH | IRF_RAISES)                 \
  X(ARRAY_ROW_SQDEV_F64, "kr_pairwise_sqdev_f64", IRF_PURE) /* (a, offset, n, stride, mean) */ \
  X(ARRAY_CONCAT, "kr_array_concatenate", IRF_FRESH | IRF_RAISES) /* (CONST axis, arrays...) */ \
  X(ARRAY_AS, "kr_array_as", IRF_PURE)          /* (a) the same array, as a wider type */ \
  X(ARRAY_REQUIRE_CONTIG, "kr_array_require_contig", IRF_RAISES) /* (a) checked ::1 */ \
  X(ARRAY_SUM_F64, "kr_array_sum_f64", IRF_PURE) /* numpy's summation order */  \
  X(ARRAY_SUM_F32, "kr_array_sum_f32", IRF_PURE)                               \
  X(ARRAY_EMPTY_REDUCE, "kr_array_empty_reduce", IRF_RAISES) /* (CONST which) */ \
  /* numpy element semantics (no exceptions where numpy only warns) */         \
  X(NP_FLOORDIV_I64, "kr_np_floordiv_i64", IRF_PURE)                           \
  X(NP_MOD_I64, "kr_np_mod_i64", IRF_PURE)                                     \
  X(NP_FLOORDIV_F64, "kr_np_floordiv_f64", IRF_PURE)                           \
  X(NP_MOD_F64, "kr_np_mod_f64", IRF_PURE)                                     \
  X(NP_POW_I64, "kr_np_pow_i64", IRF_RAISES)                                   \
  X(NP_MINIMUM_F64, "kr_np_minimum_f64", IRF_PURE)                             \
  X(NP_MAXIMUM_F64, "kr_np_maximum_f64", IRF_PURE)                             \
  X(C_SQRT, "sqrt", IRF_PURE) X(C_EXP, "exp", IRF_PURE) X(C_LOG, "log", IRF_PURE) \
  X(C_LOG10, "log10", IRF_PURE) X(C_SIN, "sin", IRF_PURE) X(C_COS, "cos", IRF_PURE) \
  X(C_TAN, "tan", IRF_PURE) X(C_ATAN, "atan", IRF_PURE) X(C_SINH, "sinh", IRF_PURE) \
  X(C_COSH, "cosh", IRF_PURE) X(C_TANH, "tanh", IRF_PURE)                       \
  X(C_FLOOR, "floor", IRF_PURE) X(C_CEIL, "ceil", IRF_PURE)                     \
  X(C_HYPOT, "hypot", IRF_PURE) X(C_ATAN2, "atan2", IRF_PURE) X(C_POW, "pow", IRF_PURE) \
  X(C_LOG1P, "log1p", IRF_PURE) X(C_EXPM1, "expm1", IRF_PURE) X(C_LOG2, "log2", IRF_PURE) \
  X(C_ASIN, "asin", IRF_PURE) X(C_ACOS, "acos", IRF_PURE) X(C_RINT, "rint", IRF_PURE) \
  X(C_FMIN, "fmin", IRF_PURE) X(C_FMAX, "fmax", IRF_PURE)                       \
  X(ARRAY_ROW_SUM_F64, "kr_pairwise_sum_f64", IRF_PURE) /* (a, offset, n, stride) */ \
  X(ARRAY_VAR_F64, "kr_array_var_f64", IRF_PURE)  /* (a, CONST ddof) numpy's order */ \
  X(SYS_ARGV, "kr_argv", IRF_VALUE)                                            \
  X(SYS_EXIT, "kr_sys_exit", IRF_RAISES | IRF_EFFECT)   /* (code) always raises SystemExit */ \
  /* used by lowering (rt.h / <complex.h> functions) */                        \
  X(STR_SLICE, "kr_str_slice", IRF_RAISES | IRF_FRESH)   /* (s, start, stop, step, flags) */ \
  X(STR_STRIP_CHARS, "kr_str_strip_chars", IRF_FRESH)    /* (s, chars, left, right) */ \
  X(STR_TO_I64_BASE, "kr_str_to_i64_base", IRF_RAISES)   /* int(s, base) */    \
  X(RANDOM_SEED_TIME, "kr_random_seed_time", IRF_EFFECT) /* random.seed() */   \
  X(IS_NONE, "kr_is_none", IRF_PURE)     /* an array variable that may hold None */ \
  X(ARRAY_NONE, "NULL", IRF_VALUE)       /* ... and None as its value */        \
  X(ARRAY_NOT_NONE, "kr_array_not_none", IRF_EFFECT | IRF_RAISES)              \
  /* mpi4py (krait/mpi.h); values are MPI_Comm handles and krait's op codes */ \
  X(MPI_COMM_WORLD, "MPI_COMM_WORLD", IRF_VALUE)                               \
  X(MPI_RANK, "kr_mpi_rank", IRF_PURE)                                         \
  X(MPI_SIZE, "kr_mpi_size", IRF_PURE)                                         \
  X(MPI_BARRIER, "kr_mpi_barrier", IRF_EFFECT)                                 \
  X(MPI_ALLREDUCE_I64, "kr_mpi_allreduce_i64", IRF_EFFECT | IRF_RAISES)        \
  X(MPI_ALLREDUCE_F64, "kr_mpi_allreduce_f64", IRF_EFFECT | IRF_RAISES)        \
  X(MPI_BCAST_I64, "kr_mpi_bcast_i64", IRF_EFFECT | IRF_RAISES)                \
  X(MPI_BCAST_F64, "kr_mpi_bcast_f64", IRF_EFFECT | IRF_RAISES)                \
  X(MPI_ALLREDUCE_BUF, "kr_mpi_allreduce_buf", IRF_EFFECT | IRF_RAISES)        \
  X(MPI_BCAST_BUF, "kr_mpi_bcast_buf", IRF_EFFECT | IRF_RAISES)                \
  X(MPI_SEND_BUF, "kr_mpi_send_buf", IRF_EFFECT | IRF_RAISES)                  \
  X(MPI_RECV_BUF, "kr_mpi_recv_buf", IRF_EFFECT | IRF_RAISES)                  \
  X(MPI_SSEND_BUF, "kr_mpi_ssend_buf", IRF_EFFECT | IRF_RAISES)                \
  X(MPI_REDUCE_BUF, "kr_mpi_reduce_buf", IRF_EFFECT | IRF_RAISES)              \
  X(MPI_GATHER_BUF, "kr_mpi_gather_buf", IRF_EFFECT | IRF_RAISES)              \
  X(MPI_SCATTER_BUF, "kr_mpi_scatter_buf", IRF_EFFECT | IRF_RAISES)            \
  X(MPI_ALLGATHER_BUF, "kr_mpi_allgather_buf", IRF_EFFECT | IRF_RAISES)        \
  X(MPI_ALLTOALL_BUF, "kr_mpi_alltoall_buf", IRF_EFFECT | IRF_RAISES)          \
  X(MPI_SENDRECV_BUF, "kr_mpi_sendrecv_buf", IRF_EFFECT | IRF_RAISES)          \
  X(MPI_REDUCE_I64, "kr_mpi_reduce_i64", IRF_EFFECT | IRF_RAISES)              \
  X(MPI_REDUCE_F64, "kr_mpi_reduce_f64", IRF_EFFECT | IRF_RAISES)              \
  X(MPI_ALLGATHER_I64, "kr_mpi_allgather_i64", IRF_EFFECT | IRF_FRESH)         \
  X(MPI_ALLGATHER_F64, "kr_mpi_allgather_f64", IRF_EFFECT | IRF_FRESH)         \
  X(MPI_SENDRECV_I64, "kr_mpi_sendrecv_i64", IRF_EFFECT)                       \
  X(MPI_SENDRECV_F64, "kr_mpi_sendrecv_f64", IRF_EFFECT)                       \
  X(MPI_SPLIT, "kr_mpi_split", IRF_EFFECT)                                     \
  X(MPI_DUP, "kr_mpi_dup", IRF_EFFECT)                                         \
  X(MPI_FREE, "kr_mpi_free", IRF_EFFECT)                                       \
  X(MPI_GATHER_I64, "kr_mpi_gather_i64", IRF_EFFECT | IRF_FRESH | IRF_RAISES)  \
  X(MPI_GATHER_F64, "kr_mpi_gather_f64", IRF_EFFECT | IRF_FRESH | IRF_RAISES)  \
  X(MPI_SCATTER_I64, "kr_mpi_scatter_i64", IRF_EFFECT | IRF_RAISES)            \
  X(MPI_SCATTER_F64, "kr_mpi_scatter_f64", IRF_EFFECT | IRF_RAISES)            \
  X(MPI_ISEND_BUF, "kr_mpi_isend_buf", IRF_EFFECT | IRF_FRESH | IRF_RAISES)    \
  X(MPI_IRECV_BUF, "kr_mpi_irecv_buf", IRF_EFFECT | IRF_FRESH | IRF_RAISES)    \
  X(MPI_WAIT, "kr_mpi_wait", IRF_EFFECT)                                       \
  X(MPI_BCAST_OBJ, "kr_mpi_bcast_obj", IRF_EFFECT | IRF_FRESH | IRF_RAISES)    \
  X(MPI_SEND_OBJ, "kr_mpi_send_obj", IRF_EFFECT)                               \
  X(MPI_RECV_OBJ, "kr_mpi_recv_obj", IRF_EFFECT | IRF_FRESH | IRF_RAISES)      \
  X(MPI_SENDRECV_OBJ, "kr_mpi_sendrecv_obj", IRF_EFFECT | IRF_FRESH | IRF_RAISES) \
  X(MPI_GATHER_OBJ, "kr_mpi_gather_obj", IRF_EFFECT | IRF_FRESH | IRF_RAISES)  \
  X(MPI_SCATTER_OBJ, "kr_mpi_scatter_obj", IRF_EFFECT | IRF_FRESH | IRF_RAISES) \
  X(MPI_LOC_F64, "kr_mpi_loc_f64", IRF_EFFECT | IRF_RAISES)                    \
  X(MPI_LOC_I64, "kr_mpi_loc_i64", IRF_EFFECT | IRF_RAISES)                    \
  X(MPI_LOC_INDEX, "kr_mpi_loc_index", IRF_EFFECT)                             \
  X(MPI_SCATTERV_BUF, "kr_mpi_scatterv_buf", IRF_EFFECT | IRF_RAISES)          \
  X(MPI_INT_LIST, "kr_mpi_int_list", IRF_FRESH | IRF_RAISES)                   \
  X(MPI_GATHERV_BUF, "kr_mpi_gatherv_buf", IRF_EFFECT | IRF_RAISES)            \
  X(MPI_TEST, "kr_mpi_test", IRF_EFFECT)                                       \
  X(MPI_WAITALL, "kr_mpi_waitall", IRF_EFFECT)                                 \
  X(MPI_TESTALL, "kr_mpi_testall", IRF_EFFECT)                                 \
  X(MPI_STATUS_NEW, "kr_mpi_status_new", IRF_EFFECT | IRF_FRESH)               \
  X(MPI_STATUS_SOURCE, "kr_mpi_status_source", IRF_EFFECT)                     \
  X(MPI_STATUS_TAG, "kr_mpi_status_tag", IRF_EFFECT)                           \
  X(MPI_STATUS_COUNT, "kr_mpi_status_count", IRF_EFFECT | IRF_RAISES)          \
  X(MPI_WTIME, "kr_mpi_wtime", IRF_EFFECT)                                     \
  X(MPI_WTICK, "kr_mpi_wtick", IRF_PURE)                                       \
  /* krait's threads API (OpenMP; krait/par.h) */                              \
  X(KRAIT_THREADID, "kr_threadid", IRF_EFFECT)                                 \
  X(KRAIT_NUM_THREADS, "kr_num_threads", IRF_EFFECT)                           \
  X(KRAIT_SET_NUM_THREADS, "kr_set_num_threads", IRF_EFFECT | IRF_RAISES)      \
  X(C128_MAKE, "CMPLX", IRF_PURE)       /* complex(re, im) from two f64 */     \
  X(C128_REAL, "creal", IRF_PURE)       /* z.real */                           \
  X(C128_IMAG, "cimag", IRF_PURE)       /* z.imag */

typedef enum {
#define X(k, c, f) IN_##k,
  INTRINSICS(X)
#undef X
  IN_NINTRINSICS
} Intrinsic;

typedef struct IntrinsicInfo {
  const char *name;   /* printed name, e.g. "floordiv_i64" */
  const char *cfunc;  /* C function */
  int flags;
} IntrinsicInfo;

#endif
