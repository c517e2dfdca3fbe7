# Issue: np.linalg and everyday functions were missing: where sort argsort unique clip eye full vstack hstack median percentile isnan.
import numpy as np

a = np.array([3.0, np.nan, 1.0, 2.0, 1.0])
ok = a[~np.isnan(a)]
print(np.where(ok > 1.5, ok, 0.0), np.sort(ok), np.argsort(ok, kind="stable"), np.unique(ok))
print(np.clip(ok, 1.5, 2.5), np.eye(2), np.full(2, 9))
print(np.vstack([ok, ok]).shape, np.hstack([ok, ok]).shape, repr(np.median(ok)), repr(np.percentile(ok, 50)))
print(repr(np.linalg.norm(np.array([3.0, 4.0]))))
