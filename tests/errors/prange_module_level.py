# error: prange at module level
from krait import prange

total = 0
for i in prange(10):
    total += i
print(total)
