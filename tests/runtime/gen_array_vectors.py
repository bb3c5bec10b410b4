#!/usr/bin/env python3
"""Test vectors for the krait array runtime, computed by numpy (the oracle).

Prints one vector per line: tab-separated fields `op  arg...  expected`,
each field escaped (backslash, tab, newline, CR) as gen_vectors.py does.
Arrays travel as dtype name, shape ('2,3'; '' for 0-d) and the hex of their
C-order bytes. An expected value starting with '!' is an exception
('!IndexError: message'). test_array.c replays them.

Ops (see test_array.c):
  chain  DT SHAPE HEX OPS  EXPECTED   apply OPS; EXPECTED 'shape=.. strides=.. view=.. hex=..'
  print  DT SHAPE HEX OPS  STR  REPR  str() and repr() of the result of OPS
  pool   DT SHAPE HEX                 the array the following sums read
  sum    OPS  HEX                     np.sum of the 1-D result of OPS on the pool
  arange_i START STOP STEP  EXPECTED; arange_f (float.hex args); linspace START STOP NUM ENDPOINT
  eye    N DT  EXPECTED;  empty DT SHAPE  EXPECTED
  bcast  SHAPES('|'-separated) EXPECTED;  bcast_to DST SRC  EXPECTED
  index  SHAPE AXIS I  EXPECTED
OPS is ';'-separated: g[ITEMS] (items: i<k>, n = newaxis, s<start>:<stop>:<step>),
T (transpose), r<shape> (reshape), R (ravel), C (copy), A<dtype> (astype).
"""
import sys
import warnings

import numpy as np

warnings.simplefilter('ignore')
OUT = []
RNG = np.random.default_rng(20240611)

DTYPES = ['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32',
          'uint64', 'float32', 'float64', 'complex64', 'complex128']


def esc(s):
    s = str(s)
    return (s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')
            .replace('\r', '\\r'))


def emit(op, *fields):
    OUT.append('\t'.join([op] + [esc(f) for f in fields]))


def run(fn):
    """numpy's answer, or '!Type: msg' if it raises."""
    try:
        return fn()
    except Exception as e:  # noqa: BLE001 - the oracle's exception is the data
        return '!' + type(e).__name__ + ': ' + str(e)


def shape_str(shape):
    return ','.join(str(d) for d in shape)


def arr_fields(a):
    return [a.dtype.name, shape_str(a.shape), a.tobytes(order='C').hex()]


# ---------------------------------------------------------------- ops

def parse_items(text):
    items = []
    for it in text.split(',') if text else []:
        if it == 'n':
            items.append(None)
        elif it[0] == 'i':
            items.append(int(it[1:]))
        else:
            parts = [None if p == '' else int(p) for p in it[1:].split(':')]
            items.append(slice(*parts))
    return tuple(items)


def getitem(a, items):
    plain = run(lambda: a[items])
    if isinstance(plain, str) and plain.startswith('!'):
        raise IndexError(plain) if plain.startswith('!IndexError') else ValueError(plain)
    return a[items + (Ellipsis,)]


def apply_ops(a, ops):
    for op in ops.split(';') if ops else []:
        if op[0] == 'g':
            items = parse_items(op[2:-1])
            plain = run(lambda: a[items])
            if isinstance(plain, str) and plain.startswith('!'):
                return plain
            a = a[items + (Ellipsis,)]
        elif op == 'T':
            a = a.T
        elif op[0] == 'r':
            shape = tuple(int(d) for d in op[1:].split(',')) if len(op) > 1 else ()
            r = run(lambda: a.reshape(shape))
            if isinstance(r, str):
                return r
            a = r
        elif op == 'R':
            a = a.ravel()
        elif op == 'C':
            a = a.copy()
        elif op[0] == 'A':
            a = a.astype(op[1:], order='C')  # krait's astype is always C order
    return a


def describe(r, orig):
    if isinstance(r, str):
        return r
    st = ','.join(str(s // r.itemsize) if d > 1 else '*' for s, d in zip(r.strides, r.shape))
    if r.size == 0:
        st = '-'
    view = int(r.size > 0 and np.may_share_memory(r, orig))
    return (f'shape={shape_str(r.shape)} strides={st} view={view} '
            f'hex={r.tobytes(order="C").hex()}')


def chain(a, ops):
    emit('chain', *arr_fields(a), ops, describe(apply_ops(a, ops), a))


def printed(a, ops=''):
    r = apply_ops(a, ops)
    assert not isinstance(r, str), (ops, r)
    emit('print', *arr_fields(a), ops, str(r), repr(r))


# ---------------------------------------------------------------- random data

def rand_ints(dt, n):
    info = np.iinfo(dt)
    kind = RNG.integers(4)
    if kind == 0:
        return RNG.integers(info.min, info.max, n, dtype=dt, endpoint=True)
    if kind == 1:
        lo = max(info.min, -10)
        return RNG.integers(lo, min(info.max, 10), n, dtype=dt, endpoint=True)
    if kind == 2:
        lo = max(info.min, -1000)
        return RNG.integers(lo, min(info.max, 100000), n, dtype=dt, endpoint=True)
    v = RNG.integers(0, min(info.max, 2**31), n, dtype=np.int64)
    return (v >> RNG.integers(0, 31, n)).astype(dt)


SPECIAL = [0.0, -0.0, np.nan, np.inf, -np.inf, 1e-5, 1e-4, 9.999e-5, 1e8, 99999999.0,
           1e16, 1e-300, 5e-324, 1.7976931348623157e308, 0.1, 0.5, 1.0, -1.0, 1000.0,
           1000.0001, 123456.789, 2.5, 1e22, 1e23, 3.0e-7]


def rand_floats(n):
    kind = RNG.integers(9)
    if kind == 0:
        return RNG.random(n)
    if kind == 1:
        return np.round(RNG.standard_normal(n) * 100, RNG.integers(0, 4))
    if kind == 2:
        return RNG.standard_normal(n) * 10.0 ** RNG.integers(-12, 20, n)
    if kind == 3:
        return RNG.standard_normal(n) * 10.0 ** RNG.integers(-3, 3)
    if kind == 4:
        return RNG.integers(-1000, 1000, n).astype(float)
    if kind == 5:
        v = RNG.random(n) * 10.0 ** RNG.integers(-6, 10)
        return v * RNG.choice([-1, 1], n)
    if kind == 6:
        return RNG.choice(SPECIAL, n)
    if kind == 7:
        v = RNG.random(n) * 999
        return np.where(RNG.random(n) < 0.2, RNG.choice(SPECIAL, n), v)
    return np.round(RNG.random(n) * 10.0 ** RNG.integers(0, 9), RNG.integers(0, 10))


def rand_array(dt, shape):
    n = int(np.prod(shape))
    if dt == 'bool':
        v = RNG.random(n) < 0.5
    elif dt.startswith(('int', 'uint')):
        v = rand_ints(np.dtype(dt), n)
    elif dt.startswith('complex'):
        v = rand_floats(n) + 1j * rand_floats(n)
    else:
        v = rand_floats(n)
    return np.asarray(v).astype(dt).reshape(shape)


def rand_shape(maxsize, ndim):
    while True:
        shape = tuple(int(RNG.integers(0, 12 if ndim > 1 else 200)) for _ in range(ndim))
        if np.prod(shape) <= maxsize:
            return shape


# ---------------------------------------------------------------- printing

def gen_print():
    corner = [
        np.array([1.0, 2.5, 3.0]), np.array([0.1, 0.2]), np.array([1e-5, 1.0]),
        np.array([1.0, -2.0]), np.array([np.nan, np.inf]), np.array([np.nan, -np.inf]),
        np.array([-0.0]), np.array([0.0, -0.0, 1.5]), np.array([1e16, 1.0]),
        np.array([1e8, 1.0]), np.array([99999999.0, 1.0]), np.array([1e-4, 0.1]),
        np.array([9.9999e-5, 1.0]), np.array([1.0, 1000.0]), np.array([1.0, 1000.5]),
        np.array([1 / 3, 2 / 3]), np.array([123456.123456789]), np.array([0.1 + 0.2]),
        np.array([1e300, -1e-300]), np.array([5e-324]), np.array([np.nan]),
        np.array([np.inf, 1e-10]), np.array([-np.inf, 1e10, 1.0]),
        np.array([1.5e100, 2.0]), np.array([0.0]), np.array([0.0, 0.0]),
        np.arange(100.0), np.arange(30.0) / 7, np.linspace(0, 1, 11), np.arange(1000),
        np.arange(1001), np.arange(2000.0).reshape(40, 50), np.zeros((11, 11, 11)),
        np.arange(3000).reshape(10, 300), np.ones((2, 3, 4)), np.eye(3),
        np.array([True, False]), np.array([[True], [False]]), np.array(True),
        np.array(3.5), np.array(1e-5), np.array(1 / 3), np.array(-0.0), np.array(np.nan),
        np.array(7), np.array(7, np.int8), np.array(1.5, np.float32),
        np.array(0.1, np.float32), np.array(1e20, np.float32), np.array(1 + 2j),
        np.array(1.5 - 0.5j, np.complex64), np.array(3, np.uint64),
        np.zeros(0), np.zeros((0, 3)), np.zeros((2, 0), np.int32), np.zeros(0, bool),
        np.zeros((3, 0, 2), np.float32), np.array([2**63 - 1, -2**63]),
        np.array([2**64 - 1], np.uint64), np.array([-128, 127], np.int8),
        np.array([0.1, 1e-4], np.float32), np.array([1e-4], np.float32),
        np.array([1e6, 1], np.float32), np.array([999999.0, 1], np.float32),
        np.array([0.001, 1.0], np.float32), np.array([0.001, 1.0001], np.float32),
        np.array([16777217.0, 0.1], np.float32), np.array([1 + 1j, np.nan + 0j]),
        np.array([1e-5 + 1j, -2 - 3j]), np.array([complex(np.inf, -np.inf)]),
        np.arange(24).reshape(2, 3, 4), np.arange(24.0).reshape(4, 3, 2) / 3,
        np.arange(1001.0) * 1e-3, np.full(1200, np.nan), np.arange(5000, dtype=np.uint8),
        np.array([[1e-5, 2], [3, 4e10]]), np.arange(40.0).reshape(2, 20) ** 5,
    ]
    for a in corner:
        printed(a)
    for dt in DTYPES:
        for _ in range(320):
            ndim = int(RNG.choice([1, 1, 1, 2, 2, 3]))
            printed(rand_array(dt, rand_shape(200, ndim)))
        for _ in range(20):
            printed(rand_array(dt, ()))
        for _ in range(3):  # summarised
            shape = [(1500,), (3, 700), (30, 40), (11, 12, 13), (2, 2000)][RNG.integers(5)]
            printed(rand_array(dt, shape))
    # views: printing follows strides
    for _ in range(200):
        a = rand_array(str(RNG.choice(DTYPES)), (6, 8))
        printed(a, str(RNG.choice(['g[s::2]', 'g[s::-1,s1:7:3]', 'T', 'g[i2]', 'g[s:,i3]',
                                   'g[n,s::3]', 'T;g[s::-2]'])))


# ---------------------------------------------------------------- views

def rand_item(dim, allow_err):
    k = RNG.integers(10)
    if k < 3:
        hi = dim + (2 if allow_err else 0)
        lo = -dim - (2 if allow_err else 0)
        if hi <= lo or (dim == 0 and not allow_err):
            return 's::'
        return f'i{int(RNG.integers(lo, max(hi, lo + 1)))}'
    if k == 3:
        return 'n'

    def b():
        return '' if RNG.random() < 0.3 else str(int(RNG.integers(-dim - 3, dim + 4)))
    step = '' if RNG.random() < 0.3 else str(int(RNG.choice([1, 2, 3, -1, -2, -3, 7, -7] +
                                                           ([0] if allow_err else []))))
    return f's{b()}:{b()}:{step}'


def rand_ops(a, allow_err):
    ops, shape = [], a.shape
    for _ in range(int(RNG.integers(1, 4))):
        k = RNG.integers(8)
        if k <= 2:
            n = int(RNG.integers(0, len(shape) + (2 if allow_err else 1)))
            dims = list(shape) + [1] * 4
            ops.append('g[' + ','.join(rand_item(dims[i], allow_err) for i in range(n)) + ']')
        elif k == 3:
            ops.append('T')
        elif k == 4:
            size = int(np.prod(shape))
            cands = [d for d in range(1, 13) if size % d == 0] if size else [0, 1, 2]
            d = int(RNG.choice(cands))
            opts = [f'r{size}', f'r{d},-1', f'r-1,{d}', f'r{d},{size // d if d else 3}',
                    f'r-1', 'r1,-1,1', f'r{d},1,-1']
            if allow_err:
                opts += [f'r{size + 1}', 'r-1,-1', f'r-1,{size + 1}', 'r0,-1']
            ops.append(str(RNG.choice(opts)))
        elif k == 5:
            ops.append('R')
        elif k == 6:
            ops.append('C')
        else:
            ops.append('A' + str(RNG.choice(['float64', 'int32', 'float32', 'int64', 'bool',
                                               'uint8', 'int16', 'complex128'])))
        r = apply_ops(a, ';'.join(ops))
        if isinstance(r, str):
            break
        shape = r.shape
    return ';'.join(ops)


def gen_chain():
    for _ in range(3000):
        ndim = int(RNG.integers(0, 5))
        shape = tuple(int(RNG.integers(0, 7)) for _ in range(ndim))
        dt = str(RNG.choice(['float64', 'int64', 'int16', 'float32', 'uint8', 'bool']))
        if dt == 'float64':
            a = np.asarray(RNG.integers(-100, 100, shape).astype(float) / 4)
        else:
            a = rand_array(dt, shape)
        chain(a, rand_ops(a, RNG.random() < 0.3))
    a = np.arange(24.0).reshape(2, 3, 4)
    for ops in ['g[i1,i2]', 'g[i1,i2,i3]', 'g[i1,i2,i3,i0]', 'g[i2]', 'g[i-3]', 'g[s::0]',
                'g[s:,i4]', 'g[n,n,i1]', 'g[' + ','.join(['n'] * 5) + ']',
                'g[' + ','.join(['n'] * 4) + ']', 'r4', 'r4,5', 'r4,-1', 'r-1,-1', 'r-2,3,4',
                'r-1,0', 'T;r24', 'T;r2,12', 'g[s::2];r-1', 'g[s,s,s::2];r6,2', 'T;R',
                'g[s::-1];r6,4', 'g[i0,s::2,s::2];r4', 'g[s,s,s::2];r2,3,1,2,1',
                'r1,2,1,3,1,4,1', 'g[s5:1:-1]', 'g[s-100:100]', 'g[s100:-100:-1]']:
        chain(a, ops)
    chain(np.array(5.0), 'g[i0]')
    chain(np.array(5.0), 'r1')
    chain(np.array(5.0), 'r')
    chain(np.zeros(0), 'r-1,0')
    chain(np.zeros(0), 'r0,-1')
    chain(np.zeros((0, 2)), 'r-1,5')
    chain(np.zeros((0, 2)), 'r3,0')
    chain(np.array([-1.0, 300.5, 1e10, np.nan, -1e10, 3e9, 70000.0, -0.7, 2.9]), 'Aint8')
    chain(np.array([-1.0, 300.5, 1e10, np.nan, -1e10, 3e9, 70000.0, -0.7, 2.9]), 'Auint8')
    chain(np.array([-1.0, 300.5, 1e10, np.nan, -1e10, 3e9, 70000.0, -0.7, 2.9]), 'Aint32')
    chain(np.array([-1.0, 300.5, 1e10, np.nan, -1e10, 3e9, 70000.0, 1e19, 2e19]), 'Aint64')
    chain(np.array([-1.0, 300.5, 1e10, np.nan, -1e10, 3e9, 70000.0, 1e19, 2e19]), 'Auint64')
    chain(np.array([0.0, -0.0, np.nan, 0.5]), 'Abool')
    chain(np.array([2**62 + 1, -3, 2**53 + 1], np.int64), 'Afloat32')
    chain(np.array([2**64 - 1, 2**63 + 2**40 + 1], np.uint64), 'Afloat64')
    chain(np.array([2**64 - 1, 255, 256], np.uint64), 'Aint8')
    chain(np.array([1 + 2j, 0j, -0.5 + 1j]), 'Aint32')
    chain(np.array([1 + 2j, 0j, -0.5 + 1j]), 'Abool')
    chain(np.array([1 + 2j, 0j, -0.5 + 1j]), 'Afloat32')
    chain(np.array([1.1, 1e-50, 1e50]), 'Acomplex64')
    chain(np.array([1.1, 1e-50, 1e50]), 'Afloat32')


# ---------------------------------------------------------------- sums

def gen_sum():
    """Sums over windows of two shared pools (one line each, kept small)."""
    for dt in ['float64', 'float32']:
        pool = (RNG.standard_normal(40000) * 10.0 ** RNG.integers(-3, 8, 40000)).astype(dt)
        emit('pool', *arr_fields(pool))
        for i in range(750):
            n = int(RNG.integers(0, 5001)) if i % 3 else int(RNG.integers(0, 300))
            step = int(RNG.choice([1, 1, 1, 2, 3, 7]))
            start = int(RNG.integers(0, 40000 - n * step + 1))
            ops = f'g[s{start}:{start + n * step}:{step}]'
            if i % 5 == 0:  # negative strides keep the logical order
                ops += ';g[s::-1]'
            emit('sum', ops, np.sum(apply_ops(pool, ops)).tobytes().hex())
        for n in [0, 1, 7, 8, 9, 15, 16, 17, 127, 128, 129, 130, 135, 136, 255, 256, 257, 1000]:
            ops = f'g[s0:{n}]'
            emit('sum', ops, np.sum(apply_ops(pool, ops)).tobytes().hex())


# ---------------------------------------------------------------- creation

def created(r):
    if isinstance(r, str):
        return r
    return f'shape={shape_str(r.shape)} dt={r.dtype.name} hex={r.tobytes().hex()}'


def gen_create():
    cases = [(0, 10, 1), (0, 10, 3), (10, 0, -3), (5, 5, 1), (5, 0, 1), (0, 5, -1),
             (-7, 8, 2), (3, -9, -4), (0, 5, 0), (-2**63, 2**63 - 1, 2**62),
             (2**63 - 1, -2**63, -2**62), (0, 1, 2**63 - 1), (0, -1, -2**63)]
    for _ in range(200):
        st = int(RNG.integers(1, 9)) * int(RNG.choice([1, -1]))
        cases.append((int(RNG.integers(-50, 50)), int(RNG.integers(-50, 50)), st))
    for c in cases:
        emit('arange_i', *map(str, c), created(run(lambda: np.arange(*c, dtype=np.int64))))
    fcases = [(0.0, 1.0, 0.1), (0.0, 10.0, 1.0), (1.0, 0.0, -0.1), (0.0, 1.0, 0.0),
              (0.0, np.inf, 1.0), (0.0, np.nan, 1.0), (0.5, 0.5, 1.0), (0.0, 1.0, 0.3),
              (-1.0, 1.0, 1 / 3), (0.1, 0.7, 0.1), (1e16, 1e16 + 10, 3.0), (0.0, 1e20, 1.0)]
    for _ in range(300):
        lo = float(RNG.standard_normal() * 10.0 ** RNG.integers(-2, 3))
        hi = lo + float(RNG.standard_normal() * 10.0 ** RNG.integers(-2, 3))
        fcases.append((lo, hi, float((hi - lo) / RNG.integers(1, 60) * RNG.choice([1, 1, -1]))))
    for c in fcases:
        emit('arange_f', *[x.hex() for x in c], created(run(lambda: np.arange(*c))))
    lcases = [(0.0, 1.0, 5, True), (0.0, 1.0, 5, False), (0.0, 1.0, 0, True), (0.0, 1.0, 1, True),
              (0.0, 1.0, 1, False), (2.0, 2.0, 4, True), (0.0, 1.0, -1, True),
              (1e-320, 2e-320, 7, True), (0.0, 5e-324, 3, True), (-np.inf, 1.0, 3, True),
              (0.0, 1e308 * 10, 3, True), (1.0, 0.0, 2, False)]
    for _ in range(400):
        lo = float(RNG.standard_normal() * 10.0 ** RNG.integers(-5, 6))
        hi = float(RNG.standard_normal() * 10.0 ** RNG.integers(-5, 6))
        lcases.append((lo, hi, int(RNG.integers(0, 120)), bool(RNG.random() < 0.7)))
    for lo, hi, n, ep in lcases:
        emit('linspace', lo.hex(), hi.hex(), str(n), str(int(ep)),
             created(run(lambda: np.linspace(lo, hi, n, endpoint=ep))))
    for n in [0, 1, 3, -1]:
        for dt in ['float64', 'int32', 'bool', 'complex64', 'uint8']:
            emit('eye', str(n), dt, created(run(lambda: np.eye(n, dtype=dt))))
    for shape in [(), (0,), (3,), (2, -3), (-1,), (2**40, 2**40), (2**62,), (4, 0, 2**62)]:
        for dt in ['float64', 'int8']:
            r = run(lambda: np.empty(shape, dtype=dt))
            emit('empty', dt, shape_str(shape),
                 r if isinstance(r, str) else f'shape={shape_str(r.shape)}')


# ---------------------------------------------------------------- broadcasting, index

def gen_bcast():
    def rshape():
        return tuple(int(RNG.choice([1, 1, 2, 3, 4])) for _ in range(RNG.integers(0, 4)))
    for _ in range(400):
        shapes = [rshape() for _ in range(RNG.integers(1, 4))]
        arrs = [np.zeros(s) for s in shapes]
        exp = run(lambda: shape_str(np.broadcast(*arrs).shape) if len(arrs) > 1
                  else shape_str(arrs[0].shape))
        if isinstance(exp, str) and exp.startswith('!'):
            try:  # the ufunc / nditer message, not np.broadcast's
                it = np.nditer(arrs)  # noqa: F841
            except ValueError as e:
                exp = '!ValueError: ' + str(e)
        emit('bcast', '|'.join(shape_str(s) for s in shapes), exp)
    for _ in range(300):
        dst, src = rshape(), rshape()

        def assign():
            d = np.zeros(dst)
            d[...] = np.zeros(src)
            return 'ok'
        emit('bcast_to', shape_str(dst), shape_str(src), run(assign))
    for _ in range(300):
        shape = tuple(int(RNG.integers(0, 6)) for _ in range(RNG.integers(1, 4)))
        axis = int(RNG.integers(0, len(shape)))
        i = int(RNG.integers(-8, 8))
        a = np.zeros(shape)
        idx = (slice(None),) * axis + (i,)

        def norm():
            a[idx]
            return str(i % shape[axis])
        emit('index', shape_str(shape), str(axis), str(i), run(norm))


def main():
    gen_print()
    gen_chain()
    gen_sum()
    gen_create()
    gen_bcast()
    sys.stdout.write('\n'.join(OUT) + '\n')


if __name__ == '__main__':
    main()
