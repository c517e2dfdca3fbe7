# Assignments that cannot broadcast or index out of range raise numpy's errors.
import numpy as np

a = np.arange(5)
m = np.zeros((2, 3))

def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__ + ": " + str(e))

def slice_too_long():
    a[0:2] = [1, 2, 3]

def rows_mismatch():
    m[:] = np.ones((3, 3))

def out_of_range():
    a[10] = 1

def row_wrong_length():
    m[0] = [1, 2]

def fancy_wrong_length():
    a[[0, 1, 2]] = [1, 2]

def column_ok():
    m[:, 0] = [[5], [6]][0]

attempt("slice", slice_too_long)
attempt("rows", rows_mismatch)
attempt("index", out_of_range)
attempt("row", row_wrong_length)
attempt("fancy", fancy_wrong_length)
attempt("column", column_ok)
print(m)
