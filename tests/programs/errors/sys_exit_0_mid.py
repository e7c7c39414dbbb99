# sys.exit(0) in the middle of a loop ends the program with status 0.
import sys

for i in range(10):
    print("iteration", i)
    if i == 3:
        sys.exit(0)
print("not reached")
