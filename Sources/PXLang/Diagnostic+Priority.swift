// MARK: - Which error CPython reports

extension Diagnostic {
    /// The pass of CPython's compilation that finds a problem. Each pass runs only when the ones before it found
    /// nothing, so an earlier pass's problem comes first wherever it is in the source.
    enum Phase: Int, Comparable {
        /// The tokenizer and the parser.
        case parser
        /// The symbol table's walk over the tree, in source order: duplicate parameters, `global` and
        /// `nonlocal` after a use, the scope rules of assignment expressions and `yield` in comprehensions, the
        /// depth limit.
        case symbolTable
        /// The symbol table's analysis of each scope, enclosing scopes first: `nonlocal` without a binding.
        case scopeAnalysis
        /// The compiler: `'return' outside function`, a bare `except:` before other handlers, starred targets.
        case compiler

        static func < (lhs: Phase, rhs: Phase) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The pass of CPython's compilation that finds this problem.
    var phase: Phase {
        switch id {
        case .duplicateArgument, .globalAfterAssignment, .globalAfterUse, .globalOfAnnotated, .globalOfParameter,
             .nonlocalAfterAssignment, .nonlocalAfterUse, .nonlocalOfAnnotated, .nonlocalOfParameter,
             .yieldInComprehension, .assignmentExpressionInClassComprehension, .assignmentExpressionInIterable,
             .assignmentExpressionRebindsIterationVariable, .iterationVariableRebindsAssignmentTarget,
             .nestingTooDeep:
            return .symbolTable
        case .nonlocalAndGlobal, .nonlocalAtModuleLevel, .nonlocalWithoutBinding:
            return .scopeAnalysis
        case .returnOutsideFunction, .yieldOutsideFunction, .loopControlOutsideLoop, .defaultExceptNotLast,
             .multipleStarredTargets, .starredTargetAlone, .starredExpressionHere:
            return .compiler
        default:
            return .parser
        }
    }

    /// Whether CPython finds this problem after parsing, in its symbol table or compiler: any error of the
    /// parser, anywhere in the source, comes first.
    public var isFoundAfterParsing: Bool { phase != .parser }

    /// The problems of one source with the one CPython reports first, then the others in source order.
    ///
    /// CPython reads tokens only as its parser asks for them, and reports one error:
    /// - a tokenizer error among the tokens read before the parser failed (an unterminated string, an
    ///   unmatched bracket) wins;
    /// - a parser that failed at the end of the input, inside a bracket, reports `'(' was never closed` (the
    ///   innermost open bracket);
    /// - otherwise the parser's error, unless the rest of the source holds a tokenizer error (it is read to
    ///   the end, and that error replaces the parser's), or ends inside a bracket opened on a line before the
    ///   last token the parser read;
    /// - the errors of its symbol table and compiler (`isFoundAfterParsing`) count only when parsing succeeded,
    ///   the earliest pass first (`phase`), then the first in the source.
    /// - Parameters:
    ///   - lexer: the lexer's problems, `unclosedBracket` ones included.
    ///   - parser: the parser's problems.
    ///   - reach: how far the parser had read when it reported its first problem (the unclosed bracket must
    ///     be on a line before that), nil to take that problem's location.
    ///   - end: where the input ends (the location of the end-of-file token).
    static func prioritized(lexer: [Diagnostic], parser: [Diagnostic], reach: SourceLocation?,
                            end: SourceLocation) -> [Diagnostic] {
        let all = (lexer + parser).sorted { $0.location < $1.location }
        let unclosed = lexer.filter { $0.id == .unclosedBracket }.max { $0.location < $1.location }
        let tokenizer = lexer.filter { $0.id != .unclosedBracket }.sorted { $0.location < $1.location }
        let parse = parser.filter { !$0.isFoundAfterParsing }.min { $0.location < $1.location }
        let primary: Diagnostic?
        if let parse {
            if let early = tokenizer.first(where: { $0.location <= parse.location }) {
                primary = early
            } else if let unclosed, parse.location >= end {
                primary = unclosed
            } else if let late = tokenizer.first {
                primary = late
            } else if let unclosed, unclosed.location.line < max(parse.location, reach ?? parse.location).line {
                primary = unclosed
            } else {
                primary = parse
            }
        } else {
            primary = tokenizer.first ?? unclosed ?? all.min { ($0.phase, $0.location) < ($1.phase, $1.location) }
        }
        guard let primary, let index = all.firstIndex(of: primary) else { return all }
        var ordered = all
        ordered.remove(at: index)
        return [primary] + ordered
    }
}
