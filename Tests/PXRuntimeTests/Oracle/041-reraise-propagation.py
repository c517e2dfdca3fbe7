def level3(x):
    return 10 // x

def level2(x):
    return level3(x) + 1

def level1(x):
    try:
        return level2(x)
    finally:
        print("level1 finally")

try:
    level1(0)
except ZeroDivisionError as e:
    print("propagated:", e)

def log_and_reraise():
    try:
        {}["missing"]
    except KeyError as e:
        print("logging", repr(e))
        raise

try:
    log_and_reraise()
except KeyError as e:
    print("re-raised:", type(e).__name__, e)

def convert():
    try:
        int("abc")
    except ValueError:
        raise TypeError("converted")

try:
    convert()
except TypeError as e:
    print("new exception:", e)
