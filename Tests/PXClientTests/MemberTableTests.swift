import Foundation
@testable import PXClient
import PXRuntime
import PXTestSupport
import Testing

/// swiftpx's client classes against ipyparallel 9.2's own (`Members/ipyparallel-members.txt`, made by
/// `Members/regenerate.sh` from the real package): every member swiftpx declares exists there with the same kind,
/// the same signature and the same `TypeError` wording, and every member of ipyparallel's classes is declared.
@Suite("ipyparallel's members and signatures")
struct MemberTableTests {
    struct Row {
        let kind: String
        let signature: String
        let prefix: String
    }

    static let directory = ProcessRunner.packageRoot(from: #filePath) + "/Tests/PXClientTests/Members"

    /// `Class.member` → its row in ipyparallel's table.
    static let reference: [String: Row] = {
        let text = (try? String(contentsOfFile: directory + "/ipyparallel-members.txt", encoding: .utf8)) ?? ""
        var rows: [String: Row] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4 else { continue }
            rows[fields[0]] = Row(kind: fields[1], signature: fields[2], prefix: fields[3])
        }
        return rows
    }()

    /// The classes swiftpx declares, under ipyparallel's class names.
    static let tables: [(String, MemberTable)] = [
        ("Client", ClientAPI.table), ("DirectView", ViewAPI.direct), ("LoadBalancedView", ViewAPI.balanced),
        ("AsyncResult", AsyncResultAPI.table), ("AsyncMapResult", AsyncResultAPI.table), ("Cluster", ClusterAPI.table),
    ]

    /// swiftpx's own members (none of them ipyparallel's).
    static let swiftpxOnly: Set = ["Cluster.hosts"]

    @Test("every declared member exists in ipyparallel 9.2 with its kind, signature and TypeError wording")
    func declared() {
        #expect(Self.reference.count > 250, "the reference table was read")
        for (className, table) in Self.tables {
            for (name, member) in table.members where !Self.swiftpxOnly.contains("\(className).\(name)") {
                let qualified = "\(className).\(name)"
                guard let row = Self.reference[qualified] else {
                    Issue.record("\(qualified) is not a member of ipyparallel 9.2")
                    continue
                }
                #expect(member.kind.rawValue == row.kind, "\(qualified): \(member.kind.rawValue), ipyparallel: \(row.kind)")
                guard let signature = member.signature else { continue }
                #expect(signature.description == row.signature, "\(qualified)\(signature) vs ipyparallel \(row.signature)")
                switch row.prefix {
                case "*": break  // takes **kwargs: any keyword binds
                case "": #expect(signature.functionName == nil, "\(qualified): ipyparallel's TypeError names no function")
                default:
                    #expect(signature.functionName.map { "\($0)() " } == row.prefix,
                            "\(qualified): TypeError prefix \(signature.functionName ?? "none"), ipyparallel: \(row.prefix)")
                }
            }
        }
    }

    @Test("a keyword a method does not take fails with Python's TypeError")
    func unknownKeyword() throws {
        let error = #expect(throws: RuntimeError.self) {
            try ViewAPI.balanced.bind("map", Arguments([.none, .list(ListObject())], keywords: [("orderd", .bool(false))]))
        }
        #expect(error?.exception.message == "got an unexpected keyword argument 'orderd'")
        let push = #expect(throws: RuntimeError.self) {
            try ViewAPI.direct.bind("push", Arguments([.dict(DictObject())], keywords: [("target", .int(0))]))
        }
        #expect(push?.exception.message == "DirectView.push() got an unexpected keyword argument 'target'")
    }

    @Test("every member of ipyparallel 9.2's classes is declared")
    func complete() {
        let classes = Set(Self.tables.map(\.0))
        let declared = Set(Self.tables.flatMap { className, table in table.members.keys.map { "\(className).\($0)" } })
        let lacking = Self.reference.keys.filter { name in
            classes.contains(String(name.prefix { $0 != "." })) && !declared.contains(name)
        }
        #expect(lacking.sorted() == [], "members of ipyparallel 9.2 that swiftpx does not declare")
    }
}
