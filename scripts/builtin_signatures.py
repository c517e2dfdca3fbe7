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


def entry(name, obj):
    """The name, the signature, the docstring and the kind (`type(obj).__name__`: `method` for random's bound
    methods, `function` for os.path's Python functions)."""
    sig = signature(obj)
    doc = inspect.getdoc(obj) or ""
    if sig is None and not doc:
        return None
    return name, sig, doc, type(obj).__name__


def class_entries():
    """The built-in classes: the name, the `Init signature` as IPython finds it (the class's signature, else its
    `__init__`'s, `(self, /, *args, **kwargs)` for most) and the docstring."""
    found = []
    for name in sorted(dir(builtins)):
        obj = getattr(builtins, name)
        if name.startswith("_") or not isinstance(obj, type):
            continue
        sig = signature(obj) or signature(obj.__init__)
        found.append((name, sig, inspect.getdoc(obj) or "", "type"))
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
                found.append(entry(f"{module_name}.{name}", obj))
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
    for name, sig, doc, kind in found:
        print(f"        Entry(name: {swift(name)}, parameters: {swift(sig)}, kind: {swift(kind)},")
        print(f"              doc: {swift(doc)}),")


main()
