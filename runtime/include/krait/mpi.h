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

/* comm.allreduce(x, op) and comm.bcast(x, root) of an int or a float */
static inline int64_t kr_mpi_allreduce_i64(MPI_Comm c, int64_t x, int64_t op) {
  int64_t r = 0;
  if (!kr_mpi_bad_op(op)) MPI_Allreduce(&x, &r, 1, MPI_INT64_T, kr_mpi_op(op), c);
  return r;
}

static inline double kr_mpi_allreduce_f64(MPI_Comm c, double x, int64_t op) {
  double r = 0;
  if (!kr_mpi_bad_op(op)) MPI_Allreduce(&x, &r, 1, MPI_DOUBLE, kr_mpi_op(op), c);
  return r;
}

static inline int64_t kr_mpi_bcast_i64(MPI_Comm c, int64_t x, int64_t root) {
  if (!kr_mpi_bad_root(c, root)) MPI_Bcast(&x, 1, MPI_INT64_T, (int)root, c);
  return x;
}

static inline double kr_mpi_bcast_f64(MPI_Comm c, double x, int64_t root) {
  if (!kr_mpi_bad_root(c, root)) MPI_Bcast(&x, 1, MPI_DOUBLE, (int)root, c);
  return x;
}

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
  MPI_Recv(b->data, (int)b->size, kr_mpi_type(b), source == -2 ? MPI_ANY_SOURCE : (int)source,
           tag == -1 ? MPI_ANY_TAG : (int)tag, c, MPI_STATUS_IGNORE);
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
               (int)r->size, kr_mpi_type(r), source == -2 ? MPI_ANY_SOURCE : (int)source,
               rtag == -1 ? MPI_ANY_TAG : (int)rtag, c, MPI_STATUS_IGNORE);
}

/* comm.reduce(x, op, root): the result on the root; mpi4py gives None
 * elsewhere, krait the value's zero (it has no None of type int). */
static inline int64_t kr_mpi_reduce_i64(MPI_Comm c, int64_t x, int64_t op, int64_t root) {
  int64_t r = 0;
  if (!kr_mpi_bad_op(op) && !kr_mpi_bad_root(c, root))
    MPI_Reduce(&x, &r, 1, MPI_INT64_T, kr_mpi_op(op), (int)root, c);
  return r;
}

static inline double kr_mpi_reduce_f64(MPI_Comm c, double x, int64_t op, int64_t root) {
  double r = 0;
  if (!kr_mpi_bad_op(op) && !kr_mpi_bad_root(c, root))
    MPI_Reduce(&x, &r, 1, MPI_DOUBLE, kr_mpi_op(op), (int)root, c);
  return r;
}

/* comm.allgather(x): a new list of every rank's value, in rank order. */
static inline KrList *kr_mpi_allgather_i64(MPI_Comm c, int64_t x) {
  int64_t n = kr_mpi_size(c);
  KrList *l = kr_list_new(sizeof(int64_t), false, n);
  MPI_Allgather(&x, 1, MPI_INT64_T, l->data, 1, MPI_INT64_T, c);
  l->len = n;
  return l;
}

static inline KrList *kr_mpi_allgather_f64(MPI_Comm c, double x) {
  int64_t n = kr_mpi_size(c);
  KrList *l = kr_list_new(sizeof(double), false, n);
  MPI_Allgather(&x, 1, MPI_DOUBLE, l->data, 1, MPI_DOUBLE, c);
  l->len = n;
  return l;
}

static inline int64_t kr_mpi_sendrecv_i64(MPI_Comm c, int64_t x, int64_t dest, int64_t stag,
                                          int64_t source, int64_t rtag) {
  int64_t r = 0;
  MPI_Sendrecv(&x, 1, MPI_INT64_T, (int)dest, (int)stag, &r, 1, MPI_INT64_T,
               source == -2 ? MPI_ANY_SOURCE : (int)source, rtag == -1 ? MPI_ANY_TAG : (int)rtag,
               c, MPI_STATUS_IGNORE);
  return r;
}

static inline double kr_mpi_sendrecv_f64(MPI_Comm c, double x, int64_t dest, int64_t stag,
                                         int64_t source, int64_t rtag) {
  double r = 0;
  MPI_Sendrecv(&x, 1, MPI_DOUBLE, (int)dest, (int)stag, &r, 1, MPI_DOUBLE,
               source == -2 ? MPI_ANY_SOURCE : (int)source, rtag == -1 ? MPI_ANY_TAG : (int)rtag,
               c, MPI_STATUS_IGNORE);
  return r;
}

/* comm.gather(x, root): the list of every rank's value on the root; an
 * empty list elsewhere (mpi4py: None). */
static inline KrList *kr_mpi_gather_any(MPI_Comm c, const void *x, int32_t esize,
                                        MPI_Datatype t, int64_t root) {
  int64_t n = kr_mpi_size(c);
  bool me = kr_mpi_rank(c) == root;
  KrList *l = kr_list_new(esize, false, me ? n : 0);
  if (kr_mpi_bad_root(c, root)) return l;
  MPI_Gather(x, 1, t, me ? l->data : NULL, 1, t, (int)root, c);
  if (me) l->len = n;
  return l;
}

static inline KrList *kr_mpi_gather_i64(MPI_Comm c, int64_t x, int64_t root) {
  return kr_mpi_gather_any(c, &x, sizeof x, MPI_INT64_T, root);
}

static inline KrList *kr_mpi_gather_f64(MPI_Comm c, double x, int64_t root) {
  return kr_mpi_gather_any(c, &x, sizeof x, MPI_DOUBLE, root);
}

/* comm.scatter(values, root): the root's list, one value per rank (the
 * list of the other ranks is not read). */
static inline bool kr_mpi_scatter_any(MPI_Comm c, KrList *l, void *out, MPI_Datatype t,
                                      int64_t root) {
  if (kr_mpi_bad_root(c, root)) return false;
  bool me = kr_mpi_rank(c) == root;
  if (me && l->len != kr_mpi_size(c)) {
    kr_raise(KR_EXC_ValueError, "expecting %lld items, got %lld", (long long)kr_mpi_size(c),
             (long long)l->len);
    return false;
  }
  MPI_Scatter(me ? l->data : NULL, 1, t, out, 1, t, (int)root, c);
  return true;
}

static inline int64_t kr_mpi_scatter_i64(MPI_Comm c, KrList *l, int64_t root) {
  int64_t x = 0;
  kr_mpi_scatter_any(c, l, &x, MPI_INT64_T, root);
  return x;
}

static inline double kr_mpi_scatter_f64(MPI_Comm c, KrList *l, int64_t root) {
  double x = 0;
  kr_mpi_scatter_any(c, l, &x, MPI_DOUBLE, root);
  return x;
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
