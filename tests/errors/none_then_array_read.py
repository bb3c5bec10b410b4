# error: a read of a None-then-array variable before its array assignment
import numpy as np
data = None
print(data)
data = np.zeros(2)
print(data)
