# oracle: script — imports modules it writes next to itself
# Misused assignment expressions: the SyntaxError CPython gives for each (message, line, column).
import os


def write(name, source):
    with open(name + ".py", "w") as f:
        f.write(source)


write('walrus_00', 'x := 1\n')
try:
    import walrus_00
    print(0, "imported")
except SyntaxError as e:
    print(0, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_00' + ".py")
write('walrus_01', 'y = 0\nx = y := 1\n')
try:
    import walrus_01
    print(1, "imported")
except SyntaxError as e:
    print(1, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_01' + ".py")
write('walrus_02', '(a.b := 1)\n')
try:
    import walrus_02
    print(2, "imported")
except SyntaxError as e:
    print(2, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_02' + ".py")
write('walrus_03', '(a[0] := 1)\n')
try:
    import walrus_03
    print(3, "imported")
except SyntaxError as e:
    print(3, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_03' + ".py")
write('walrus_04', '((a, b) := 1)\n')
try:
    import walrus_04
    print(4, "imported")
except SyntaxError as e:
    print(4, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_04' + ".py")
write('walrus_05', '([a, b] := 1)\n')
try:
    import walrus_05
    print(5, "imported")
except SyntaxError as e:
    print(5, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_05' + ".py")
write('walrus_06', '(True := 1)\n')
try:
    import walrus_06
    print(6, "imported")
except SyntaxError as e:
    print(6, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_06' + ".py")
write('walrus_07', '(None := 1)\n')
try:
    import walrus_07
    print(7, "imported")
except SyntaxError as e:
    print(7, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_07' + ".py")
write('walrus_08', '(__debug__ := 1)\n')
try:
    import walrus_08
    print(8, "imported")
except SyntaxError as e:
    print(8, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_08' + ".py")
write('walrus_09', '(f() := 1)\n')
try:
    import walrus_09
    print(9, "imported")
except SyntaxError as e:
    print(9, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_09' + ".py")
write('walrus_10', '(1 := 1)\n')
try:
    import walrus_10
    print(10, "imported")
except SyntaxError as e:
    print(10, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_10' + ".py")
write('walrus_11', '(x + 1 := 2)\n')
try:
    import walrus_11
    print(11, "imported")
except SyntaxError as e:
    print(11, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_11' + ".py")
write('walrus_12', '((x := 1) := 2)\n')
try:
    import walrus_12
    print(12, "imported")
except SyntaxError as e:
    print(12, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_12' + ".py")
write('walrus_13', '(-x := 1)\n')
try:
    import walrus_13
    print(13, "imported")
except SyntaxError as e:
    print(13, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_13' + ".py")
write('walrus_14', '(x if y else z := 1)\n')
try:
    import walrus_14
    print(14, "imported")
except SyntaxError as e:
    print(14, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_14' + ".py")
write('walrus_15', '(x == 1 := 2)\n')
try:
    import walrus_15
    print(15, "imported")
except SyntaxError as e:
    print(15, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_15' + ".py")
write('walrus_16', '({} := 1)\n')
try:
    import walrus_16
    print(16, "imported")
except SyntaxError as e:
    print(16, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_16' + ".py")
write('walrus_17', '(... := 1)\n')
try:
    import walrus_17
    print(17, "imported")
except SyntaxError as e:
    print(17, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_17' + ".py")
write('walrus_18', '(lambda: 1 := 1)\n')
try:
    import walrus_18
    print(18, "imported")
except SyntaxError as e:
    print(18, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_18' + ".py")
write('walrus_19', '([i for i in r] := 1)\n')
try:
    import walrus_19
    print(19, "imported")
except SyntaxError as e:
    print(19, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_19' + ".py")
write('walrus_20', '((x) := 1)\n')
try:
    import walrus_20
    print(20, "imported")
except SyntaxError as e:
    print(20, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_20' + ".py")
write('walrus_21', 'x[0] := 1\n')
try:
    import walrus_21
    print(21, "imported")
except SyntaxError as e:
    print(21, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_21' + ".py")
write('walrus_22', 'a.b := 1\n')
try:
    import walrus_22
    print(22, "imported")
except SyntaxError as e:
    print(22, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_22' + ".py")
write('walrus_23', 'lambda: x := 1\n')
try:
    import walrus_23
    print(23, "imported")
except SyntaxError as e:
    print(23, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_23' + ".py")
write('walrus_24', 'print(a.b := 1)\n')
try:
    import walrus_24
    print(24, "imported")
except SyntaxError as e:
    print(24, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_24' + ".py")
write('walrus_25', 'f(lambda: x := 1)\n')
try:
    import walrus_25
    print(25, "imported")
except SyntaxError as e:
    print(25, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_25' + ".py")
write('walrus_26', 'f(a=x:=1)\n')
try:
    import walrus_26
    print(26, "imported")
except SyntaxError as e:
    print(26, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_26' + ".py")
write('walrus_27', 'def f(x := 1): pass\n')
try:
    import walrus_27
    print(27, "imported")
except SyntaxError as e:
    print(27, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_27' + ".py")
write('walrus_28', 'def f():\n    return x := 1\n')
try:
    import walrus_28
    print(28, "imported")
except SyntaxError as e:
    print(28, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_28' + ".py")
write('walrus_29', 'assert x := 1\n')
try:
    import walrus_29
    print(29, "imported")
except SyntaxError as e:
    print(29, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_29' + ".py")
write('walrus_30', 'del x := 1\n')
try:
    import walrus_30
    print(30, "imported")
except SyntaxError as e:
    print(30, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_30' + ".py")
write('walrus_31', 'x: int := 1\n')
try:
    import walrus_31
    print(31, "imported")
except SyntaxError as e:
    print(31, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_31' + ".py")
write('walrus_32', '[x for x in r if y := x]\n')
try:
    import walrus_32
    print(32, "imported")
except SyntaxError as e:
    print(32, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_32' + ".py")
write('walrus_33', '{x := 1: 2}\n')
try:
    import walrus_33
    print(33, "imported")
except SyntaxError as e:
    print(33, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_33' + ".py")
write('walrus_34', '{x: y := 1 for x in r}\n')
try:
    import walrus_34
    print(34, "imported")
except SyntaxError as e:
    print(34, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_34' + ".py")
write('walrus_35', 'a[x:=1:2]\n')
try:
    import walrus_35
    print(35, "imported")
except SyntaxError as e:
    print(35, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_35' + ".py")
write('walrus_36', 'a[1:x:=1]\n')
try:
    import walrus_36
    print(36, "imported")
except SyntaxError as e:
    print(36, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_36' + ".py")
write('walrus_37', 'del (x := 1)\n')
try:
    import walrus_37
    print(37, "imported")
except SyntaxError as e:
    print(37, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_37' + ".py")
write('walrus_38', '(x := 1) = 2\n')
try:
    import walrus_38
    print(38, "imported")
except SyntaxError as e:
    print(38, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_38' + ".py")
write('walrus_39', '(x := 1) += 2\n')
try:
    import walrus_39
    print(39, "imported")
except SyntaxError as e:
    print(39, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_39' + ".py")
write('walrus_40', 'for (x := 1) in r: pass\n')
try:
    import walrus_40
    print(40, "imported")
except SyntaxError as e:
    print(40, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_40' + ".py")
write('walrus_41', 'print(x := 1 := 2)\n')
try:
    import walrus_41
    print(41, "imported")
except SyntaxError as e:
    print(41, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_41' + ".py")
write('walrus_42', '(x := 1, y := 2) = 3\n')
try:
    import walrus_42
    print(42, "imported")
except SyntaxError as e:
    print(42, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_42' + ".py")
write('walrus_43', 'f(**x := 1)\n')
try:
    import walrus_43
    print(43, "imported")
except SyntaxError as e:
    print(43, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_43' + ".py")
write('walrus_44', '(x := yield 1)\n')
try:
    import walrus_44
    print(44, "imported")
except SyntaxError as e:
    print(44, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_44' + ".py")
write('walrus_45', "with x := open('f'): pass\n")
try:
    import walrus_45
    print(45, "imported")
except SyntaxError as e:
    print(45, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_45' + ".py")
write('walrus_46', 'for x in y := [1]: pass\n')
try:
    import walrus_46
    print(46, "imported")
except SyntaxError as e:
    print(46, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_46' + ".py")
write('walrus_47', 'if a.b := 1: pass\n')
try:
    import walrus_47
    print(47, "imported")
except SyntaxError as e:
    print(47, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_47' + ".py")
write('walrus_48', 'while f() := 1: pass\n')
try:
    import walrus_48
    print(48, "imported")
except SyntaxError as e:
    print(48, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_48' + ".py")
write('walrus_49', 'if (a, b) := 1: pass\n')
try:
    import walrus_49
    print(49, "imported")
except SyntaxError as e:
    print(49, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_49' + ".py")
write('walrus_50', '[(i := 0) for i in range(5)]\n')
try:
    import walrus_50
    print(50, "imported")
except SyntaxError as e:
    print(50, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_50' + ".py")
write('walrus_51', '[i := 1 for i in r]\n')
try:
    import walrus_51
    print(51, "imported")
except SyntaxError as e:
    print(51, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_51' + ".py")
write('walrus_52', '[(i := 0) for i, j in r]\n')
try:
    import walrus_52
    print(52, "imported")
except SyntaxError as e:
    print(52, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_52' + ".py")
write('walrus_53', '[[(j := i) for i in range(3)] for j in range(3)]\n')
try:
    import walrus_53
    print(53, "imported")
except SyntaxError as e:
    print(53, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_53' + ".py")
write('walrus_54', '[i for i in range(3) if (j := i) for j in range(3)]\n')
try:
    import walrus_54
    print(54, "imported")
except SyntaxError as e:
    print(54, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_54' + ".py")
write('walrus_55', '[x for x in range(3) if (x := 1)]\n')
try:
    import walrus_55
    print(55, "imported")
except SyntaxError as e:
    print(55, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_55' + ".py")
write('walrus_56', '[(x := 1) for _ in r for x in r]\n')
try:
    import walrus_56
    print(56, "imported")
except SyntaxError as e:
    print(56, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_56' + ".py")
write('walrus_57', 'f(x := 1 for x in r)\n')
try:
    import walrus_57
    print(57, "imported")
except SyntaxError as e:
    print(57, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_57' + ".py")
write('walrus_58', '[x for x in (y := range(3))]\n')
try:
    import walrus_58
    print(58, "imported")
except SyntaxError as e:
    print(58, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_58' + ".py")
write('walrus_59', '[x for x in range(3) for z in (y := range(3))]\n')
try:
    import walrus_59
    print(59, "imported")
except SyntaxError as e:
    print(59, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_59' + ".py")
write('walrus_60', '[x for x in [(y := 1) for q in range(2)]]\n')
try:
    import walrus_60
    print(60, "imported")
except SyntaxError as e:
    print(60, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_60' + ".py")
write('walrus_61', '{x: 1 for x in (y := range(3))}\n')
try:
    import walrus_61
    print(61, "imported")
except SyntaxError as e:
    print(61, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_61' + ".py")
write('walrus_62', '(x for x in (y := range(3)))\n')
try:
    import walrus_62
    print(62, "imported")
except SyntaxError as e:
    print(62, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_62' + ".py")
write('walrus_63', '[x for x in (lambda: (y := 1))()]\n')
try:
    import walrus_63
    print(63, "imported")
except SyntaxError as e:
    print(63, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_63' + ".py")
write('walrus_64', 'class C:\n    [(y := x) for x in range(3)]\n')
try:
    import walrus_64
    print(64, "imported")
except SyntaxError as e:
    print(64, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_64' + ".py")
write('walrus_65', 'class C:\n    x = [y for y in r if (z := y)]\n')
try:
    import walrus_65
    print(65, "imported")
except SyntaxError as e:
    print(65, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_65' + ".py")
write('walrus_66', 'class C:\n    d = {k: (v := k) for k in r}\n')
try:
    import walrus_66
    print(66, "imported")
except SyntaxError as e:
    print(66, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_66' + ".py")
write('walrus_67', 'def f():\n    class C:\n        g = list((q := i) for i in r)\n')
try:
    import walrus_67
    print(67, "imported")
except SyntaxError as e:
    print(67, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_67' + ".py")
write('walrus_68', "x = 1\nprint('fine')\ny = [(i := 0) for i in r]\n")
try:
    import walrus_68
    print(68, "imported")
except SyntaxError as e:
    print(68, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_68' + ".py")
write('walrus_69', 'x = (1 +\n     (y := 2)\n     for z in (w := r))\n')
try:
    import walrus_69
    print(69, "imported")
except SyntaxError as e:
    print(69, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('walrus_69' + ".py")
