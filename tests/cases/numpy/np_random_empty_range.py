# np.random.randint with an empty range raises numpy's ValueError.
import numpy as np

np.random.seed(1)
print(np.random.randint(3, 9))
print(np.random.randint(5, 5))
