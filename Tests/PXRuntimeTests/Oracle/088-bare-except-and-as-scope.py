try:
    pass
except Exception:
    print("unreached")
else:
    print("else without exception")
try:
    int("12")
except:
    print("unreached bare")
try:
    [].pop()
except:
    print("bare except caught")
try:
    raise ZeroDivisionError
except ZeroDivisionError as e:
    print(repr(e), "[" + str(e) + "]")
e = "kept"
try:
    1 / 0
except ZeroDivisionError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError", ne)
