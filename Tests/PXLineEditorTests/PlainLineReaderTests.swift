import Foundation
import PXLineEditor
import Testing

extension SignalSensitiveTests {
    @Suite struct PlainLineReaderTests {
        /// Reads every line from a pipe fed with `bytes` by a separate thread.
        private func readAll(_ bytes: [UInt8]) throws -> [LineInput] {
            let pipe = Pipe()
            let writer = Thread {
                pipe.fileHandleForWriting.write(Data(bytes))
                try? pipe.fileHandleForWriting.close()
            }
            writer.start()
            let reader = PlainLineReader(fileDescriptor: pipe.fileHandleForReading.fileDescriptor)
            var inputs: [LineInput] = []
            while true {
                let input = reader.readLine(prompt: "In [1]: ")
                inputs.append(input)
                if input == .endOfInput { break }
            }
            #expect(reader.readError == nil)
            return inputs
        }

        private func readAll(_ text: String) throws -> [LineInput] {
            try readAll(Array(text.utf8))
        }

        @Test func splitsLinesAndDropsTerminators() throws {
            #expect(try readAll("a = 1\nprint(a)\n") == [.line("a = 1"), .line("print(a)"), .endOfInput])
        }

        @Test func crlfReadsLikeLF() throws {
            #expect(try readAll("a\r\nb\r\n\r\nc") == [.line("a"), .line("b"), .line(""), .line("c"), .endOfInput])
        }

        @Test func finalLineWithoutNewlineIsALine() throws {
            #expect(try readAll("x\ny") == [.line("x"), .line("y"), .endOfInput])
            #expect(try readAll("only\r") == [.line("only"), .endOfInput])
        }

        @Test func emptyLinesAreKept() throws {
            #expect(try readAll("\n\nx\n\n") == [.line(""), .line(""), .line("x"), .line(""), .endOfInput])
        }

        @Test func emptyInputEndsAtOnce() throws {
            #expect(try readAll("") == [.endOfInput])
        }

        @Test func endOfInputRepeats() throws {
            let pipe = Pipe()
            try pipe.fileHandleForWriting.close()
            let reader = PlainLineReader(fileDescriptor: pipe.fileHandleForReading.fileDescriptor)
            #expect(reader.readLine(prompt: "") == .endOfInput)
            #expect(reader.readLine(prompt: "") == .endOfInput)
        }

        @Test func nonASCIIAndInvalidUTF8() throws {
            let bytes = Array("café → ✓\n".utf8) + [0xFF, UInt8(ascii: "x"), UInt8(ascii: "\n")]
            #expect(try readAll(bytes) == [.line("café → ✓"), .line("\u{FFFD}x"), .endOfInput])
        }

        @Test func lineLongerThanTheReadBlock() throws {
            let long = String(repeating: "0123456789", count: 30_000)
            #expect(try readAll("\(long)\nend") == [.line(long), .line("end"), .endOfInput])
        }

        @Test func tenMegabytes() throws {
            var text = ""
            var expectedLengths: [Int] = []
            var number = 0
            while text.utf8.count < 10_000_000 {
                let line = "x\(number) = " + String(repeating: "ab", count: number % 40)
                text += line + (number % 3 == 0 ? "\r\n" : "\n")
                expectedLengths.append(line.utf8.count)
                number += 1
            }
            let clock = ContinuousClock()
            let start = clock.now
            let inputs = try readAll(text)
            let elapsed = clock.now - start
            let lengths = inputs.compactMap { input -> Int? in
                if case .line(let line) = input { return line.utf8.count }
                return nil
            }
            #expect(lengths == expectedLengths)
            #expect(inputs.last == .endOfInput)
            print("PlainLineReader: \(lengths.count) lines, \(text.utf8.count) bytes in \(elapsed)")
        }

        @Test func readsAFileByPath() throws {
            let directory = NSTemporaryDirectory() + "/plain-reader-\(getpid())"
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let path = directory + "/session.px"
            try Data("%px x = 1\r\nx\n".utf8).write(to: URL(fileURLWithPath: path))
            let reader = try PlainLineReader(path: path)
            #expect(reader.readLine(prompt: "") == .line("%px x = 1"))
            #expect(reader.readLine(prompt: "") == .line("x"))
            #expect(reader.readLine(prompt: "") == .endOfInput)
        }

        @Test func missingFileIsATypedError() {
            #expect(throws: LineEditorError.self) {
                try PlainLineReader(path: "/nonexistent/swiftpx/session.px")
            }
        }
    }
}
