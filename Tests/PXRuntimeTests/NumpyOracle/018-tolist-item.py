# tolist and item give Python numbers back.
import numpy as np

m = np.arange(6).reshape(2, 3)
print(m.tolist())
print(type(m.tolist()[0][0]).__name__)
f = np.array([0.5, 1.25])
print(f.tolist(), type(f.tolist()[0]).__name__)
print(np.array([True, False]).tolist())
print(np.array(4.5).tolist(), np.array(4).item(), np.arange(3)[1:2].item())
print(m.item(4), m.item((1, 0)))
print(np.array([[1.5]], dtype=np.float32).tolist())
print(np.zeros((2, 0)).tolist())
try:
    np.arange(3).item()
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
