#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif
import PXRuntime

// Runs one program of an oracle corpus in a process of its own and prints what the in-process corpus tests
// would see: the program's stdout, then the last line of the traceback of an uncaught exception or syntax
// error, as python3 ends it. The corpus tests run their known failures through it, so that a program that
// traps kills this process, not the tests.
//
// Usage: OracleRunner FILE   (exit status 0 once the program has run, 64 for bad usage)

let arguments = CommandLine.arguments
guard arguments.count == 2, let source = TextFile.read(arguments[1]) else {
    fputs("usage: OracleRunner FILE (a readable program)\n", stderr)
    exit(64)
}
let fileName = String(arguments[1].split(separator: "/").last ?? "")
let printed = Interpreter.transcript(of: source, fileName: fileName, ending: .script)
fputs(printed, stdout)
fflush(stdout)
exit(0)
