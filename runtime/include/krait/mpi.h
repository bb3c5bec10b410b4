/* krait/mpi.h — mpi4py's communicator methods for compiled code, calling
 * MPI directly: typed values and array buffers, no pickling. Included by
 * programs that import mpi4py, which krait builds with mpicc. Operators and
 * wildcards arrive as krait's codes (frontend/infer.c): SUM 0, PROD 1,
 * MIN 2, MAX 3, LAND 4, LOR 5, BAND 6, BOR 7; ANY_SOURCE -2, ANY_TAG -1,
 * PROC_NULL -1 (a peer; the values MPICH and so mpi4py print). */
#ifndef KRAIT_MPI_H
#define KRAIT_MPI_H

#include <mpi.h>
#include <stdlib.h>
#include <string.h>

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

/* MPI.Status(): a refcounted box */
typedef struct KrMpiStatus {
  KrBox b;
  MPI_Status s;
} KrMpiStatus;

#define KR_MPI_STATUS(st) ((st) ? &(st)->s : MPI_STATUS_IGNORE)

/* ---- int and float values: allreduce, reduce, bcast, allgather, gather,
 * scatter, sendrecv. One definition per C type: kr_mpi_<op>_i64 and
 * kr_mpi_<op>_f64. reduce gives the value's zero off the root and gather
 * an empty list, where mpi4py gives None. (send and recv of any value:
 * kr_mpi_send_obj below.) ---- */
#define KR_MPI_PEER(p) ((p) == -2 ? MPI_ANY_SOURCE : (p) == -1 ? MPI_PROC_NULL : (int)(p))
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
    MPI_Sendrecv(&x, 1, MT, KR_MPI_PEER(dest), (int)stag, &r, 1, MT, KR_MPI_PEER(source),   \
                 KR_MPI_TAG(rtag), c, MPI_STATUS_IGNORE);                                     \
    return r;                                                                                 \
  }
KR_MPI_VALUE_FNS(int64_t, i64, MPI_INT64_T)

/* allreduce/reduce of (value, index) with MAXLOC (8) or MINLOC (9), as one
 * MPI call on MPI_DOUBLE_INT or MPI_LONG_INT pairs; root -1: allreduce.
 * Returns the value; the index waits in kr_mpi_loc_at. */
static _Thread_local int64_t kr_mpi_loc_at;
static inline int64_t kr_mpi_loc_index(void) { return kr_mpi_loc_at; }
#define KR_MPI_LOC_FN(T, SUF, MT)                                                             \
  static inline T kr_mpi_loc_##SUF(MPI_Comm c, T x, int64_t i, int64_t op, int64_t root) {   \
    struct {                                                                                  \
      T v;                                                                                    \
      int i;                                                                                  \
    } in = {x, (int)i}, out = {0, 0};                                                         \
    kr_mpi_loc_at = 0;                                                                        \
    if (i < INT32_MIN || i > INT32_MAX) {                                                     \
      kr_raise(KR_EXC_OverflowError, "MPI.MAXLOC/MINLOC index %lld does not fit in a C int",  \
               (long long)i);                                                                 \
      return 0;                                                                               \
    }                                                                                         \
    MPI_Op o = op == 8 ? MPI_MAXLOC : MPI_MINLOC;                                             \
    if (root < 0) MPI_Allreduce(&in, &out, 1, MT, o, c);                                      \
    else if (!kr_mpi_bad_root(c, root)) MPI_Reduce(&in, &out, 1, MT, o, (int)root, c);        \
    kr_mpi_loc_at = out.i;                                                                    \
    return out.v;                                                                             \
  }
KR_MPI_LOC_FN(double, f64, MPI_DOUBLE_INT)
KR_MPI_LOC_FN(int64_t, i64, MPI_LONG_INT)
KR_MPI_VALUE_FNS(double, f64, MPI_DOUBLE)

/* ---- tuples and lists of plain values (numbers, tuples of them) for
 * the lowercase methods: a list's elements are plain bytes, esize each,
 * and a tuple travels as a list of one. bcast and the gathers give fresh
 * lists, as mpi4py's unpickled copies are; send/recv messages carry a
 * fingerprint of the type, which recv checks. ---- */
static inline KrList *kr_mpi_list(int64_t esize, int64_t len) {
  KrList *l = kr_list_new((int32_t)esize, false, len);
  l->len = len;
  return l;
}

static inline KrList *kr_mpi_bcast_obj(MPI_Comm c, KrList *l, int64_t root) {
  if (kr_mpi_bad_root(c, root)) return NULL;
  int64_t h[2] = {l->esize, l->len};
  MPI_Bcast(h, 2, MPI_INT64_T, (int)root, c);
  KrList *r = kr_mpi_list(h[0], h[1]);
  if (kr_mpi_rank(c) == root) memcpy(r->data, l->data, (size_t)(h[0] * h[1]));
  MPI_Bcast(r->data, (int)(h[0] * h[1]), MPI_BYTE, (int)root, c);
  return r;
}

/* The message of list l: {hash, esize, len} and the elements; its size in *n */
static inline int64_t *kr_mpi_obj_message(KrList *l, int64_t hash, int *n) {
  size_t bytes = (size_t)(l->esize * l->len);
  int64_t *m = malloc(3 * sizeof *m + bytes);
  m[0] = hash, m[1] = l->esize, m[2] = l->len;
  memcpy(m + 3, l->data, bytes);
  *n = (int)(3 * sizeof *m + bytes);
  return m;
}

static inline void kr_mpi_send_obj(MPI_Comm c, KrList *l, int64_t dest, int64_t tag,
                                   int64_t hash) {
  int n;
  int64_t *m = kr_mpi_obj_message(l, hash, &n);
  MPI_Send(m, n, MPI_BYTE, KR_MPI_PEER(dest), (int)tag, c);
  free(m);
}

static inline KrList *kr_mpi_recv_obj(MPI_Comm c, int64_t source, int64_t tag, KrMpiStatus *st,
                                      int64_t hash) {
  MPI_Status s;
  int n = 0;
  MPI_Probe(KR_MPI_PEER(source), KR_MPI_TAG(tag), c, &s);
  MPI_Get_count(&s, MPI_BYTE, &n);
  int64_t *m = malloc(n > 24 ? (size_t)n : 24);
  MPI_Recv(m, n, MPI_BYTE, s.MPI_SOURCE, s.MPI_TAG, c, &s);
  if (st) st->s = s;
  KrList *r = NULL;
  if (n < 24 || m[0] != hash)
    kr_raise(KR_EXC_TypeError, "recv() got a value from rank %d of another type than the "
             "program declared", s.MPI_SOURCE);
  else
    r = kr_mpi_list(m[1], m[2]);
  if (r) memcpy(r->data, m + 3, (size_t)(m[1] * m[2]));
  free(m);
  return r;
}

/* sendrecv: the send goes out non-blocking while the receive waits */
static inline KrList *kr_mpi_sendrecv_obj(MPI_Comm c, KrList *l, int64_t dest, int64_t stag,
                                          int64_t source, int64_t rtag, int64_t hash) {
  int n;
  int64_t *m = kr_mpi_obj_message(l, hash, &n);
  MPI_Request q;
  MPI_Isend(m, n, MPI_BYTE, KR_MPI_PEER(dest), (int)stag, c, &q);
  KrList *r = kr_mpi_recv_obj(c, source, rtag, NULL, hash);
  MPI_Wait(&q, MPI_STATUS_IGNORE);
  free(m);
  return r;
}

/* gather (root >= 0) or allgather (root -1): a list of the ranks' lists
 * (`nest`), or the ranks' elements in one list (tuples); empty off the
 * root, where mpi4py gives None. */
static inline KrList *kr_mpi_gather_obj(MPI_Comm c, KrList *l, int64_t root, bool nest) {
  bool all = root < 0;
  if (!all && kr_mpi_bad_root(c, root)) return NULL;
  int n = (int)kr_mpi_size(c), bytes = (int)(l->esize * l->len);
  bool me = all || kr_mpi_rank(c) == root;
  int *cnt = malloc(sizeof *cnt * (size_t)n), *dsp = malloc(sizeof *dsp * (size_t)n);
  if (all) MPI_Allgather(&bytes, 1, MPI_INT, cnt, 1, MPI_INT, c);
  else MPI_Gather(&bytes, 1, MPI_INT, cnt, 1, MPI_INT, (int)root, c);
  int64_t total = 0;
  for (int i = 0; me && i < n; i++) dsp[i] = (int)total, total += cnt[i];
  char *buf = malloc(total ? (size_t)total : 1);
  if (all) MPI_Allgatherv(l->data, bytes, MPI_BYTE, buf, cnt, dsp, MPI_BYTE, c);
  else MPI_Gatherv(l->data, bytes, MPI_BYTE, buf, cnt, dsp, MPI_BYTE, (int)root, c);
  KrList *r;
  if (!nest) {
    r = kr_mpi_list(l->esize, total / l->esize);
    memcpy(r->data, buf, (size_t)total);
  } else {
    r = kr_list_new((int32_t)sizeof(KrList *), true, me ? n : 0);
    for (int i = 0; me && i < n; i++) {
      KrList *x = kr_mpi_list(l->esize, cnt[i] / l->esize);
      memcpy(x->data, buf + dsp[i], (size_t)cnt[i]);
      ((KrList **)r->data)[i] = x;
    }
    r->len = me ? n : 0;
  }
  free(buf);
  free(cnt);
  free(dsp);
  return r;
}

/* scatter of a list (on the root) of lists (`nest`) or of tuples: this
 * rank's one, a tuple as a list of one */
static inline KrList *kr_mpi_scatter_obj(MPI_Comm c, KrList *ls, int64_t root, bool nest) {
  if (kr_mpi_bad_root(c, root)) return NULL;
  int n = (int)kr_mpi_size(c);
  bool me = kr_mpi_rank(c) == root;
  if (me && ls->len != n) {
    kr_raise(KR_EXC_ValueError, "expecting %d items, got %lld", n, (long long)ls->len);
    return NULL;
  }
  if (!nest) {
    KrList *r = kr_mpi_list(ls->esize, 1);
    MPI_Scatter(me ? ls->data : NULL, ls->esize, MPI_BYTE, r->data, ls->esize, MPI_BYTE,
                (int)root, c);
    return r;
  }
  int64_t *hd = me ? malloc(sizeof *hd * 2 * (size_t)n) : NULL, mine[2];
  int *cnt = NULL, *dsp = NULL;
  char *buf = NULL;
  if (me) {
    cnt = malloc(sizeof *cnt * (size_t)n), dsp = malloc(sizeof *dsp * (size_t)n);
    int64_t total = 0;
    for (int i = 0; i < n; i++) {
      KrList *x = ((KrList **)ls->data)[i];
      hd[2 * i] = x->esize, hd[2 * i + 1] = x->len;
      cnt[i] = (int)(x->esize * x->len), dsp[i] = (int)total, total += cnt[i];
    }
    buf = malloc(total ? (size_t)total : 1);
    for (int i = 0; i < n; i++)
      memcpy(buf + dsp[i], ((KrList **)ls->data)[i]->data, (size_t)cnt[i]);
  }
  MPI_Scatter(hd, 2, MPI_INT64_T, mine, 2, MPI_INT64_T, (int)root, c);
  KrList *r = kr_mpi_list(mine[0], mine[1]);
  MPI_Scatterv(buf, cnt, dsp, MPI_BYTE, r->data, (int)(mine[0] * mine[1]), MPI_BYTE, (int)root,
               c);
  free(hd);
  free(cnt);
  free(dsp);
  free(buf);
  return r;
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
static inline void kr_mpi_allreduce_contig(MPI_Comm c, KrArray *s, KrArray *r, int64_t op) {
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

/* The message an array makes for point-to-point calls and Bcast: its
 * elements and their count when contiguous; for a strided view (u[:, 0],
 * a[::2]) a derived datatype, one nested hvector per axis, and count 1,
 * which kr_mpi_msg_free releases (MPI keeps it while a request uses it).
 * mpi4py itself refuses strided views ("ndarray is not contiguous"). */
typedef struct KrMpiMsg {
  MPI_Datatype type;
  int count;
  bool derived;
} KrMpiMsg;

static inline bool kr_mpi_msg(const KrArray *a, KrMpiMsg *m) {
  MPI_Datatype base = kr_mpi_type(a);
  m->type = base;
  m->count = (int)a->size;
  m->derived = false;
  if (base == MPI_DATATYPE_NULL) return kr_mpi_buffer_ok(a);   /* raises */
  if (kr_array_is_contiguous((KrArray *)a)) return true;
  MPI_Aint item = (MPI_Aint)kr_dtype_size(a->dtype);
  for (int32_t d = a->ndim - 1; d >= 0; d--) {
    MPI_Datatype t;
    MPI_Type_create_hvector((int)a->shape[d], 1, (MPI_Aint)a->strides[d] * item, m->type, &t);
    if (m->type != base) MPI_Type_free(&m->type);
    m->type = t;
  }
  MPI_Type_commit(&m->type);
  m->count = 1;
  m->derived = true;
  return true;
}

static inline void kr_mpi_msg_free(KrMpiMsg *m) {
  if (m->derived) MPI_Type_free(&m->type);
}

static inline void kr_mpi_bcast_buf(MPI_Comm c, KrArray *b, int64_t root) {
  KrMpiMsg m;
  if (kr_mpi_bad_root(c, root) || !kr_mpi_msg(b, &m)) return;
  MPI_Bcast(b->data, m.count, m.type, (int)root, c);
  kr_mpi_msg_free(&m);
}

/* comm.Send and comm.Ssend: `send` is MPI_Send or MPI_Ssend */
static inline void kr_mpi_send_with(int (*send)(const void *, int, MPI_Datatype, int, int,
                                                MPI_Comm),
                                    MPI_Comm c, KrArray *b, int64_t dest, int64_t tag) {
  KrMpiMsg m;
  if (!kr_mpi_msg(b, &m)) return;
  send(b->data, m.count, m.type, KR_MPI_PEER(dest), (int)tag, c);
  kr_mpi_msg_free(&m);
}

static inline void kr_mpi_send_buf(MPI_Comm c, KrArray *b, int64_t dest, int64_t tag) {
  kr_mpi_send_with(MPI_Send, c, b, dest, tag);
}

/* ---- MPI.Status() and requests ---- */

/* An empty status, as mpi4py's: source ANY_SOURCE, tag ANY_TAG, count 0. */
static inline KrMpiStatus *kr_mpi_status_new(void) {
  KrMpiStatus *st = kr_box_new(sizeof *st, NULL);
  st->s.MPI_SOURCE = MPI_ANY_SOURCE;
  st->s.MPI_TAG = MPI_ANY_TAG;
  st->s.MPI_ERROR = MPI_SUCCESS;
  MPI_Status_set_elements(&st->s, MPI_BYTE, 0);
  return st;
}

static inline int64_t kr_mpi_status_source(KrMpiStatus *st) { return st->s.MPI_SOURCE; }
static inline int64_t kr_mpi_status_tag(KrMpiStatus *st) { return st->s.MPI_TAG; }

/* A datatype from its code: MPI.BYTE is 100 (frontend/sema.h), the
 * others follow in this order. */
static inline MPI_Datatype kr_mpi_datatype(int64_t code) {
  static const MPI_Datatype types[] = {
      MPI_BYTE, MPI_CHAR, MPI_SHORT, MPI_INT, MPI_LONG, MPI_LONG_LONG, MPI_FLOAT, MPI_DOUBLE,
      MPI_INT8_T, MPI_INT16_T, MPI_INT32_T, MPI_INT64_T, MPI_UINT8_T, MPI_UINT16_T,
      MPI_UINT32_T, MPI_UINT64_T, MPI_C_BOOL, MPI_C_DOUBLE_COMPLEX};
  int64_t i = code - 100;
  return i >= 0 && i < (int64_t)(sizeof types / sizeof types[0]) ? types[i] : MPI_DATATYPE_NULL;
}

/* status.Get_count(datatype): elements received, MPI.UNDEFINED when the
 * byte count is not a whole number of them. */
static inline int64_t kr_mpi_status_count(KrMpiStatus *st, int64_t code) {
  MPI_Datatype t = kr_mpi_datatype(code);
  if (t == MPI_DATATYPE_NULL) {
    kr_raise(KR_EXC_ValueError, "Get_count: not an MPI datatype (%lld)", (long long)code);
    return 0;
  }
  int n = 0;
  MPI_Get_count(&st->s, t, &n);
  return n;
}

/* A request keeps its buffer alive until it completes, as mpi4py's does. */
typedef struct KrMpiRequest {
  KrBox b;
  MPI_Request r;
  KrArray *buf;
} KrMpiRequest;

static void kr_mpi_request_fini(KrBox *b) {
  KrMpiRequest *q = (KrMpiRequest *)b;
  if (q->r == MPI_REQUEST_NULL) kr_decref(q->buf);
  else MPI_Request_free(&q->r);   /* still active: MPI may use the buffer, keep it */
}

static inline KrMpiRequest *kr_mpi_request_new(KrArray *buf) {
  KrMpiRequest *q = kr_box_new(sizeof *q, kr_mpi_request_fini);
  q->r = MPI_REQUEST_NULL;
  q->buf = buf;
  kr_incref(buf);
  return q;
}

static inline void kr_mpi_request_done(KrMpiRequest *q) {
  if (q->r != MPI_REQUEST_NULL) return;
  kr_decref(q->buf);
  q->buf = NULL;
}

static inline KrMpiRequest *kr_mpi_isend_buf(MPI_Comm c, KrArray *b, int64_t dest, int64_t tag) {
  KrMpiMsg m;
  if (!kr_mpi_msg(b, &m)) return NULL;
  KrMpiRequest *q = kr_mpi_request_new(b);
  MPI_Isend(b->data, m.count, m.type, KR_MPI_PEER(dest), (int)tag, c, &q->r);
  kr_mpi_msg_free(&m);
  return q;
}

static inline KrMpiRequest *kr_mpi_irecv_buf(MPI_Comm c, KrArray *b, int64_t source,
                                             int64_t tag) {
  KrMpiMsg m;
  if (!kr_mpi_msg(b, &m)) return NULL;
  KrMpiRequest *q = kr_mpi_request_new(b);
  MPI_Irecv(b->data, m.count, m.type, KR_MPI_PEER(source), KR_MPI_TAG(tag), c, &q->r);
  kr_mpi_msg_free(&m);
  return q;
}

/* req.Wait(status) is True; req.Test(status): has it completed? */
static inline bool kr_mpi_wait(KrMpiRequest *q, KrMpiStatus *st) {
  MPI_Wait(&q->r, KR_MPI_STATUS(st));
  kr_mpi_request_done(q);
  return true;
}

static inline bool kr_mpi_test(KrMpiRequest *q, KrMpiStatus *st) {
  int done = 0;
  MPI_Test(&q->r, &done, KR_MPI_STATUS(st));
  kr_mpi_request_done(q);
  return done;
}

/* MPI.Request.Waitall(requests) is True; Testall: have all completed? */
static inline bool kr_mpi_all(KrList *l, bool wait) {
  int n = (int)l->len, done = 1;
  KrMpiRequest **qs = (KrMpiRequest **)l->data;
  MPI_Request small[16], *rs = n <= 16 ? small : malloc(sizeof *rs * (size_t)n);
  for (int i = 0; i < n; i++) rs[i] = qs[i]->r;
#pragma GCC diagnostic push /* GCC 12 takes MPI_STATUSES_IGNORE for a too small array */
#pragma GCC diagnostic ignored "-Wstringop-overflow"
  if (wait) MPI_Waitall(n, rs, MPI_STATUSES_IGNORE);
  else MPI_Testall(n, rs, &done, MPI_STATUSES_IGNORE);
#pragma GCC diagnostic pop
  for (int i = 0; i < n; i++) {
    qs[i]->r = rs[i];
    kr_mpi_request_done(qs[i]);
  }
  if (rs != small) free(rs);
  return done;
}

static inline bool kr_mpi_waitall(KrList *l) { return kr_mpi_all(l, true); }
static inline bool kr_mpi_testall(KrList *l) { return kr_mpi_all(l, false); }

static inline void kr_mpi_recv_buf(MPI_Comm c, KrArray *b, int64_t source, int64_t tag,
                                   KrMpiStatus *st) {
  KrMpiMsg m;
  if (!kr_mpi_msg(b, &m)) return;
  MPI_Recv(b->data, m.count, m.type, KR_MPI_PEER(source), KR_MPI_TAG(tag), c, KR_MPI_STATUS(st));
  kr_mpi_msg_free(&m);
}

static inline void kr_mpi_ssend_buf(MPI_Comm c, KrArray *b, int64_t dest, int64_t tag) {
  kr_mpi_send_with(MPI_Ssend, c, b, dest, tag);
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

static inline void kr_mpi_reduce_contig(MPI_Comm c, KrArray *s, KrArray *r, int64_t op,
                                     int64_t root) {
  if (kr_mpi_bad_op(op) || kr_mpi_bad_root(c, root) || !kr_mpi_buffer_ok(s) ||
      !kr_mpi_root_buffer_ok(c, r, root, s->size, s->dtype))
    return;
  MPI_Reduce(s->data, r ? r->data : NULL, (int)s->size, kr_mpi_type(s), kr_mpi_op(op),
             (int)root, c);
}

static inline void kr_mpi_gather_contig(MPI_Comm c, KrArray *s, KrArray *r, int64_t root) {
  if (kr_mpi_bad_root(c, root) || !kr_mpi_buffer_ok(s) ||
      !kr_mpi_root_buffer_ok(c, r, root, s->size * kr_mpi_size(c), s->dtype))
    return;
  MPI_Gather(s->data, (int)s->size, kr_mpi_type(s), r ? r->data : NULL, (int)s->size,
             kr_mpi_type(s), (int)root, c);
}

static inline void kr_mpi_scatter_contig(MPI_Comm c, KrArray *s, KrArray *r, int64_t root) {
  if (kr_mpi_bad_root(c, root) || !kr_mpi_buffer_ok(r) ||
      !kr_mpi_root_buffer_ok(c, s, root, r->size * kr_mpi_size(c), r->dtype))
    return;
  MPI_Scatter(s ? s->data : NULL, (int)r->size, kr_mpi_type(r), r->data, (int)r->size,
              kr_mpi_type(r), (int)root, c);
}

/* Counts or displacements given as a 1-D int array: a list of ints. */
static inline KrList *kr_mpi_int_list(KrArray *a) {
  KrArray *c = kr_array_astype(a, KR_DT_I64);
  if (!c) return NULL;
  KrList *l = kr_list_new((int32_t)sizeof(int64_t), false, c->size);
  memcpy(l->data, c->data, (size_t)c->size * sizeof(int64_t));
  l->len = c->size;
  kr_decref(c);
  return l;
}

/* Scatterv and Gatherv: the root's counts and displacements (int lists;
 * None: equal blocks, one after another) as MPI's int arrays in
 * cnt[0..n) and dsp[0..n); false after raising. */
static inline bool kr_mpi_layout(MPI_Comm c, KrArray *b, KrList *counts, KrList *displs,
                                 int *cnt, int *dsp) {
  int64_t n = kr_mpi_size(c);
  if ((counts && counts->len != n) || (displs && displs->len != n)) {
    kr_raise(KR_EXC_ValueError, "message: expecting %lld counts and displacements, got %lld",
             (long long)n, (long long)(counts && counts->len != n ? counts->len : displs->len));
    return false;
  }
  if (!counts && b->size % n) {
    kr_raise(KR_EXC_ValueError, "message: %lld items do not split evenly over %lld ranks",
             (long long)b->size, (long long)n);
    return false;
  }
  int64_t at = 0;
  for (int64_t i = 0; i < n; i++) {
    int64_t k = counts ? ((int64_t *)counts->data)[i] : b->size / n;
    int64_t d = displs ? ((int64_t *)displs->data)[i] : at;
    if (k < 0 || d < 0 || d + k > b->size) {
      kr_raise(KR_EXC_ValueError, "message: block %lld (%lld items at %lld) is outside the "
               "buffer of %lld", (long long)i, (long long)k, (long long)d, (long long)b->size);
      return false;
    }
    cnt[i] = (int)k;
    dsp[i] = (int)d;
    at = d + k;
  }
  return true;
}

/* The root's side of Scatterv/Gatherv: its buffer and layout. */
static inline bool kr_mpi_root_layout(MPI_Comm c, KrArray *b, KrArray *mine, KrList *counts,
                                      KrList *displs, int64_t root, int **cnt, int **dsp) {
  *cnt = *dsp = NULL;
  if (kr_mpi_rank(c) != root) return true;
  if (!b) {
    kr_raise(KR_EXC_ValueError, "the root needs a receive (or send) buffer, not None");
    return false;
  }
  if (!kr_mpi_buffer_ok(b)) return false;
  if (b->dtype != mine->dtype) {
    kr_raise(KR_EXC_ValueError, "message: the root's buffer holds %s, %s expected",
             kr_dtype_name(b->dtype), kr_dtype_name(mine->dtype));
    return false;
  }
  size_t n = (size_t)kr_mpi_size(c);
  *cnt = malloc(n * sizeof **cnt);
  *dsp = malloc(n * sizeof **dsp);
  return kr_mpi_layout(c, b, counts, displs, *cnt, *dsp);
}

static inline void kr_mpi_scatterv_contig(MPI_Comm c, KrArray *s, KrList *counts, KrList *displs,
                                       KrArray *r, int64_t root) {
  int *cnt = NULL, *dsp = NULL;
  if (!kr_mpi_bad_root(c, root) && kr_mpi_buffer_ok(r) &&
      kr_mpi_root_layout(c, s, r, counts, displs, root, &cnt, &dsp))
    MPI_Scatterv(cnt ? s->data : NULL, cnt, dsp, kr_mpi_type(r), r->data, (int)r->size,
                 kr_mpi_type(r), (int)root, c);
  free(cnt);
  free(dsp);
}

static inline void kr_mpi_gatherv_contig(MPI_Comm c, KrArray *s, KrList *counts, KrList *displs,
                                      KrArray *r, int64_t root) {
  int *cnt = NULL, *dsp = NULL;
  if (!kr_mpi_bad_root(c, root) && kr_mpi_buffer_ok(s) &&
      kr_mpi_root_layout(c, r, s, counts, displs, root, &cnt, &dsp))
    MPI_Gatherv(s->data, (int)s->size, kr_mpi_type(s), cnt ? r->data : NULL, cnt, dsp,
                kr_mpi_type(s), (int)root, c);
  free(cnt);
  free(dsp);
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

static inline void kr_mpi_allgather_contig(MPI_Comm c, KrArray *s, KrArray *r) {
  if (!kr_mpi_blocks_ok(c, s, r, false)) return;
  MPI_Allgather(s->data, (int)s->size, kr_mpi_type(s), r->data, (int)s->size, kr_mpi_type(s), c);
}

static inline void kr_mpi_alltoall_contig(MPI_Comm c, KrArray *s, KrArray *r) {
  if (!kr_mpi_blocks_ok(c, s, r, true)) return;
  int per = (int)(s->size / kr_mpi_size(c));
  MPI_Alltoall(s->data, per, kr_mpi_type(s), r->data, per, kr_mpi_type(s), c);
}

static inline void kr_mpi_sendrecv_buf(MPI_Comm c, KrArray *s, int64_t dest, int64_t stag,
                                       KrArray *r, int64_t source, int64_t rtag,
                                       KrMpiStatus *st) {
  KrMpiMsg ms, mr;
  if (!kr_mpi_msg(s, &ms)) return;
  if (kr_mpi_msg(r, &mr)) {
    MPI_Sendrecv(s->data, ms.count, ms.type, KR_MPI_PEER(dest), (int)stag, r->data, mr.count,
                 mr.type, KR_MPI_PEER(source), KR_MPI_TAG(rtag), c, KR_MPI_STATUS(st));
    kr_mpi_msg_free(&mr);
  }
  kr_mpi_msg_free(&ms);
}

/* ---- the collectives on any views: MPI's reductions and block layouts
 * need contiguous buffers, so a strided view goes through a packed copy,
 * which a receive buffer gets back. (mpi4py refuses strided views.) ---- */
static inline KrArray *kr_mpi_pack(KrArray *a) {
  if (!a || kr_array_is_contiguous(a)) {
    kr_incref(a);
    return a;
  }
  return kr_array_copy(a);
}

/* Drops the packed copy p of a, first copying it back into a when `back`. */
static inline void kr_mpi_unpack(KrArray *a, KrArray *p, bool back) {
  if (p && p != a && back && !kr_err_occurred()) {
    int64_t idx[KR_MAXDIM] = {0}, item = kr_dtype_size(a->dtype);
    for (int64_t k = 0; k < a->size; k++) {
      int64_t off = 0;
      for (int32_t d = 0; d < a->ndim; d++) off += idx[d] * a->strides[d];
      memcpy((char *)a->data + off * item, (char *)p->data + k * item, (size_t)item);
      for (int32_t d = a->ndim - 1; d >= 0 && ++idx[d] == a->shape[d]; d--) idx[d] = 0;
    }
  }
  kr_decref(p);
}

#define KR_MPI_PACKED(call, s, s_back, r, r_back)                                             \
  do {                                                                                        \
    KrArray *ps = kr_mpi_pack(s), *pr = kr_mpi_pack(r);                                       \
    call;                                                                                     \
    kr_mpi_unpack(s, ps, s_back);                                                             \
    kr_mpi_unpack(r, pr, r_back);                                                             \
  } while (0)

static inline void kr_mpi_allreduce_buf(MPI_Comm c, KrArray *s, KrArray *r, int64_t op) {
  KR_MPI_PACKED(kr_mpi_allreduce_contig(c, ps, pr, op), s, false, r, true);
}
static inline void kr_mpi_reduce_buf(MPI_Comm c, KrArray *s, KrArray *r, int64_t op,
                                     int64_t root) {
  KR_MPI_PACKED(kr_mpi_reduce_contig(c, ps, pr, op, root), s, false, r, true);
}
static inline void kr_mpi_gather_buf(MPI_Comm c, KrArray *s, KrArray *r, int64_t root) {
  KR_MPI_PACKED(kr_mpi_gather_contig(c, ps, pr, root), s, false, r, true);
}
static inline void kr_mpi_scatter_buf(MPI_Comm c, KrArray *s, KrArray *r, int64_t root) {
  KR_MPI_PACKED(kr_mpi_scatter_contig(c, ps, pr, root), s, false, r, true);
}
static inline void kr_mpi_allgather_buf(MPI_Comm c, KrArray *s, KrArray *r) {
  KR_MPI_PACKED(kr_mpi_allgather_contig(c, ps, pr), s, false, r, true);
}
static inline void kr_mpi_alltoall_buf(MPI_Comm c, KrArray *s, KrArray *r) {
  KR_MPI_PACKED(kr_mpi_alltoall_contig(c, ps, pr), s, false, r, true);
}
static inline void kr_mpi_scatterv_buf(MPI_Comm c, KrArray *s, KrList *counts, KrList *displs,
                                       KrArray *r, int64_t root) {
  KR_MPI_PACKED(kr_mpi_scatterv_contig(c, ps, counts, displs, pr, root), s, false, r, true);
}
static inline void kr_mpi_gatherv_buf(MPI_Comm c, KrArray *s, KrList *counts, KrList *displs,
                                      KrArray *r, int64_t root) {
  KR_MPI_PACKED(kr_mpi_gatherv_contig(c, ps, counts, displs, pr, root), s, false, r, true);
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

#ifdef KRAIT_PYEXT_H
/* ---- an extension module: mpi4py owns MPI. The module imports
 * mpi4py.MPI (which initialises MPI) and never initialises MPI itself. A
 * communicator argument arrives as its handle. ---- */

static PyObject *kpy_mpi_comm_type; /* mpi4py.MPI.Comm */

/* Is the MPI library this module calls the one mpi4py loaded? Compares
 * the version strings, and whether each side sees MPI initialised (two
 * libraries in one process disagree on that). */
static inline int kpy_mpi_same_library(PyObject *mpi, const char *modname) {
  char ours[MPI_MAX_LIBRARY_VERSION_STRING] = "";
  int len = 0, init = 0;
  MPI_Get_library_version(ours, &len);
  MPI_Initialized(&init);
  PyObject *v = PyObject_CallMethod(mpi, "Get_library_version", NULL);
  PyObject *i = v ? PyObject_CallMethod(mpi, "Is_initialized", NULL) : NULL;
  if (!i) {
    Py_XDECREF(v);
    return -1;
  }
  const char *theirs = PyUnicode_Check(v) ? PyUnicode_AsUTF8(v) : NULL;
  int ok = theirs && !strcmp(theirs, ours) && PyObject_IsTrue(i) == init;
  if (!ok) {
    char *nl = strchr(ours, '\n');
    if (nl) *nl = 0;
    PyErr_Format(PyExc_ImportError,
                 "%s was built against the MPI library '%s', but mpi4py loaded '%.200s'%s; "
                 "rebuild it with the mpicc of mpi4py's MPI (KRAIT_MPICC)",
                 modname, ours, theirs ? theirs : "?",
                 theirs && !strcmp(theirs, ours) ? " (a second copy of it)" : "");
  }
  Py_DECREF(v);
  Py_DECREF(i);
  return ok ? 0 : -1;
}

/* At import: mpi4py.MPI, or a clear ImportError. */
static inline int kpy_mpi_import(const char *modname) {
  PyObject *mpi = PyImport_ImportModule("mpi4py.MPI");
  if (!mpi) {
    if (!PyErr_ExceptionMatches(PyExc_ImportError)) return -1;
    PyObject *et, *ev, *tb;
    PyErr_Fetch(&et, &ev, &tb);
    PyErr_NormalizeException(&et, &ev, &tb);
    PyErr_Format(PyExc_ImportError,
                 "%s uses MPI through mpi4py, which could not be imported (%S); install it "
                 "with 'pip install mpi4py' against the same MPI",
                 modname, ev ? ev : Py_None);
    Py_XDECREF(et);
    Py_XDECREF(ev);
    Py_XDECREF(tb);
    return -1;
  }
  if (kpy_mpi_same_library(mpi, modname) < 0) {
    Py_DECREF(mpi);
    return -1;
  }
  kpy_mpi_comm_type = PyObject_GetAttrString(mpi, "Comm");
  Py_DECREF(mpi);
  return kpy_mpi_comm_type ? 0 : -1;
}

/* A call into the module: MPI must be running (mpi4py may have been told
 * not to initialise it, or it may have been finalised). */
static inline bool kpy_mpi_ready(void) {
  int init = 0, fin = 0;
  MPI_Initialized(&init);
  MPI_Finalized(&fin);
  if (init && !fin) return true;
  PyErr_SetString(PyExc_RuntimeError, fin ? "MPI has been finalized" : "MPI is not initialized");
  return false;
}

/* An mpi4py communicator (MPI.Comm or a subclass) -> its MPI handle. */
static inline int kpy_from_comm(PyObject *o, MPI_Comm *v) {
  if (!PyObject_TypeCheck(o, (PyTypeObject *)kpy_mpi_comm_type))
    return kpy_mismatch(o, KPY_BAD_TYPE);
  PyObject *h = PyObject_GetAttrString(o, "handle");
  if (!h) return -1;
  MPI_Comm c; /* the handle's bits: mpi4py gives them as an unsigned int */
  unsigned long long bits = PyLong_AsUnsignedLongLongMask(h);
  if (sizeof c == sizeof(int)) { /* MPICH: an int */
    unsigned x = (unsigned)bits;
    memcpy(&c, &x, sizeof c);
  } else { /* Open MPI: a pointer */
    uintptr_t x = (uintptr_t)bits;
    memcpy(&c, &x, sizeof c);
  }
  Py_DECREF(h);
  if (PyErr_Occurred()) return -1;
  if (c == MPI_COMM_NULL) {
    PyErr_SetString(PyExc_ValueError, "the communicator is MPI.COMM_NULL");
    return -1;
  }
  *v = c;
  return 0;
}
#endif

#endif
