# oracle: script — imports modules it writes next to itself
# CPython's SyntaxError messages and positions: invalid characters, number literals, missing colons and commas, assignment targets, indentation.
import os


def write(name, source):
    with open(name + ".py", "w") as f:
        f.write(source)


write('msg_00', 'x = $\n')
try:
    import msg_00
    print(0, "imported")
except SyntaxError as e:
    print(0, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_00' + ".py")
write('msg_01', 'x = ?\n')
try:
    import msg_01
    print(1, "imported")
except SyntaxError as e:
    print(1, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_01' + ".py")
write('msg_02', 'x = `a`\n')
try:
    import msg_02
    print(2, "imported")
except SyntaxError as e:
    print(2, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_02' + ".py")
write('msg_03', 'x = €\n')
try:
    import msg_03
    print(3, "imported")
except SyntaxError as e:
    print(3, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_03' + ".py")
write('msg_04', 'x = 1 €\n')
try:
    import msg_04
    print(4, "imported")
except SyntaxError as e:
    print(4, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_04' + ".py")
write('msg_05', 'x = a\xa0+ 1\n')
try:
    import msg_05
    print(5, "imported")
except SyntaxError as e:
    print(5, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_05' + ".py")
write('msg_06', '€ = 1\n')
try:
    import msg_06
    print(6, "imported")
except SyntaxError as e:
    print(6, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_06' + ".py")
write('msg_07', 'x = (1, $\n')
try:
    import msg_07
    print(7, "imported")
except SyntaxError as e:
    print(7, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_07' + ".py")
write('msg_08', "x = 'a' $\n")
try:
    import msg_08
    print(8, "imported")
except SyntaxError as e:
    print(8, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_08' + ".py")
write('msg_09', "x = $ 'abc\n")
try:
    import msg_09
    print(9, "imported")
except SyntaxError as e:
    print(9, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_09' + ".py")
write('msg_10', "x = 1\ny = $\nz = 'abc\n")
try:
    import msg_10
    print(10, "imported")
except SyntaxError as e:
    print(10, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_10' + ".py")
write('msg_11', 'x = 1 \\ 2\n')
try:
    import msg_11
    print(11, "imported")
except SyntaxError as e:
    print(11, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_11' + ".py")
write('msg_12', 'f($\n')
try:
    import msg_12
    print(12, "imported")
except SyntaxError as e:
    print(12, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_12' + ".py")
write('msg_13', 'f(1 $\n')
try:
    import msg_13
    print(13, "imported")
except SyntaxError as e:
    print(13, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_13' + ".py")
write('msg_14', 'x = 1_\n')
try:
    import msg_14
    print(14, "imported")
except SyntaxError as e:
    print(14, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_14' + ".py")
write('msg_15', 'x = 1__0\n')
try:
    import msg_15
    print(15, "imported")
except SyntaxError as e:
    print(15, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_15' + ".py")
write('msg_16', 'x = 0x1__2\n')
try:
    import msg_16
    print(16, "imported")
except SyntaxError as e:
    print(16, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_16' + ".py")
write('msg_17', 'x = 0b\n')
try:
    import msg_17
    print(17, "imported")
except SyntaxError as e:
    print(17, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_17' + ".py")
write('msg_18', 'x = 0x\n')
try:
    import msg_18
    print(18, "imported")
except SyntaxError as e:
    print(18, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_18' + ".py")
write('msg_19', 'x = 0o8\n')
try:
    import msg_19
    print(19, "imported")
except SyntaxError as e:
    print(19, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_19' + ".py")
write('msg_20', 'x = 0b12\n')
try:
    import msg_20
    print(20, "imported")
except SyntaxError as e:
    print(20, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_20' + ".py")
write('msg_21', 'x = 0xg\n')
try:
    import msg_21
    print(21, "imported")
except SyntaxError as e:
    print(21, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_21' + ".py")
write('msg_22', 'x = 0777\n')
try:
    import msg_22
    print(22, "imported")
except SyntaxError as e:
    print(22, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_22' + ".py")
write('msg_23', 'x = 1.5_\n')
try:
    import msg_23
    print(23, "imported")
except SyntaxError as e:
    print(23, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_23' + ".py")
write('msg_24', 'x = 1_.5\n')
try:
    import msg_24
    print(24, "imported")
except SyntaxError as e:
    print(24, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_24' + ".py")
write('msg_25', 'x = 1e_5\n')
try:
    import msg_25
    print(25, "imported")
except SyntaxError as e:
    print(25, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_25' + ".py")
write('msg_26', 'x = 1e5_\n')
try:
    import msg_26
    print(26, "imported")
except SyntaxError as e:
    print(26, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_26' + ".py")
write('msg_27', 'x = 0b1_\n')
try:
    import msg_27
    print(27, "imported")
except SyntaxError as e:
    print(27, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_27' + ".py")
write('msg_28', 'x = 0x1g\n')
try:
    import msg_28
    print(28, "imported")
except SyntaxError as e:
    print(28, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_28' + ".py")
write('msg_29', 'x = 007\n')
try:
    import msg_29
    print(29, "imported")
except SyntaxError as e:
    print(29, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_29' + ".py")
write('msg_30', 'x = 0_7\n')
try:
    import msg_30
    print(30, "imported")
except SyntaxError as e:
    print(30, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_30' + ".py")
write('msg_31', 'x = 1ea\n')
try:
    import msg_31
    print(31, "imported")
except SyntaxError as e:
    print(31, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_31' + ".py")
write('msg_32', 'x = 00 + 0_0 + 0x_1 + 1_000 + 0b1_0\nprint(x)\n')
try:
    import msg_32
    print(32, "imported")
except SyntaxError as e:
    print(32, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_32' + ".py")
write('msg_33', 'print(09.5, 1.e5, 0e0)\n')
try:
    import msg_33
    print(33, "imported")
except SyntaxError as e:
    print(33, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_33' + ".py")
write('msg_34', 'if x y:\n  pass\n')
try:
    import msg_34
    print(34, "imported")
except SyntaxError as e:
    print(34, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_34' + ".py")
write('msg_35', 'if x\n  pass\n')
try:
    import msg_35
    print(35, "imported")
except SyntaxError as e:
    print(35, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_35' + ".py")
write('msg_36', 'def f() -> int\n  pass\n')
try:
    import msg_36
    print(36, "imported")
except SyntaxError as e:
    print(36, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_36' + ".py")
write('msg_37', 'class C(x) y:\n  pass\n')
try:
    import msg_37
    print(37, "imported")
except SyntaxError as e:
    print(37, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_37' + ".py")
write('msg_38', 'lambda x y: 1\n')
try:
    import msg_38
    print(38, "imported")
except SyntaxError as e:
    print(38, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_38' + ".py")
write('msg_39', 'lambda x\n')
try:
    import msg_39
    print(39, "imported")
except SyntaxError as e:
    print(39, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_39' + ".py")
write('msg_40', 'for x in y z:\n  pass\n')
try:
    import msg_40
    print(40, "imported")
except SyntaxError as e:
    print(40, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_40' + ".py")
write('msg_41', 'for x in y\n  pass\n')
try:
    import msg_41
    print(41, "imported")
except SyntaxError as e:
    print(41, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_41' + ".py")
write('msg_42', 'while x y:\n  pass\n')
try:
    import msg_42
    print(42, "imported")
except SyntaxError as e:
    print(42, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_42' + ".py")
write('msg_43', 'with a as b c:\n  pass\n')
try:
    import msg_43
    print(43, "imported")
except SyntaxError as e:
    print(43, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_43' + ".py")
write('msg_44', 'with a\n  pass\n')
try:
    import msg_44
    print(44, "imported")
except SyntaxError as e:
    print(44, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_44' + ".py")
write('msg_45', 'def f(1):\n  pass\n')
try:
    import msg_45
    print(45, "imported")
except SyntaxError as e:
    print(45, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_45' + ".py")
write('msg_46', 'def 1():\n  pass\n')
try:
    import msg_46
    print(46, "imported")
except SyntaxError as e:
    print(46, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_46' + ".py")
write('msg_47', 'import 1\n')
try:
    import msg_47
    print(47, "imported")
except SyntaxError as e:
    print(47, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_47' + ".py")
write('msg_48', 'x.1\n')
try:
    import msg_48
    print(48, "imported")
except SyntaxError as e:
    print(48, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_48' + ".py")
write('msg_49', 'class 1: pass\n')
try:
    import msg_49
    print(49, "imported")
except SyntaxError as e:
    print(49, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_49' + ".py")
write('msg_50', 'def f(a, *, 1): pass\n')
try:
    import msg_50
    print(50, "imported")
except SyntaxError as e:
    print(50, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_50' + ".py")
write('msg_51', 'global 1\n')
try:
    import msg_51
    print(51, "imported")
except SyntaxError as e:
    print(51, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_51' + ".py")
write('msg_52', 'import a as 1\n')
try:
    import msg_52
    print(52, "imported")
except SyntaxError as e:
    print(52, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_52' + ".py")
write('msg_53', 'x = a.\n')
try:
    import msg_53
    print(53, "imported")
except SyntaxError as e:
    print(53, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_53' + ".py")
write('msg_54', 'try:\n  pass\nexcept E as 1:\n  pass\n')
try:
    import msg_54
    print(54, "imported")
except SyntaxError as e:
    print(54, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_54' + ".py")
write('msg_55', 'def f(**1): pass\n')
try:
    import msg_55
    print(55, "imported")
except SyntaxError as e:
    print(55, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_55' + ".py")
write('msg_56', 'for x y in z: pass\n')
try:
    import msg_56
    print(56, "imported")
except SyntaxError as e:
    print(56, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_56' + ".py")
write('msg_57', 'from x 1\n')
try:
    import msg_57
    print(57, "imported")
except SyntaxError as e:
    print(57, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_57' + ".py")
write('msg_58', 'from x impor y\n')
try:
    import msg_58
    print(58, "imported")
except SyntaxError as e:
    print(58, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_58' + ".py")
write('msg_59', 'x = 1 if 2 3\n')
try:
    import msg_59
    print(59, "imported")
except SyntaxError as e:
    print(59, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_59' + ".py")
write('msg_60', 'x = (1 if 2)\n')
try:
    import msg_60
    print(60, "imported")
except SyntaxError as e:
    print(60, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_60' + ".py")
write('msg_61', 'try:\n  pass\nx = 1\n')
try:
    import msg_61
    print(61, "imported")
except SyntaxError as e:
    print(61, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_61' + ".py")
write('msg_62', 'continue\n')
try:
    import msg_62
    print(62, "imported")
except SyntaxError as e:
    print(62, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_62' + ".py")
write('msg_63', 'break\n')
try:
    import msg_63
    print(63, "imported")
except SyntaxError as e:
    print(63, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_63' + ".py")
write('msg_64', 'x = [i for i x]\n')
try:
    import msg_64
    print(64, "imported")
except SyntaxError as e:
    print(64, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_64' + ".py")
write('msg_65', 'a b (\n')
try:
    import msg_65
    print(65, "imported")
except SyntaxError as e:
    print(65, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_65' + ".py")
write('msg_66', 'a b\n')
try:
    import msg_66
    print(66, "imported")
except SyntaxError as e:
    print(66, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_66' + ".py")
write('msg_67', 'x = {1: 2 3}\n')
try:
    import msg_67
    print(67, "imported")
except SyntaxError as e:
    print(67, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_67' + ".py")
write('msg_68', 'x = {1 2}\n')
try:
    import msg_68
    print(68, "imported")
except SyntaxError as e:
    print(68, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_68' + ".py")
write('msg_69', 'x = (1 2)\n')
try:
    import msg_69
    print(69, "imported")
except SyntaxError as e:
    print(69, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_69' + ".py")
write('msg_70', 'f(a=1 b)\n')
try:
    import msg_70
    print(70, "imported")
except SyntaxError as e:
    print(70, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_70' + ".py")
write('msg_71', "print 'x'\n")
try:
    import msg_71
    print(71, "imported")
except SyntaxError as e:
    print(71, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_71' + ".py")
write('msg_72', "exec 'x'\n")
try:
    import msg_72
    print(72, "imported")
except SyntaxError as e:
    print(72, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_72' + ".py")
write('msg_73', 'x[1 2]\n')
try:
    import msg_73
    print(73, "imported")
except SyntaxError as e:
    print(73, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_73' + ".py")
write('msg_74', 'f(x y z)\n')
try:
    import msg_74
    print(74, "imported")
except SyntaxError as e:
    print(74, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_74' + ".py")
write('msg_75', 'x = [1, 2 3, 4]\n')
try:
    import msg_75
    print(75, "imported")
except SyntaxError as e:
    print(75, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_75' + ".py")
write('msg_76', 'f(*a b)\n')
try:
    import msg_76
    print(76, "imported")
except SyntaxError as e:
    print(76, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_76' + ".py")
write('msg_77', 'f(1 2,\n')
try:
    import msg_77
    print(77, "imported")
except SyntaxError as e:
    print(77, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_77' + ".py")
write('msg_78', "f(1 'a'\n")
try:
    import msg_78
    print(78, "imported")
except SyntaxError as e:
    print(78, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_78' + ".py")
write('msg_79', 'f(1 if\n')
try:
    import msg_79
    print(79, "imported")
except SyntaxError as e:
    print(79, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_79' + ".py")
write('msg_80', 'f(a.1\n')
try:
    import msg_80
    print(80, "imported")
except SyntaxError as e:
    print(80, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_80' + ".py")
write('msg_81', 'f(x=1 y\n')
try:
    import msg_81
    print(81, "imported")
except SyntaxError as e:
    print(81, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_81' + ".py")
write('msg_82', 'x = {1 2\n')
try:
    import msg_82
    print(82, "imported")
except SyntaxError as e:
    print(82, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_82' + ".py")
write('msg_83', 'x = {1: 2 3\n')
try:
    import msg_83
    print(83, "imported")
except SyntaxError as e:
    print(83, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_83' + ".py")
write('msg_84', 'f(1 2)\n')
try:
    import msg_84
    print(84, "imported")
except SyntaxError as e:
    print(84, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_84' + ".py")
write('msg_85', 'x = [1 2]\n')
try:
    import msg_85
    print(85, "imported")
except SyntaxError as e:
    print(85, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_85' + ".py")
write('msg_86', 'f(a for a in b c\n')
try:
    import msg_86
    print(86, "imported")
except SyntaxError as e:
    print(86, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_86' + ".py")
write('msg_87', 'f(1 2\ny = 3\n')
try:
    import msg_87
    print(87, "imported")
except SyntaxError as e:
    print(87, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_87' + ".py")
write('msg_88', 'def f(\n    a b):\n    pass\n')
try:
    import msg_88
    print(88, "imported")
except SyntaxError as e:
    print(88, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_88' + ".py")
write('msg_89', 'True = 1\n')
try:
    import msg_89
    print(89, "imported")
except SyntaxError as e:
    print(89, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_89' + ".py")
write('msg_90', 'None = 1\n')
try:
    import msg_90
    print(90, "imported")
except SyntaxError as e:
    print(90, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_90' + ".py")
write('msg_91', 'f() = 1\n')
try:
    import msg_91
    print(91, "imported")
except SyntaxError as e:
    print(91, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_91' + ".py")
write('msg_92', '1 = 2\n')
try:
    import msg_92
    print(92, "imported")
except SyntaxError as e:
    print(92, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_92' + ".py")
write('msg_93', '(a, f()) = 1\n')
try:
    import msg_93
    print(93, "imported")
except SyntaxError as e:
    print(93, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_93' + ".py")
write('msg_94', '[a, 1] = 2\n')
try:
    import msg_94
    print(94, "imported")
except SyntaxError as e:
    print(94, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_94' + ".py")
write('msg_95', 'x + 1 = 2\n')
try:
    import msg_95
    print(95, "imported")
except SyntaxError as e:
    print(95, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_95' + ".py")
write('msg_96', "f'' = 1\n")
try:
    import msg_96
    print(96, "imported")
except SyntaxError as e:
    print(96, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_96' + ".py")
write('msg_97', '... = 1\n')
try:
    import msg_97
    print(97, "imported")
except SyntaxError as e:
    print(97, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_97' + ".py")
write('msg_98', 'a, b + 1 = 2\n')
try:
    import msg_98
    print(98, "imported")
except SyntaxError as e:
    print(98, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_98' + ".py")
write('msg_99', 'x = f() = 1\n')
try:
    import msg_99
    print(99, "imported")
except SyntaxError as e:
    print(99, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_99' + ".py")
write('msg_100', 'f() += 1\n')
try:
    import msg_100
    print(100, "imported")
except SyntaxError as e:
    print(100, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_100' + ".py")
write('msg_101', 'True += 1\n')
try:
    import msg_101
    print(101, "imported")
except SyntaxError as e:
    print(101, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_101' + ".py")
write('msg_102', 'del f()\n')
try:
    import msg_102
    print(102, "imported")
except SyntaxError as e:
    print(102, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_102' + ".py")
write('msg_103', 'del True\n')
try:
    import msg_103
    print(103, "imported")
except SyntaxError as e:
    print(103, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_103' + ".py")
write('msg_104', 'del (a, 1)\n')
try:
    import msg_104
    print(104, "imported")
except SyntaxError as e:
    print(104, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_104' + ".py")
write('msg_105', 'for f() in x: pass\n')
try:
    import msg_105
    print(105, "imported")
except SyntaxError as e:
    print(105, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_105' + ".py")
write('msg_106', 'for 1 in x: pass\n')
try:
    import msg_106
    print(106, "imported")
except SyntaxError as e:
    print(106, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_106' + ".py")
write('msg_107', 'with a as f(): pass\n')
try:
    import msg_107
    print(107, "imported")
except SyntaxError as e:
    print(107, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_107' + ".py")
write('msg_108', 'x == 1 = 2\n')
try:
    import msg_108
    print(108, "imported")
except SyntaxError as e:
    print(108, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_108' + ".py")
write('msg_109', 'lambda: 1 = 1\n')
try:
    import msg_109
    print(109, "imported")
except SyntaxError as e:
    print(109, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_109' + ".py")
write('msg_110', 'not x = 1\n')
try:
    import msg_110
    print(110, "imported")
except SyntaxError as e:
    print(110, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_110' + ".py")
write('msg_111', '-x = 1\n')
try:
    import msg_111
    print(111, "imported")
except SyntaxError as e:
    print(111, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_111' + ".py")
write('msg_112', 'a if b else c = 1\n')
try:
    import msg_112
    print(112, "imported")
except SyntaxError as e:
    print(112, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_112' + ".py")
write('msg_113', '[i for i in x] = 1\n')
try:
    import msg_113
    print(113, "imported")
except SyntaxError as e:
    print(113, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_113' + ".py")
write('msg_114', '{} = 1\n')
try:
    import msg_114
    print(114, "imported")
except SyntaxError as e:
    print(114, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_114' + ".py")
write('msg_115', '{a} = 1\n')
try:
    import msg_115
    print(115, "imported")
except SyntaxError as e:
    print(115, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_115' + ".py")
write('msg_116', 'if x = 1: pass\n')
try:
    import msg_116
    print(116, "imported")
except SyntaxError as e:
    print(116, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_116' + ".py")
write('msg_117', 'while x = 1: pass\n')
try:
    import msg_117
    print(117, "imported")
except SyntaxError as e:
    print(117, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_117' + ".py")
write('msg_118', '(x = 1)\n')
try:
    import msg_118
    print(118, "imported")
except SyntaxError as e:
    print(118, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_118' + ".py")
write('msg_119', '[x = 1]\n')
try:
    import msg_119
    print(119, "imported")
except SyntaxError as e:
    print(119, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_119' + ".py")
write('msg_120', 'if x.y = 1: pass\n')
try:
    import msg_120
    print(120, "imported")
except SyntaxError as e:
    print(120, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_120' + ".py")
write('msg_121', 'if f() = 1: pass\n')
try:
    import msg_121
    print(121, "imported")
except SyntaxError as e:
    print(121, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_121' + ".py")
write('msg_122', 'a.b + c = 1\n')
try:
    import msg_122
    print(122, "imported")
except SyntaxError as e:
    print(122, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_122' + ".py")
write('msg_123', 'if True:\npass\n')
try:
    import msg_123
    print(123, "imported")
except SyntaxError as e:
    print(123, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_123' + ".py")
write('msg_124', '  x = 1\n')
try:
    import msg_124
    print(124, "imported")
except SyntaxError as e:
    print(124, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_124' + ".py")
write('msg_125', 'if True:\n    x = 1\n  y = 2\n')
try:
    import msg_125
    print(125, "imported")
except SyntaxError as e:
    print(125, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('msg_125' + ".py")
