class A: pass
class B(A): pass
class C: pass
class D(B, C): pass


d = D()
print(isinstance(d, A), isinstance(d, (C, int)), isinstance(d, (int, str)))
print(issubclass(D, A), issubclass(D, (int, C)), issubclass(A, A), issubclass(A, B))
print(issubclass(bool, int), isinstance(True, int), isinstance(1, bool), issubclass(int, object))
print(isinstance(A, type), isinstance(d, object), type(d) is D, type(A).__name__)
print(isinstance([], list), isinstance({}, dict), isinstance("", (bytes, str)), isinstance(1.0, int))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print([k.__name__ for k in D.__bases__], D.__name__)
try:
    isinstance(d, "A")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(d, A)
except TypeError as e:
    print("TypeError:", e)
