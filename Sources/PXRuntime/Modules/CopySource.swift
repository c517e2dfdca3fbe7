/// The `copy` module, written in the language: it runs in the module's namespace when the module is imported.
enum CopySource {
    static let text = #"""
"""Generic (shallow and deep) copying operations."""
__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _function():
    pass


_atomic = (type(None), int, float, bool, str, bytes, type, range, type(len), type(_function), type(Ellipsis),
           type(NotImplemented))


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or cls is tuple:
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        if all(i is j for i, j in zip(x, y)):
            y = x
        else:
            y = tuple(y)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


_KEEP_ALIVE = '_keep_alive'


def _keep_alive(x, memo):
    try:
        memo[_KEEP_ALIVE].append(x)
    except KeyError:
        memo[_KEEP_ALIVE] = [x]


def _reconstruct(x, memo):
    deep = memo is not None
    cls = type(x)
    if isinstance(x, tuple):
        items = [deepcopy(a, memo) for a in x] if deep else list(x)
        y = cls(*items) if hasattr(cls, '_fields') else cls(items)
        if deep:
            memo[id(x)] = y
    else:
        y = cls.__new__(cls)
        if deep:
            memo[id(x)] = y
    getstate = getattr(x, '__getstate__', None)
    state = getstate() if getstate is not None else getattr(x, '__dict__', None)
    if state:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            y.__dict__.update(state)
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    elif isinstance(x, set):
        for item in x:
            y.add(deepcopy(item, memo) if deep else item)
    return y
"""#
}
