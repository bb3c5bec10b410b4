# error: an export line with the wrong number of types

#pythran export f(int, (int, float) list)
def f(x):
    return x
