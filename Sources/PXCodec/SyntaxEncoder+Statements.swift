import PXLang
import PXWire

extension SyntaxEncoder {
    mutating func names(_ items: [String]) {
        out.writeCount(items.count)
        for n in items { out.writeText(n) }
    }

    mutating func aliases(_ items: [ImportAlias]) {
        out.writeCount(items.count)
        for a in items {
            out.writeText(a.name)
            out.writeText(a.alias ?? "")
        }
    }

    mutating func statement(_ s: Stmt) {
        location(s.location)
        switch s.kind {
        case .expression(let e):
            out.write(UInt8(1))
            expression(e)
        case .assign(let targets, let value):
            out.write(UInt8(2))
            expressions(targets)
            expression(value)
        case .augmentedAssign(let target, let op, let value):
            out.write(UInt8(3))
            expression(target)
            out.writeText(op.rawValue)
            expression(value)
        case .functionDef(let def):
            out.write(UInt8(4))
            function(def)
        case .return(let e):
            out.write(UInt8(5))
            optional(e)
        case .if(let test, let body, let otherwise):
            out.write(UInt8(6))
            expression(test)
            statements(body)
            statements(otherwise)
        case .for(let target, let iterable, let body, let otherwise):
            out.write(UInt8(7))
            expression(target)
            expression(iterable)
            statements(body)
            statements(otherwise)
        case .while(let test, let body, let otherwise):
            out.write(UInt8(8))
            expression(test)
            statements(body)
            statements(otherwise)
        case .break: out.write(UInt8(9))
        case .continue: out.write(UInt8(10))
        case .pass: out.write(UInt8(11))
        case .global(let items):
            out.write(UInt8(12))
            names(items)
        case .nonlocal(let items):
            out.write(UInt8(13))
            names(items)
        case .delete(let targets):
            out.write(UInt8(14))
            expressions(targets)
        case .assert(let test, let message):
            out.write(UInt8(15))
            expression(test)
            optional(message)
        case .try(let body, let handlers, let otherwise, let finally):
            out.write(UInt8(16))
            statements(body)
            out.writeCount(handlers.count)
            for h in handlers {
                optional(h.type)
                out.writeText(h.name ?? "")
                out.write(UInt8(h.name == nil ? 0 : 1))
                statements(h.body)
                location(h.location)
            }
            statements(otherwise)
            statements(finally)
        case .raise(let exception, let cause):
            out.write(UInt8(17))
            optional(exception)
            optional(cause)
        case .with(let items, let body):
            out.write(UInt8(18))
            out.writeCount(items.count)
            for item in items {
                expression(item.context)
                optional(item.target)
            }
            statements(body)
        case .import(let items):
            out.write(UInt8(19))
            aliases(items)
        case .importFrom(let module, let items):
            out.write(UInt8(20))
            out.writeText(module)
            aliases(items)
        case .classDef(let def):
            out.write(UInt8(21))
            classDefinition(def)
        case .annotatedAssign(let target, let annotation, let value):
            out.write(UInt8(22))
            expression(target)
            expression(annotation)
            optional(value)
        }
    }
}
