/* krait/mpi.h — mpi4py's communicator methods for compiled code, calling
 * MPI directly: typed values and array buffers, no pickling. Included by
 * programs that import mpi4py, which krait builds with mpicc. Operators and
 * wildcards arrive as krait's codes (frontend/infer.c): SUM 0, PROD 1,
 * MIN 2, MAX 3, LAND 4, LOR 5, BAND 6, BOR 7; ANY_SOURCE -2, ANY_TAG -1. */
#ifndef KRAIT_MPI_H
#define KRAIT_MPI_H

#include <mpi.h>

#include <krait/rt.h>

static inline MPI_Op kr_mpi_op(int64_t code) {
  static const MPI_Op ops[] = {MPI_SUM, MPI_PROD, MPI_MIN, MPI_MAX,
                               MPI_LAND, MPI_LOR, MPI_BAND, MPI_BOR};
  return code >= 0 && code < 8 ? ops[code] : MPI_OP_NULL;
}

static inline bool kr_mpi_bad_op(int64_t code) {
  if (code >= 0 && code < 8) return false;
  kr_raise(KR_EXC_ValueError, "invalid MPI operation");
  return true;
}

static inline int64_t kr_mpi_rank(MPI_Comm c) {
  int r = 0;
  MPI_Comm_rank(c, &r);
  return r;
}

static inline int64_t kr_mpi_size(MPI_Comm c) {
  int n = 0;
  MPI_Comm_size(c, &n);
  return n;
}

static inline void kr_mpi_barrier(MPI_Comm c) { MPI_Barrier(c); }
static inline double kr_mpi_wtime(void) { return MPI_Wtime(); }
static inline double kr_mpi_wtick(void) { return MPI_Wtick(); }

static inline bool kr_mpi_bad_root(MPI_Comm c, int64_t root) {
  if (root >= 0 && root < kr_mpi_size(c)) return false;
  kr_raise(KR_EXC_ValueError, "root %lld is not a rank of the communicator (size %lld)",
           (long long)root, (long long)kr_mpi_size(c));
  return true;
}

/* ---- int and float values: allreduce, reduce, bcast, allgather, gather,
 * scatter, sendrecv. One definition per C type: kr_mpi_<op>_i64 and
 * kr_mpi_<op>_f64. reduce gives the value's zero off the root and gather
 * an empty list, where mpi4py gives None. ---- */
#define KR_MPI_PEER(p) ((p) == -2 ? MPI_ANY_SOURCE : (int)(p))
#define KR_MPI_TAG(t) ((t) == -1 ? MPI_ANY_TAG : (int)(t))
#define KR_MPI_VALUE_FNS(T, SUF, MT)                                                          \
  static inline T kr_mpi_allreduce_##SUF(MPI_Comm c, T x, int64_t op) {                      \
    T r = 0;                                                                                  \
    if (!kr_mpi_bad_op(op)) MPI_Allreduce(&x, &r, 1, MT, kr_mpi_op(op), c);                   \
    return r;                                                                                 \
  }                                                                                           \
  static inline T kr_mpi_reduce_##SUF(MPI_Comm c, T x, int64_t op, int64_t root) {          \
    T r = 0;                                                                                  \
    if (!kr_mpi_bad_op(op) && !kr_mpi_bad_root(c, root))                                      \
      MPI_Reduce(&x, &r, 1, MT, kr_mpi_op(op), (int)root, c);                                 \
    return r;                                                                                 \
  }                                                                                           \
  static inline T kr_mpi_bcast_##SUF(MPI_Comm c, T x, int64_t root) {                        \
    if (!kr_mpi_bad_root(c, root)) MPI_Bcast(&x, 1, MT, (int)root, c);                        \
    return x;                                                                                 \
  }                                                                                           \
  static inline KrList *kr_mpi_allgather_##SUF(MPI_Comm c, T x) {                            \
    int64_t n = kr_mpi_size(c);                                                               \
    KrList *l = kr_list_new(sizeof(T), false, n);                                             \
    MPI_Allgather(&x, 1, MT, l->data, 1, MT, c);                                              \
    l->len = n;                                                                               \
    return l;                                                                                 \
  }                                                                                           \
  static inline KrList *kr_mpi_gather_##SUF(MPI_Comm c, T x, int64_t root) {                 \
    bool me = kr_mpi_rank(c) == root;                                                         \
    KrList *l = kr_list_new(sizeof(T), false, me ? kr_mpi_size(c) : 0);                       \
    if (kr_mpi_bad_root(c, root)) return l;                                                   \
    MPI_Gather(&x, 1, MT, me ? l->data : NULL, 1, MT, (int)root, c);                          \
    if (me) l->len = kr_mpi_size(c);                                                          \
    return l;                                                                                 \
  }                                                                                           \
  static inline T kr_mpi_scatter_##SUF(MPI_Comm c, KrList *l, int64_t root) {                \
    T x = 0;                                                                                  \
    if (kr_mpi_bad_root(c, root)) return x;                                                   \
    bool me = kr_mpi_rank(c) == root;                                                         \
    if (me && l->len != kr_mpi_size(c)) {                                                     \
      kr_raise(KR_EXC_ValueError, "expecting %lld items, got %lld",                           \
               (long long)kr_mpi_size(c), (long long)l->len);                                 \
      return x;                                                                               \
    }                                                                                         \
    MPI_Scatter(me ? l->data : NULL, 1, MT, &x, 1, MT, (int)root, c);                         \
    return x;                                                                                 \
  }                                                                                           \
  static inline T kr_mpi_sendrecv_##SUF(MPI_Comm c, T x, int64_t dest, int64_t stag,         \
                                        int64_t source, int64_t rtag) {                       \
    T r = 0;                                                                                  \
    MPI_Sendrecv(&x, 1, MT, (int)dest, (int)stag, &r, 1, MT, KR_MPI_PEER(source),            \
                 KR_MPI_TAG(rtag), c, MPI_STATUS_IGNORE);                                     \
    return r;                                                                                 \
  }
KR_MPI_VALUE_FNS(int64_t, i64, MPI_INT64_T)
KR_MPI_VALUE_FNS(double, f64, MPI_DOUBLE)

/* ---- arrays as message buffers: contiguous, of a dtype MPI has ---- */

static inline MPI_Datatype kr_mpi_type(const KrArray *a) {
  switch (a->dtype) {
  case KR_DT_I8: return MPI_INT8_T;
  case KR_DT_I16: return MPI_INT16_T;
  case KR_DT_I32: return MPI_INT32_T;
  case KR_DT_I64: return MPI_INT64_T;
  case KR_DT_U8: return MPI_UINT8_T;
  case KR_DT_U16: return MPI_UINT16_T;
  case KR_DT_U32: return MPI_UINT32_T;
  case KR_DT_U64: return MPI_UINT64_T;
  case KR_DT_F32: return MPI_FLOAT;
  case KR_DT_F64: return MPI_DOUBLE;
  case KR_DT_C128: return MPI_C_DOUBLE_COMPLEX;
  default: return MPI_DATATYPE_NULL;
  }
}

/* Is a usable as a buffer (C-contiguous, an MPI type)? Raises if not. */
static inline bool kr_mpi_buffer_ok(const KrArray *a) {
  int64_t want = 1;
  for (int32_t d = a->ndim - 1; d >= 0; d--) {
    if (a->shape[d] > 1 && a->strides[d] != want) {
      kr_raise(KR_EXC_ValueError, "ndarray is not contiguous");
      return false;
    }
    want *= a->shape[d];
  }
  if (kr_mpi_type(a) == MPI_DATATYPE_NULL) {
    kr_raise(KR_EXC_ValueError, "message: cannot guess MPI datatype of %s array",
             kr_dtype_name(a->dtype));
    return false;
  }
  return true;
}

/* comm.Allreduce(sendbuf, recvbuf, op); sendbuf MPI.IN_PLACE (NULL). */
static inline void kr_mpi_allreduce_buf(MPI_Comm c, KrArray *s, KrArray *r, int64_t op) {
  if (!s) {
    if (kr_mpi_bad_op(op) || !kr_mpi_buffer_ok(r)) return;
    MPI_Allreduce(MPI_IN_PLACE, r->data, (int)r->size, kr_mpi_type(r), kr_mpi_op(op), c);
    return;
  }
  if (kr_mpi_bad_op(op) || !kr_mpi_buffer_ok(s) || !kr_mpi_buffer_ok(r)) return;
  if (s->size != r->size || s->dtype != r->dtype) {
    kr_raise(KR_EXC_ValueError, "message: send and receive buffers differ (%lld %s and %lld %s)",
             (long long)s->size, kr_dtype_name(s->dtype), (long long)r->size,
             kr_dtype_name(r->dtype));
    return;
  }
  MPI_Allreduce(s->data, r->data, (int)s->size, kr_mpi_type(s), kr_mpi_op(op), c);
}

static inline void kr_mpi_bcast_buf(MPI_Comm c, KrArray *b, int64_t root) {
  if (kr_mpi_bad_root(c, root) || !kr_mpi_buffer_ok(b)) return;
  MPI_Bcast(b->data, (int)b->size, kr_mpi_type(b), (int)root, c);
}

static inline void kr_mpi_send_buf(MPI_Comm c, KrArray *b, int64_t dest, int64_t tag) {
  if (!kr_mpi_buffer_ok(b)) return;
  MPI_Send(b->data, (int)b->size, kr_mpi_type(b), (int)dest, (int)tag, c);
}

static inline void kr_mpi_recv_buf(MPI_Comm c, KrArray *b, int64_t source, int64_t tag) {
  if (!kr_mpi_buffer_ok(b)) return;
  MPI_Recv(b->data, (int)b->size, kr_mpi_type(b), KR_MPI_PEER(source), KR_MPI_TAG(tag), c,
           MPI_STATUS_IGNORE);
}

static inline void kr_mpi_ssend_buf(MPI_Comm c, KrArray *b, int64_t dest, int64_t tag) {
  if (!kr_mpi_buffer_ok(b)) return;
  MPI_Ssend(b->data, (int)b->size, kr_mpi_type(b), (int)dest, (int)tag, c);
}

/* A buffer that only the root uses may be None (NULL) on the others. */
static inline bool kr_mpi_root_buffer_ok(MPI_Comm c, KrArray *b, int64_t root, int64_t want,
                                         KrDType dt) {
  if (kr_mpi_rank(c) != root) return true;
  if (!b) {
    kr_raise(KR_EXC_ValueError, "the root needs a receive (or send) buffer, not None");
    return false;
  }
  if (!kr_mpi_buffer_ok(b)) return false;
  if (b->size != want || b->dtype != (int32_t)dt) {
    kr_raise(KR_EXC_ValueError, "message: the root's buffer holds %lld %s, %lld %s expected",
             (long long)b->size, kr_dtype_name(b->dtype), (long long)want, kr_dtype_name(dt));
    return false;
  }
  return true;
}

static inline void kr_mpi_reduce_buf(MPI_Comm c, KrArray *s, KrArray *r, int64_t op,
                                     int64_t root) {
  if (kr_mpi_bad_op(op) || kr_mpi_bad_root(c, root) || !kr_mpi_buffer_ok(s) ||
      !kr_mpi_root_buffer_ok(c, r, root, s->size, s->dtype))
    return;
  MPI_Reduce(s->data, r ? r->data : NULL, (int)s->size, kr_mpi_type(s), kr_mpi_op(op),
             (int)root, c);
}

static inline void kr_mpi_gather_buf(MPI_Comm c, KrArray *s, KrArray *r, int64_t root) {
  if (kr_mpi_bad_root(c, root) || !kr_mpi_buffer_ok(s) ||
      !kr_mpi_root_buffer_ok(c, r, root, s->size * kr_mpi_size(c), s->dtype))
    return;
  MPI_Gather(s->data, (int)s->size, kr_mpi_type(s), r ? r->data : NULL, (int)s->size,
             kr_mpi_type(s), (int)root, c);
}

static inline void kr_mpi_scatter_buf(MPI_Comm c, KrArray *s, KrArray *r, int64_t root) {
  if (kr_mpi_bad_root(c, root) || !kr_mpi_buffer_ok(r) ||
      !kr_mpi_root_buffer_ok(c, s, root, r->size * kr_mpi_size(c), r->dtype))
    return;
  MPI_Scatter(s ? s->data : NULL, (int)r->size, kr_mpi_type(r), r->data, (int)r->size,
              kr_mpi_type(r), (int)root, c);
}

/* Allgather and Alltoall: recvbuf holds size blocks of sendbuf's length
 * (Alltoall: sendbuf too). */
static inline bool kr_mpi_blocks_ok(MPI_Comm c, KrArray *s, KrArray *r, bool all) {
  if (!kr_mpi_buffer_ok(s) || !kr_mpi_buffer_ok(r)) return false;
  int64_t n = kr_mpi_size(c), per = all ? s->size / n : s->size;
  if (r->dtype != s->dtype || r->size != per * n || (all && s->size != r->size)) {
    kr_raise(KR_EXC_ValueError, "message: buffer sizes do not fit %lld ranks (%lld and %lld)",
             (long long)n, (long long)s->size, (long long)r->size);
    return false;
  }
  return true;
}

static inline void kr_mpi_allgather_buf(MPI_Comm c, KrArray *s, KrArray *r) {
  if (!kr_mpi_blocks_ok(c, s, r, false)) return;
  MPI_Allgather(s->data, (int)s->size, kr_mpi_type(s), r->data, (int)s->size, kr_mpi_type(s), c);
}

static inline void kr_mpi_alltoall_buf(MPI_Comm c, KrArray *s, KrArray *r) {
  if (!kr_mpi_blocks_ok(c, s, r, true)) return;
  int per = (int)(s->size / kr_mpi_size(c));
  MPI_Alltoall(s->data, per, kr_mpi_type(s), r->data, per, kr_mpi_type(s), c);
}

static inline void kr_mpi_sendrecv_buf(MPI_Comm c, KrArray *s, int64_t dest, int64_t stag,
                                       KrArray *r, int64_t source, int64_t rtag) {
  if (!kr_mpi_buffer_ok(s) || !kr_mpi_buffer_ok(r)) return;
  MPI_Sendrecv(s->data, (int)s->size, kr_mpi_type(s), (int)dest, (int)stag, r->data,
               (int)r->size, kr_mpi_type(r), KR_MPI_PEER(source), KR_MPI_TAG(rtag), c,
               MPI_STATUS_IGNORE);
}

/* comm.Split(color, key), comm.Dup(), comm.Free() */
static inline MPI_Comm kr_mpi_split(MPI_Comm c, int64_t color, int64_t key) {
  MPI_Comm r = MPI_COMM_NULL;
  MPI_Comm_split(c, (int)color, (int)key, &r);
  return r;
}

static inline MPI_Comm kr_mpi_dup(MPI_Comm c) {
  MPI_Comm r = MPI_COMM_NULL;
  MPI_Comm_dup(c, &r);
  return r;
}

static inline void kr_mpi_free(MPI_Comm c) {
  if (c != MPI_COMM_WORLD && c != MPI_COMM_NULL) MPI_Comm_free(&c);
}

/* An executable: MPI starts before the module's code and ends after it;
 * an uncaught exception on any rank aborts every rank, status 1. */
static inline void kr_mpi_start(int *argc, char ***argv) {
  int provided, rank = 0, size = 1;
  MPI_Init_thread(argc, argv, MPI_THREAD_FUNNELED, &provided);
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  MPI_Comm_size(MPI_COMM_WORLD, &size);
  if (size > 1) { /* which rank's traceback it is */
    char p[32];
    snprintf(p, sizeof p, "[rank %d] ", rank);
    kr_set_report_prefix(p);
  }
}

/* Line-buffered stdout: an MPI_Abort on another rank may kill this one
 * before a large buffer is written, and lose what it printed. */
static inline void kr_mpi_stdout(void) {
  fflush(stdout);
  setvbuf(stdout, NULL, _IOLBF, 0);
}

static inline int kr_mpi_finish(int status) {
  if (status != 0 && kr_err && kr_err != KR_EXC_SystemExit) MPI_Abort(MPI_COMM_WORLD, 1);
  MPI_Finalize();
  return status;
}

#endif
