import PXRuntime
import Testing

@testable import PXClient

/// The members of ipyparallel's client API that rest on software swiftpx does not use: the text of the errors
/// that say what swiftpx does instead, and Cluster's configuration. (What an ipyparallel program sees of them,
/// the error types and `name`s, is compared with ipyparallel 9.2 by `Tests/ClusterTests/IPyParallel/unavailable.py`.)
@Suite("members swiftpx cannot apply")
struct UnavailableMemberTests {
    func failure(_ body: () throws -> Value?) -> (type: String, message: String, name: String)? {
        do {
            _ = try body()
            return nil
        } catch let error as RuntimeError {
            let name = error.exception.attributes["name"].map { ValueFormatter.repr($0, nil) } ?? "-"
            return (error.exception.type.name, error.exception.message, name)
        } catch {
            return ("\(error)", "", "")
        }
    }

    @Test("become_dask and register_joblib_backend: ModuleNotFoundError naming the package, and what swiftpx offers")
    func missingPackages() throws {
        let fixture = ClientFixture()
        let vm = fixture.interpreter
        let dask = failure { try fixture.client.callMethod("become_dask", Arguments(keywords: [("nthreads", .int(2))]), vm) }
        #expect(dask?.type == "ModuleNotFoundError")
        #expect(dask?.name == "'distributed'")
        #expect(dask?.message == "No module named 'distributed' (swiftpx engines cannot become dask workers: "
            + "rc.executor() and a view's map and apply_async run functions on them)")
        let view = try #require(try fixture.client.callMethod("load_balanced_view", Arguments(), vm))
        guard case .object(let balanced) = view else { Issue.record("not a view"); return }
        let joblib = failure { try balanced.callMethod("register_joblib_backend", Arguments(), vm) }
        #expect(joblib?.type == "ModuleNotFoundError")
        #expect(joblib?.name == "'joblib'")
        #expect(joblib?.message == "No module named 'joblib' (swiftpx has no joblib: a view's map and apply_async, "
            + "or rc.executor(), run functions on the engines)")
    }

    @Test("ZeroMQ's send plumbing: NotImplementedError saying how swiftpx submits; CurveZMQ keys are b''")
    func messagePlumbing() throws {
        let fixture = ClientFixture()
        let vm = fixture.interpreter
        let send = failure {
            try fixture.client.callMethod("send_apply_request", Arguments([.none, .none]), vm)
        }
        #expect(send?.type == "NotImplementedError")
        #expect(send?.message == "Client.send_apply_request sends ZeroMQ messages, and swiftpx has no ZeroMQ sockets: "
            + "views submit tasks over swiftpx's own protocol (view.apply_async(f, *args), view.execute(code)) and "
            + "return their AsyncResult")
        for key in ["curve_publickey", "curve_secretkey", "curve_serverkey"] {
            #expect(try fixture.client.attribute(key, vm).map(fixture.repr) == "b''")
        }
        #expect(try fixture.client.callMethod("stop_dask", Arguments(), vm).map(fixture.repr) == "None")
    }

    @Test("Cluster(config=...): the 'Cluster' section applies as keywords, another section says what to do instead")
    func clusterConfig() throws {
        let vm = Interpreter()
        func section(_ pairs: [(String, Value)]) -> Value {
            let d = DictObject()
            for (k, v) in pairs { d.set(k, v) }
            return .dict(d)
        }
        let config = section([("Cluster", section([("n", .int(3)), ("delay", .float(2))]))])
        guard case .object(let cluster as ClusterObject) = try ClusterObject.construct(
            Arguments(keywords: [("config", config)]), vm) else { Issue.record("not a Cluster"); return }
        #expect(try cluster.attribute("n", vm).map { ValueFormatter.repr($0, vm) } == "3")
        #expect(try cluster.attribute("delay", vm).map { ValueFormatter.repr($0, vm) } == "2.0")
        let location = ValueFormatter.repr(.str(cluster.profileDirectory), vm)
        #expect(try cluster.attribute("config", vm).map { ValueFormatter.repr($0, vm) }
            == "{'ProfileDir': {'location': \(location)}, 'Cluster': {'n': 3, 'delay': 2.0}}")
        #expect(try cluster.attribute("parent", vm).map { ValueFormatter.repr($0, vm) } == "None")

        let launcher = section([("LocalEngineSetLauncher", section([("n", .int(3))]))])
        let other = failure { try ClusterObject.construct(Arguments(keywords: [("config", launcher)]), vm) }
        #expect(other?.type == "ValueError")
        #expect(other?.message == "swiftpx applies only the 'Cluster' section of config, not 'LocalEngineSetLauncher': "
            + "swiftpx starts engines with Cluster(...) keywords (engines=, hosts=, controller_ip=, ...)")
        let unknown = failure {
            try ClusterObject.construct(Arguments(keywords: [("config", section([("Cluster", section([("m", .int(1))]))]))]), vm)
        }
        #expect(unknown?.message == "config['Cluster']: 'm' is not a setting of Cluster")
        let notDict = failure { try ClusterObject.construct(Arguments(keywords: [("config", .int(5))]), vm) }
        #expect(notDict?.type == "TypeError")
        #expect(notDict?.message == "The 'config' trait of a Cluster instance expected a dict of sections (swiftpx has no "
            + "traitlets Config), not the int 5.")
    }
}
