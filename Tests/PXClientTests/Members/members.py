"""List every public member of ipyparallel's client API with its signature and defaults.

Run by regenerate.sh in a virtual environment with ipyparallel 9.2.0; prints the member table that
MemberTableTests compares swiftpx against. One member per line, fields separated by tabs:

    NAME  KIND  SIGNATURE-OR-DEFAULT  ERROR-PREFIX

- NAME: `Class.member` for Client, DirectView, LoadBalancedView, AsyncResult, AsyncMapResult and Cluster;
  `ipyparallel.name` for the module.
- KIND: method, classmethod, property, attribute (a traitlets trait or a class attribute), class,
  function, value, module.
- SIGNATURE-OR-DEFAULT: `inspect.signature` without `self` for callables; `repr` of the default for
  attributes and values; empty otherwise.
- ERROR-PREFIX: how Python names the callable when a call does not bind (a bogus keyword is passed and the
  TypeError's text is kept up to "got an unexpected keyword argument"): `Client.abort() ` when Python names
  it, empty when a decorator re-binds the arguments and the message names nothing, `*` when the callable
  takes **kwargs (any keyword binds, so there is nothing to probe).

Members that come from traitlets' HasTraits/Configurable machinery (observe, trait_names, ...) are left out:
they are Python object plumbing, not ipyparallel's API. Cluster's coroutine methods also get their `_sync`
twins (made on demand by Cluster.__getattr__), with the coroutine's signature.
"""
import inspect
import types

import ipyparallel as ipp
import traitlets
import traitlets.config

MACHINERY = set()
for base in (traitlets.HasTraits, traitlets.config.Configurable, traitlets.config.LoggingConfigurable):
    MACHINERY |= {n for n in dir(base) if not n.startswith("_")}

PROBE = "unexpected_probe_keyword"


def signature_text(obj, drop_first):
    try:
        s = inspect.signature(obj)
    except (TypeError, ValueError):
        return ""
    params = list(s.parameters.values())
    if drop_first and params and params[0].name in ("self", "cls"):
        params = params[1:]
    return str(s.replace(parameters=params, return_annotation=inspect.Signature.empty))


def takes_var_keywords(obj):
    try:
        return any(p.kind is p.VAR_KEYWORD for p in inspect.signature(obj).parameters.values())
    except (TypeError, ValueError):
        return True


def error_prefix(call, obj, drop_first=False):
    """The text before 'got an unexpected keyword argument' when `call` gets a keyword it does not take (its
    required positional parameters get None, so the keyword is the only thing wrong)."""
    if takes_var_keywords(obj):
        return "*"
    params = list(inspect.signature(obj).parameters.values())[1 if drop_first else 0:]
    required = [None for p in params if p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    try:
        result = call(*required, **{PROBE: 1})
        if inspect.iscoroutine(result):
            result.close()
    except TypeError as e:
        text = str(e)
        marker = "got an unexpected keyword argument"
        if marker in text:
            return text[: text.index(marker)]
        return "?" + text
    return "?"


def owner(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass
    return None


def class_rows(cls):
    rows = []
    traits = cls.class_traits() if hasattr(cls, "class_traits") else {}
    names = sorted(n for n in dir(cls) if not n.startswith("_"))
    coroutines = []
    for name in names:
        klass = owner(cls, name)
        module = getattr(klass, "__module__", "")
        if name in MACHINERY and name not in traits and not module.startswith("ipyparallel"):
            continue
        raw = inspect.getattr_static(cls, name)
        qualified = f"{cls.__name__}.{name}"
        if name in traits:
            rows.append((qualified, "attribute", repr(traits[name].default_value), ""))
        elif isinstance(raw, property):
            rows.append((qualified, "property", "", ""))
        elif isinstance(raw, classmethod):
            bound = getattr(cls, name)
            rows.append((qualified, "classmethod", signature_text(bound, False), error_prefix(bound, bound)))
        elif callable(raw):
            rows.append((qualified, "method", signature_text(raw, True),
                         error_prefix(lambda *a, **kw: raw(None, *a, **kw), raw, True)))
            if inspect.iscoroutinefunction(raw):
                coroutines.append((name, raw))
        else:
            rows.append((qualified, "attribute", repr(raw), ""))
    if cls is ipp.Cluster:
        for name, raw in coroutines:
            rows.append((f"{cls.__name__}.{name}_sync", "method", signature_text(raw, True),
                         error_prefix(lambda *a, **kw: raw(None, *a, **kw), raw, True)))
    return sorted(rows)


def module_rows():
    rows = []
    for name in sorted(n for n in dir(ipp) if not n.startswith("_")):
        value = getattr(ipp, name)
        qualified = f"ipyparallel.{name}"
        if isinstance(value, types.ModuleType):
            if value.__name__.startswith("ipyparallel."):
                rows.append((qualified, "module", "", ""))
        elif inspect.isclass(value):
            init = value.__init__
            text = signature_text(init, True) if init is not object.__init__ else ""
            if issubclass(value, BaseException):
                text = ""
            rows.append((qualified, "class", text, ""))
        elif callable(value):
            rows.append((qualified, "function", signature_text(value, False), error_prefix(value, value)))
        elif isinstance(value, (str, int, float, tuple)):
            rows.append((qualified, "value", repr(value), ""))
    return rows


def main():
    print(f"# ipyparallel {ipp.__version__}: its public client API (Tests/PXClientTests/Members/members.py)")
    for cls in (ipp.Client, ipp.DirectView, ipp.LoadBalancedView, ipp.AsyncResult, ipp.AsyncMapResult,
                ipp.Cluster):
        for row in class_rows(cls):
            print("\t".join(row))
    for row in module_rows():
        print("\t".join(row))


if __name__ == "__main__":
    main()
