/* frontend/sema.h — what resolve/infer attach to the AST, and therefore
 * what lowering (ir/lower.c) may rely on. After infer_module succeeds:
 *
 *  - every expression node has `type` set (an interned Type); statements
 *    have NULL. Expressions that are not values (a module `math`, a
 *    function name, a builtin name, an exception class) have TY_MODULE,
 *    TY_FUNC or TY_EXCCLASS and only appear as the callee of a CALL or the
 *    object of an ATTR.
 *  - every NAME has `as.name.sym`; every CALL has `as.call.resolved`
 *    pointing to a CallInfo; every ATTR that names a module member (math.pi,
 *    sys.argv) is folded: its `type` is set and `attr.value->type` is
 *    TY_MODULE — lowering looks the member up with sema_module_attr().
 *  - the module's functions are described by Specs: one per annotated
 *    function, one per distinct call signature of an unannotated helper.
 *    Each Spec has its own body (a deep copy for the second and later
 *    specialisations) with its own types and Syms.
 *  - module-level code (everything outside defs, including the
 *    `if __name__ == "__main__":` block) is SemaModule.init, whose assigned
 *    names are SYM_GLOBAL.
 *  - numeric operands are NOT converted in the AST: lowering inserts casts
 *    to the node's type (BINOP: the promoted operand type; COMPARE: the
 *    promoted type of each pair) following type_promote.
 */
#ifndef KRAIT_SEMA_H
#define KRAIT_SEMA_H

#include "ast.h"
#include "types.h"

typedef struct Spec Spec;

/* Builtin functions and module members. X(NAME, "python name") */
#define BUILTINS(X)                                                            \
  X(PRINT, "print") X(LEN, "len") X(RANGE, "range") X(ABS, "abs")              \
  X(MIN, "min") X(MAX, "max") X(SUM, "sum") X(ROUND, "round")                  \
  X(DIVMOD, "divmod") X(POW, "pow") X(INT, "int") X(FLOAT, "float")            \
  X(BOOL, "bool") X(COMPLEX, "complex") X(STR, "str") X(REPR, "repr")          \
  X(SORTED, "sorted") X(LIST, "list") X(ENUMERATE, "enumerate") X(ZIP, "zip")  \
  X(REVERSED, "reversed") X(ANY, "any") X(ALL, "all") X(FORMAT, "format")      \
  X(CHR, "chr") X(ORD, "ord") X(HEX, "hex") X(BIN, "bin") X(OCT, "oct")        \
  X(TUPLE, "tuple")                                                            \
  /* module functions (the python name is module.name) */                      \
  X(MATH_SQRT, "math.sqrt") X(MATH_EXP, "math.exp") X(MATH_EXP2, "math.exp2")  \
  X(MATH_EXPM1, "math.expm1") X(MATH_LOG, "math.log")                          \
  X(MATH_LOG2, "math.log2") X(MATH_LOG10, "math.log10")                        \
  X(MATH_LOG1P, "math.log1p") X(MATH_SIN, "math.sin") X(MATH_COS, "math.cos")  \
  X(MATH_TAN, "math.tan") X(MATH_ASIN, "math.asin") X(MATH_ACOS, "math.acos")  \
  X(MATH_ATAN, "math.atan") X(MATH_SINH, "math.sinh")                          \
  X(MATH_COSH, "math.cosh") X(MATH_TANH, "math.tanh")                          \
  X(MATH_ASINH, "math.asinh") X(MATH_ACOSH, "math.acosh")                      \
  X(MATH_ATANH, "math.atanh") X(MATH_FABS, "math.fabs") X(MATH_ERF, "math.erf") \
  X(MATH_ERFC, "math.erfc") X(MATH_GAMMA, "math.gamma")                        \
  X(MATH_LGAMMA, "math.lgamma") X(MATH_DEGREES, "math.degrees")                \
  X(MATH_RADIANS, "math.radians") X(MATH_CBRT, "math.cbrt")                    \
  X(MATH_ATAN2, "math.atan2") X(MATH_HYPOT, "math.hypot")                      \
  X(MATH_FMOD, "math.fmod") X(MATH_COPYSIGN, "math.copysign")                  \
  X(MATH_POW, "math.pow") X(MATH_REMAINDER, "math.remainder")                  \
  X(MATH_FLOOR, "math.floor") X(MATH_CEIL, "math.ceil")                        \
  X(MATH_TRUNC, "math.trunc") X(MATH_ISNAN, "math.isnan")                      \
  X(MATH_ISINF, "math.isinf") X(MATH_ISFINITE, "math.isfinite")                \
  X(MATH_ISCLOSE, "math.isclose") X(MATH_GCD, "math.gcd")                      \
  X(MATH_LCM, "math.lcm") X(MATH_FACTORIAL, "math.factorial")                  \
  X(MATH_ISQRT, "math.isqrt") X(MATH_COMB, "math.comb") X(MATH_PERM, "math.perm") \
  X(SYS_EXIT, "sys.exit")                                                      \
  X(RANDOM_SEED, "random.seed") X(RANDOM_RANDOM, "random.random")              \
  X(RANDOM_UNIFORM, "random.uniform") X(RANDOM_RANDINT, "random.randint")      \
  X(RANDOM_RANDRANGE, "random.randrange") X(RANDOM_GAUSS, "random.gauss")      \
  X(RANDOM_CHOICE, "random.choice") X(RANDOM_SHUFFLE, "random.shuffle")        \
  X(NP_RANDOM_SEED, "numpy.random.seed") X(NP_RANDOM_RANDOM, "numpy.random.random") \
  X(NP_RANDOM_UNIFORM, "numpy.random.uniform")                                 \
  X(NP_RANDOM_NORMAL, "numpy.random.normal")                                   \
  X(NP_RANDOM_RANDINT, "numpy.random.randint")                                 \
  X(MPI_WTIME, "mpi4py.Wtime") X(MPI_WTICK, "mpi4py.Wtick")                    \
  X(MPI_STATUS, "mpi4py.Status") X(MPI_WAITALL, "mpi4py.Request.Waitall")      \
  X(MPI_TESTALL, "mpi4py.Request.Testall")                                     \
  X(TIME_TIME, "time.time") X(TIME_PERF_COUNTER, "time.perf_counter")          \
  X(TIME_PERF_COUNTER_NS, "time.perf_counter_ns")                              \
  X(TIME_MONOTONIC, "time.monotonic") X(TIME_SLEEP, "time.sleep")              \
  X(KRAIT_PRANGE, "krait.prange") X(KRAIT_THREADID, "krait.threadid")          \
  X(KRAIT_NUM_THREADS, "krait.num_threads")                                    \
  X(KRAIT_SET_NUM_THREADS, "krait.set_num_threads")                            \
  /* numpy: creation */                                                        \
  X(NP_ZEROS, "numpy.zeros") X(NP_ONES, "numpy.ones") X(NP_EMPTY, "numpy.empty") \
  X(NP_FULL, "numpy.full") X(NP_ZEROS_LIKE, "numpy.zeros_like")                \
  X(NP_ONES_LIKE, "numpy.ones_like") X(NP_EMPTY_LIKE, "numpy.empty_like")      \
  X(NP_FULL_LIKE, "numpy.full_like") X(NP_ARANGE, "numpy.arange")              \
  X(NP_LINSPACE, "numpy.linspace") X(NP_EYE, "numpy.eye") X(NP_COPY, "numpy.copy") \
  X(NP_ARRAY, "numpy.array") X(NP_TRANSPOSE, "numpy.transpose")                \
  X(NP_RESHAPE, "numpy.reshape") X(NP_RAVEL, "numpy.ravel")                    \
  /* numpy: reductions (whole array) */                                        \
  X(NP_SUM, "numpy.sum") X(NP_PROD, "numpy.prod") X(NP_MIN, "numpy.min")       \
  X(NP_MAX, "numpy.max") X(NP_AMIN, "numpy.amin") X(NP_AMAX, "numpy.amax")     \
  X(NP_MEAN, "numpy.mean") X(NP_ANY, "numpy.any") X(NP_ALL, "numpy.all")       \
  X(NP_ARGMIN, "numpy.argmin") X(NP_ARGMAX, "numpy.argmax")                    \
  X(NP_STD, "numpy.std") X(NP_VAR, "numpy.var")                                \
  X(NP_CUMSUM, "numpy.cumsum") X(NP_CUMPROD, "numpy.cumprod")                  \
  X(NP_DOT, "numpy.dot") X(NP_OUTER, "numpy.outer") X(NP_NORM, "numpy.linalg.norm") \
  X(NP_SORT, "numpy.sort") X(NP_CONCATENATE, "numpy.concatenate")             \
  X(NP_STACK, "numpy.stack") X(NP_ARGSORT, "numpy.argsort")                   \
  /* numpy: element-wise functions (ufuncs) */                                 \
  X(NP_SQRT, "numpy.sqrt") X(NP_EXP, "numpy.exp") X(NP_LOG, "numpy.log")       \
  X(NP_LOG10, "numpy.log10") X(NP_SIN, "numpy.sin") X(NP_COS, "numpy.cos")     \
  X(NP_TAN, "numpy.tan") X(NP_ARCTAN, "numpy.arctan") X(NP_SINH, "numpy.sinh") \
  X(NP_COSH, "numpy.cosh") X(NP_TANH, "numpy.tanh") X(NP_FLOOR, "numpy.floor") \
  X(NP_CEIL, "numpy.ceil") X(NP_ABS, "numpy.abs") X(NP_ABSOLUTE, "numpy.absolute") \
  X(NP_MINIMUM, "numpy.minimum") X(NP_MAXIMUM, "numpy.maximum")                \
  X(NP_WHERE, "numpy.where") X(NP_ISNAN, "numpy.isnan") X(NP_ISINF, "numpy.isinf") \
  X(NP_ISFINITE, "numpy.isfinite") X(NP_HYPOT, "numpy.hypot")                  \
  X(NP_ARCTAN2, "numpy.arctan2") X(NP_POWER, "numpy.power")                  \
  X(NP_LOG1P, "numpy.log1p") X(NP_EXPM1, "numpy.expm1") X(NP_LOG2, "numpy.log2") \
  X(NP_ARCSIN, "numpy.arcsin") X(NP_ARCCOS, "numpy.arccos") X(NP_SIGN, "numpy.sign") \
  X(NP_RINT, "numpy.rint") X(NP_ROUND, "numpy.round") X(NP_FMIN, "numpy.fmin")  \
  X(NP_FMAX, "numpy.fmax") X(NP_SQUARE, "numpy.square") X(NP_CLIP, "numpy.clip")

typedef enum {
#define X(k, s) B_##k,
  BUILTINS(X)
#undef X
  B_NBUILTINS
} Builtin;
extern const char *const builtin_names[];

/* Methods on str and list. X(NAME, "name") */
#define METHODS(X)                                                             \
  X(STR_UPPER, "upper") X(STR_LOWER, "lower") X(STR_STRIP, "strip")            \
  X(STR_LSTRIP, "lstrip") X(STR_RSTRIP, "rstrip")                              \
  X(STR_STARTSWITH, "startswith") X(STR_ENDSWITH, "endswith")                  \
  X(STR_JOIN, "join") X(STR_SPLIT, "split") X(STR_REPLACE, "replace")          \
  X(STR_FIND, "find") X(STR_COUNT, "count") X(STR_FORMAT, "format")           \
  X(LIST_APPEND, "append") X(LIST_POP, "pop") X(LIST_INSERT, "insert")         \
  X(LIST_EXTEND, "extend") X(LIST_INDEX, "index") X(LIST_COUNT, "count")       \
  X(LIST_REVERSE, "reverse") X(LIST_SORT, "sort") X(LIST_COPY, "copy")         \
  X(LIST_CLEAR, "clear")                                                       \
  X(ARR_SUM, "sum") X(ARR_PROD, "prod") X(ARR_MIN, "min") X(ARR_MAX, "max")    \
  X(ARR_MEAN, "mean") X(ARR_ANY, "any") X(ARR_ALL, "all") X(ARR_COPY, "copy")  \
  X(ARR_RESHAPE, "reshape") X(ARR_RAVEL, "ravel") X(ARR_FLATTEN, "flatten")    \
  X(ARR_ASTYPE, "astype") X(ARR_FILL, "fill") X(ARR_TRANSPOSE, "transpose")    \
  X(ARR_ARGMIN, "argmin") X(ARR_ARGMAX, "argmax") X(ARR_STD, "std")            \
  X(ARR_VAR, "var") X(ARR_CUMSUM, "cumsum") X(ARR_CUMPROD, "cumprod")         \
  X(ARR_ARGSORT, "argsort") COMM_METHODS(X)                                    \
  X(REQ_WAIT, "Wait") X(REQ_TEST, "Test") X(STATUS_GET_SOURCE, "Get_source")    \
  X(STATUS_GET_TAG, "Get_tag") X(STATUS_GET_COUNT, "Get_count")

/* The code of MPI.BYTE; the other datatypes follow it (krait/mpi.h) */
#define MPI_BYTE_CODE 100

/* mpi4py communicator methods (comm_method in infer.c) */
#define COMM_METHODS(X)                                                        \
  X(COMM_GET_RANK, "Get_rank") X(COMM_GET_SIZE, "Get_size")                    \
  X(COMM_BARRIER, "Barrier") X(COMM_BARRIER_LOWER, "barrier")                  \
  X(COMM_ALLREDUCE, "allreduce") X(COMM_BCAST, "bcast")                        \
  X(COMM_ALLREDUCE_BUF, "Allreduce") X(COMM_BCAST_BUF, "Bcast")                \
  X(COMM_SEND_BUF, "Send") X(COMM_RECV_BUF, "Recv") X(COMM_SSEND_BUF, "Ssend")   \
  X(COMM_REDUCE_BUF, "Reduce") X(COMM_GATHER_BUF, "Gather")                    \
  X(COMM_SCATTER_BUF, "Scatter") X(COMM_ALLGATHER_BUF, "Allgather")            \
  X(COMM_ALLTOALL_BUF, "Alltoall") X(COMM_SENDRECV_BUF, "Sendrecv")            \
  X(COMM_ISEND_BUF, "Isend") X(COMM_IRECV_BUF, "Irecv")                        \
  X(COMM_SEND, "send") X(COMM_RECV, "recv")                                    \
  X(COMM_SCATTERV_BUF, "Scatterv") X(COMM_GATHERV_BUF, "Gatherv")              \
  X(COMM_REDUCE, "reduce") X(COMM_ALLGATHER, "allgather")                      \
  X(COMM_SENDRECV, "sendrecv") X(COMM_SPLIT, "Split") X(COMM_DUP, "Dup")        \
  X(COMM_FREE, "Free") X(COMM_GATHER, "gather") X(COMM_SCATTER, "scatter")

typedef enum {
#define X(k, s) M_##k,
  METHODS(X)
#undef X
  M_NMETHODS
} Method;
extern const char *const method_names[];

typedef enum {
  SYM_LOCAL,    /* a local variable of a Spec (or of the module init) */
  SYM_PARAM,    /* a parameter of a Spec */
  SYM_GLOBAL,   /* assigned at module level; read-only inside functions */
  SYM_FUNC,     /* a user function (FuncDef) */
  SYM_MODULE,   /* an imported module: math, sys, random, time, krait, numpy */
  SYM_BUILTIN,  /* a builtin or an imported module function */
  SYM_EXC,      /* a builtin exception class */
  SYM_CONST,    /* a module constant: math.pi, math.inf, ... */
} SymKind;

struct Sym {
  SymKind kind;
  const char *name;
  Span span;          /* where it is bound */
  Type *type;         /* LOCAL PARAM GLOBAL CONST */
  FuncDef *func;      /* FUNC */
  const char *module; /* MODULE: "math", "sys", "random", "time", "krait", "numpy", "mpi4py" */
  Builtin builtin;    /* BUILTIN */
  int exc;            /* EXC: KrExc number (runtime/include/krait/rt.h order) */
  double fvalue;      /* CONST (float constants) */
  bool poisoned;      /* its binding failed to type-check: uses stay quiet */
  bool maybe_unbound; /* some read may happen before any assignment */
  bool none_first;    /* bound to None before anything else: waits for an array */
  bool nullable;      /* an array variable that may also hold None (data = None;
                         if rank == 0: data = np.arange(n)): reads check it */
  bool check_in_funcs;  /* GLOBAL in a module: not bound by a top-level
                           assignment, so functions check it (NameError) */
  const int64_t *shape; /* an array bound once, with a shape known statically */
  void *flag;         /* owned by lowering: the IrVar saying it is assigned */
  void *ir;           /* owned by lowering: the IrVar of this symbol */
};

typedef enum {
  CALLK_USER,     /* spec: a user function */
  CALLK_BUILTIN,  /* builtin: print, len, math.sqrt, ... */
  CALLK_METHOD,   /* method on recv: s.upper(), xs.append(x) */
  CALLK_EXC,      /* exc: an exception constructor, e.g. ValueError("msg") */
} CallKind;

typedef struct CallInfo {
  CallKind kind;
  Spec *spec;         /* USER */
  Builtin builtin;    /* BUILTIN */
  Method method;      /* METHOD */
  int exc;            /* EXC */
  AstNode *recv;      /* METHOD: the receiver (call.func is ATTR(recv, name)) */
  /* USER: the arguments bound to the parameters in order, defaults filled
   * in (the default's AST; evaluated at the call, which equals Python for
   * the immutable defaults krait accepts). Others: the positional args. */
  AstNode **args;
  int nargs;
  /* BUILTIN/METHOD keyword arguments that were accepted (sep=, end=,
   * reverse=, ...) — NULL when absent. */
  AstNode *kw_sep, *kw_end, *kw_reverse, *kw_file;
  Type *want;         /* the annotation of `x: T = call(...)`: comm.recv's type */
  AstNode *kw_schedule, *kw_num_threads; /* prange: a str constant, an int */
  Type *dtype;        /* numpy calls: the dtype= given (or implied), else NULL */
  int axis;           /* numpy reductions: axis= (normalised), or -1 for none */
} CallInfo;

struct Spec {
  FuncDef *def;
  const char *cname;  /* kp_<module>_<name>[_<n>] */
  Type **ptypes;      /* parameter types, def->nparams of them */
  Sym **params;       /* parameter symbols */
  Type *ret;          /* TY_NONE when it returns nothing */
  AstList body;       /* the body typed for this specialisation */
  Vec(Sym *) locals;  /* local variables, in order of first binding */
  bool exported;      /* all parameters annotated: callable from Python */
  bool inferred;
  bool failed;        /* its body had errors: callers stay quiet */
  void *ir;           /* owned by lowering: the IrFunc */
};

typedef struct SemaModule {
  Vec(Spec *) specs;  /* all specialisations, in a valid emission order */
  Spec *init;         /* module-level code as a function with no params */
  Vec(Sym *) globals;
} SemaModule;

/* The numpy function an array method stands for: a.sum() is np.sum(a). */
Builtin sema_array_method_builtin(Method m);

/* The semantic result of infer_module (NULL before). */
SemaModule *sema_of(AstModule *m);

/* A module member that is a value: math.pi, math.e, math.tau, math.inf,
 * math.nan, sys.argv. Returns the symbol or NULL. */
Sym *sema_module_attr(Ctx *cx, const char *module, const char *name);

#endif
