"""Writes the numpy edge-case programs: NNN-topic.py files, one per function, operator or small group.

Every program builds the same awkward inputs -- zero-length (1-D and 2-D), 0-d, one-element, strided
(non-contiguous), reversed (negative stride), transposed and flipped 2-D arrays, of each dtype -- and puts
them through one function or operator. Each case prints `label -> repr(result)`, or
`label -> ErrorName: message` when numpy raises, so one program shows every case.

    python3 generate.py OUTPUT_FOLDER

regenerate.sh (in ../NumpyOracle) runs this, then numpy on every program to write the .out files.
"""

import os
import sys

PRELUDE = '''import numpy as np

DTYPES = ["float64", "float32", "int64", "int32", "bool"]
KINDS = ["empty", "empty2d", "zerod", "one", "strided", "reversed", "transposed", "flipped2d"]


def make(kind, dtype):
    base = np.arange(12)
    if dtype == "bool":
        base = base % 3 == 0
    elif dtype == "float64" or dtype == "float32":
        base = (base * 0.5 - 2.5).astype(dtype)
    else:
        base = (base - 4).astype(dtype)
    if kind == "empty":
        return base[:0]
    if kind == "empty2d":
        return base[:0].reshape(0, 3)
    if kind == "zerod":
        return base[9:10].reshape(())
    if kind == "one":
        return base[9:10]
    if kind == "strided":
        return base[1::2]
    if kind == "reversed":
        return base[::-1]
    if kind == "transposed":
        return base.reshape(3, 4).T
    return base.reshape(3, 4)[::-1, ::-2]


def case(label, f):
    try:
        result = f()
    except Exception as e:
        print(label + " -> " + type(e).__name__ + ": " + str(e))
        return
    print(label + " -> " + repr(result))
'''

EACH_INPUT = '''for kind in KINDS:
    for dtype in DTYPES:
'''

# numpy computes some operations on bools in float16 or int8, dtypes swiftpx does not have (real functions
# such as sqrt and hypot; //, % and ** of two bools): those programs leave bool inputs out.
NO_BOOL = '''DTYPES = ["float64", "float32", "int64", "int32"]


'''

# Pairs of inputs whose shapes broadcast (or not): (kind, kind).
BROADCAST_PAIRS = [("one", "strided"), ("strided", "one"), ("zerod", "transposed"), ("empty", "one"),
                   ("empty2d", "one"), ("empty2d", "strided"), ("transposed", "flipped2d"),
                   ("flipped2d", "zerod"), ("empty", "strided")]


def unary(expression):
    """Cases for one expression of `x`, over every input."""
    return EACH_INPUT + f'''        x = make(kind, dtype)
        case(kind + " " + dtype, lambda: {expression})
'''


def variants(*expressions):
    """Cases for several expressions of `x`, over every input."""
    lines = EACH_INPUT + "        x = make(kind, dtype)\n"
    for e in expressions:
        lines += f'''        case(kind + " " + dtype + {": " + e!r}, lambda: {e})
'''
    return lines


def binary(symbol, call):
    """Cases for a binary operation `call` (with x and y): same input, mixed dtypes, Python scalars, broadcasting."""
    return EACH_INPUT + f'''        x = make(kind, dtype)
        y = x
        case(kind + " " + dtype + " {symbol} itself", lambda: {call})
for d1 in DTYPES:
    for d2 in DTYPES:
        x = make("strided", d1)
        y = make("reversed", d2)[::2]
        case("strided " + d1 + " {symbol} reversed " + d2, lambda: {call})
for kind in KINDS:
    for dtype in DTYPES:
        for s in [2, 2.5, True]:
            x = make(kind, dtype)
            y = s
            case(kind + " " + dtype + " {symbol} " + repr(s), lambda: {call})
            x = s
            y = make(kind, dtype)
            case(repr(s) + " {symbol} " + kind + " " + dtype, lambda: {call})
for k1, k2 in {BROADCAST_PAIRS!r}:
    for dtype in ["float64", "int64"]:
        x = make(k1, dtype)
        y = make(k2, dtype)
        case(k1 + " {symbol} " + k2 + " " + dtype, lambda: {call})
'''


def inplace(symbol):
    """Cases for an augmented assignment `z symbol= y` on a copy of each input."""
    return f'''def apply(x, y):
    z = x.copy()
    z {symbol} y
    return z


for kind in ["empty", "empty2d", "zerod", "one", "strided", "transposed"]:
    for d1 in DTYPES:
        for d2 in DTYPES:
            case(kind + " " + d1 + " {symbol} " + d2, lambda: apply(make(kind, d1), make(kind, d2)))
for kind in KINDS:
    for dtype in DTYPES:
        for s in [2, 2.5, True]:
            case(kind + " " + dtype + " {symbol} " + repr(s), lambda: apply(make(kind, dtype), s))
for k1, k2 in [("strided", "one"), ("strided", "zerod"), ("transposed", "flipped2d"), ("empty2d", "one"),
               ("one", "strided"), ("zerod", "one")]:
    case(k1 + " {symbol} " + k2, lambda: apply(make(k1, "float64"), make(k2, "float64")))


def through_view(y):
    base = np.arange(12.0) + 1
    view = base[::-3]
    view {symbol} y
    return base


case("view of a reversed strided base", lambda: through_view(2.0))
'''


def reduction(name, *extra):
    """Cases for a reduction with and without axis, with keepdims, and the method form when there is one."""
    calls = [f"np.{name}(x)", f"np.{name}(x, axis=0)", f"np.{name}(x, axis=-1)", f"np.{name}(x, axis=1)",
             f"np.{name}(x, keepdims=True)", f"np.{name}(x, axis=0, keepdims=True)"] + list(extra)
    return variants(*calls)


def linalg(*expressions):
    """Cases for np.linalg functions on square, batched and other inputs.

    Results are rounded to 4 decimals (`r4`), because LAPACK builds differ in the last bits; factors that are
    not unique (eigenvectors, singular vectors, Q of QR: signs, and any basis of a repeated eigenvalue) are
    checked by reconstruction instead of printed.
    """
    lines = '''def square(kind, dtype):
    m = make("transposed", dtype)[:3]
    if kind == "empty00":
        return m[:0, :0]
    if kind == "one11":
        return m[:1, :1] + 2
    if kind == "square":
        return (m + np.eye(3, dtype=m.dtype) * 4).T
    if kind == "reversed":
        return (m + np.eye(3, dtype=m.dtype) * 4)[::-1, ::-1]
    if kind == "batch":
        return np.stack([m[:2, :2] + 3, m[1:, 1:] + 4])
    return make(kind, dtype)


def r4(r):
    return np.round(r, 4) + 0.0


def close(a, b):
    return np.allclose(a, b, rtol=1e-3, atol=1e-3)


def eigh_parts(x):
    s = x + x.swapaxes(-1, -2)
    w, v = np.linalg.eigh(s)
    return (r4(w), v.shape, v.dtype, close(s @ v, v * w[..., None, :]))


def svd_parts(x, full):
    u, s, vt = np.linalg.svd(x, full_matrices=full)
    k = s.shape[-1]
    return (r4(s), u.shape, vt.shape, u.dtype, close((u[..., :k] * s[..., None, :]) @ vt[..., :k, :], x))


def qr_parts(x):
    q, r = np.linalg.qr(x)
    return (q.shape, r.shape, q.dtype, r4(np.abs(np.diagonal(r, axis1=-2, axis2=-1))), close(q @ r, x))


def lstsq_parts(x):
    solution, residuals, rank, singular = np.linalg.lstsq(x, np.ones(x.shape[0]), rcond=None)
    return (r4(solution), r4(residuals), int(rank), r4(singular))


for kind in ["empty00", "one11", "square", "reversed", "batch", "empty", "zerod", "strided", "transposed"]:
    for dtype in DTYPES:
        x = square(kind, dtype)
'''
    for e in expressions:
        lines += f'''        case(kind + " " + dtype + {": " + e!r}, lambda: {e})
'''
    return lines


def program(title, body, bools=True):
    text = f"# Generated by generate.py: {title}\n" + PRELUDE + "\n\n"
    if not bools:
        text += NO_BOOL
    return text + body


PROGRAMS = []


def add(name, title, body, **options):
    PROGRAMS.append((name, program(title, body, **options)))


# Unary operators and ufuncs.
add("unary-negative", "unary minus and np.negative", variants("-x", "np.negative(x)"))
add("unary-absolute", "abs() and np.absolute", variants("abs(x)", "np.absolute(x)"))
add("unary-invert", "~ and np.invert", variants("~x", "np.invert(x)"))
add("unary-positive", "unary plus", unary("+x"))
for ufunc in ["sqrt", "exp", "log", "log10", "log2", "log1p", "expm1", "sin", "cos", "tan", "arctan", "tanh", "round"]:
    add(f"ufunc-{ufunc}", f"np.{ufunc}", unary(f"np.{ufunc}(x)"), bools=False)
for ufunc in ["floor", "ceil", "trunc", "sign", "isnan", "isinf", "isfinite", "logical_not"]:
    add(f"ufunc-{ufunc}", f"np.{ufunc}", unary(f"np.{ufunc}(x)"))

# Binary operators and ufuncs.
for name, symbol, call in [
    ("add", "+", "x + y"), ("subtract", "-", "x - y"), ("multiply", "*", "x * y"), ("divide", "/", "x / y"),
    ("floor-divide", "//", "x // y"), ("remainder", "%", "x % y"), ("power", "**", "x ** y"),
    ("equal", "==", "x == y"), ("not-equal", "!=", "x != y"), ("less", "<", "x < y"),
    ("less-equal", "<=", "x <= y"), ("greater", ">", "x > y"), ("greater-equal", ">=", "x >= y"),
    ("bitwise-and", "&", "x & y"), ("bitwise-or", "|", "x | y"), ("bitwise-xor", "^", "x ^ y"),
    ("maximum", "maximum", "np.maximum(x, y)"), ("minimum", "minimum", "np.minimum(x, y)"),
    ("hypot", "hypot", "np.hypot(x, y)"), ("arctan2", "arctan2", "np.arctan2(x, y)"),
    ("logical-and", "logical_and", "np.logical_and(x, y)"),
]:
    add(f"binary-{name}", f"the binary operation {symbol}", binary(symbol, call),
        bools=name not in ["floor-divide", "remainder", "power", "hypot", "arctan2"])

# Augmented assignment.
for name, symbol in [("add", "+="), ("subtract", "-="), ("multiply", "*="), ("divide", "/="),
                     ("floor-divide", "//="), ("remainder", "%="), ("power", "**="), ("and", "&="),
                     ("or", "|="), ("xor", "^=")]:
    add(f"inplace-{name}", f"the augmented assignment {symbol}", inplace(symbol),
        bools=name not in ["floor-divide", "remainder", "power"])

# Reductions.
for name in ["sum", "prod", "mean", "std", "var", "min", "max", "argmin", "argmax", "any", "all", "median",
             "count_nonzero"]:
    add(f"reduce-{name.replace('_', '-')}", f"np.{name} with and without axis", reduction(name))
add("reduce-methods", "the reduction methods of arrays",
    variants("x.sum()", "x.prod()", "x.mean()", "x.std()", "x.var()", "x.min()", "x.max()", "x.argmin()",
             "x.argmax()", "x.any()", "x.all()", "x.cumsum()", "x.cumprod()", "x.sum(axis=0)", "x.max(axis=-1)"))
add("reduce-cumsum", "np.cumsum", variants("np.cumsum(x)", "np.cumsum(x, axis=0)", "np.cumsum(x, axis=-1)",
                                            "np.cumsum(x, axis=1)"))
add("reduce-cumprod", "np.cumprod", variants("np.cumprod(x)", "np.cumprod(x, axis=0)", "np.cumprod(x, axis=1)"))
add("reduce-percentile", "np.percentile", variants("np.percentile(x, 50)", "np.percentile(x, [0, 25, 100])",
                                                  "np.percentile(x, 30, axis=0)", "np.percentile(x, 75, axis=1)"))
add("reduce-quantile", "np.quantile", variants("np.quantile(x, 0.5)", "np.quantile(x, [0.1, 0.9])",
                                              "np.quantile(x, 0.25, axis=0)", "np.quantile(x, 0.5, axis=-1, keepdims=True)"))
add("reduce-average", "np.average", variants("np.average(x)", "np.average(x, axis=0)", "np.average(x, axis=1)",
                                            "np.average(x, weights=np.ones(x.shape))",
                                            "np.average(x, axis=0, returned=True)"))

# Sorting, searching, counting.
add("sort", "np.sort and ndarray.sort",
    variants("np.sort(x)", "np.sort(x, axis=0)", "np.sort(x, axis=None)", "np.sort(x, kind='stable')"))
add("sort-in-place", "ndarray.sort in place", '''def sorted_copy(x, axis):
    y = x.copy()
    y.sort(axis=axis)
    return y


''' + variants("sorted_copy(x, -1)", "sorted_copy(x, 0)"))
add("argsort", "np.argsort (stable)", variants("np.argsort(x, kind='stable')", "np.argsort(x, axis=0, kind='stable')",
                                             "np.argsort(x, axis=None, kind='stable')"))
add("unique", "np.unique", variants("np.unique(x)", "np.unique(x, return_counts=True)",
                                   "np.unique(x, return_index=True)", "np.unique(x, return_inverse=True)"))
add("where", "np.where", variants("np.where(x)", "np.where(x, x, 1)", "np.where(x > 0, 1.5, x)"))
add("nonzero", "np.nonzero", variants("np.nonzero(x)", "x.nonzero()", "np.argwhere(x)"))
add("diff", "np.diff", variants("np.diff(x)", "np.diff(x, n=2)", "np.diff(x, axis=0)", "np.diff(x, prepend=0)"))
add("searchsorted", "np.searchsorted into the sorted input",
    variants("np.searchsorted(np.sort(x, axis=None), 0)", "np.searchsorted(np.sort(x, axis=None), x)",
             "np.searchsorted(np.sort(x, axis=None), 1, side='right')"))
add("bincount", "np.bincount", variants("np.bincount(x)", "np.bincount(np.abs(x))", "np.bincount(x, minlength=3)"))
add("histogram", "np.histogram", variants("np.histogram(x, bins=3)", "np.histogram(x, bins=2, range=(0, 4))"))
add("clip", "np.clip", variants("np.clip(x, 0, 1)", "np.clip(x, -1, None)", "x.clip(None, 0.5)"))
add("isclose", "np.isclose, np.allclose and np.array_equal",
    variants("np.isclose(x, x)", "np.allclose(x, x)", "np.allclose(x, x + 1)", "np.array_equal(x, x)",
             "np.array_equal(x, x.copy())", "np.array_equal(x, np.zeros(3))"))

# Construction.
add("construct-sizes", "constructors with zero and one sizes", '''for label, f in [
    ("zeros(0)", lambda: np.zeros(0)), ("zeros((0, 3))", lambda: np.zeros((0, 3))), ("zeros(())", lambda: np.zeros(())),
    ("ones((1,))", lambda: np.ones((1,), dtype=np.int32)), ("full((), 5)", lambda: np.full((), 5)),
    ("full(0, 1.5)", lambda: np.full(0, 1.5)), ("full((2, 0), True)", lambda: np.full((2, 0), True)),
    ("empty(0).shape", lambda: np.empty(0).shape), ("eye(0)", lambda: np.eye(0)), ("eye(1)", lambda: np.eye(1)),
    ("eye(0, 2)", lambda: np.eye(0, 2)), ("identity(0)", lambda: np.identity(0)), ("identity(1)", lambda: np.identity(1)),
    ("arange(0)", lambda: np.arange(0)), ("arange(5, 5)", lambda: np.arange(5, 5)), ("arange(3, 0)", lambda: np.arange(3, 0)),
    ("arange(0.5)", lambda: np.arange(0.5)), ("arange(1, 2, 5)", lambda: np.arange(1, 2, 5)),
    ("linspace(0, 1, 0)", lambda: np.linspace(0, 1, 0)), ("linspace(0, 1, 1)", lambda: np.linspace(0, 1, 1)),
    ("linspace(2, 2, 3)", lambda: np.linspace(2, 2, 3)), ("logspace(0, 1, 0)", lambda: np.logspace(0, 1, 0)),
    ("logspace(1, 1, 1)", lambda: np.logspace(1, 1, 1)), ("meshgrid()", lambda: np.meshgrid()),
    ("meshgrid(empty, one)", lambda: np.meshgrid(np.zeros(0), np.ones(1))),
    ("zeros(-1)", lambda: np.zeros(-1)), ("eye(-1)", lambda: np.eye(-1)), ("linspace(0, 1, -1)", lambda: np.linspace(0, 1, -1)),
]:
    case(label, f)
''')
add("construct-like", "the *_like constructors", variants(
    "np.zeros_like(x)", "np.ones_like(x)", "np.full_like(x, 7)", "np.empty_like(x).shape",
    "np.zeros_like(x, dtype=np.float32)", "np.array(x)", "np.asarray(x) is x"))

# Joining and splitting.
add("join-concatenate", "np.concatenate", variants("np.concatenate([x, x])", "np.concatenate([x, x], axis=None)",
                                                  "np.concatenate([x, x], axis=1)", "np.concatenate([x, x[:0]])",
                                                  "np.concatenate([x, np.zeros(2, dtype=np.int32)])"))
add("join-stack", "np.stack", variants("np.stack([x, x])", "np.stack([x, x], axis=-1)", "np.stack([x])",
                                      "np.stack([x, x], axis=3)"))
add("join-vstack-hstack", "np.vstack, np.hstack and np.column_stack",
    variants("np.vstack([x, x])", "np.hstack([x, x])", "np.column_stack([x, x])"))
add("split", "np.split and np.array_split", variants("np.split(x, 1)", "np.split(x, 2)", "np.split(x, [1])",
                                                    "np.split(x, 2, axis=1)", "np.array_split(x, 4)",
                                                    "np.array_split(x, 2, axis=-1)"))

# Rearranging.
add("tile-repeat", "np.tile and np.repeat", variants("np.tile(x, 2)", "np.tile(x, (2, 1))", "np.tile(x, 0)",
                                                    "np.repeat(x, 2)", "np.repeat(x, 2, axis=0)", "np.repeat(x, 0)"))
add("flip-roll", "np.flip and np.roll", variants("np.flip(x)", "np.flip(x, axis=0)", "np.flip(x, axis=1)",
                                                "np.roll(x, 1)", "np.roll(x, -2, axis=0)", "np.roll(x, 1, axis=1)"))
add("reshape", "reshape, ravel, flatten and transposes", variants(
    "x.reshape(-1)", "np.reshape(x, (1, -1))", "x.reshape(x.size, 1).shape", "x.reshape(2, -1)", "np.ravel(x)",
    "x.flatten()", "x.T", "np.transpose(x)", "np.swapaxes(x, 0, -1)"))
add("squeeze-expand-dims", "np.squeeze and np.expand_dims", variants(
    "np.squeeze(x)", "np.squeeze(x, axis=0)", "np.expand_dims(x, 0)", "np.expand_dims(x, -1)", "x[None].shape",
    "x[..., None].shape"))
add("astype-copy", "astype to each dtype, and copies", variants(
    "x.astype(np.float64)", "x.astype(np.float32)", "x.astype(np.int64)", "x.astype(np.int32)",
    "x.astype(bool)", "x.copy()", "np.copy(x).strides"))
add("attributes", "shape, ndim, size, itemsize, nbytes, strides, dtype and base", variants(
    "x.shape", "x.ndim", "x.size", "x.itemsize", "x.nbytes", "x.dtype", "x.base is None", "np.shares_memory(x, x)",
    "len(x)"))

# Products.
add("product-dot", "np.dot", variants("np.dot(x, x)", "np.dot(x, x.T)", "np.dot(x, 2)", "np.dot(x.T, x)"))
add("product-matmul", "np.matmul and @", variants("x @ x", "x @ x.T", "x.T @ x", "np.matmul(x, x)",
                                                 "x @ x.astype(np.float32)"))
add("product-outer-inner", "np.outer and np.inner", variants("np.outer(x, x)", "np.inner(x, x)",
                                                            "np.inner(x, x.astype(np.int32))"))

# Indexing.
add("index-read", "reading through each kind of index", variants(
    "x[0]", "x[-1]", "x[::-1]", "x[1:]", "x[..., 0]", "x[None]", "x[()]", "x[x != 0]", "x[[0]]", "x[[0, -1]]",
    "x[np.array([], dtype=np.int64)]", "x[:, 0]", "x[0, 0]", "x[::2, ::-1]"))
add("index-write", "assignment through each kind of index", '''def assigned(x, how):
    y = x.copy()
    if how == "all":
        y[...] = 1
    elif how == "mask-none":
        y[y != y] += 1
    elif how == "mask":
        y[y != 0] = 0
    elif how == "first":
        y[0] = 5
    elif how == "reversed":
        y[::-1] = x
    elif how == "fancy":
        y[[0, -1]] = 3
    elif how == "row":
        y[:, 0] = 2
    elif how == "empty-fancy":
        y[np.array([], dtype=np.int64)] = 9
    return y


''' + variants(*[f'assigned(x, "{how}")' for how in
                 ["all", "mask-none", "mask", "first", "reversed", "fancy", "row", "empty-fancy"]]))
add("iterate", "iteration, len, in and truth", variants("list(x)", "len(x)", "0 in x", "bool(x)",
                                                       "[r.shape for r in x]"))

# Printing and scalars.
add("print", "str and repr of each input", variants("str(x)", "x"))
add("scalar-operands", "numpy scalars with arrays", variants(
    "np.float64(2.5) + x", "x * np.int32(3)", "np.float32(0.5) - x", "np.int64(2) ** x", "x & np.True_",
    "x < np.float32(0.5)"))

# np.linalg.
add("linalg-norm", "np.linalg.norm", linalg("r4(np.linalg.norm(x))", "r4(np.linalg.norm(x, axis=0))",
                                            "r4(np.linalg.norm(x, 1))"))
add("linalg-det-inv", "np.linalg.det and np.linalg.inv", linalg("r4(np.linalg.det(x))", "r4(np.linalg.inv(x))"))
add("linalg-solve", "np.linalg.solve", linalg("r4(np.linalg.solve(x, np.ones(x.shape[:-1])))"))
add("linalg-eigh", "np.linalg.eigh and eigvalsh", linalg("eigh_parts(x)", "r4(np.linalg.eigvalsh(x + x.swapaxes(-1, -2)))"))
add("linalg-svd", "np.linalg.svd", linalg("svd_parts(x, True)", "svd_parts(x, False)",
                                          "r4(np.linalg.svd(x, compute_uv=False))"))
add("linalg-lstsq", "np.linalg.lstsq", linalg("lstsq_parts(x)"))
add("linalg-qr", "np.linalg.qr", linalg("qr_parts(x)"))
add("linalg-cholesky", "np.linalg.cholesky",
    linalg("r4(np.linalg.cholesky(x @ x.swapaxes(-1, -2) + np.eye(x.shape[-1])))"))


# complex128: each input as complex (imaginary part from the values), through what swiftpx does on complex.
add("complex-arrays", "complex128 arrays: printing, parts, + - * /, == !=, abs, conj, angle, indexing", EACH_INPUT + '''        x = make(kind, dtype)
        z = x.astype(np.complex128)
        z.imag[...] = x * 0.5 - 1
        label = kind + " " + dtype
        case(label + " z", lambda: z)
        case(label + " str", lambda: str(z))
        case(label + " real imag", lambda: (z.real, z.imag, np.real(z), np.imag(z)))
        case(label + " z + x", lambda: z + x)
        case(label + " x - z", lambda: x - z)
        case(label + " z * z", lambda: z * z)
        case(label + " z / (x + 2)", lambda: z / (x + 2))
        case(label + " scalars", lambda: (z + 1.5, 2 * z, z * np.float32(2), 1 - z, z / 4))
        case(label + " == !=", lambda: (z == x, z != z, z == 0))
        case(label + " abs conj", lambda: (abs(z), np.abs(z), np.conj(z), z.conjugate()))
        case(label + " angle", lambda: np.angle(z))
        case(label + " iscomplex isreal", lambda: (np.iscomplex(z), np.isreal(z)))
        case(label + " views", lambda: (z.T, z[::-1], z[..., ::2] if z.ndim else z[...]))
        case(label + " mask", lambda: z[z.real > 0])
        case(label + " len", lambda: len(z))
        case(label + " list", lambda: list(z))
        case(label + " tolist", lambda: z.tolist())
        case(label + " broadcast", lambda: z + np.ones((2, 1)))
        case(label + " floor_divide", lambda: z // 2)
        case(label + " less", lambda: np.floor(z))
''')


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUTPUT_FOLDER")
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    for number, (name, text) in enumerate(PROGRAMS, start=1):
        with open(os.path.join(folder, f"{number:03d}-{name}.py"), "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
