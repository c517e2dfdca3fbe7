order = []


def deco(name):
    def decorate(func):
        order.append("apply " + name)
        def wrapper(*args):
            order.append("enter " + name)
            result = func(*args)
            order.append("leave " + name)
            return f"{name}({result})"
        return wrapper
    return decorate


@deco("outer")
@deco("middle")
@deco("inner")
def base(x):
    order.append("base")
    return x


print(base(1))
for line in order:
    print(line)
