/// The `traceback` module over traceback objects (``TracebackObject``): `format_exception`, `print_exc`,
/// `format_exc`, `extract_tb`, `format_tb`, `TracebackException` and their kin, in the form python3 3.11 prints,
/// with the `^`/`~` markers where the interpreter recorded where the error was raised (scripts).
enum TracebackModule {
    static func install(into r: Registry) {
        r.registerSource("traceback", source)
        r.register("traceback._frame", doc: "The filename, line number, function name, source line and marker line "
                   + "of one traceback object.") { args, vm in
            try args.check("_frame", min: 1, max: 1)
            guard case .object(let tb as TracebackObject) = args[0] else {
                throw RuntimeError.typeError("expected a traceback object, got \(args[0].typeName)")
            }
            let entry = tb.entry
            let text = vm.sourceLine(file: entry.file, line: entry.line)
            let stripped = text?.trimming(" \t")
            let marks = text.flatMap { text in
                entry.span.flatMap { ErrorLocationMarkers.line(for: $0, lineNumber: entry.line, text: text) }
            }
            return .tuple([.str(entry.file), .int(entry.line), .str(entry.function),
                           stripped.map { .str($0) } ?? .none, marks.map { .str($0) } ?? .none])
        }
        r.register("traceback._summary", doc: "The last line of an exception's traceback.") { args, _ in
            try args.check("_summary", min: 1, max: 1)
            guard case .exception(let e) = args[0] else { return .str("NoneType: None") }
            return .str(e.summary)
        }
    }

    /// The module's functions, as CPython 3.11's `traceback.py` formats (over `_frame` and `_summary`).
    static let source = """
    import sys

    __all__ = ['extract_tb', 'format_exc', 'format_exception', 'format_exception_only', 'format_list',
               'format_tb', 'print_exc', 'print_exception', 'print_tb', 'walk_tb', 'FrameSummary', 'StackSummary',
               'TracebackException']

    _sentinel = object()
    _RECURSIVE_CUTOFF = 3


    class FrameSummary:
        \"\"\"Information about a single frame from a traceback.\"\"\"

        def __init__(self, filename, lineno, name, *, line=None, _marks=None):
            self.filename = filename
            self.lineno = lineno
            self.name = name
            self.line = line
            self._marks = _marks

        def __eq__(self, other):
            if isinstance(other, FrameSummary):
                return (self.filename == other.filename and self.lineno == other.lineno
                        and self.name == other.name and self.line == other.line)
            if isinstance(other, tuple):
                return (self.filename, self.lineno, self.name, self.line) == other
            return NotImplemented

        def __getitem__(self, pos):
            return (self.filename, self.lineno, self.name, self.line)[pos]

        def __iter__(self):
            return iter([self.filename, self.lineno, self.name, self.line])

        def __len__(self):
            return 4

        def __repr__(self):
            return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
                filename=self.filename, lineno=self.lineno, name=self.name)


    class StackSummary(list):
        \"\"\"A list of FrameSummary objects, representing a stack of frames.\"\"\"

        @classmethod
        def from_list(klass, a_list):
            result = StackSummary()
            for frame in a_list:
                if isinstance(frame, FrameSummary):
                    result.append(frame)
                else:
                    filename, lineno, name, line = frame
                    result.append(FrameSummary(filename, lineno, name, line=line))
            return result

        def format_frame_summary(self, frame_summary):
            row = ['  File "{}", line {}, in {}\\n'.format(frame_summary.filename, frame_summary.lineno,
                                                           frame_summary.name)]
            if frame_summary.line:
                row.append('    {}\\n'.format(frame_summary.line.strip()))
                if frame_summary._marks is not None:
                    row.append(frame_summary._marks + '\\n')
            return ''.join(row)

        def format(self):
            result = []
            last = None
            count = 0
            for frame in self:
                current = (frame.filename, frame.lineno, frame.name)
                if last is None or last != current:
                    if count > _RECURSIVE_CUTOFF:
                        count -= _RECURSIVE_CUTOFF
                        result.append('  [Previous line repeated {} more time{}]\\n'.format(
                            count, 's' if count > 1 else ''))
                    last = current
                    count = 0
                count += 1
                if count > _RECURSIVE_CUTOFF:
                    continue
                result.append(self.format_frame_summary(frame))
            if count > _RECURSIVE_CUTOFF:
                count -= _RECURSIVE_CUTOFF
                result.append('  [Previous line repeated {} more time{}]\\n'.format(count, 's' if count > 1 else ''))
            return result


    def walk_tb(tb):
        while tb is not None:
            yield tb.tb_frame, tb.tb_lineno
            tb = tb.tb_next


    def extract_tb(tb, limit=None):
        frames = StackSummary()
        while tb is not None and (limit is None or len(frames) < limit):
            filename, lineno, name, line, marks = _frame(tb)
            frames.append(FrameSummary(filename, lineno, name, line=line, _marks=marks))
            tb = tb.tb_next
        return frames


    def format_list(extracted_list):
        return StackSummary.from_list(extracted_list).format()


    def format_tb(tb, limit=None):
        return extract_tb(tb, limit=limit).format()


    def print_list(extracted_list, file=None):
        if file is None:
            file = sys.stderr
        for item in format_list(extracted_list):
            print(item, file=file, end="")


    def print_tb(tb, limit=None, file=None):
        print_list(extract_tb(tb, limit=limit), file=file)


    def _parse_value_tb(exc, value, tb):
        if (value is _sentinel) != (tb is _sentinel):
            raise ValueError("Both or neither of value and tb must be given")
        if value is tb is _sentinel:
            if exc is not None:
                if isinstance(exc, BaseException):
                    return exc, exc.__traceback__
                raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
            return None, None
        return value, tb


    def format_exception_only(exc, value=_sentinel):
        if value is _sentinel:
            value = exc
        return [_summary(value) + '\\n']


    def _format(value, tb, limit, chain, seen):
        if value is not None:
            seen.add(id(value))
            if chain:
                cause = value.__cause__
                context = value.__context__
                if cause is not None and id(cause) not in seen:
                    yield from _format(cause, cause.__traceback__, limit, chain, seen)
                    yield '\\nThe above exception was the direct cause of the following exception:\\n\\n'
                elif context is not None and not value.__suppress_context__ and id(context) not in seen:
                    yield from _format(context, context.__traceback__, limit, chain, seen)
                    yield '\\nDuring handling of the above exception, another exception occurred:\\n\\n'
        if tb is not None:
            yield 'Traceback (most recent call last):\\n'
            yield from format_tb(tb, limit=limit)
        yield from format_exception_only(value)


    def format_exception(exc, value=_sentinel, tb=_sentinel, limit=None, chain=True):
        value, tb = _parse_value_tb(exc, value, tb)
        return list(_format(value, tb, limit, chain, set()))


    def print_exception(exc, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
        value, tb = _parse_value_tb(exc, value, tb)
        if file is None:
            file = sys.stderr
        for line in _format(value, tb, limit, chain, set()):
            print(line, file=file, end="")


    def format_exc(limit=None, chain=True):
        return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


    def print_exc(limit=None, file=None, chain=True):
        print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


    _cause_message = '\\nThe above exception was the direct cause of the following exception:\\n\\n'
    _context_message = '\\nDuring handling of the above exception, another exception occurred:\\n\\n'


    def _format_final_exc_line(etype, value):
        if value is None or not value:
            return '%s\\n' % etype
        return '%s: %s\\n' % (etype, value)


    def _safe_string(value, what):
        try:
            return str(value)
        except Exception:
            return '<%s str() failed>' % what


    class TracebackException:
        \"\"\"An exception ready for rendering: its type, message and stack, and those of its cause and context.\"\"\"

        def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                     capture_locals=False, compact=False, max_group_width=15, max_group_depth=10, _seen=None):
            is_recursive_call = _seen is not None
            if _seen is None:
                _seen = set()
            _seen.add(id(exc_value))
            self.max_group_width = max_group_width
            self.max_group_depth = max_group_depth
            self.stack = extract_tb(exc_traceback, limit=limit)
            self.exc_type = exc_type
            self._str = _safe_string(exc_value, 'exception')
            self.__notes__ = getattr(exc_value, '__notes__', None)
            self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
            self.__cause__ = None
            self.__context__ = None
            self.exceptions = None
            if is_recursive_call:
                return
            queue = [(self, exc_value)]
            while queue:
                te, e = queue.pop()
                cause = None
                if e is not None and e.__cause__ is not None and id(e.__cause__) not in _seen:
                    cause = TracebackException(type(e.__cause__), e.__cause__, e.__cause__.__traceback__,
                                               limit=limit, compact=compact, _seen=_seen)
                if compact:
                    need_context = cause is None and e is not None and not e.__suppress_context__
                else:
                    need_context = True
                context = None
                if (e is not None and e.__context__ is not None and need_context
                        and id(e.__context__) not in _seen):
                    context = TracebackException(type(e.__context__), e.__context__, e.__context__.__traceback__,
                                                 limit=limit, compact=compact, _seen=_seen)
                te.__cause__ = cause
                te.__context__ = context
                if cause is not None:
                    queue.append((te.__cause__, e.__cause__))
                if context is not None:
                    queue.append((te.__context__, e.__context__))

        @classmethod
        def from_exception(cls, exc, *args, **kwargs):
            \"\"\"Create a TracebackException from an exception.\"\"\"
            return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

        def __eq__(self, other):
            if isinstance(other, TracebackException):
                return ((self.exc_type, self._str, self.stack, self.__suppress_context__, self.__cause__,
                         self.__context__)
                        == (other.exc_type, other._str, other.stack, other.__suppress_context__, other.__cause__,
                            other.__context__))
            return NotImplemented

        def __str__(self):
            return self._str

        def format_exception_only(self):
            if self.exc_type is None:
                yield _format_final_exc_line(None, self._str)
                return
            stype = self.exc_type.__qualname__
            smod = self.exc_type.__module__
            if smod not in ('__main__', 'builtins'):
                stype = smod + '.' + stype
            yield _format_final_exc_line(stype, self._str)

        def format(self, *, chain=True):
            output = []
            exc = self
            if chain:
                while exc is not None:
                    if exc.__cause__ is not None:
                        output.append((_cause_message, exc))
                        exc = exc.__cause__
                    elif exc.__context__ is not None and not exc.__suppress_context__:
                        output.append((_context_message, exc))
                        exc = exc.__context__
                    else:
                        output.append((None, exc))
                        exc = None
            else:
                output.append((None, exc))
            for msg, exc in reversed(output):
                if msg is not None:
                    yield msg
                if exc.stack:
                    yield 'Traceback (most recent call last):\\n'
                    yield from exc.stack.format()
                yield from exc.format_exception_only()

        def print(self, *, file=None, chain=True):
            if file is None:
                file = sys.stderr
            for line in self.format(chain=chain):
                print(line, file=file, end='')
    """
}
