# Trigonometric and hyperbolic functions and angle conversions.
import numpy as np

x = np.array([0.0, np.pi / 6, np.pi / 4, np.pi / 2, np.pi])
print(np.sin(x))
print(np.cos(x))
print(np.tan(x[:3]))
y = np.array([-1.0, -0.5, 0.0, 0.5, 1.0])
print(np.arcsin(y))
print(np.arccos(y))
print(np.arctan(y))
print(np.sinh(y), np.cosh(y), np.tanh(y))
print(np.degrees(x), np.radians(np.array([180.0, 90])))
print(np.deg2rad(np.array([45])), np.rad2deg(np.array([np.pi])))
