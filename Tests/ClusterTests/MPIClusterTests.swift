import PXTestSupport
import Testing

/// `swiftpx cluster start --launcher mpi` under Debian's Open MPI (`openmpi-bin`).
@Suite("MPI launcher")
struct MPIClusterTests {
    @Test(
        "a 3-engine MPI cluster end to end: engine IDs are the ranks, mpi_rank is set, stop leaves nothing",
        .enabled(if: Prerequisites.hasMPI, "needs mpiexec (apt-get install openmpi-bin)"))
    func threeRanks() throws {
        let sandbox = try ClusterSandbox()
        let start = sandbox.swiftpx(["cluster", "start", "-n", "3", "--launcher", "mpi", "--timeout", "60"])
        #expect(start.status == 0, "\(start.output)")
        #expect(start.output.contains("started mpiexec (pid"))
        #expect(start.output.contains("is running: 3 engines (launcher mpi"))
        let client = try #require(sandbox.clientFile(), "\(start.output)")
        let session = sandbox.session(
            """
            import ipyparallel as ipp, os
            rc = ipp.Client()
            print("ids", rc.ids)
            print("ranks", rc[:].apply_sync(lambda: mpi_rank))
            print("by id", [rc[i].apply_sync(lambda: mpi_rank) for i in rc.ids])
            print("squares", rc[:].map_sync(lambda x: x * x, range(7)))
            dv = rc[:]
            dv.scatter("part", list(range(9)), block=True)
            print("gathered", dv.gather("part", block=True))
            print("pids", len(set(dv.apply_sync(os.getpid))))
            """, connect: client)
        #expect(
            session.output == """
                ids [0, 1, 2]
                ranks [0, 1, 2]
                by id [0, 1, 2]
                squares [0, 1, 4, 9, 16, 25, 36]
                gathered [0, 1, 2, 3, 4, 5, 6, 7, 8]
                pids 3

                """, "\(session.output)")
        let status = sandbox.swiftpx(["cluster", "status"])
        #expect(status.output.contains("launcher mpi"))
        #expect(status.output.contains("3 of 3 engines registered"))
        let stop = sandbox.swiftpx(["cluster", "stop"])
        #expect(stop.status == 0)
        #expect(!stop.output.contains("had to kill"), "mpiexec should exit once its ranks have: \(stop.output)")
        #expect(sandbox.waitForNoProcesses().isEmpty)
    }
}
