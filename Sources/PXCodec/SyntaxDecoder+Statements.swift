import PXLang
import PXWire

extension SyntaxDecoder {
    mutating func names() throws(CodecError) -> [String] {
        var items: [String] = []
        for _ in 0..<(try input.readCount()) { items.append(try input.readText()) }
        return items
    }

    mutating func aliases() throws(CodecError) -> [ImportAlias] {
        var items: [ImportAlias] = []
        for _ in 0..<(try input.readCount(minimumItemSize: 2)) {
            let name = try input.readText()
            let alias = try input.readText()
            items.append(ImportAlias(name: name, alias: alias.isEmpty ? nil : alias))
        }
        return items
    }

    mutating func statement() throws(CodecError) -> Stmt {
        try enter()
        defer { depth -= 1 }
        let at = try location()
        let kind: Stmt.Kind
        switch try input.readByte() {
        case 1: kind = .expression(try expression())
        case 2:
            let targets = try expressions()
            kind = .assign(targets: targets, value: try expression())
        case 3:
            let target = try expression()
            let op = try SyntaxDecoder.op(try input.readText(), BinaryOperator.self)
            kind = .augmentedAssign(target: target, op: op, value: try expression())
        case 4: kind = .functionDef(try function())
        case 5: kind = .return(try optional())
        case 6:
            let test = try expression(), body = try statements()
            kind = .if(test: test, body: body, otherwise: try statements())
        case 7:
            let target = try expression(), iterable = try expression(), body = try statements()
            kind = .for(target: target, iterable: iterable, body: body, otherwise: try statements())
        case 8:
            let test = try expression(), body = try statements()
            kind = .while(test: test, body: body, otherwise: try statements())
        case 9: kind = .break
        case 10: kind = .continue
        case 11: kind = .pass
        case 12: kind = .global(try names())
        case 13: kind = .nonlocal(try names())
        case 14: kind = .delete(try expressions())
        case 15:
            let test = try expression()
            kind = .assert(test: test, message: try optional())
        case 16:
            let body = try statements()
            var handlers: [ExceptHandler] = []
            for _ in 0..<(try input.readCount(minimumItemSize: 4)) {
                let type = try optional()
                let name = try input.readText()
                let hasName = try input.readByte() == 1
                let handlerBody = try statements()
                handlers.append(ExceptHandler(type: type, name: hasName ? name : nil, body: handlerBody, location: try location()))
            }
            let otherwise = try statements()
            kind = .try(body: body, handlers: handlers, otherwise: otherwise, finally: try statements())
        case 17:
            let exception = try optional()
            kind = .raise(exception: exception, cause: try optional())
        case 18:
            var items: [WithItem] = []
            for _ in 0..<(try input.readCount(minimumItemSize: 4)) {
                let context = try expression()
                items.append(WithItem(context: context, target: try optional()))
            }
            kind = .with(items: items, body: try statements())
        case 19: kind = .import(try aliases())
        case 20:
            let module = try input.readText()
            kind = .importFrom(module: module, names: try aliases())
        case 21: kind = .classDef(try classDefinition())
        case 22:
            let target = try expression(), annotation = try expression()
            kind = .annotatedAssign(target: target, annotation: annotation, value: try optional())
        default:
            throw CodecError.malformed("statement tag")
        }
        return Stmt(kind, at: at)
    }
}
