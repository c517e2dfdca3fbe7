/// The `string` module, written in the language: it runs in the module's namespace when the module is imported.
enum StringSource {
    static let text = #"""
"""A collection of string constants.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable

"""
__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
           "octdigits", "printable", "punctuation", "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_IDENTIFIER_START = '_' + ascii_letters
_IDENTIFIER_REST = _IDENTIFIER_START + digits


class Template:
    """A string class for supporting $-substitutions."""
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """The placeholders of the template: (start, end, kind, name), kind one of 'escaped', 'named',
        'braced', 'invalid'."""
        text = self.template
        delimiter = self.delimiter
        n = len(text)
        i = text.find(delimiter)
        while i >= 0:
            j = i + len(delimiter)
            if text.startswith(delimiter, j):
                found = (i, j + len(delimiter), 'escaped', None)
            elif j < n and text[j] in _IDENTIFIER_START:
                k = j + 1
                while k < n and text[k] in _IDENTIFIER_REST:
                    k += 1
                found = (i, k, 'named', text[j:k])
            elif j < n and text[j] == '{':
                k = j + 1
                if k < n and text[k] in _IDENTIFIER_START:
                    k += 1
                    while k < n and text[k] in _IDENTIFIER_REST:
                        k += 1
                if k > j + 1 and k < n and text[k] == '}':
                    found = (i, k + 1, 'braced', text[j + 1:k])
                else:
                    found = (i, j, 'invalid', None)
            else:
                found = (i, j, 'invalid', None)
            self._found.append(found)
            i = text.find(delimiter, found[1])

    def _placeholders(self):
        self._found = []
        self._scan()
        found = self._found
        del self._found
        return found

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _render(self, args, kws, safe):
        if len(args) > 1:
            raise TypeError('Too many positional arguments')
        if not args:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, args[0])
        else:
            mapping = args[0]
        out = []
        last = 0
        for start, end, kind, name in self._placeholders():
            out.append(self.template[last:start])
            last = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(end)
                out.append(self.template[start:end])
            elif safe:
                try:
                    out.append('%s' % (mapping[name],))
                except KeyError:
                    out.append(self.template[start:end])
            else:
                out.append('%s' % (mapping[name],))
        out.append(self.template[last:])
        return ''.join(out)

    def substitute(self, *args, **kws):
        return self._render(args, kws, False)

    def safe_substitute(self, *args, **kws):
        return self._render(args, kws, True)

    def is_valid(self):
        return all(kind != 'invalid' for _, _, kind, _ in self._placeholders())

    def get_identifiers(self):
        ids = []
        for _, end, kind, name in self._placeholders():
            if kind == 'invalid':
                self._invalid(end)
            if name is not None and name not in ids:
                ids.append(name)
        return ids


class _Chain:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]


class Formatter:
    def format(self, format_string, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
"""#
}
