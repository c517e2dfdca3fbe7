"""Print the linear-algebra cases that Tests/PXNumericTests/LinearAlgebraTests.swift checks.

One line per case, tab-separated: NAME, OPERATION, the inputs, "=>", then numpy's outputs. A field is
"M rows cols v..." (a matrix, row-major), "V n v..." (a vector), "F v" (a float), "I n" (an int), "S text" (an
option) or "E Class: message" (the exception numpy raised). Floats are float.hex(), so inputs and outputs are
exact.
"""

import sys

import numpy as np


def f(x):
    return float(x).hex()


def field(v):
    if isinstance(v, str):
        return "S " + v
    if isinstance(v, (bool, np.bool_)):
        return "I " + str(int(v))
    if isinstance(v, (int, np.integer)):
        return "I " + str(int(v))
    if isinstance(v, (float, np.floating)):
        return "F " + f(v)
    a = np.asarray(v, dtype=float)
    if a.ndim == 1:
        return " ".join(["V", str(a.shape[0])] + [f(x) for x in a])
    if a.ndim == 2:
        return " ".join(["M", str(a.shape[0]), str(a.shape[1])] + [f(x) for x in a.ravel()])
    raise ValueError(a.ndim)


def case(name, op, inputs, call):
    try:
        result = call()
        if not isinstance(result, tuple):
            result = (result,)
        outputs = [field(r) for r in result]
    except Exception as e:
        outputs = [f"E {type(e).__name__}: {e}"]
    print("\t".join([name, op] + [field(x) for x in inputs] + ["=>"] + outputs))


def randn(seed, m, n):
    return np.random.RandomState(seed).randn(m, n)


def symmetric(seed, n):
    a = randn(seed, n, n)
    return a + a.T


def spd(seed, n):
    a = randn(seed, n, n)
    return a @ a.T + n * np.eye(n)


def main():
    print("# oracle: numpy", np.__version__, "python", sys.version.split()[0])
    square = {
        "1x1": np.array([[4.0]]),
        "2x2": np.array([[1.0, 2.0], [3.0, 4.0]]),
        "3x3": np.array([[2.0, -1.0, 0.0], [-1.0, 2.0, -1.0], [0.0, -1.0, 2.0]]),
        "4x4": randn(1, 4, 4),
        "10x10": randn(2, 10, 10),
        "60x60": randn(3, 60, 60),
        "0x0": np.zeros((0, 0)),
    }
    singular = np.array([[1.0, 2.0], [2.0, 4.0]])
    for label, a in square.items():
        n = a.shape[0]
        b = np.arange(1.0, n * 2 + 1).reshape(n, 2)
        v = np.arange(1.0, n + 1)
        case(f"solve {label}", "solve", [a, b], lambda: np.linalg.solve(a, b))
        case(f"solve vector {label}", "solve", [a, v], lambda: np.linalg.solve(a, v))
        case(f"inv {label}", "inv", [a], lambda: np.linalg.inv(a))
        case(f"det {label}", "det", [a], lambda: np.linalg.det(a))
        case(f"slogdet {label}", "slogdet", [a], lambda: tuple(np.linalg.slogdet(a)))
        s = a + a.T
        case(f"eigh {label}", "eigh", [s], lambda: tuple(np.linalg.eigh(s)))
        case(f"eigh U {label}", "eigh", [s, "U"], lambda: tuple(np.linalg.eigh(s, UPLO="U")))
        case(f"eigvalsh {label}", "eigvalsh", [s], lambda: np.linalg.eigvalsh(s))
        p = a @ a.T + n * np.eye(n)
        case(f"cholesky {label}", "cholesky", [p], lambda: np.linalg.cholesky(p))
        case(f"cholesky upper {label}", "cholesky", [p, "upper"], lambda: np.linalg.cholesky(p, upper=True))
    case("solve singular", "solve", [singular, np.ones((2, 1))], lambda: np.linalg.solve(singular, np.ones((2, 1))))
    case("inv singular", "inv", [singular], lambda: np.linalg.inv(singular))
    case("inv zeros", "inv", [np.zeros((3, 3))], lambda: np.linalg.inv(np.zeros((3, 3))))
    case("det singular", "det", [singular], lambda: np.linalg.det(singular))
    case("det zeros", "det", [np.zeros((3, 3))], lambda: np.linalg.det(np.zeros((3, 3))))
    case("slogdet singular", "slogdet", [singular], lambda: tuple(np.linalg.slogdet(singular)))
    case("det negative", "det", [np.array([[0.0, 1.0], [1.0, 0.0]])],
         lambda: np.linalg.det(np.array([[0.0, 1.0], [1.0, 0.0]])))
    case("cholesky indefinite", "cholesky", [np.array([[1.0, 2.0], [2.0, 1.0]])],
         lambda: np.linalg.cholesky(np.array([[1.0, 2.0], [2.0, 1.0]])))
    nonsquare = randn(4, 2, 3)
    for op, call in [("inv", np.linalg.inv), ("det", np.linalg.det), ("eigh", np.linalg.eigh),
                     ("cholesky", np.linalg.cholesky)]:
        case(f"{op} nonsquare", op, [nonsquare], lambda call=call: call(nonsquare))

    shapes = [(1, 1), (3, 3), (5, 3), (3, 5), (12, 7), (7, 12), (40, 40), (70, 35), (0, 3), (3, 0), (0, 0)]
    for m, n in shapes:
        a = randn(10 + m * 100 + n, m, n)
        label = f"{m}x{n}"
        case(f"svd {label}", "svd", [a], lambda: tuple(np.linalg.svd(a)))
        case(f"svd reduced {label}", "svd", [a, "reduced"], lambda: tuple(np.linalg.svd(a, full_matrices=False)))
        case(f"svd values {label}", "svd", [a, "values"], lambda: np.linalg.svd(a, compute_uv=False))
        for mode in ["reduced", "complete", "r"]:
            case(f"qr {mode} {label}", "qr", [a, mode],
                 lambda mode=mode: tuple(np.linalg.qr(a, mode=mode)) if mode != "r" else np.linalg.qr(a, mode=mode))
        b = randn(20 + m, m, 2)
        case(f"lstsq {label}", "lstsq", [a, b], lambda: np.linalg.lstsq(a, b))
        case(f"lstsq vector {label}", "lstsq", [a, b[:, 0]], lambda: np.linalg.lstsq(a, b[:, 0]))
    rankdeficient = np.array([[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]])
    case("lstsq rank deficient", "lstsq", [rankdeficient, np.array([1.0, 2.0, 3.0])],
         lambda: np.linalg.lstsq(rankdeficient, np.array([1.0, 2.0, 3.0])))
    case("lstsq rcond", "lstsq", [randn(5, 6, 3), randn(6, 6, 1), 0.5],
         lambda: np.linalg.lstsq(randn(5, 6, 3), randn(6, 6, 1), rcond=0.5))
    case("lstsq no columns", "lstsq", [randn(7, 4, 3), np.zeros((4, 0))],
         lambda: np.linalg.lstsq(randn(7, 4, 3), np.zeros((4, 0))))
    case("lstsq incompatible", "lstsq", [randn(7, 4, 3), np.zeros((3, 1))],
         lambda: np.linalg.lstsq(randn(7, 4, 3), np.zeros((3, 1))))


if __name__ == "__main__":
    main()
