# oracle: script — imports modules it writes next to itself
# Relative imports (`from . import x`, `from ..m import y`, `from .sub import *`) in packages, their errors outside
# a package and beyond the top-level package, and errors of a submodule that `from package import name` imports.
import os

files = {
    "relpkg/__init__.py": "from . import util\nfrom .util import double\nfrom .sub import deep\n"
                          "print('relpkg init', __package__, double(2), deep.VALUE)\n",
    "relpkg/util.py": "def double(x):\n    return 2 * x\nHIDDEN = 1\n__all__ = ['double']\nprint('util', __name__, __package__)\n",
    "relpkg/sub/__init__.py": "",
    "relpkg/sub/deep.py": "from .. import util\nfrom ..util import double as d2\nfrom . import sibling\n"
                          "from .sibling import *\nVALUE = d2(21) + sibling.ONE + TWO\n",
    "relpkg/sub/sibling.py": "ONE = 1\nTWO = 2\n",
    "relpkg/beyond.py": "from .... import x\n",
    "relpkg/missing.py": "from .nosuch import y\n",
    "relpkg/absent_name.py": "from . import nosuch\n",
    "relpkg/star.py": "from .util import *\nprint('star', double(3))\ntry:\n    HIDDEN\nexcept NameError as e:\n    print('star', e)\n",
    "relpkg/broken.py": "import nosuchmodule_xyz\n",
    "plainmod.py": "from . import anything\n",
}
for path, text in files.items():
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w") as f:
        f.write(text)

import relpkg
print(relpkg.util.double(5), relpkg.sub.deep.VALUE)
import relpkg.star
for name in ["beyond", "missing", "absent_name"]:
    try:
        if name == "beyond":
            import relpkg.beyond
        elif name == "missing":
            import relpkg.missing
        else:
            import relpkg.absent_name
    except ImportError as e:
        print(name, type(e).__name__, str(e).split(" (")[0], e.name)
try:
    from relpkg import broken
except ImportError as e:
    print("broken", type(e).__name__, e, e.name)
try:
    from relpkg import absent
except ImportError as e:
    print("absent", type(e).__name__, str(e).split(" (")[0], e.name)
try:
    import plainmod
except ImportError as e:
    print("plainmod", type(e).__name__, e)
try:
    from . import something
except ImportError as e:
    print("script", type(e).__name__, e)
try:
    from .. import something
except ImportError as e:
    print("script", type(e).__name__, e)

for path in sorted(files, key=lambda p: -p.count("/")):
    os.remove(path)
os.rmdir("relpkg/sub")
os.rmdir("relpkg")
