#!/usr/bin/env python3
"""Test vectors for the krait runtime, computed by CPython (the oracle).

Prints one vector per line: tab-separated fields `op  arg...  expected`,
each field escaped (backslash, tab, newline, CR). An expected value that
starts with '!' is an exception: '!ValueError: message'. Floats travel as
float.hex() so the C side reads the exact double. test_rt.c replays them.
"""
import math
import random
import struct
import sys

import numpy as np

OUT = []


def esc(s):
    s = str(s)
    return (s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')
            .replace('\r', '\\r').replace('\x00', '\\0'))


def hx(x):
    return float(x).hex()


def emit(op, *fields):
    OUT.append('\t'.join([op] + [esc(f) for f in fields]))


def run(fn):
    """CPython's answer, or '!Type: msg' if it raises."""
    try:
        return fn()
    except Exception as e:  # noqa: BLE001 - the oracle's exception is the data
        msg = str(e)
        return '!' + type(e).__name__ + (': ' + msg if msg else '')


def i64(v):
    return isinstance(v, int) and -2**63 <= v < 2**63


# ---------------------------------------------------------------- doubles
rng = random.Random(12345)


def interesting_doubles():
    xs = [0.0, -0.0, 0.1, 0.2, 0.1 + 0.2, 1.0, -1.0, 1e16, 1e15, 1e17, 1e-5, 1e-4, 1e-6,
          123456789012345.0, 1234567890123456.0, 12345678901234567.0, 2.0**53, 2.0**53 + 2,
          2.0**53 - 1, 2.0**63, 2.0**64, 5e-324, 1e-323, 2.2250738585072014e-308,
          2.225073858507201e-308, 1.7976931348623157e308, 0.5, 1.5, 2.5, 3.14159, 1/3,
          2/3, 100.0, 1e22, 1e23, 9007199254740993.0, 0.3, 4.35, 2.675, 1e300, 1e-300,
          float('inf'), float('-inf'), float('nan'), 123.456, 0.001, 9.999999999999999e22,
          8.41e21, 5e-310, 1.1, 2.2, 3.3, 299792458.0, 6.02214076e23, 1.602176634e-19]
    for e in range(-1074, 1024, 7):
        xs.append(2.0**e)
        xs.append(-2.0**e)
    for e in range(-330, 309, 3):
        xs.append(float('1e%d' % e))
    for _ in range(3000):  # uniform over bit patterns
        bits = rng.getrandbits(64)
        x = struct.unpack('<d', struct.pack('<Q', bits))[0]
        if not math.isnan(x):
            xs.append(x)
    for _ in range(1500):  # short decimals
        xs.append(round(rng.uniform(-1e6, 1e6), rng.randint(0, 8)))
        xs.append(rng.random() * 10.0**rng.randint(-30, 30))
    for _ in range(300):  # subnormals
        xs.append(rng.randint(1, 2**52) * 5e-324)
    for _ in range(300):  # integers near 2**53
        xs.append(float(2**53 + rng.randint(-1000, 1000)))
    return xs


DOUBLES = interesting_doubles()


def gen_float_repr():
    for x in DOUBLES:
        emit('repr_f64', hx(x), repr(x))


FLOAT_SPECS = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', '.0', '.1', '.3', '.10', '.17', '.0e',
               '.2e', '.20e', '.0f', '.2f', '.12f', '.0g', '.1g', '.5g', '.17g', '.3%', '#',
               '#.0e', '#.0f', '#g', '#.3g', '#.0', '+', ' ', '-', '+.2f', ' .3e', '10', '<10',
               '>10', '^10', '=10', '010', '010.2f', '+010.2f', '*^12.3g', 'x<9', ',', '_',
               ',.2f', '_.3f', '015,.2f', '0=15,', ',e', ',g', '20,.1f', 'z.2f', 'z', 'z.1e',
               '.2z', 'd', 'x', 'c', 's', ',n', '_n', ',_', '.', '.f', 'ff', '-^+#012,.3f',
               '\u00e9>8', '010,', '+z10.3', '.30f', '.50e', '.100g', '#.5', 'G', '.4G',
               '#x', '=^5', '^', '15.8E', '+.0%', '0<8', '0>8.1f']


def gen_float_format():
    picks = DOUBLES[:400] + rng.sample(DOUBLES, 400)
    for spec in FLOAT_SPECS:
        for x in picks[::7] + [0.0, -0.0, 1.0, -1.5, 1e16, 123456.789, float('inf'),
                               float('-inf'), float('nan'), 1e-7, 0.5, 2.5, 1e300]:
            emit('format_f64', hx(x), spec, run(lambda: format(x, spec)))


INT_SPECS = ['', 'd', 'b', 'o', 'x', 'X', 'c', 'n', '#b', '#o', '#x', '#X', '+', ' ', '-',
             '10', '<10', '^10', '=10', '010', '+010', '#010x', '#010_x', ',', '_', '_b',
             '_x', '_o', ',x', ',b', '09,', '08,', '07,', '0=8,', 'x=8,', '-^+#015_X', 'e',
             '.2e', 'f', '.2f', 'g', '%', '.1%', 'E', 'G', 'F', '.2', 'z', '#c', '+c',
             ',c', '_c', '_n', ',n', 'n,', 'xx', 's', 'r', '\u00e9>5', '*<6', ',_', '_,',
             ',,', '.', '=+10', '#', '#d', '08.3f', ',.2f', '010,.1f']
INTS = [0, 1, -1, 7, -7, 42, 65, 255, -255, 1000, 1234, -1234, 65535, 1234567, -987654321,
        2**31, 2**53 + 1, 2**63 - 1, -2**63, 0x10FFFF, 0x110000, 10**15, -10**18]


def gen_int_format():
    for spec in INT_SPECS:
        for v in INTS:
            emit('format_i64', v, spec, run(lambda: format(v, spec)))
        for v in (True, False):
            emit('format_bool', int(v), spec, run(lambda: format(v, spec)))


STR_SPECS = ['', 's', '10', '<10', '>10', '^10', '^9', '*^9', '.2', '10.2', '>5.0', '=10',
             '+', ' ', '#', 'z', '010', '05', '0<5', ',', '_', 'd', 'x', 'ss', '\u00e9^7',
             '.', '^1', '.1s']
STRS = ['', 'a', 'ab', 'abc', 'hello world', 'caf\u00e9', '\u65e5\u672c\u8a9e', 'x' * 12]


def gen_str_format():
    for spec in STR_SPECS:
        for s in STRS:
            emit('format_str', s, spec, run(lambda: format(s, spec)))


def gen_complex():
    vals = [complex(1, 2), complex(0, 2), complex(-0.0, -1), complex(0, -0.0),
            complex(1, float('nan')), complex(0, float('inf')), complex(0, 0),
            complex(1, -0.0), complex(-0.0, 0), complex(1.5, -2.25), complex(1e16, 1e-5),
            complex(float('inf'), float('-inf')), complex(float('nan'), 0),
            complex(123456.789, -0.001), complex(-1e300, 1e-300), complex(3, 0)]
    for z in vals:
        emit('repr_c128', hx(z.real), hx(z.imag), repr(z))
        for spec in ['', '.3', 'g', '.2f', 'e', '>20', '<20', '^22.3e', '+', ' ', '#', '05',
                     '=5', '0>10', 'd', '%', 'n', 'G', '+.1F', ',.1f', 'x^25', '#.0f', 'z.1f']:
            emit('format_c128', hx(z.real), hx(z.imag), spec, run(lambda: format(z, spec)))
    pairs = [(1 + 2j, 3 + 4j), (1 + 1j, 0j), (1e300 + 1e300j, 1e-300 + 1e-300j), (1j, 2),
             (-1 + 0j, 0.5), (2j, -2), (1 + 2j, 10), (1 + 2j, -3), (1 + 2j, 100000),
             (1.0000001 + 0j, 10**9), (0j, 0j), (0j, -1), (0j, 1j), (0j, 2), (3 + 4j, 0.5),
             (1e200 + 1e200j, 2), (2 + 0j, 1e6), (1 + 1j, 3), (1 + 1j, 2 + 0j), (-2 - 3j, 1.5j),
             (0.5 + 0.25j, -7), (1e-200 + 0j, -2), (5 - 7j, 2.5 - 1.5j), (float('inf'), 1 + 1j)]
    for a, b in pairs:
        a, b = complex(a), complex(b)
        for op, fn in (('truediv_c128', lambda: a / b), ('pow_c128', lambda: a ** b)):
            r = run(fn)
            emit(op, hx(a.real), hx(a.imag), hx(b.real), hx(b.imag),
                 r if isinstance(r, str) else repr(r))
        r = run(lambda: abs(a))
        emit('abs_c128', hx(a.real), hx(a.imag), hx(0), hx(0), r if isinstance(r, str) else repr(r))
    r = run(lambda: abs(complex(1e308, 1e308) * 1.5))
    emit('abs_c128', hx(1.5e308), hx(1.5e308), hx(0), hx(0), r if isinstance(r, str) else repr(r))


def gen_f32():
    xs = [0.1, 1e16, 1e-5, 123456789.0, 1e15, 1e-4, 0.00011, 1.5e-4, 3.4e38, 1e-45, 0.0, -0.0,
          16777216.0, 2.5, 1 / 3, 999999.0, 1e6, 999999.9, 1234567.0, 100000.5, 123456.78,
          float('inf'), float('-inf'), float('nan'), 1.0, 100.0, 0.5, 7.0, -3.75]
    for e in range(-149, 128, 3):
        xs.append(2.0**e)
    for _ in range(2000):
        bits = rng.getrandbits(32)
        f = struct.unpack('<f', struct.pack('<I', bits))[0]
        if not math.isnan(f):
            xs.append(f)
    for _ in range(500):
        xs.append(float(np.float32(rng.uniform(-1e4, 1e4))))
    for x in xs:
        f = np.float32(x)
        emit('str_f32', hx(float(f)), str(f))


def gen_str_repr():
    for s in ['', 'a', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\n', 'cr\r',
              'back\\slash', '\x00\x01\x1f\x7f', 'caf\u00e9', '\u0085\u00a0\u00ad', '\u2028',
              '\u65e5\u672c', '\U0001F600', '\ufeff', '\u200b']:
        emit('repr_str', s, repr(s))
        emit('ascii_str', s, ascii(s))


def gen_percent():
    cases = [('%05f', float('inf')), ('%-5d|', 3), ('%.3d', 5), ('%+.3d', -5), ('%#x', 255),
             ('%#o', 8), ('%x', 3.5), ('%d', 3.7), ('%c', 65), ('%c', 'a'), ('%c', 'ab'),
             ('%s', 1.5), ('%r', 'a'), ('%5.1s', 'abc'), ('%e', 1.0), ('%#.0f', 1.0),
             ('%010.3f', -3.14159), ('% d', 5), ('%u', -3), ('%.0e', 12345.0), ('%g', 1e-5),
             ('%G', 1e20), ('%a', '\u00e9'), ('%.3x', 5), ('%08.3d', -5), ('%-08d', 5),
             ('%d', float('inf')), ('%d', float('nan')), ('%x', -255), ('%#X', 255),
             ('%c', -1), ('%s', 'hello'), ('%10s', 'hi'), ('%-10s|', 'hi'), ('%.2f', 2.675),
             ('%f', 1e300), ('%5.2f%%', 3.14159), ('%i', 42), ('%+d', 0), ('% 5d', -42),
             ('%s', 12), ('%r', 12), ('%5s', 12), ('%.1s', 123), ('%s', -0.0), ('%r', 1e16),
             ('%o', 8), ('%X', 48879), ('%e', 12), ('%+.3e', -0.000123), ('%g', 123456789),
             ('%#g', 1.0), ('%-+8.2f|', 3.5), ('%d', 'x'), ('%x', 'x'), ('%f', 'x'),
             ('%c', 'é'), ('%5c', 'z'), ('%-3c|', 66), ('%.3s', 'caf\u00e9'), ('%08s', 'ab'),
             ('%f', float('nan')), ('%+f', float('inf')), ('%08.2f', -float('inf')),
             ('% f', 1.5), ('%.0f', 0.5), ('%.0f', 1.5), ('%.15g', 0.1), ('%a', 1.5)]
    for fmt, v in cases:
        body = fmt.rstrip('|').replace('%%', '')
        conv = body[-1]
        i = 1
        flags = ''
        while body[i] in '-+ #0':
            flags += body[i]
            i += 1
        j = i
        while body[j].isdigit():
            j += 1
        width = int(body[i:j]) if j > i else -1
        prec = -1
        if body[j] == '.':
            k = j + 1
            while body[k].isdigit():
                k += 1
            prec = int(body[j + 1:k] or '0')
        kind = ('percent_str' if isinstance(v, str) else
                'percent_f64' if isinstance(v, float) else 'percent_i64')
        arg = hx(v) if isinstance(v, float) else v
        exp = run(lambda: ('%' + body[1:]) % (v,))
        emit(kind, flags, width, prec, conv, arg, exp)


# ------------------------------------------------------------ arithmetic
def gen_int_arith():
    vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 13, 100, -100, 2**31, -2**31,
            2**62, -2**62, 2**63 - 1, -2**63, 123456789, -987654321]
    for a in vals:
        for b in vals:
            for op, fn in (('floordiv_i64', lambda: a // b), ('mod_i64', lambda: a % b),
                           ('divmod_i64', lambda: '%d %d' % divmod(a, b))):
                r = run(fn)
                if isinstance(r, int) and not i64(r):
                    continue
                if (op == 'divmod_i64' and not r.startswith('!')
                        and not all(i64(int(t)) for t in r.split())):
                    continue
                emit(op, a, b, r)
            r = run(lambda: a / b)
            emit('truediv_i64', a, b, r if isinstance(r, str) else repr(r))
    big = [2**53 + 1, 2**60 + 12345, -(2**62) - 7, 2**63 - 1, -2**63, 3, 7, 2**53 - 1,
           10**18, 999999999999999999, 2**54 + 3]
    for a in big:
        for b in big:
            emit('truediv_i64', a, b, repr(a / b))
    for _ in range(500):
        a = rng.randint(-2**63, 2**63 - 1)
        b = rng.randint(-2**63, 2**63 - 1) >> rng.randint(0, 62)
        if b:
            emit('truediv_i64', a, b, repr(a / b))
    for a in [0, 1, -1, 5, -5, 12345, -12345, 2**62, 2**63 - 1, -2**63]:
        for n in [0, 1, 3, 62, 63, 64, 100, -1]:
            r = run(lambda: a << n)
            if isinstance(r, int):
                r = (r + 2**63) % 2**64 - 2**63  # krait ints wrap
            emit('lshift_i64', a, n, r)
            emit('rshift_i64', a, n, run(lambda: a >> n))
    for b in [0, 1, 2, 3, -2, -3, 10, 7]:
        for e in [0, 1, 2, 3, 10, 20, 62, 63, -1, -2]:
            r = run(lambda: b ** e)
            if e < 0:
                r = ('!ValueError: negative exponent in integer power is not supported by '
                     'krait; use float base')
            elif not i64(r):
                r = (r + 2**63) % 2**64 - 2**63  # krait ints wrap
            emit('pow_i64', b, e, r)
    for a in [5, -5, 15, 25, -25, 35, 12345, -12345, 2**63 - 1, -2**63, 0, 149, 150, 250]:
        for n in [-1, -2, -3, 0, 1, -18, -19, -20]:
            r = round(a, n)
            if i64(r):
                emit('round_i64_nd', a, n, r)


def gen_float_arith():
    vals = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 3.0, -3.0, 7.5, -7.5, 1e300, -1e300, 1e-300,
            float('inf'), float('-inf'), float('nan'), 0.1, 2.0, -2.0, 10.0, 1e16, 4.35, 1e-5]
    for a in vals:
        for b in vals:
            for op, fn in (('floordiv_f64', lambda: a // b), ('mod_f64', lambda: a % b),
                           ('truediv_f64', lambda: a / b), ('pow_f64', lambda: a ** b),
                           ('divmod_f64', lambda: '%r %r' % divmod(a, b))):
                r = run(fn)
                if (op == 'pow_f64' and a < 0 and math.isfinite(a) and math.isfinite(b)
                        and b != int(b)):
                    # documented krait deviation: CPython returns a complex here
                    r = '!ValueError: negative number cannot be raised to a fractional power'
                emit(op, hx(a), hx(b), r if isinstance(r, str) else repr(r))
    for x in DOUBLES[:800] + [0.5, 1.5, 2.5, -0.5, -2.5, 1e18, 9.3e18, -9.3e18, 1e19, 2.0**63,
                              -2.0**63, float('nan'), float('inf'), float('-inf')]:
        r = run(lambda: round(x))
        if isinstance(r, int) and not i64(r):
            r = '!OverflowError: int too large to convert to int64 (krait ints are 64-bit)'
        emit('round_f64', hx(x), r)
        r = run(lambda: int(x))
        if isinstance(r, int) and not i64(r):
            r = '!OverflowError: int too large to convert to int64 (krait ints are 64-bit)'
        emit('f64_to_i64', hx(x), r)
    for x in DOUBLES[:1500:3] + [2.675, 0.125, 0.375, 1234.5, 5e-324, 1.7976931348623157e308,
                                 0.5, 1.5, -0.4, 2.5, 1e300, 12345.0, 0.05, 5.0, 50.0, 500.0]:
        for n in [0, 1, 2, 3, 5, 10, 16, 17, 20, 300, 323, 324, -1, -2, -3, -5, -10, -300,
                  -308, -309]:
            r = run(lambda: round(x, n))
            emit('round_f64_nd', hx(x), n, r if isinstance(r, str) else repr(r))


def gen_parse():
    for s in ['1_000', '_1', '1__0', '1_', '+ 1', ' -7 ', '0x10', '007', '1e3',
              '99999999999999999999', '9223372036854775807', '9223372036854775808',
              '-9223372036854775808', '-9223372036854775809', '\t12\n', '', '  ', '-0',
              '+_1', 'abc', '12abc', '1 2', '+', '-', '0', '00', '\u00a012\u2003', 'x' * 300]:
        r = run(lambda: int(s))
        if isinstance(r, int) and not i64(r):
            r = '!OverflowError: int too large to convert to int64 (krait ints are 64-bit)'
        emit('str_to_i64', s, r)
    for s, b in [('0x1f', 0), ('1f', 16), ('0X1F', 16), ('010', 0), ('0', 0), ('00', 0),
                 ('0b101', 0), ('z', 36), ('0o17', 8), ('12', 2), ('0_7', 0), ('0x_1f', 0),
                 ('ff', 16), ('-0x10', 16), ('777', 8), ('10', 1), ('10', 37), ('0x', 16),
                 ('1_0', 2)]:
        r = run(lambda: int(s, b))
        emit('str_to_i64_base', s, b, r)
    for s in ['1_000.5', '1e3', ' 1e3 ', 'inf', '-Infinity', '+nan', 'nAn', 'infinit',
              '0x1p3', '1.', '.5', '.', 'e5', '1e', '1_e3', '1e_3', '1e3_0', '1.5_5', '_1.0',
              '1.0_', '1e400', '1e-400', '-0', '  +1.5E+3\n', 'in f', '1,5', '0000.5', 'abc',
              '', '0.1', '2.2250738585072011e-308', '4.9e-324', '1.7976931348623159e308',
              '123456789012345678901234567890', '-.5e-3', '1._5', '1e+', '+-1', 'INF',
              '-iNfInItY', ' nan ']:
        r = run(lambda: float(s))
        emit('str_to_f64', s, r if isinstance(r, str) else repr(r))


MATH1 = ['sqrt', 'exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sin', 'cos', 'tan',
         'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'fabs',
         'erf', 'erfc', 'gamma', 'lgamma', 'degrees', 'radians', 'cbrt']


def gen_math():
    xs = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -2.0, 3.7, -3.7, 10.0, 100.0, 700.0, 710.0,
          1000.0, -1000.0, 1e-20, 1e-300, 1e300, float('inf'), float('-inf'), float('nan'),
          0.1, 171.5, 200.5, -200.5, 141.2, -141.2, 23.0, 24.0, 1.5, 0.9999999, -0.9999999,
          5.5, 1e-25, -1e-25, -170.5, -2.5, 7.3, 30.0, 1025.0, 2000.0]
    xs += [rng.uniform(-50, 50) for _ in range(60)] + [rng.uniform(0, 200) for _ in range(40)]
    for name in MATH1:
        f = getattr(math, name)
        for x in xs:
            r = run(lambda: f(x))
            emit('math1', name, hx(x), r if isinstance(r, str) else repr(r))
    pairs = [(1.0, 0.0), (0.0, 0.0), (-0.0, -1.0), (3.0, 4.0), (1e308, 1e308), (2.0, 0.5),
             (-8.0, 0.5), (0.0, -1.0), (-0.0, -3.0), (10.0, 400.0), (float('inf'), 1.0),
             (1.0, float('inf')), (float('nan'), 0.0), (1.0, float('nan')), (5.5, 2.0),
             (-5.5, 2.0), (5.5, -2.0), (7.0, 0.0), (float('inf'), float('inf')),
             (float('-inf'), 3.0), (float('-inf'), -3.0), (0.5, float('-inf')), (2.0, 1e-300),
             (100.0, 10.0), (8.0, 2.0), (1.0, 1.0), (1.0, 0.0), (2.0, -1.0), (-2.0, 3.0),
             (3.0, 2.0), (4.5, 1.5), (-1.0, float('inf')), (1e-310, 3.0)]
    for name in ['atan2', 'hypot', 'fmod', 'copysign', 'pow', 'log_base', 'remainder']:
        f = (lambda a, b: math.log(a, b)) if name == 'log_base' else getattr(math, name)
        for a, b in pairs:
            r = run(lambda: f(a, b))
            emit('math2', name, hx(a), hx(b), r if isinstance(r, str) else repr(r))
    for x, i in [(1.0, 5000), (1.0, -5000), (1.5, 10), (0.0, 100000), (3.0, -1080), (1.0, 1023),
                 (1.0, 1024), (float('inf'), 1)]:
        r = run(lambda: math.ldexp(x, i))
        emit('ldexp', hx(x), i, r if isinstance(r, str) else repr(r))
    for name in ['floor', 'ceil', 'trunc']:
        f = getattr(math, name)
        for x in xs + [1e18, -1e18, 2.0**63, -2.0**63]:
            r = run(lambda: f(x))
            if isinstance(r, int) and not i64(r):
                r = '!OverflowError: int too large to convert to int64 (krait ints are 64-bit)'
            emit('math_toint', name, hx(x), r)
    for n in [-1, 0, 1, 5, 10, 20]:
        emit('math_int', 'factorial', n, 0, run(lambda: math.factorial(n)))
    for a, b in [(0, 0), (12, 18), (-12, 18), (7, 0), (2**62, 3), (-4, -6), (17, 5),
                 (10**18, 10**12)]:
        emit('math_int', 'gcd', a, b, math.gcd(a, b))
        r = math.lcm(a, b)
        if i64(r):
            emit('math_int', 'lcm', a, b, r)
    for n in [-1, 0, 1, 2, 3, 4, 15, 16, 17, 10**18, 2**63 - 1, 99999999999999999]:
        emit('math_int', 'isqrt', n, 0, run(lambda: math.isqrt(n)))
    for n, k in [(5, 2), (10, 0), (10, 10), (10, 11), (-1, 2), (1, -2), (60, 30), (67, 33),
                 (100, 3), (1000, 5), (62, 31), (20, 20)]:
        for name in ['comb', 'perm']:
            r = run(lambda: getattr(math, name)(n, k))
            if isinstance(r, str) or i64(r):
                emit('math_int', name, n, k, r)
    for a, b, rt, at in [(1.0, 1.0 + 1e-10, 1e-9, 0.0), (1.0, 1.1, 1e-9, 0.0),
                         (0.0, 1e-10, 1e-9, 0.0), (0.0, 1e-10, 1e-9, 1e-9),
                         (float('inf'), float('inf'), 1e-9, 0.0), (float('nan'), 1.0, 1e-9, 0.0),
                         (1.0, 1.0, -1.0, 0.0), (1.0, 2.0, 0.6, 0.0)]:
        r = run(lambda: math.isclose(a, b, rel_tol=rt, abs_tol=at))
        emit('isclose', hx(a), hx(b), hx(rt), hx(at), r)


def gen_random():
    for seed in [0, 1, 2, 42, 12345, 2**32 - 1, 2**32, 2**40, 2**63 - 1, -5, -2**63]:
        r = random.Random(seed)
        emit('rand', seed, 'random', ' '.join(repr(r.random()) for _ in range(20)))
        r = random.Random(seed)
        emit('rand', seed, 'randint_1_6', ' '.join(str(r.randint(1, 6)) for _ in range(30)))
        r = random.Random(seed)
        emit('rand', seed, 'randint_big',
             ' '.join(str(r.randint(-10**18, 10**18)) for _ in range(10)))
        r = random.Random(seed)
        emit('rand', seed, 'randrange_3_100_7',
             ' '.join(str(r.randrange(3, 100, 7)) for _ in range(20)))
        r = random.Random(seed)
        emit('rand', seed, 'randrange_50_0_-3',
             ' '.join(str(r.randrange(50, 0, -3)) for _ in range(20)))
        r = random.Random(seed)
        emit('rand', seed, 'gauss', ' '.join(repr(r.gauss(1.0, 2.0)) for _ in range(11)))
        r = random.Random(seed)
        emit('rand', seed, 'normalvariate',
             ' '.join(repr(r.normalvariate(0.0, 1.0)) for _ in range(10)))
        r = random.Random(seed)
        emit('rand', seed, 'expovariate', ' '.join(repr(r.expovariate(1.5)) for _ in range(5)))
        r = random.Random(seed)
        emit('rand', seed, 'uniform', ' '.join(repr(r.uniform(-3.0, 5.0)) for _ in range(10)))
        r = random.Random(seed)
        emit('rand', seed, 'getrandbits',
             ' '.join(str(r.getrandbits(k)) for k in [1, 5, 31, 32, 33, 48, 63, 64, 0, 17]))
        r = random.Random(seed)
        lst = list(range(20))
        r.shuffle(lst)
        emit('rand', seed, 'shuffle20', ' '.join(map(str, lst)))
        r = random.Random(seed)
        emit('rand', seed, 'choice10', ' '.join(str(r.choice(range(10))) for _ in range(15)))
    for a, b, c in [(5, 1, 1), (5, 5, 1), (0, 10, 0), (0, 10, -1), (10, 0, 2)]:
        emit('randrange_err', a, b, c, run(lambda: random.randrange(a, b, c)))
    emit('randint_err', 5, 1, run(lambda: random.randint(5, 1)))


def py_list_repr(lst):
    return repr(lst)


def gen_str_ops():
    strs = ['', 'a', 'hello world', '  padded  ', '\t\n x y \r\n', 'a,b,,c', 'caf\u00e9 na\u00efve',
            '\u65e5\u672c\u8a9e\u3000\u30c6\u30b9\u30c8', 'aaa', 'abcabcabc', 'MiXeD CaSe 123',
            '\u00a0nbsp\u00a0', 'x\u2003y', '\x1cfs\x1f',
            'Stra\u00dfe \u00ff\u00b5 \u00c0\u00de\u00e0\u00fe \u00d7\u00f7',
            '\u0100\u0101\u0139\u013a\u0131\u017f\u0178 \u0391\u03b1\u03c9\u03a9\u03c2x',
            '\u041f\u0440\u0438\u0432\u0435\u0442 \u0400\u0450']
    for s in strs:
        emit('str_un', 'upper', s, s.upper())
        emit('str_un', 'lower', s, s.lower())
        for name in ['strip', 'lstrip', 'rstrip']:
            emit('str_un', name, s, getattr(s, name)())
        emit('str_un', 'len', s, len(s))
        emit('str_un', 'split', s, repr(s.split()))
        emit('str_un', 'repr', s, repr(s))
        for sep in [',', 'a', ' ', 'bc', 'zz', '']:
            emit('str_bin', 'split', s, sep, run(lambda: repr(s.split(sep))))
            emit('str_bin', 'find', s, sep, s.find(sep))
            emit('str_bin', 'count', s, sep, s.count(sep))
            emit('str_bin', 'contains', s, sep, sep in s)
            emit('str_bin', 'startswith', s, sep, s.startswith(sep))
            emit('str_bin', 'endswith', s, sep, s.endswith(sep))
            emit('str_bin', 'concat', s, sep, s + sep)
            emit('str_bin', 'cmp', s, sep, (s > sep) - (s < sep))
            emit('str_bin', 'strip_chars', s, sep, s.strip(sep) if sep else s.strip())
            emit('str_bin', 'join', sep, s, sep.join(s.split(',')))
            for new in ['', 'XY']:
                emit('str_tri', 'replace', s, sep, new, s.replace(sep, new))
        for i in [0, 1, -1, 3, -3, 5, 20, -20]:
            emit('str_getitem', s, i, run(lambda: s[i]))
        for n in [-1, 0, 1, 3]:
            emit('str_repeat', s, n, s * n)
        for a, b, st in [(0, 3, 1), (1, -1, 1), (None, None, -1), (None, None, 2), (-3, None, 1),
                         (5, 1, -2), (None, 4, 1), (2, None, -1), (0, 0, 0)]:
            flags = (1 if a is None else 0) | (2 if b is None else 0)
            emit('str_slice', s, a or 0, b or 0, st, flags, run(lambda: s[a:b:st]))
    for cp in [0, 65, 233, 0x65E5, 0x1F600, 0x10FFFF, 0x110000, -1]:
        emit('chr', cp, run(lambda: repr(chr(cp))))
    for s in ['a', '\u00e9', '\U0001F600', '', 'ab']:
        emit('ord', s, run(lambda: ord(s)))


def gen_list_ops():
    for n in [0, 1, 5, 10]:
        base = list(range(n))
        for a in [None, 0, 1, -1, 3, -3, 7, 20, -20]:
            for b in [None, 0, 2, -1, 5, 20, -20]:
                for st in [1, 2, 3, -1, -2, 0]:
                    flags = (1 if a is None else 0) | (2 if b is None else 0)
                    emit('list_slice', n, a or 0, b or 0, st, flags,
                         run(lambda: repr(base[a:b:st])))
        for i in [0, 1, -1, n, -n, -n - 1, 2]:
            emit('list_index', n, i, run(lambda: base[i]))
            lst = list(base)
            emit('list_pop', n, i, run(lambda: '%d %r' % (lst.pop(i), lst)))
            lst = list(base)
            lst.insert(i, 99)
            emit('list_insert', n, i, repr(lst))
        for k in [0, 1, 3]:
            emit('list_repeat', n, k, repr(base * k))
    for _ in range(60):
        n = rng.randint(0, 40)
        xs = [rng.randint(-5, 5) for _ in range(n)]
        for rev in (False, True):
            emit('sort_i64', ' '.join(map(str, xs)), int(rev), repr(sorted(xs, reverse=rev)))
        fs = [rng.choice([0.5, -0.0, 0.0, 1.5, -2.25, 3.0]) for _ in range(n)]
        for rev in (False, True):
            emit('sort_f64', ' '.join(map(hx, fs)), int(rev), repr(sorted(fs, reverse=rev)))
        ss = [rng.choice(['b', 'a', 'ab', '', 'B', '\u00e9', 'ba']) for _ in range(n)]
        for rev in (False, True):
            emit('sort_str', '\x01'.join(ss), int(rev), repr(sorted(ss, reverse=rev)))
    pairs = [([], []), ([1], []), ([1, 2], [1, 3]), ([1, 2, 3], [1, 2]), ([2], [1, 5]),
             ([1, 2], [1, 2])]
    for a, b in pairs:
        emit('list_cmp', ' '.join(map(str, a)), ' '.join(map(str, b)), (a > b) - (a < b))
    for xs, x in [([1, 2, 3], 2), ([1, 2, 3], 5), ([], 1), ([4, 4, 4], 4)]:
        emit('list_find', ' '.join(map(str, xs)), x,
             run(lambda: '%d %d' % (xs.index(x), xs.count(x))))


def gen_exc():
    names = ['Exception', 'ArithmeticError', 'ZeroDivisionError', 'OverflowError', 'ValueError',
             'TypeError', 'IndexError', 'KeyError', 'AssertionError', 'RuntimeError',
             'NotImplementedError', 'MemoryError', 'RecursionError', 'StopIteration',
             'SystemExit', 'LookupError', 'FloatingPointError', 'KeyboardInterrupt',
             'UnboundLocalError', 'NameError']
    import builtins
    for a in names:
        for b in names:
            emit('exc_matches', a, b, issubclass(getattr(builtins, a), getattr(builtins, b)))


def main():
    for g in [gen_float_repr, gen_float_format, gen_int_format, gen_str_format, gen_complex,
              gen_f32, gen_str_repr, gen_percent, gen_int_arith, gen_float_arith, gen_parse,
              gen_math, gen_random, gen_str_ops, gen_list_ops, gen_exc]:
        g()
    sys.stdout.write('\n'.join(OUT) + '\n')


if __name__ == '__main__':
    main()
