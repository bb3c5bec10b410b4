/* time.c — the time module on POSIX clocks.
 *
 * time.perf_counter and time.monotonic are CLOCK_MONOTONIC on Linux, as in
 * CPython; time.time is CLOCK_REALTIME. sleep retries after signals so the
 * full duration elapses, as CPython's does (PEP 475).
 */
#define _GNU_SOURCE
#include <krait/rt.h>

#include <errno.h>
#include <time.h>

static double ts_seconds(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int64_t ts_ns(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

double kr_time_time(void) { return ts_seconds(CLOCK_REALTIME); }
double kr_time_perf_counter(void) { return ts_seconds(CLOCK_MONOTONIC); }
double kr_time_monotonic(void) { return ts_seconds(CLOCK_MONOTONIC); }
int64_t kr_time_perf_counter_ns(void) { return ts_ns(CLOCK_MONOTONIC); }
int64_t kr_time_time_ns(void) { return ts_ns(CLOCK_REALTIME); }

void kr_time_sleep(double secs) {
  if (isnan(secs)) { kr_raise(KR_EXC_ValueError, "Invalid value NaN (not a number)"); return; }
  if (secs < 0) { kr_raise(KR_EXC_ValueError, "sleep length must be non-negative"); return; }
  if (secs > 9.2e18) {
    kr_raise(KR_EXC_OverflowError, "timestamp out of range for platform time_t");
    return;
  }
  fflush(stdout); /* output before a pause shows up, as users expect */
  struct timespec req, rem;
  req.tv_sec = (time_t)secs;
  req.tv_nsec = (long)((secs - (double)req.tv_sec) * 1e9);
  if (req.tv_nsec >= 1000000000L) req.tv_sec++, req.tv_nsec -= 1000000000L;
  while (nanosleep(&req, &rem) != 0 && errno == EINTR) req = rem;
}
