// Checks that every target, test targets included, imports only what Package.swift declares for it: each
// `import` of a module that is not the toolchain's or the system's must name a declared dependency (a target of
// this package, or a product, whose module has the product's name). The build's
// --explicit-target-dependency-import-check sees neither transitive imports nor test targets; this does.
// A declared dependency that no file of the target imports is reported as a note (executables excepted: a test
// target may depend on one only to have it built).
//
// Usage: swift package dump-package | swift scripts/check-imports.swift
// Prints one line per finding; exits 1 if an import is undeclared.

import Foundation

struct Manifest: Decodable {
    struct Target: Decodable {
        var name: String
        var type: String
        var path: String?
        var exclude: [String]
        var dependencies: [Dependency]
    }

    /// `{"byName": [name, condition]}`, `{"target": [name, condition]}` or
    /// `{"product": [name, package, moduleAliases, condition]}`.
    struct Dependency: Decodable {
        var name: String

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyKey.self)
            guard let key = container.allKeys.first else { throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "empty dependency")) }
            var list = try container.nestedUnkeyedContainer(forKey: key)
            name = try list.decode(String.self)
        }
    }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    var targets: [Target]
}

/// Modules of the toolchain and the system, which need no declaration.
let systemModules: Set<String> = [
    "Swift", "Glibc", "Darwin", "Foundation", "FoundationEssentials", "FoundationNetworking", "Synchronization",
    "Dispatch", "Testing", "XCTest", "_Concurrency", "_StringProcessing", "os",
]

/// The module names the import lines of a Swift file name (`import X`, `@testable import X`,
/// `@preconcurrency import X`, `import struct X.Y`). Imports come first in a file, among comments and `#if`
/// lines; the scan stops at the first other line, so code in string literals is never taken for an import.
func importedModules(in text: String) -> Set<String> {
    let kinds: Set<String> = ["struct", "class", "enum", "protocol", "func", "var", "let", "typealias"]
    var modules: Set<String> = []
    var inBlockComment = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if inBlockComment {
            if trimmed.contains("*/") { inBlockComment = false }
            continue
        }
        if trimmed.hasPrefix("/*") {
            inBlockComment = !trimmed.contains("*/")
            continue
        }
        if trimmed.isEmpty || trimmed.hasPrefix("//") || trimmed.hasPrefix("#if") || trimmed.hasPrefix("#elseif")
            || trimmed.hasPrefix("#else") || trimmed.hasPrefix("#endif")
        {
            continue
        }
        var words = trimmed.split(separator: " ").map(String.init)
        while let first = words.first, first.hasPrefix("@") { words.removeFirst() }
        guard words.first == "import", words.count >= 2 else { break }
        let path = kinds.contains(words[1]) && words.count >= 3 ? words[2] : words[1]
        if let module = path.split(separator: ".").first { modules.insert(String(module)) }
    }
    return modules
}

/// Every `.swift` file under `directory`, less the excluded subpaths.
func swiftFiles(in directory: String, excluding excluded: [String]) -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
    var files: [String] = []
    while let relative = walker.nextObject() as? String {
        if excluded.contains(where: { relative == $0 || relative.hasPrefix($0 + "/") }) {
            walker.skipDescendants()
            continue
        }
        if relative.hasSuffix(".swift") { files.append(directory + "/" + relative) }
    }
    return files
}

let input = FileHandle.standardInput.readDataToEndOfFile()
let manifest: Manifest
do {
    manifest = try JSONDecoder().decode(Manifest.self, from: input)
} catch {
    print("check-imports: cannot read the package description (pipe `swift package dump-package` in): \(error)")
    exit(2)
}

// Every module a target could name: this package's targets, and the products it depends on.
let localTargets = Set(manifest.targets.map(\.name))
let knownModules = localTargets.union(manifest.targets.flatMap { $0.dependencies.map(\.name) })
let executables = Set(manifest.targets.filter { $0.type == "executable" }.map(\.name))

var problems: [String] = []
var notes: [String] = []
for target in manifest.targets where target.type != "system" && target.type != "binary" {
    let directory = target.path ?? (target.type == "test" ? "Tests/" : "Sources/") + target.name
    var imported: Set<String> = []
    for file in swiftFiles(in: directory, excluding: target.exclude) {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
        imported.formUnion(importedModules(in: text))
    }
    imported.subtract(systemModules)
    imported.remove(target.name)
    let declared = Set(target.dependencies.map(\.name))
    for module in imported.subtracting(declared).sorted() {
        let kind = knownModules.contains(module) ? "" : " (not a module this package knows)"
        problems.append("\(target.name) imports \(module) but does not declare it\(kind)")
    }
    for module in declared.subtracting(imported).subtracting(executables).sorted() {
        notes.append("\(target.name) declares \(module) but never imports it")
    }
}

for note in notes { print("check-imports: note: \(note)") }
for problem in problems { print("check-imports: error: \(problem)") }
exit(problems.isEmpty ? 0 : 1)
