# error: an export line that names no defined function

#pythran export g(int)
def f(x):
    return x
