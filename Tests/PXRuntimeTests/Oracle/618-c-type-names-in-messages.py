# CPython's messages name a type written in C outside builtins with its module (its tp_name):
# "'collections.deque' object has no attribute 'x'", "type object 'itertools.count' ...", "'numpy.float64' ...",
# "object of type 'functools.partial' has no len()". Python classes (Counter, namedtuples, errstate) and built-in
# types keep their plain name. `type(x).__name__` is always the plain name.
import collections
import datetime
import functools
import itertools
import os
import re
import sys
import tempfile

import numpy as np


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)


Point = collections.namedtuple("Point", "x y")
folder = tempfile.TemporaryDirectory()
path = os.path.join(folder.name, "data.txt")
with open(path, "w") as f:
    f.write("one\n")
text_file = open(path)
binary_file = open(path, "rb")
values = {
    "deque": collections.deque([1]),
    "deque iterator": iter(collections.deque([1])),
    "deque reversed": reversed(collections.deque([1])),
    "defaultdict": collections.defaultdict(int),
    "OrderedDict": collections.OrderedDict(),
    "Counter": collections.Counter(),
    "namedtuple": Point(1, 2),
    "re match": re.match("a", "a"),
    "re pattern": re.compile("a"),
    "date": datetime.date(2024, 5, 17),
    "datetime": datetime.datetime(2024, 5, 17),
    "timedelta": datetime.timedelta(1),
    "timezone": datetime.timezone.utc,
    "text file": text_file,
    "binary file": binary_file,
    "stdout": sys.stdout,
    "version_info": sys.version_info,
    "float_info": sys.float_info,
    "partial": functools.partial(max, 1),
    "lru_cache": functools.lru_cache(maxsize=None)(abs),
    "count": itertools.count(),
    "chain": itertools.chain(),
    "islice": itertools.islice([], 1),
    "product": itertools.product(),
    "groupby": itertools.groupby([]),
    "zip_longest": itertools.zip_longest(),
    "ndarray": np.arange(3),
    "float64": np.float64(1.5),
    "float32": np.float32(1.5),
    "int64": np.int64(1),
    "int32": np.int32(1),
    "numpy bool": np.bool_(True),
    "dtype": np.dtype("float64"),
    "dtype int64": np.dtype("int64"),
    "flags": np.arange(3).flags,
    "Generator": np.random.default_rng(1),
    "RandomState": np.random.RandomState(1),
    "errstate": np.errstate(),
    "int": 1,
    "list": [],
    "dict keys": {}.keys(),
    "list iterator": iter([]),
}

for label, value in values.items():
    attempt(label + " attribute", lambda: value.nosuch)
    if not label.startswith("dtype"):  # numpy 2 makes each dtype an instance of its own class: not modelled
        attempt(label + " type attribute", lambda: type(value).nosuch)
        attempt(label + " __name__", lambda: type(value).__name__)

# The other messages that name a C type by its tp_name.
not_callable = ["deque", "defaultdict", "OrderedDict", "re match", "re pattern", "date", "datetime", "timedelta",
                "text file", "binary file", "count", "chain", "ndarray", "float64", "int64", "dtype"]
for label in not_callable:
    attempt(label + " call", lambda: values[label]())
for label in ["re match", "re pattern", "date", "datetime", "timedelta", "text file", "partial", "count", "chain",
              "float64", "int64", "Generator"]:
    attempt(label + " len", lambda: len(values[label]))
for label in ["re pattern", "date", "datetime", "timedelta", "text file", "partial", "count", "chain", "Generator"]:
    attempt(label + " subscript", lambda: values[label][0])


def set_item(label):
    values[label][0] = 1


for label in ["re match", "re pattern", "date", "timedelta", "text file", "partial", "count", "chain",
              "version_info"]:
    attempt(label + " item assignment", lambda: set_item(label))
for label in ["deque", "re pattern", "date", "count", "chain", "partial", "Generator"]:
    attempt(label + " + int", lambda: values[label] + 1)
    attempt(label + " < int", lambda: values[label] < 1)
    attempt(label + " unary minus", lambda: -values[label])
for label in ["deque", "re pattern", "count", "partial", "Generator"]:
    def with_statement():
        with values[label]:
            pass
    attempt(label + " with", with_statement)


def set_attribute(label, name):
    setattr(values[label], name, 1)


def delete_attribute(label, name):
    delattr(values[label], name)


for label in ["deque", "count", "ndarray"]:
    attempt(label + " set missing attribute", lambda: set_attribute(label, "nosuch"))
    attempt(label + " delete missing attribute", lambda: delete_attribute(label, "nosuch"))

text_file.close()
binary_file.close()
folder.cleanup()
