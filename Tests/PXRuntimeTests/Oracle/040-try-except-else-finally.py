def attempt(x):
    try:
        r = 10 / x
    except ZeroDivisionError as e:
        print("  except:", e)
        r = None
    else:
        print("  else: no exception")
    finally:
        print("  finally runs")
    return r

print(attempt(2))
print(attempt(0))
for bad in [lambda: [][1], lambda: {}["k"], lambda: int("x"), lambda: 1 + "a"]:
    try:
        bad()
    except (IndexError, KeyError) as e:
        print("lookup error:", type(e).__name__, e)
    except (ValueError, TypeError) as e:
        print("value/type error:", type(e).__name__, e)
try:
    undefined_name
except Exception as e:
    print("Exception catches", type(e).__name__)
try:
    raise ValueError("custom message")
except ValueError as err:
    print(err, repr(err))
try:
    raise KeyError("k")
except Exception as e:
    print("Exception base catches", repr(e))
try:
    try:
        raise TypeError("inner")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer caught", e)
def ret_in_try():
    try:
        return "from try"
    finally:
        print("finally before return")
print(ret_in_try())
