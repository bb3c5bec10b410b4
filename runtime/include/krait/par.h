/* krait/par.h — krait's threads API over OpenMP, for programs built with
 * -fopenmp (those with a prange loop or a call to these functions). The
 * OpenMP runtime reads OMP_NUM_THREADS, as OpenMP users expect. */
#ifndef KRAIT_PAR_H
#define KRAIT_PAR_H

#include <omp.h>

#include <krait/rt.h>

/** Array loops krait parallelises by itself (element-wise expressions,
 * sums of expressions) run on several threads from this many elements;
 * below it, starting the threads costs more than it saves. */
#define KR_PAR_MIN_WORK 65536

/** krait.threadid(): the calling thread's number in its parallel loop (0
 * outside one). */
static inline int64_t kr_threadid(void) { return omp_get_thread_num(); }

/** krait.num_threads(): threads of the current parallel loop; outside one,
 * the number the next one will use. */
static inline int64_t kr_num_threads(void) {
  return omp_in_parallel() ? omp_get_num_threads() : omp_get_max_threads();
}

/** krait.set_num_threads(n): the number later parallel loops use. */
static inline void kr_set_num_threads(int64_t n) {
  if (n < 1) {
    kr_raise(KR_EXC_ValueError, "set_num_threads: n must be at least 1");
    return;
  }
  omp_set_num_threads(n > 4096 ? 4096 : (int)n);
}

#endif
