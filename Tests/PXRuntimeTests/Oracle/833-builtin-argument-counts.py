# The words of CPython's TypeError for a wrong number of arguments to each built-in (they follow the C
# argument parser each uses), and bytes() with and without an encoding.
table = {"abs": abs, "all": all, "any": any, "ascii": ascii, "bin": bin, "callable": callable, "chr": chr, "delattr": delattr, "dir": dir, "divmod": divmod, "format": format, "getattr": getattr, "globals": globals, "locals": locals, "hasattr": hasattr, "hash": hash, "hex": hex, "id": id, "isinstance": isinstance, "issubclass": issubclass, "iter": iter, "len": len, "max": max, "min": min, "next": next, "oct": oct, "ord": ord, "pow": pow, "repr": repr, "round": round, "setattr": setattr, "sorted": sorted, "sum": sum, "vars": vars, "__import__": __import__, "bool": bool, "bytes": bytes, "dict": dict, "enumerate": enumerate, "filter": filter, "float": float, "frozenset": frozenset, "int": int, "list": list, "map": map, "object": object, "range": range, "reversed": reversed, "set": set, "slice": slice, "str": str, "tuple": tuple, "type": type, "zip": zip, "property": property, "staticmethod": staticmethod, "classmethod": classmethod, "super": super}
for n, f in table.items():
    for args in [(), (1,), (1, 1), (1, 1, 1), (1, 1, 1, 1), (1, 1, 1, 1, 1, 1)]:
        try:
            f(*args)
        except TypeError as e:
            m = str(e)
            if "argument" in m and ("given" in m or "expected" in m or "takes" in m or "missing" in m):
                print(n, len(args), "|", m)
        except Exception:
            pass
for args in [("abc",), ("abc", "utf-8"), ("é", "ascii"), ("abc", "utf-8", "strict"), (5, "utf-8"), (3,), ([1, 2],)]:
    try:
        print(bytes(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(bytes("é", encoding="latin-1"), bytes(source=b"x"))
try:
    bytes(errors="strict")
except TypeError as e:
    print(e)
