order = []
def tracked():
    try:
        order.append("try")
        raise ValueError("boom")
    except ValueError:
        order.append("except")
        raise
    finally:
        order.append("finally")

try:
    tracked()
except ValueError as e:
    order.append("caller:" + str(e))
print(order)
def nested_finally():
    try:
        try:
            raise IndexError("deep")
        finally:
            print("first finally")
    finally:
        print("second finally")
try:
    nested_finally()
except IndexError as e:
    print("caught", e)
try:
    raise Exception("plain", 2)
except Exception as e:
    print(type(e).__name__, e, repr(e))
def raise_instance():
    err = ValueError("prebuilt")
    raise err
try:
    raise_instance()
except ValueError as e:
    print(repr(e))
