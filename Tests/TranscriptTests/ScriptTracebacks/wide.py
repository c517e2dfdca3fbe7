# Wide characters (CJK, emoji) take two columns under the markers, as CPython 3.11 draws them; accented
# letters take one.
import sys
import traceback


def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc(file=sys.stdout)


def cjk_subscript():
    names = {"漢字": 1}
    return names["漢字"], names["仮名"]


def emoji_call():
    faces = "😀😀"
    return faces, int(faces)


def accented_attribute():
    café = None
    return café.menu


for case in [cjk_subscript, emoji_call, accented_attribute]:
    show(case)
greeting = "こんにちは"
message = "😀 " + greeting + 1
