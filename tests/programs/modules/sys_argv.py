# sys.argv holds just the script name when run without arguments.
import sys

print(len(sys.argv))
args: list[str] = sys.argv[1:]
print(args, len(args))
if len(sys.argv) > 1:
    print("got arguments")
else:
    print("no arguments")
