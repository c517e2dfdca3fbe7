# oracle: script — sys.argv holds the script name as `python3 NAME.py` gives it
import sys
print(sys.argv, len(sys.argv), sys.argv[0].endswith(".py"))
print(isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path), type(sys.path[0]).__name__)
print(sys.maxsize == 2 ** 63 - 1, sys.platform, sys.version_info[0], sys.version_info >= (3, 0))
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
print("before exit")
sys.exit(0)
print("never printed")
