def risky():
    try:
        return 1 / 0
    except ZeroDivisionError:
        return {}["missing"]


try:
    risky()
except KeyError as e:
    print(repr(e), type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError("first")
    finally:
        print("finally runs")
except ValueError as e:
    print("caught", e, e.__context__)
try:
    try:
        raise TypeError("inner")
    except TypeError as inner:
        try:
            raise ValueError("middle")
        except ValueError as middle:
            raise RuntimeError("outer")
except RuntimeError as e:
    chain = []
    while e is not None:
        chain.append(type(e).__name__)
        e = e.__context__
    print(chain)
