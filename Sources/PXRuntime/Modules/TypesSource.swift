/// The `types` module, written in the language as CPython writes it: the types of built-in values that have
/// no built-in name, and `SimpleNamespace`.
enum TypesSource {
    static let text = #"""
"""Define names for built-in types that aren't directly accessible as a builtin."""
import sys as _sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(compile("", "<types>", "exec"))


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del _f, _g, _C


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        return name + "(" + ", ".join(f"{key}={value!r}" for key, value in vars(self).items()) + ")"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return vars(self) == vars(other)
        return NotImplemented

    def __hash__(self):
        # (CPython's SimpleNamespace is a C type: its messages name it with its module.)
        name = "types.SimpleNamespace" if type(self) is SimpleNamespace else type(self).__name__
        raise TypeError(f"unhashable type: '{name}'")
"""#
}
