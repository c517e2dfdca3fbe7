import Foundation
import PXTestSupport
import Testing

/// `swiftpx cluster start --launcher slurm` with a real single-node Slurm (`slurmctld` + `slurmd`).
@Suite("Slurm launcher")
struct SlurmClusterTests {
    @Test(
        "a real batch job: srun starts 3 engines whose IDs are their ranks; stop cancels the job",
        .enabled(
            if: LocalSlurm.isInstalled && Prerequisites.isRoot,
            "needs root and Slurm (apt-get install slurmctld slurmd slurm-client) for a private slurmctld and slurmd"))
    func batchJob() throws {
        let sandbox = try ClusterSandbox()
        let slurm = try LocalSlurm(in: sandbox.directory.path)
        defer { slurm.stop() }
        sandbox.environment = slurm.environment
        let start = sandbox.swiftpx([
            "cluster", "start", "-n", "3", "--launcher", "slurm", "--timeout", "90",
            "--sbatch-option=--time=10",
        ])
        #expect(start.status == 0, "\(start.output)\n\(slurm.logs)")
        #expect(start.output.contains("submitted batch job"))
        let state = try #require(sandbox.state(), "\(start.output)")
        let job = try #require(state["jobID"] as? String)
        let clusterID = try #require(state["clusterID"] as? String)
        let script = ProcessRunner.readFile(sandbox.profileDirectory() + "/swiftpx-\(clusterID).sbatch")
        #expect(script.contains("#SBATCH --ntasks=3\n"))
        #expect(script.contains("#SBATCH --time=10\n"))
        #expect(script.contains("exec srun "))
        #expect(slurm.jobState(job) == "RUNNING")

        let client = try #require(sandbox.clientFile())
        let session = sandbox.session(
            """
            import ipyparallel as ipp
            rc = ipp.Client()
            print(rc.ids, rc[:].apply_sync(lambda: mpi_rank), rc[:].map_sync(lambda x: -x, range(3)))
            """, connect: client)
        #expect(session.output == "[0, 1, 2] [0, 1, 2] [0, -1, -2]\n", "\(session.output)")
        let status = sandbox.swiftpx(["cluster", "status"])
        #expect(status.output.contains("launcher slurm, batch job \(job)"))

        let stop = sandbox.swiftpx(["cluster", "stop"])
        #expect(stop.status == 0, "\(stop.output)")
        #expect(
            Deadline.poll(timeout: 60) { ["", "COMPLETED", "CANCELLED"].contains(slurm.jobState(job)) },
            "job \(job) is still \(slurm.jobState(job))")
        let left = sandbox.waitForNoProcesses(timeout: 40, except: "slurm.conf")
        #expect(left.isEmpty, "\(left)")
    }
}
