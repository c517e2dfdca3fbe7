/// The `typing` module, written in the language: it runs in the module's namespace when the module is imported.
enum TypingSource {
    static let text = #"""
"""The typing module: names for annotations. swiftpx accepts annotations everywhere and does not check them;
these objects print and subscript as CPython's do."""


class _Special:
    def __init__(self, name, args=None):
        self._name = name
        self.__args__ = args

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Special(self._name, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate typing.{self._name}")

    def __repr__(self):
        if self.__args__ is None:
            return 'typing.' + self._name
        return 'typing.%s[%s]' % (self._name, ', '.join(_type_repr(a) for a in self.__args__))

    def __or__(self, other):
        return _Special('Union', (self, other))

    def __ror__(self, other):
        return _Special('Union', (other, self))


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, list):
        return '[%s]' % ', '.join(_type_repr(a) for a in obj)
    return repr(obj)


Any = _Special('Any')
Callable = _Special('Callable')
ClassVar = _Special('ClassVar')
Final = _Special('Final')
Literal = _Special('Literal')
Optional = _Special('Optional')
Union = _Special('Union')
Tuple = _Special('Tuple')
List = _Special('List')
Dict = _Special('Dict')
Set = _Special('Set')
FrozenSet = _Special('FrozenSet')
DefaultDict = _Special('DefaultDict')
OrderedDict = _Special('OrderedDict')
Counter = _Special('Counter')
Deque = _Special('Deque')
Type = _Special('Type')
Iterable = _Special('Iterable')
Iterator = _Special('Iterator')
Generator = _Special('Generator')
Sequence = _Special('Sequence')
MutableSequence = _Special('MutableSequence')
Mapping = _Special('Mapping')
MutableMapping = _Special('MutableMapping')
Collection = _Special('Collection')
Container = _Special('Container')
Hashable = _Special('Hashable')
Sized = _Special('Sized')
Reversible = _Special('Reversible')
AbstractSet = _Special('AbstractSet')
NoReturn = _Special('NoReturn')
Never = _Special('Never')
Self = _Special('Self')
TypeAlias = _Special('TypeAlias')
Annotated = _Special('Annotated')
SupportsInt = _Special('SupportsInt')
SupportsFloat = _Special('SupportsFloat')
Text = str
AnyStr = _Special('AnyStr')
TYPE_CHECKING = False


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound

    def __repr__(self):
        return '~' + self.__name__


class Generic:
    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    pass


def cast(typ, val):
    """Cast a value to a type. This returns the value unchanged."""
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def runtime_checkable(cls):
    return cls


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    return dict(getattr(obj, '__annotations__', {}))


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type
"""#
}
