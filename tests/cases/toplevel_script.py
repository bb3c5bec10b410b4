# A script with code at module level and no main() function.
import math

total = 0
for i in range(1, 11):
    total += i * i
print("sum of squares:", total)

words = "the quick brown fox".split()
longest = ""
for w in words:
    if len(w) > len(longest):
        longest = w
print("longest word:", longest, len(longest))

x = 2.0
for k in range(5):
    x = math.sqrt(x)
print(f"2 ** (1/32) = {x:.15f}")
