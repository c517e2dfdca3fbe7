/// The parts of `re` written in the language: they run in the module's namespace when it is imported, over the
/// Swift functions `_compile`, `_match` and `_scan` of `RegexModule`.
enum RegexSource {
    static let text = #"""
"""Support for regular expressions (RE).

This module provides regular expression matching operations similar to
those found in Perl.  It supports both 8-bit and Unicode strings; both
the pattern and the strings being processed can contain null bytes and
characters outside the US ASCII range.
"""
__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile", "purge",
           "template", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII",
           "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            self.lineno = pattern.count('\n', 0, pos) + 1
            self.colno = pos - pattern.rfind('\n', 0, pos)
            if '\n' in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error.__module__ = 're'
PatternError = error

_FLAG_NAMES = [(256, 'ASCII'), (2, 'IGNORECASE'), (4, 'LOCALE'), (8, 'MULTILINE'), (16, 'DOTALL'),
               (32, 'UNICODE'), (64, 'VERBOSE'), (1, 'TEMPLATE'), (128, 'DEBUG')]


class RegexFlag(int):
    def __repr__(self):
        value = int(self)
        if value == 0:
            return 're.NOFLAG'
        names = []
        for bit, name in sorted(_FLAG_NAMES, key=lambda p: p[0] if p[1] != 'ASCII' else 0):
            if value & bit:
                names.append('re.' + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        return '|'.join(names)

    __str__ = __repr__

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self))


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)

_MAXREPEAT = 4294967295


class Pattern:
    """Compiled regular expression object."""

    def __init__(self, pattern, flags):
        program, groups, groupindex, all_flags = _compile(pattern, int(flags))
        self._program = program
        self.pattern = pattern
        self.groups = groups
        self.groupindex = groupindex
        self.flags = all_flags | 32 if not all_flags & 256 else all_flags

    def __repr__(self):
        shown = repr(self.pattern)
        flags = self.flags & ~32
        if flags:
            return 're.compile(%s, %r)' % (shown, RegexFlag(flags))
        return 're.compile(%s)' % shown

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _run(self, string, pos, endpos, scan, full):
        if endpos is None:
            endpos = len(string)
        spans = _match(self._program, string, pos, endpos, scan, full)
        if spans is None:
            return None
        return Match(self, string, pos, endpos, spans)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, False, False)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, False, True)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, True, False)

    def _scan(self, string, pos=0, endpos=None, count=0):
        if endpos is None:
            endpos = len(string)
        return _scan(self._program, string, pos, endpos, count)

    def finditer(self, string, pos=0, endpos=None):
        end = len(string) if endpos is None else endpos
        return iter([Match(self, string, pos, end, spans) for spans in self._scan(string, pos, endpos)])

    def findall(self, string, pos=0, endpos=None):
        groups = self.groups
        found = []
        for s in self._scan(string, pos, endpos):
            if groups == 0:
                found.append(string[s[0]:s[1]])
            elif groups == 1:
                found.append(string[s[2]:s[3]] if s[2] >= 0 else '')
            else:
                found.append(tuple(string[s[2 * g]:s[2 * g + 1]] if s[2 * g] >= 0 else ''
                                   for g in range(1, groups + 1)))
        return found

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        pieces = []
        last = 0
        for s in self._scan(string, 0, None, maxsplit):
            pieces.append(string[last:s[0]])
            for g in range(1, self.groups + 1):
                pieces.append(string[s[2 * g]:s[2 * g + 1]] if s[2 * g] >= 0 else None)
            last = s[1]
        pieces.append(string[last:])
        return pieces

    def subn(self, repl, string, count=0):
        function = repl if callable(repl) else None
        literal = None if function is not None else _literal_template(repl)
        parts = None if function is not None or literal is not None else _compile_template(self, repl)
        pieces = []
        last = 0
        n = 0
        for s in self._scan(string, 0, None, count):
            pieces.append(string[last:s[0]])
            if function is not None:
                pieces.append(function(Match(self, string, 0, len(string), s)))
            elif literal is not None:
                pieces.append(literal)
            else:
                pieces.append(_expand(parts, string, s))
            last = s[1]
            n += 1
        pieces.append(string[last:])
        return ''.join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError('Pattern.scanner')

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class Match:
    """The result of re.match() and re.search()."""

    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans
        last = spans[-1]
        self.lastindex = last if last > 0 else None
        self.lastgroup = None
        if last > 0:
            for name, number in pattern.groupindex.items():
                if number == last:
                    self.lastgroup = name

    def _index(self, group):
        if isinstance(group, int) and not isinstance(group, bool):
            if 0 <= group <= self.re.groups:
                return group
        elif isinstance(group, str):
            if group in self.re.groupindex:
                return self.re.groupindex[group]
        raise IndexError("no such group")

    def _group(self, group, default=None):
        g = self._index(group)
        start = self._spans[2 * g]
        if start < 0:
            return default
        return self.string[start:self._spans[2 * g + 1]]

    def group(self, *groups):
        if not groups:
            return self._group(0)
        if len(groups) == 1:
            return self._group(groups[0])
        return tuple(self._group(g) for g in groups)

    def __getitem__(self, group):
        return self._group(group)

    def groups(self, default=None):
        return tuple(self._group(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._group(number, default) for name, number in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        g = self._index(group)
        return (self._spans[2 * g], self._spans[2 * g + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * g], self._spans[2 * g + 1]) for g in range(self.re.groups + 1))

    def expand(self, template):
        return _expand(_compile_template(self.re, template), self.string, self._spans)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _literal_template(template):
    if '\\' not in template:
        return template
    return None


_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'


def _compile_template(pattern, template):
    """The parts of a replacement template: strings, and group numbers to insert."""
    parts = []
    literal = []
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        i += 1
        if c != '\\':
            literal.append(c)
            continue
        if i >= n:
            raise error('bad escape (end of pattern)', template, i - 1)
        c = template[i]
        i += 1
        if c == 'g':
            if i >= n or template[i] != '<':
                raise error('missing <', template, i)
            close = template.find('>', i + 1)
            if close < 0:
                raise error('missing >, unterminated name', template, i + 1)
            name = template[i + 1:close]
            if not name:
                raise error('missing group name', template, i + 1)
            if name.isdigit():
                index = int(name)
                if index > pattern.groups:
                    raise error('invalid group reference %d' % index, template, i + 1)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError('unknown group name %r' % name)
                index = pattern.groupindex[name]
            else:
                raise error('bad character in group name %r' % name, template, i + 1)
            i = close + 1
            parts.append(''.join(literal))
            literal = []
            parts.append(index)
        elif c == '0':
            value = 0
            k = 0
            while k < 2 and i < n and template[i] in '01234567':
                value = value * 8 + int(template[i])
                i += 1
                k += 1
            literal.append(chr(value))
        elif c in '123456789':
            start = i - 2
            digits = c
            if i < n and template[i] in '0123456789':
                digits += template[i]
                i += 1
                if i < n and template[i] in '01234567' and digits[0] in '01234567' and digits[1] in '01234567':
                    value = int(digits + template[i], 8)
                    if value > 0o377:
                        raise error('octal escape value \\%s out of range' % (digits + template[i]), template,
                                    start)
                    literal.append(chr(value))
                    i += 1
                    continue
            index = int(digits)
            if index > pattern.groups:
                raise error('invalid group reference %d' % index, template, start + 1)
            parts.append(''.join(literal))
            literal = []
            parts.append(index)
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
        elif c in _ASCII_LETTERS:
            raise error('bad escape \\%s' % c, template, i - 2)
        else:
            literal.append('\\' + c)
    parts.append(''.join(literal))
    return parts


def _expand(parts, string, spans):
    out = []
    for part in parts:
        if isinstance(part, int):
            if spans[2 * part] >= 0:
                out.append(string[spans[2 * part]:spans[2 * part + 1]])
        else:
            out.append(part)
    return ''.join(out)


_cache = {}
_MAXCACHE = 512


def _compile_pattern(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, str):
        if isinstance(pattern, (bytes, bytearray)):
            raise TypeError('bytes patterns are not supported by swiftpx')
        raise TypeError('first argument must be string or compiled pattern')
    key = (pattern, flags)
    found = _cache.get(key)
    if found is None:
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        found = Pattern(pattern, flags)
        _cache[key] = found
    return found


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile_pattern(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning a Match object, or None if no match was
    found."""
    return _compile_pattern(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning a Match object, or None if no match was
    found."""
    return _compile_pattern(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning a Match object, or None if no match
    was found."""
    return _compile_pattern(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost non-overlapping occurrences of the pattern in
    string by the replacement repl."""
    return _compile_pattern(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile_pattern(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern, returning a list containing the resulting
    substrings."""
    return _compile_pattern(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile_pattern(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile_pattern(pattern, flags).finditer(string)


def purge():
    """Clear the regular expression caches"""
    _cache.clear()


def template(pattern, flags=0):
    """Compile a template pattern, returning a Pattern object"""
    return _compile_pattern(pattern, flags | 1)


_special_chars = set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _special_chars else c for c in pattern)
    raise TypeError('bytes patterns are not supported by swiftpx')
"""#
}
