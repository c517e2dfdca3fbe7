# The shapes of function bodies: returns, ifs that return, fall-through, loops.
def fall_through(x):
    y = x + 1

def bare_return(x):
    if x:
        return
    return x

def if_else_both(x):
    if x > 0:
        return "pos"
    else:
        return "non-pos"

def if_no_else_last(x):
    if x > 0:
        return "pos"

def chain(x):
    if x < 0:
        return "neg"
    if x == 0:
        return "zero"
    if x < 10:
        y = x * 2
        return y
    return "big"

def nested(x, y):
    if x:
        if y:
            return "both"
        return "x only"
    elif y:
        return "y only"
    return "neither"

def loop_return(items):
    for i in items:
        if i > 2:
            return i
    return None

def while_return(n):
    i = 0
    while True:
        i += 1
        if i * i > n:
            return i

def try_return(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        return "div"
    finally:
        print("finally", x)

def statements_then_return(a):
    b = a * 2
    c = b + 1
    d = [b, c]
    return d

def raise_in_branch(x):
    if x < 0:
        raise ValueError("negative")
    return x

def returns_param(x):
    return x

def returns_after_if_with_else_assign(x):
    if x:
        r = "t"
    else:
        r = "f"
    return r

print(fall_through(1), bare_return(1), bare_return(0), bare_return(None))
print(if_else_both(1), if_else_both(0), if_no_else_last(1), if_no_else_last(-1))
print([chain(x) for x in (-5, 0, 3, 20)])
print(nested(1, 1), nested(1, 0), nested(0, 1), nested(0, 0))
print(loop_return([1, 2, 3, 4]), loop_return([]), while_return(50))
print(try_return(5))
print(try_return(0))
print(statements_then_return(4), returns_param([1]), returns_after_if_with_else_assign(0))
try:
    raise_in_branch(-1)
except ValueError as e:
    print("ValueError:", e)
print(raise_in_branch(4))

lam = lambda a, b=1: a - b
print(lam(5), lam(5, 5), (lambda: "none")())

# Unbound locals in every fast path.
def unbound_return(flag):
    if flag:
        x = 1
    return x

def unbound_condition(flag):
    if flag:
        y = 1
    if y < 2:
        return "small"
    return "big"

def unbound_argument(flag):
    if flag:
        z = 1
    return abs(z - 1)

def unbound_augmented(flag):
    if flag:
        s = 0
    s += 1
    return s

def unbound_format(flag):
    if flag:
        w = 1
    return "%d" % (w,)

for f in (unbound_return, unbound_condition, unbound_argument, unbound_augmented, unbound_format):
    print(f(True))
    try:
        f(False)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)

# Comparisons and arithmetic on mixed types in the inline paths.
def mixed(a):
    if a < 2:
        return a + 0.5
    return a * 2

print(mixed(1), mixed(1.5), mixed(3), mixed(2.5), mixed(True))
i = 3
print(i * 0.5, 0.5 * i, i + 1.25, 1.25 - i, i - 1.25, 2.0 * 3.0, 7 - 2, 3 * -4)
print(2 ** 62 * 1.0, -(2 ** 62) + 0.5, (2 ** 53 + 1) * 1.0)

def acc(items):
    total = 0
    fl = 0.0
    text = ""
    lst = []
    for x in items:
        total += x
        total -= 1
        total *= 1
        fl += x
        fl -= 0.5
        fl *= 1.0
        text += str(x)
        lst += [x]
    total += 0.25
    return total, fl, text, lst

print(acc([1, 2, 3]))

def build(n):
    s = ""
    for i in range(n):
        s += "ab"
    t = s
    s += "!"
    u = s
    s += "?"
    return len(s), len(t), s[-3:], t[-3:], u[-3:]

print(build(3), build(1000))
