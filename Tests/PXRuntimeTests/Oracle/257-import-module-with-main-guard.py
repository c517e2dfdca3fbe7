# oracle: script — writes modules next to itself and imports them
with open("geometry_mod.py", "w") as f:
    f.write('''"""A module written by the program."""
PI = 3.14159

def area(r):
    return PI * r * r

class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return area(self.r)

if __name__ == "__main__":
    print("geometry run as a script")
else:
    print("geometry imported as", __name__)
''')
import geometry_mod
from geometry_mod import Circle, area as circle_area
print(geometry_mod.area(2), Circle(1).area(), circle_area(3), geometry_mod.__doc__)
import geometry_mod as g
print(g is geometry_mod, g.PI)
import os
os.remove("geometry_mod.py")
if __name__ == "__main__":
    print("main program runs as", __name__)
