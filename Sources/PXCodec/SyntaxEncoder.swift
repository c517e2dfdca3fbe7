import PXLang
import PXWire

/// Writes syntax trees in a compact binary form, so user functions travel to engines as trees.
///
/// Each node is a tag byte followed by its fields; locations are varint line and column. The layout is
/// private to `SyntaxEncoder`/`SyntaxDecoder`, which are always used in pairs of the same version.
struct SyntaxEncoder {
    var out = ByteWriter(capacity: 256)

    mutating func function(_ def: FunctionDef) {
        out.writeText(def.name)
        location(def.location)
        out.writeCount(def.parameters.count)
        for p in def.parameters {
            out.writeText(p.name)
            switch p.kind {
            case .normal: out.write(UInt8(p.isPositionalOnly ? 4 : 0))
            case .variadic: out.write(UInt8(1))
            case .keywordOnly: out.write(UInt8(2))
            case .variadicKeywords: out.write(UInt8(3))
            }
            optional(p.defaultValue)
        }
        statements(def.body)
        out.write(UInt8(def.isLambda ? 1 : 0))
        if let doc = def.docstring {
            out.write(UInt8(1))
            out.writeText(doc)
        } else {
            out.write(UInt8(0))
        }
        expressions(def.decorators)
    }

    mutating func classDefinition(_ def: ClassDef) {
        out.writeText(def.name)
        location(def.location)
        arguments(def.bases)
        statements(def.body)
        expressions(def.decorators)
        if let doc = def.docstring {
            out.write(UInt8(1))
            out.writeText(doc)
        } else {
            out.write(UInt8(0))
        }
    }

    mutating func arguments(_ arguments: [Argument]) {
        out.writeCount(arguments.count)
        for a in arguments {
            switch a {
            case .positional(let x):
                out.write(UInt8(0))
                expression(x)
            case .keyword(let name, let x):
                out.write(UInt8(1))
                out.writeText(name)
                expression(x)
            case .star(let x):
                out.write(UInt8(2))
                expression(x)
            case .doubleStar(let x):
                out.write(UInt8(3))
                expression(x)
            }
        }
    }

    mutating func location(_ l: SourceLocation) {
        out.writeCount(l.line)
        out.writeCount(l.column)
    }

    mutating func optional(_ e: Expr?) {
        if let e {
            out.write(UInt8(1))
            expression(e)
        } else {
            out.write(UInt8(0))
        }
    }

    mutating func expressions(_ items: [Expr]) {
        out.writeCount(items.count)
        for e in items { expression(e) }
    }

    mutating func statements(_ items: [Stmt]) {
        out.writeCount(items.count)
        for s in items { statement(s) }
    }

    mutating func constant(_ c: Constant) {
        switch c {
        case .none: out.write(UInt8(0))
        case .bool(let b): out.write(UInt8(b ? 2 : 1))
        case .int(let i):
            out.write(UInt8(3))
            out.writeSigned(i)
        case .float(let d):
            out.write(UInt8(4))
            out.writeDouble(d)
        case .string(let s):
            out.write(UInt8(5))
            out.writeText(s)
        case .bytes(let b):
            out.write(UInt8(6))
            out.writeCount(b.count)
            out.write(contentsOf: b)
        case .ellipsis: out.write(UInt8(7))
        case .bigInteger(let digits, let radix):
            out.write(UInt8(8))
            out.writeText(digits)
            out.writeCount(radix)
        }
    }

    mutating func fstringParts(_ parts: [FStringPart]) {
        out.writeCount(parts.count)
        for part in parts {
            switch part {
            case .literal(let text):
                out.write(UInt8(0))
                out.writeText(text)
            case .field(let value, let conversion, let spec, let label):
                out.write(UInt8(1))
                expression(value)
                out.writeText(conversion.map { String($0) } ?? "")
                if let spec {
                    out.write(UInt8(1))
                    fstringParts(spec)
                } else {
                    out.write(UInt8(0))
                }
                out.writeText(label ?? "")
                out.write(UInt8(label == nil ? 0 : 1))
            }
        }
    }

    mutating func comprehensions(_ clauses: [Comprehension]) {
        out.writeCount(clauses.count)
        for c in clauses {
            expression(c.target)
            expression(c.iterable)
            expressions(c.conditions)
        }
    }

    mutating func expression(_ e: Expr) {
        location(e.location)
        switch e.kind {
        case .name(let n):
            out.write(UInt8(1))
            out.writeText(n)
        case .constant(let c):
            out.write(UInt8(2))
            constant(c)
        case .fstring(let parts):
            out.write(UInt8(3))
            fstringParts(parts)
        case .unary(let op, let x):
            out.write(UInt8(4))
            out.writeText(op.rawValue)
            expression(x)
        case .binary(let op, let a, let b):
            out.write(UInt8(5))
            out.writeText(op.rawValue)
            expression(a)
            expression(b)
        case .and(let a, let b):
            out.write(UInt8(6))
            expression(a)
            expression(b)
        case .or(let a, let b):
            out.write(UInt8(7))
            expression(a)
            expression(b)
        case .compare(let first, let steps):
            out.write(UInt8(8))
            expression(first)
            out.writeCount(steps.count)
            for s in steps {
                out.writeText(s.op.rawValue)
                expression(s.operand)
            }
        case .conditional(let test, let then, let otherwise):
            out.write(UInt8(9))
            expression(test)
            expression(then)
            expression(otherwise)
        case .lambda(let def):
            out.write(UInt8(10))
            function(def)
        case .call(let callee, let arguments):
            out.write(UInt8(11))
            expression(callee)
            self.arguments(arguments)
        case .attribute(let x, let name):
            out.write(UInt8(12))
            expression(x)
            out.writeText(name)
        case .subscript(let x, let index):
            out.write(UInt8(13))
            expression(x)
            expression(index)
        case .slice(let lower, let upper, let step):
            out.write(UInt8(14))
            optional(lower)
            optional(upper)
            optional(step)
        case .list(let items):
            out.write(UInt8(15))
            expressions(items)
        case .tuple(let items):
            out.write(UInt8(16))
            expressions(items)
        case .set(let items):
            out.write(UInt8(17))
            expressions(items)
        case .dict(let entries):
            out.write(UInt8(18))
            out.writeCount(entries.count)
            for entry in entries {
                switch entry {
                case .pair(let k, let v):
                    out.write(UInt8(0))
                    expression(k)
                    expression(v)
                case .unpack(let x):
                    out.write(UInt8(1))
                    expression(x)
                }
            }
        case .starred(let x):
            out.write(UInt8(19))
            expression(x)
        case .listComprehension(let x, let clauses):
            out.write(UInt8(20))
            expression(x)
            comprehensions(clauses)
        case .setComprehension(let x, let clauses):
            out.write(UInt8(21))
            expression(x)
            comprehensions(clauses)
        case .dictComprehension(let k, let v, let clauses):
            out.write(UInt8(22))
            expression(k)
            expression(v)
            comprehensions(clauses)
        case .generator(let x, let clauses):
            out.write(UInt8(23))
            expression(x)
            comprehensions(clauses)
        case .yield(let x):
            out.write(UInt8(24))
            optional(x)
        case .yieldFrom(let x):
            out.write(UInt8(25))
            expression(x)
        case .namedExpr(let name, let x):
            out.write(UInt8(26))
            out.writeText(name)
            expression(x)
        }
    }
}
