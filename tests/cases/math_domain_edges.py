# math functions at domain edges: zeros, infinities, exact integers, large arguments.
import math


def main() -> None:
    inf = math.inf
    print(math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(inf), math.sqrt(2.0), math.sqrt(1e-320))
    print(math.log(1.0), math.log(math.e), math.log(inf), math.log10(1000.0), math.log2(1024.0), math.log(8.0, 2.0))
    print(math.exp(0.0), math.exp(-inf), math.exp(709.0), math.exp(-745.0), math.exp(1.0))
    print(math.sin(0.0), math.cos(0.0), math.tan(0.0), math.atan(inf), math.atan2(0.0, -1.0), math.atan2(-0.0, -1.0))
    print(math.asin(1.0), math.acos(-1.0), math.acos(1.0), math.hypot(3.0, 4.0), math.hypot(1e200, 1e200))
    print(math.floor(1e17), math.ceil(-1e-300), math.floor(-0.0), math.ceil(2.0000000001), math.trunc(1e18))
    print(math.pow(2.0, 0.5), math.pow(0.0, 0.0), math.pow(-2.0, 3.0), math.pow(inf, -1.0), math.pow(1.0, inf))
    print(math.fabs(-0.0), math.fabs(-inf), math.copysign(3.0, -0.0), math.degrees(math.pi), math.radians(180.0))
    print(math.factorial(0), math.factorial(20), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(7, 0))
    print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.sinh(0.0), math.cosh(0.0), math.tanh(inf))
    print(math.pi, math.e, math.tau, -math.inf, math.nan)
    print(math.floor(2.5) + 1, math.ceil(2.5) * 2, math.sqrt(16), math.log(100, 10), math.exp(2))
    print(math.fmod(5.5, 2.0), math.fmod(-5.5, 2.0))
    print(math.erf(0.5), math.erfc(0.5), math.gamma(5.0), math.lgamma(10.0), math.expm1(1e-10), math.log1p(1e-10))
    print(math.isqrt(99), math.comb(10, 3), math.perm(5, 2))


if __name__ == "__main__":
    main()
