# error: an unknown return annotation on a function only exported (found by
# the fuzzer: it crashed the missing-return check)
import os


def cw999999999999999999999999999999d() -> Btr:
    return os.getcwd()


print(len(cwd()) > 0)
