# types: the types of functions, generators, methods, built-ins and modules, and SimpleNamespace.
import sys
import types


def plain():
    pass


def gen():
    yield 1


class K:
    def method(self):
        pass


print(isinstance(plain, types.FunctionType), isinstance(lambda: 0, types.LambdaType), types.FunctionType)
print(isinstance(gen(), types.GeneratorType), isinstance(K().method, types.MethodType), isinstance(len, types.FunctionType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(sys, types.ModuleType), types.NoneType, types.NotImplementedType, types.CodeType)
print(type(compile("1", "f", "eval")) is types.CodeType)

ns = types.SimpleNamespace(b=2, a=1)
print(ns, ns.a, ns.b, repr(ns))
ns.c = [3]
del ns.b
print(ns, vars(ns))
print(ns == types.SimpleNamespace(a=1, c=[3]), ns == types.SimpleNamespace(a=1), ns != types.SimpleNamespace())
print(types.SimpleNamespace(), type(ns).__name__, type(ns).__module__, type(ns))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(ns)
except TypeError as e:
    print("TypeError:", e)


class Point(types.SimpleNamespace):
    pass


p = Point(x=1, y=2)
print(p, p == types.SimpleNamespace(x=1, y=2), isinstance(p, types.SimpleNamespace))
print(getattr(types.SimpleNamespace(nested=types.SimpleNamespace(z=0)), "nested"))
