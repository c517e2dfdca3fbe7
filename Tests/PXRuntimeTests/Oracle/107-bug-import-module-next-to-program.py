# oracle: script — writes a module next to itself and imports it
with open("helper_mod.py", "w") as f:
    f.write("VALUE = 42\n\ndef double(x):\n    return 2 * x\n\nprint('helper imported as', __name__)\n")
import helper_mod
print(helper_mod.VALUE, helper_mod.double(21))
import helper_mod
from helper_mod import double as twice, VALUE
print(twice(5), VALUE, helper_mod.__name__)
import os
os.remove("helper_mod.py")
print(os.path.exists("helper_mod.py"))
