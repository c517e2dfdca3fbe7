"""Writes CPython 3.11's signatures, docstrings and kinds of built-in functions and methods, and the `Init
signature`s and docstrings of the built-in classes, as Swift tables."""
import builtins, functools, inspect, math, operator, os.path, random, sys, time

TYPES = [str, bytes, list, dict, set, frozenset, tuple, int, float]
# The modules by the name swiftpx registers their functions under (os.path is posixpath in CPython).
MODULES = [("math", math), ("time", time), ("random", random), ("os.path", os.path), ("functools", functools),
           ("operator", operator)]


def signature(obj):
    """`inspect.signature` as text, or None when CPython has none (as for time.sleep)."""
    try:
        return str(inspect.signature(obj))
    except (ValueError, TypeError):
        return None


def entry(name, obj, module_name=None):
    """The name, the signature, the docstring, the kind (`type(obj).__name__`: `method` for random's bound
    methods, `function` for os.path's Python functions), and for a module's function what pydoc says of it
    where that is not the module it is registered under: the module it names (`posixpath` for os.path.join,
    empty for a method of random's hidden instance, for which it names none) and the class of the instance a
    method is bound to (`random.Random`)."""
    sig = signature(obj)
    doc = inspect.getdoc(obj) or ""
    if sig is None and not doc:
        return None
    home = instance = None
    if module_name is not None:
        module = inspect.getmodule(obj)
        if (module.__name__ if module else "") != module_name:
            home = module.__name__ if module else ""
        owner = getattr(obj, "__self__", None)
        if owner is not None and not inspect.ismodule(owner) and not isinstance(owner, type):
            cls = type(owner)
            instance = f"{cls.__module__}.{cls.__qualname__}"
    return name, sig, doc, type(obj).__name__, home, instance


def class_entries():
    """The built-in classes: the name, the `Init signature` as IPython finds it (the class's signature, else its
    `__init__`'s, `(self, /, *args, **kwargs)` for most) and the docstring."""
    found = []
    for name in sorted(dir(builtins)):
        obj = getattr(builtins, name)
        if name.startswith("_") or not isinstance(obj, type):
            continue
        sig = signature(obj) or signature(obj.__init__)
        found.append((name, sig, inspect.getdoc(obj) or "", "type", None, None))
    return found


def entries():
    found = []
    for name in sorted(dir(builtins)):
        obj = getattr(builtins, name)
        if name.startswith("_") or isinstance(obj, type) or not callable(obj):
            continue
        found.append(entry(name, obj))
    for t in TYPES:
        for name in sorted(vars(t)):
            if name.startswith("_"):
                continue
            obj = getattr(t, name)
            if callable(obj):
                found.append(entry(f"{t.__name__}.{name}", obj))
    for module_name, m in MODULES:
        for name in sorted(dir(m)):
            obj = getattr(m, name)
            if not name.startswith("_") and callable(obj) and not isinstance(obj, type):
                found.append(entry(f"{module_name}.{name}", obj, module_name))
    return [e for e in found if e]


def swift(text):
    """A Swift string literal (nil for None)."""
    if text is None:
        return "nil"
    out = []
    for c in text:
        if c in '"\\':
            out.append("\\" + c)
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif ord(c) < 32 or ord(c) == 127:
            out.append("\\u{%x}" % ord(c))
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def main():
    assert sys.version_info[:2] == (3, 11), "CPython 3.11 writes the table"
    print("// Written by scripts/generate-builtin-signatures from CPython " + sys.version.split()[0] + "; do not edit.")
    print()
    print("/// CPython 3.11's signatures (`inspect.signature`) and docstrings (`inspect.getdoc`) of the built-in")
    print("/// functions, the methods of the built-in types (`dict.get`) and the functions of `math`, `time`, `random`,")
    print("/// `os.path`, `functools` and `operator`, which `obj?` and `help()` show for the ones swiftpx implements.")
    print("enum CPythonSignatures {")
    print("    /// One function: its qualified name, its parameters as `inspect.signature` prints them (nil when CPython")
    print("    /// has no signature for it, as for `time.sleep`), its docstring, and its kind (`type(f).__name__`).")
    print("    struct Entry {")
    print("        let name: String")
    print("        let parameters: String?")
    print("        let kind: String")
    print("        let doc: String")
    print("        /// The module `help()` names, where it is not the one the function is registered under (`posixpath`")
    print("        /// for `os.path.join`; empty for a method of `random`'s hidden instance: pydoc names none).")
    print("        var helpModule: String? = nil")
    print("        /// The class of the instance the function is a method of (`random.Random`), as `help()` says.")
    print("        var instance: String? = nil")
    print("    }")
    print()
    print("    /// `entries` by name (the first of a name wins).")
    print("    static func index(_ entries: [Entry]) -> [String: Entry] {")
    print("        Dictionary(entries.map { ($0.name, $0) }) { first, _ in first }")
    print("    }")
    print()
    print("    /// The entries by qualified name (`len`, `dict.get`, `math.sqrt`, `os.path.join`).")
    print("    static let byName = index(entries)")
    print()
    print("    static let entries: [Entry] = [")
    print_entries(entries())
    print("    ]")
    print()
    print("    /// The built-in classes by name (`int`, `ValueError`): the parameters of their `Init signature`, as IPython")
    print("    /// finds it (the class's signature, else its `__init__`'s), and their docstrings.")
    print("    static let classes = index(classEntries)")
    print()
    print("    static let classEntries: [Entry] = [")
    print_entries(class_entries())
    print("    ]")
    print("}")


def print_entries(found):
    for name, sig, doc, kind, home, instance in found:
        print(f"        Entry(name: {swift(name)}, parameters: {swift(sig)}, kind: {swift(kind)},")
        extra = (f", helpModule: {swift(home)}" if home is not None else "") + \
            (f", instance: {swift(instance)}" if instance is not None else "")
        print(f"              doc: {swift(doc)}{extra}),")


main()
