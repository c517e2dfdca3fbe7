x = "global x"
def read_global():
    return x
def shadow_local():
    x = "local x"
    return x
print(read_global(), shadow_local(), x)
def uses_later_global():
    return later
later = "defined after the function"
print(uses_later_global())
def param_shadows(x):
    return x * 2
print(param_shadows(21), x)
for loop_var in range(3):
    pass
print(loop_var)
squares = [sq_var * sq_var for sq_var in range(3)]
try:
    print(sq_var)
except NameError as e:
    print("NameError", e)
def outer():
    y = "outer y"
    def inner():
        return y, x
    return inner()
print(outer())
def modifies_mutable_global():
    registry.append("added")
registry = []
modifies_mutable_global()
print(registry)
def count_calls():
    global calls
    calls = calls + 1
calls = 0
for _ in range(4):
    count_calls()
print(calls)
def default_scope(v=x):
    return v
x = "rebound"
print(default_scope(), read_global())
def locals_inside_if(flag):
    if flag:
        inner_var = "assigned"
    else:
        inner_var = "other branch"
    return inner_var
print(locals_inside_if(True), locals_inside_if(False))
print([x for x in "ab"], x)
