import PXTestSupport
import Testing

/// OpenBLAS is opened when a program first needs it, with one thread: linked at start-up, its worker thread spun
/// (sched_yield) for ~0.1 s in every process, shell and engine, even one without an array.
@Suite("BLAS loading")
struct BLASLoadingTests {
    static let script = """
        def state():
            maps = open('/proc/self/maps').read()
            status = open('/proc/self/status').read().splitlines()
            return 'libopenblas' in maps, [line for line in status if line.startswith('Threads:')]
        before = state()
        print(before[0])
        import numpy as np
        m = np.arange(6.0).reshape(2, 3)
        print(m @ m.T)
        after = state()
        print(after[0], after[1] == before[1])

        """

    @Test("a program loads OpenBLAS only at its first product, and that starts no thread")
    func loadsOnFirstUse() {
        let path = Transcript.temporaryStateDirectory() + "/blas.py"
        Transcript.write(path, Self.script)
        let result = ProcessRunner.run(ProcessRunner.swiftpxExecutable, ["run", path])
        #expect(result.output == "False\n[[ 5. 14.]\n [14. 50.]]\nTrue True\n", "\(result.output)")
        #expect(result.status == 0, "\(result.output)")
    }
}
