# oracle: script — imports modules it writes next to itself
# CPython's SyntaxErrors found after parsing (symbol table and compiler): duplicate parameters, global and nonlocal
# declarations, a bare except before other handlers, starred assignment targets, call-argument errors and mismatched brackets.
import os


def write(name, source):
    with open(name + ".py", "w") as f:
        f.write(source)


write('scope_00', 'def f(a, a): pass\n')
try:
    import scope_00
    print(0, "imported")
except SyntaxError as e:
    print(0, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_00' + ".py")
write('scope_01', 'def f(a, b, *, a=1): pass\n')
try:
    import scope_01
    print(1, "imported")
except SyntaxError as e:
    print(1, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_01' + ".py")
write('scope_02', 'def f(a, *a): pass\n')
try:
    import scope_02
    print(2, "imported")
except SyntaxError as e:
    print(2, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_02' + ".py")
write('scope_03', 'def f(a, **a): pass\n')
try:
    import scope_03
    print(3, "imported")
except SyntaxError as e:
    print(3, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_03' + ".py")
write('scope_04', 'g = lambda a, a: 0\n')
try:
    import scope_04
    print(4, "imported")
except SyntaxError as e:
    print(4, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_04' + ".py")
write('scope_05', 'def f(x, y=2, *args, z, **args): pass\n')
try:
    import scope_05
    print(5, "imported")
except SyntaxError as e:
    print(5, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_05' + ".py")
write('scope_06', 'nonlocal x\n')
try:
    import scope_06
    print(6, "imported")
except SyntaxError as e:
    print(6, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_06' + ".py")
write('scope_07', 'x = 1\nglobal x\n')
try:
    import scope_07
    print(7, "imported")
except SyntaxError as e:
    print(7, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_07' + ".py")
write('scope_08', 'print(x)\nglobal x\n')
try:
    import scope_08
    print(8, "imported")
except SyntaxError as e:
    print(8, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_08' + ".py")
write('scope_09', 'x += 1\nglobal x\n')
try:
    import scope_09
    print(9, "imported")
except SyntaxError as e:
    print(9, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_09' + ".py")
write('scope_10', 'def g():\n    x = 1\n    global x\n')
try:
    import scope_10
    print(10, "imported")
except SyntaxError as e:
    print(10, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_10' + ".py")
write('scope_11', 'def g():\n    print(x)\n    global x\n')
try:
    import scope_11
    print(11, "imported")
except SyntaxError as e:
    print(11, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_11' + ".py")
write('scope_12', 'def g(x):\n    global x\n')
try:
    import scope_12
    print(12, "imported")
except SyntaxError as e:
    print(12, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_12' + ".py")
write('scope_13', 'def g():\n    nonlocal y\n')
try:
    import scope_13
    print(13, "imported")
except SyntaxError as e:
    print(13, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_13' + ".py")
write('scope_14', 'class C:\n    nonlocal z\n')
try:
    import scope_14
    print(14, "imported")
except SyntaxError as e:
    print(14, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_14' + ".py")
write('scope_15', "def f(x):\n    def g():\n        nonlocal x\n        x = 2\n    return g\nprint('bound')\n")
try:
    import scope_15
    print(15, "imported")
except SyntaxError as e:
    print(15, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_15' + ".py")
write('scope_16', 'def f():\n    x = 1\n    def g(x):\n        nonlocal x\n')
try:
    import scope_16
    print(16, "imported")
except SyntaxError as e:
    print(16, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_16' + ".py")
write('scope_17', 'def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n')
try:
    import scope_17
    print(17, "imported")
except SyntaxError as e:
    print(17, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_17' + ".py")
write('scope_18', 'def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n')
try:
    import scope_18
    print(18, "imported")
except SyntaxError as e:
    print(18, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_18' + ".py")
write('scope_19', 'def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n')
try:
    import scope_19
    print(19, "imported")
except SyntaxError as e:
    print(19, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_19' + ".py")
write('scope_20', 'def f():\n    global q\n    def g():\n        nonlocal q\n')
try:
    import scope_20
    print(20, "imported")
except SyntaxError as e:
    print(20, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_20' + ".py")
write('scope_21', 'try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n')
try:
    import scope_21
    print(21, "imported")
except SyntaxError as e:
    print(21, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_21' + ".py")
write('scope_22', 'def f():\n    try:\n        pass\n    except:\n        pass\n    except (KeyError, ValueError) as e:\n        pass\n')
try:
    import scope_22
    print(22, "imported")
except SyntaxError as e:
    print(22, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_22' + ".py")
write('scope_23', 'f(**a, *b)\n')
try:
    import scope_23
    print(23, "imported")
except SyntaxError as e:
    print(23, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_23' + ".py")
write('scope_24', 'f(1=2)\n')
try:
    import scope_24
    print(24, "imported")
except SyntaxError as e:
    print(24, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_24' + ".py")
write('scope_25', 'f(a.b=2)\n')
try:
    import scope_25
    print(25, "imported")
except SyntaxError as e:
    print(25, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_25' + ".py")
write('scope_26', 'f(a=1, a=2)\n')
try:
    import scope_26
    print(26, "imported")
except SyntaxError as e:
    print(26, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_26' + ".py")
write('scope_27', 'a, *b, *c = 1\n')
try:
    import scope_27
    print(27, "imported")
except SyntaxError as e:
    print(27, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_27' + ".py")
write('scope_28', '[*a, *b] = [1, 2]\n')
try:
    import scope_28
    print(28, "imported")
except SyntaxError as e:
    print(28, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_28' + ".py")
write('scope_29', 'for *a, *b in x: pass\n')
try:
    import scope_29
    print(29, "imported")
except SyntaxError as e:
    print(29, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_29' + ".py")
write('scope_30', '*a = 1\n')
try:
    import scope_30
    print(30, "imported")
except SyntaxError as e:
    print(30, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_30' + ".py")
write('scope_31', 'x = 1\ndef f(a, a): pass\nnonlocal y\n')
try:
    import scope_31
    print(31, "imported")
except SyntaxError as e:
    print(31, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_31' + ".py")
write('scope_32', 'def f():\n    return 1\nreturn 2\ndef g(a, a): pass\n')
try:
    import scope_32
    print(32, "imported")
except SyntaxError as e:
    print(32, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_32' + ".py")
write('scope_33', "print('ran')\ndef h():\n    global x\n    x = 1\n    global x\n")
try:
    import scope_33
    print(33, "imported")
except SyntaxError as e:
    print(33, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_33' + ".py")
write('scope_34', "def h():\n    global x, y\n    y = 1\nh()\nprint('h ran', y)\n")
try:
    import scope_34
    print(34, "imported")
except SyntaxError as e:
    print(34, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_34' + ".py")
write('scope_35', "def outer():\n    v = 1\n    class K:\n        nonlocal v\n        v = 2\n    return v\nprint('outer', outer())\n")
try:
    import scope_35
    print(35, "imported")
except SyntaxError as e:
    print(35, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_35' + ".py")
write('scope_36', "try:\n    pass\nexcept:\n    pass\nfinally:\n    pass\nprint('bare except last')\n")
try:
    import scope_36
    print(36, "imported")
except SyntaxError as e:
    print(36, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_36' + ".py")
write('scope_37', "def f(a, b=1, *c, d, e=2, **g): return a\nprint('params', f(1, d=2))\n")
try:
    import scope_37
    print(37, "imported")
except SyntaxError as e:
    print(37, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_37' + ".py")
write('scope_38', 'f(x=1, b)\n')
try:
    import scope_38
    print(38, "imported")
except SyntaxError as e:
    print(38, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_38' + ".py")
write('scope_39', 'f(x=1, b, c)\n')
try:
    import scope_39
    print(39, "imported")
except SyntaxError as e:
    print(39, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_39' + ".py")
write('scope_40', 'f(**a, b)\n')
try:
    import scope_40
    print(40, "imported")
except SyntaxError as e:
    print(40, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_40' + ".py")
write('scope_41', 'f(x=1, **a, b)\n')
try:
    import scope_41
    print(41, "imported")
except SyntaxError as e:
    print(41, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_41' + ".py")
write('scope_42', 'f(True=1)\n')
try:
    import scope_42
    print(42, "imported")
except SyntaxError as e:
    print(42, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_42' + ".py")
write('scope_43', 'f(x()=2)\n')
try:
    import scope_43
    print(43, "imported")
except SyntaxError as e:
    print(43, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_43' + ".py")
write('scope_44', '*a\n')
try:
    import scope_44
    print(44, "imported")
except SyntaxError as e:
    print(44, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_44' + ".py")
write('scope_45', 'x = *a\n')
try:
    import scope_45
    print(45, "imported")
except SyntaxError as e:
    print(45, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_45' + ".py")
write('scope_46', 'a = *b = 1\n')
try:
    import scope_46
    print(46, "imported")
except SyntaxError as e:
    print(46, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_46' + ".py")
write('scope_47', 'for x in *a: pass\n')
try:
    import scope_47
    print(47, "imported")
except SyntaxError as e:
    print(47, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_47' + ".py")
write('scope_48', 'def f():\n    return *a\n')
try:
    import scope_48
    print(48, "imported")
except SyntaxError as e:
    print(48, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_48' + ".py")
write('scope_49', 'def f():\n    return 1\nreturn 2\n[(yield x) for x in y]\n')
try:
    import scope_49
    print(49, "imported")
except SyntaxError as e:
    print(49, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_49' + ".py")
write('scope_50', 'while 1:\n    def g():\n        break\n')
try:
    import scope_50
    print(50, "imported")
except SyntaxError as e:
    print(50, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_50' + ".py")
write('scope_51', 'for x in y:\n    class C:\n        continue\n')
try:
    import scope_51
    print(51, "imported")
except SyntaxError as e:
    print(51, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_51' + ".py")
write('scope_52', 'return 1\nf(x=1, b)\n')
try:
    import scope_52
    print(52, "imported")
except SyntaxError as e:
    print(52, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_52' + ".py")
write('scope_53', 'break\ndef f(a, a): pass\n')
try:
    import scope_53
    print(53, "imported")
except SyntaxError as e:
    print(53, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_53' + ".py")
write('scope_54', 'x = (1, 2]\n')
try:
    import scope_54
    print(54, "imported")
except SyntaxError as e:
    print(54, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_54' + ".py")
write('scope_55', 'x = (1,\n2]\n')
try:
    import scope_55
    print(55, "imported")
except SyntaxError as e:
    print(55, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_55' + ".py")
write('scope_56', 'x = {1: [2)}\n')
try:
    import scope_56
    print(56, "imported")
except SyntaxError as e:
    print(56, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_56' + ".py")
write('scope_57', 'f(a[1)]\n')
try:
    import scope_57
    print(57, "imported")
except SyntaxError as e:
    print(57, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_57' + ".py")
write('scope_58', 'x = (1, 2]\ny = (\n')
try:
    import scope_58
    print(58, "imported")
except SyntaxError as e:
    print(58, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_58' + ".py")
write('scope_59', 'def f(a, a): pass\nx = [1, 2)\n')
try:
    import scope_59
    print(59, "imported")
except SyntaxError as e:
    print(59, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('scope_59' + ".py")
