results = []
for v in [4, 0, "x", 2, None]:
    try:
        results.append(8 // v)
    except ZeroDivisionError:
        results.append("div0")
        continue
    except TypeError as e:
        results.append("type:" + type(v).__name__)
    finally:
        results.append("f")
print(results)
for i in range(5):
    try:
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop, i =", i)
def find_first_negative(xs):
    for idx, x in enumerate(xs):
        try:
            if x < 0:
                return idx
        finally:
            print("checked", idx)
    return -1
print(find_first_negative([3, 1, -4, 1]))
errors = {}
for token in ["1", "2.5", "abc", "", "7"]:
    try:
        n = int(token)
    except ValueError as e:
        errors[token] = str(e)
    else:
        print("parsed", n)
print(errors)
