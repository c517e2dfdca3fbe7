# The TypeErrors of `del obj[key]` and `x in obj` on values that do not support them, worded as CPython words
# them. `del` says "doesn't support item deletion" when the type has sequence slots (tuple, str, bytes, range,
# set, dict views, every class written in Python, and C types built as heap types such as re.Pattern and
# functools.partial) and the key is an index, and "does not support item deletion" otherwise. `in` on a value
# that cannot be iterated says "argument of type 'X' is not iterable", whatever __iter__'s own TypeError said.
import collections
import datetime
import functools
import itertools
import json
import math
import re
import sys

import numpy as np


class Plain:
    pass


class WithGetItem:
    def __getitem__(self, key):
        return key


class Indexable:
    def __index__(self):
        return 0


class IterRaises:
    def __iter__(self):
        raise TypeError("from __iter__")


class TupleChild(tuple):
    pass


class IntChild(int):
    pass


def function():
    pass


def generator():
    yield 1


Point = collections.namedtuple("Point", "x y")
values = {
    "int": 5, "bool": True, "float": 1.5, "None": None, "big int": 2 ** 100,
    "str": "ab", "tuple": (1, 2), "bytes": b"ab", "range": range(3), "set": {1}, "frozenset": frozenset([1]),
    "dict keys": {1: 2}.keys(), "dict values": {1: 2}.values(), "dict items": {1: 2}.items(),
    "function": function, "lambda": lambda: 0, "builtin": len, "method": [].append, "type": int, "class": Plain,
    "module": math, "generator": generator(), "list iterator": iter([1]), "zip": zip(), "map": map(abs, []),
    "enumerate": enumerate([]), "slice": slice(1), "exception": ValueError("x"),
    "instance": Plain(), "with __getitem__": WithGetItem(), "tuple subclass": TupleChild((1,)),
    "int subclass": IntChild(1), "namedtuple": Point(1, 2),
    "count": itertools.count(), "chain": itertools.chain(), "re pattern": re.compile("a"),
    "re match": re.match("a", "a"), "partial": functools.partial(max, 1), "date": datetime.date(2024, 5, 17),
    "datetime": datetime.datetime(2024, 5, 17), "timedelta": datetime.timedelta(1),
    "deque iterator": iter(collections.deque([1])), "stdout": sys.stdout, "json decoder": json.JSONDecoder(),
    "lru_cache": functools.lru_cache(maxsize=None)(abs), "version_info": sys.version_info,
    "float_info": sys.float_info, "islice": itertools.islice([], 1), "deque reversed": reversed(collections.deque()),
    "timezone": datetime.timezone.utc, "isocalendar": datetime.date(2024, 1, 1).isocalendar(),
    "float64": np.float64(1.5), "float32": np.float32(1.5), "int64": np.int64(1), "numpy bool": np.bool_(True),
    "dtype": np.dtype("float64"), "dtype int64": np.dtype("int64"), "errstate": np.errstate(),
    "Generator": np.random.default_rng(1), "RandomState": np.random.RandomState(1),
}
# `in` on these iterates them or reads a file: not the error this program is about.
not_searched = {"stdout", "re match", "islice", "deque reversed", "count"}


def delete(value, key):
    del value[key]


for label, value in values.items():
    for key in (0, "k", Indexable(), True, np.int64(0)):
        try:
            delete(value, key)
            print(label, type(key).__name__, "deleted")
        except Exception as e:
            print(label, type(key).__name__, "!", type(e).__name__ + ":", e)

values["__iter__ raising TypeError"] = IterRaises()
for label, value in values.items():
    if label in not_searched:
        continue
    try:
        print(label, "in ->", 1 in value)
    except Exception as e:
        print(label, "in !", type(e).__name__ + ":", e)
