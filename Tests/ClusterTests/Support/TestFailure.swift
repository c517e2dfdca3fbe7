/// A test helper could not do its job (start a process, set up a namespace).
struct TestFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
