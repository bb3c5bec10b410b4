# error: sets in a pythran export line

#pythran export f(int set)
def f(s):
    return 1
