# The objects of built-in modules (deque, files, re, itertools, numpy, ...) look a method up before the call's
# arguments are evaluated, as CPython does: a missing method raises AttributeError before any argument runs,
# and a method that exists runs after its arguments. Special methods that a built-in value handles
# (`(5).__index__()`, `[].__len__()`) are found by the lookup too. The messages are left to 618.
import collections
import datetime
import functools
import io
import itertools
import os
import random
import re
import sys
import tempfile
from concurrent.futures import Future

import numpy as np

log = []


def note(x):
    log.append(x)
    return x


def attempt(label, fn):
    log.clear()
    try:
        result = fn()
        print(label, "->", result, log)
    except Exception as e:
        print(label, "!", type(e).__name__, log)


Point = collections.namedtuple("Point", "x y")
folder = tempfile.TemporaryDirectory()
path = os.path.join(folder.name, "data.txt")
with open(path, "w") as f:
    f.write("one\ntwo\n")
text_file = open(path)
binary_file = open(path, "rb")
counter = itertools.count()
future = Future()
cached = functools.lru_cache(maxsize=None)(abs)
receivers = {
    "deque": collections.deque([1, 2]),
    "defaultdict": collections.defaultdict(int),
    "OrderedDict": collections.OrderedDict(a=1),
    "Counter": collections.Counter("abca"),
    "ChainMap": collections.ChainMap({"a": 1}),
    "namedtuple": Point(1, 2),
    "re match": re.match(r"(a)b", "ab"),
    "re pattern": re.compile(r"a+"),
    "datetime": datetime.datetime(2024, 5, 17, 12, 30),
    "date": datetime.date(2024, 5, 17),
    "timedelta": datetime.timedelta(days=2),
    "text file": text_file,
    "binary file": binary_file,
    "stdout": sys.stdout,
    "version_info": sys.version_info,
    "partial": functools.partial(max, 3),
    "lru_cache": cached,
    "count": counter,
    "chain": itertools.chain([1], [2]),
    "groupby": itertools.groupby("aab"),
    "Random": random.Random(3),
    "Future": future,
    "TemporaryDirectory": folder,
    "dict keys": {"a": 1}.keys(),
    "dict items": {"a": 1}.items(),
    "list iterator": iter([1, 2]),
    "generator": (x for x in [1, 2]),
    "range": range(3),
    "bytes": b"ab",
    "ndarray": np.arange(3),
    "float64": np.float64(2.5),
    "int64": np.int64(7),
    "dtype": np.dtype("float64"),
    "Generator": np.random.default_rng(1),
    "RandomState": np.random.RandomState(1),
}

# A missing method: the AttributeError comes before any argument is evaluated.
for label, obj in receivers.items():
    attempt(label + " missing", lambda: obj.nosuch(note("arg")))
    attempt(label + " missing keyword", lambda: obj.nosuch(k=note("kw")))
    attempt(label + " missing star", lambda: obj.nosuch(*note([1])))
    attempt(label + " missing dunder", lambda: obj.__nosuch__(note("arg")))

# Methods that exist: the arguments run, then the method.
attempt("deque append", lambda: receivers["deque"].append(note(3)))
attempt("deque count", lambda: receivers["deque"].count(note(3)))
attempt("deque rotate", lambda: receivers["deque"].rotate(note(1)))
attempt("defaultdict get", lambda: receivers["defaultdict"].get(note("k"), note(0)))
attempt("OrderedDict move_to_end", lambda: receivers["OrderedDict"].move_to_end(note("a")))
attempt("Counter most_common", lambda: receivers["Counter"].most_common(note(1)))
attempt("namedtuple _replace", lambda: receivers["namedtuple"]._replace(x=note(5)))
attempt("namedtuple index", lambda: receivers["namedtuple"].index(note(2)))
attempt("re match group", lambda: receivers["re match"].group(note(1)))
attempt("re pattern findall", lambda: receivers["re pattern"].findall(note("aa-a")))
attempt("datetime replace", lambda: receivers["datetime"].replace(year=note(2025)))
attempt("date isoformat", lambda: receivers["date"].isoformat())
attempt("timedelta total_seconds", lambda: receivers["timedelta"].total_seconds())
attempt("text file seek", lambda: text_file.seek(note(4)))
attempt("text file readline", lambda: text_file.readline(note(-1)))
attempt("binary file read", lambda: binary_file.read(note(3)))
attempt("file __enter__", lambda: text_file.__enter__() is text_file)
attempt("version_info count", lambda: receivers["version_info"].count(note(3)))
attempt("count __next__", lambda: counter.__next__())
attempt("Random randint", lambda: receivers["Random"].randint(note(1), note(6)))
attempt("Future set_result", lambda: future.set_result(note(9)))
attempt("Future result", lambda: future.result(note(1)))
attempt("lru_cache cache_info", lambda: cached.cache_info())
attempt("dict keys isdisjoint", lambda: receivers["dict keys"].isdisjoint(note(["b"])))
attempt("dict items isdisjoint", lambda: receivers["dict items"].isdisjoint(note([("a", 1)])))
attempt("dict items isdisjoint other value", lambda: receivers["dict items"].isdisjoint(note([("a", 2), 3])))
attempt("ndarray reshape", lambda: receivers["ndarray"].reshape(note(3), note(1)).shape)
attempt("ndarray __len__", lambda: receivers["ndarray"].__len__())
attempt("float64 is_integer", lambda: receivers["float64"].is_integer())
attempt("Generator integers", lambda: receivers["Generator"].integers(note(5), note(6)))
attempt("RandomState randint", lambda: receivers["RandomState"].randint(note(5), note(6)))

# Special methods that a built-in value handles: found by the lookup, and by attribute access.
attempt("int __index__", lambda: (5).__index__())
attempt("int __int__", lambda: (5).__int__())
attempt("bool __index__", lambda: True.__index__())
attempt("big int __index__", lambda: (2**80).__index__())
attempt("int __index__ attribute", lambda: callable((5).__index__))
attempt("list __len__", lambda: [1, 2].__len__())
attempt("list __getitem__", lambda: [1, 2].__getitem__(note(1)))
attempt("tuple __contains__", lambda: (1, 2).__contains__(note(2)))
attempt("dict __getitem__", lambda: {"a": 1}.__getitem__(note("a")))
attempt("str __len__ attribute", lambda: "abc".__len__())
attempt("range __contains__", lambda: range(3).__contains__(note(2)))
attempt("set __contains__", lambda: {1}.__contains__(note(1)))
attempt("bytes __getitem__", lambda: b"ab".__getitem__(note(0)))
attempt("list __iter__", lambda: list([1, 2].__iter__()))
# Missing special methods: nothing of the arguments runs.
attempt("set __getitem__", lambda: {1}.__getitem__(note(0)))
attempt("float __index__", lambda: (2.5).__index__(note("arg")))
attempt("int __len__", lambda: (5).__len__(note("arg")))
attempt("str __index__", lambda: "5".__index__(note("arg")))
attempt("None __len__", lambda: None.__len__(note("arg")))

text_file.close()
binary_file.close()
folder.cleanup()
