/* error.c — exception state, tracebacks, exit status, recursion guard.
 *
 * krait raises by setting a flag (kr_err) plus a message; generated code
 * checks the flag after each call that can raise and unwinds through its
 * cleanup labels, calling kr_tb_add() on the way out. At the end of main(),
 * kr_main_exit() prints the traceback the way CPython does and picks the
 * exit status. No longjmp anywhere, so the runtime stays fuzzable.
 */
#define _GNU_SOURCE
#include <krait/rt.h>

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

_Thread_local int kr_err;
_Thread_local int64_t kr_call_depth;
_Thread_local char *kr_stack_floor;
int64_t kr_recursion_limit = 100000;

/* The pending exception's message and, for SystemExit, its code. */
static _Thread_local KrBuf err_msg;
static _Thread_local int64_t exit_code;
static _Thread_local bool exit_has_msg;

/* Traceback frames, innermost first (the order they are recorded). */
typedef struct TbFrame {
  const char *file, *func;
  int line;
} TbFrame;
static _Thread_local TbFrame *tb;
static _Thread_local int64_t tb_len, tb_cap;

static const char *const exc_names[KR_EXC_COUNT] = {
    "", /* KR_EXC_NONE */
#define X(n) #n,
    KR_EXCEPTIONS(X)
#undef X
};

/* Direct base class of each exception; BaseException is 0 (NONE). */
static KrExc exc_base(KrExc e) {
  switch (e) {
  case KR_EXC_ZeroDivisionError:
  case KR_EXC_OverflowError:
  case KR_EXC_FloatingPointError: return KR_EXC_ArithmeticError;
  case KR_EXC_IndexError:
  case KR_EXC_KeyError: return KR_EXC_LookupError;
  case KR_EXC_RecursionError:
  case KR_EXC_NotImplementedError: return KR_EXC_RuntimeError;
  case KR_EXC_UnboundLocalError: return KR_EXC_NameError;
  case KR_EXC_SystemExit:
  case KR_EXC_KeyboardInterrupt:
  case KR_EXC_Exception:
  case KR_EXC_NONE:
  case KR_EXC_COUNT: return KR_EXC_NONE;
  case KR_EXC_ArithmeticError:
  case KR_EXC_ValueError:
  case KR_EXC_TypeError:
  case KR_EXC_AssertionError:
  case KR_EXC_RuntimeError:
  case KR_EXC_MemoryError:
  case KR_EXC_StopIteration:
  case KR_EXC_LookupError:
  case KR_EXC_NameError: return KR_EXC_Exception;
  }
  return KR_EXC_NONE;
}

bool kr_exc_matches(KrExc raised, KrExc handler) {
  for (KrExc e = raised; e != KR_EXC_NONE; e = exc_base(e))
    if (e == handler) return true;
  return false;
}

const char *kr_exc_name(KrExc e) {
  return (e > KR_EXC_NONE && e < KR_EXC_COUNT) ? exc_names[e] : "Exception";
}

/* A new raise starts a fresh traceback, as a new Python exception would. */
static void set_error(KrExc e) {
  kr_err = (int)e;
  tb_len = 0;
  exit_has_msg = false;
  exit_code = 0;
}

void kr_raise(KrExc e, const char *fmt, ...) {
  char small[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  set_error(e);
  err_msg.len = 0;
  if (n < (int)sizeof small) {
    kr_buf_put(&err_msg, small, n < 0 ? 0 : n);
    return;
  }
  kr_buf_grow(&err_msg, n + 1);
  va_start(ap, fmt);
  vsnprintf(err_msg.p, (size_t)n + 1, fmt, ap);
  va_end(ap);
  err_msg.len = n;
}

void kr_raise_str(KrExc e, KrStr *msg) {
  set_error(e);
  err_msg.len = 0;
  if (msg) kr_buf_put(&err_msg, msg->data, msg->len);
  if (e == KR_EXC_SystemExit) {
    exit_has_msg = true;
    exit_code = 1;
  }
}

void kr_raise_zerodiv(const char *msg) { kr_raise(KR_EXC_ZeroDivisionError, "%s", msg); }

void kr_raise_index(const char *msg) { kr_raise(KR_EXC_IndexError, "%s", msg); }

void kr_sys_exit_i64(int64_t code) {
  set_error(KR_EXC_SystemExit);
  err_msg.len = 0;
  kr_buf_put_i64(&err_msg, code);
  exit_code = code;
}

void kr_sys_exit(int64_t code) { kr_sys_exit_i64(code); }

void kr_raise_neg_shift(void) { kr_raise(KR_EXC_ValueError, "negative shift count"); }

void kr_sys_exit_str(KrStr *msg) { kr_raise_str(KR_EXC_SystemExit, msg); }

int kr_exit_code(void) { return (int)(exit_code & 0xff); }

bool kr_exit_status(int64_t *code) {
  if (kr_err != KR_EXC_SystemExit || exit_has_msg) return false;
  *code = exit_code;
  return true;
}

KrStr *kr_exc_message(void) {
  if (!kr_err) return kr_str_empty();
  return kr_str_new(err_msg.p ? err_msg.p : "", err_msg.len);
}

void kr_err_clear(void) {
  kr_err = 0;
  tb_len = 0;
  err_msg.len = 0;
}

void kr_tb_add(const char *file, int line, const char *func) {
  if (tb_len == tb_cap) {
    int64_t cap = tb_cap ? 2 * tb_cap : 64;
    TbFrame *n = realloc(tb, (size_t)cap * sizeof *n);
    if (!n) return; /* out of memory: drop the frame, keep the error */
    tb = n;
    tb_cap = cap;
  }
  tb[tb_len++] = (TbFrame){file, func, line};
}

static bool same_frame(const TbFrame *a, const TbFrame *b) {
  return a->line == b->line && strcmp(a->file, b->file) == 0 && strcmp(a->func, b->func) == 0;
}

/* Before each line of a traceback: "[rank 2] " in an MPI program. */
static char report_prefix[32];

/* CPython prints a run of identical frames three times, then
 * '  [Previous line repeated N more times]'. */
static void print_frames(FILE *f) {
  int64_t run = 0;
  for (int64_t i = tb_len - 1; i >= 0; i--) {
    if (i < tb_len - 1 && same_frame(&tb[i], &tb[i + 1])) {
      run++;
    } else {
      if (run > 3)
        fprintf(f, "%s  [Previous line repeated %lld more times]\n", report_prefix,
                (long long)(run - 3));
      run = 1;
    }
    if (run <= 3)
      fprintf(f, "%s  File \"%s\", line %d, in %s\n", report_prefix, tb[i].file, tb[i].line,
              tb[i].func);
  }
  if (run > 3)
    fprintf(f, "%s  [Previous line repeated %lld more times]\n", report_prefix, (long long)(run - 3));
}

void kr_set_report_prefix(const char *p) {
  snprintf(report_prefix, sizeof report_prefix, "%s", p ? p : "");
}

void kr_exc_report(void) {
  fflush(stdout);
  if (!kr_err) return;
  if (tb_len > 0) {
    fprintf(stderr, "%sTraceback (most recent call last):\n", report_prefix);
    print_frames(stderr);
  }
  fputs(report_prefix, stderr);
  fputs(kr_exc_name((KrExc)kr_err), stderr);
  if (err_msg.len > 0) {
    fputs(": ", stderr);
    fwrite(err_msg.p, 1, (size_t)err_msg.len, stderr);
  }
  fputc('\n', stderr);
  fflush(stderr);
}

int kr_main_exit(void) {
  fflush(stdout);
  if (!kr_err) return 0;
  if (kr_err == KR_EXC_SystemExit) {
    if (exit_has_msg) {
      fwrite(err_msg.p ? err_msg.p : "", 1, (size_t)err_msg.len, stderr);
      fputc('\n', stderr);
    }
    return kr_exit_code();
  }
  kr_exc_report();
  return 1;
}

bool kr_recursion_error(void) {
  kr_call_depth--;
  kr_raise(KR_EXC_RecursionError, "maximum recursion depth exceeded");
  return true;
}

/* ---- exceptions raised inside a parallel loop ----
 * A worker's pending exception (thread-local) moves into the loop's shared
 * KrParErr, which keeps the one of the lowest iteration, as a serial loop
 * would have raised it; the thread that ran the loop raises it again. */
typedef struct ParSaved {
  int exc;
  char *msg;
  int64_t msg_len, exit_code;
  bool exit_has_msg;
  TbFrame *tb;
  int64_t tb_len;
} ParSaved;

static void par_lock(KrParErr *e) {
  while (__atomic_exchange_n(&e->lock, 1, __ATOMIC_ACQUIRE)) {
  }
}

static void par_unlock(KrParErr *e) { __atomic_store_n(&e->lock, 0, __ATOMIC_RELEASE); }

static void par_free(ParSaved *s) {
  if (!s) return;
  free(s->msg);
  free(s->tb);
  free(s);
}

void kr_par_fail(KrParErr *e, int64_t k, int line) {
  ParSaved *s = calloc(1, sizeof *s);
  if (s) {
    s->exc = kr_err;
    s->msg_len = err_msg.len;
    s->msg = malloc((size_t)err_msg.len + 1);
    if (s->msg && err_msg.len) memcpy(s->msg, err_msg.p, (size_t)err_msg.len);
    s->exit_code = exit_code;
    s->exit_has_msg = exit_has_msg;
    s->tb = tb_len ? malloc((size_t)tb_len * sizeof *s->tb) : NULL;
    if (s->tb) memcpy(s->tb, tb, (size_t)tb_len * sizeof *s->tb);
    s->tb_len = s->tb ? tb_len : 0;
  }
  kr_err_clear();
  par_lock(e);
  if (k < e->first) {
    par_free(e->saved);
    e->saved = s;
    e->line = line;
    __atomic_store_n(&e->first, k, __ATOMIC_RELAXED);
    s = NULL;
  }
  par_unlock(e);
  par_free(s);
}

void kr_par_raise(KrParErr *e) {
  ParSaved *s = e->saved;
  e->saved = NULL;
  if (!s) {
    kr_raise(KR_EXC_MemoryError, "%s", "");
    return;
  }
  set_error((KrExc)s->exc);
  err_msg.len = 0;
  kr_buf_put(&err_msg, s->msg ? s->msg : "", s->msg ? s->msg_len : 0);
  exit_code = s->exit_code;
  exit_has_msg = s->exit_has_msg;
  for (int64_t i = 0; i < s->tb_len; i++) kr_tb_add(s->tb[i].file, s->tb[i].line, s->tb[i].func);
  par_free(s);
}
