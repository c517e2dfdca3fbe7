import Testing

@testable import PXController

@Suite struct LoadBalancingSchemeTests {
    @Test func leastLoadPicksTheLowestAndBreaksTiesByRecency() {
        var generator = SplitMix64(seed: 1)
        #expect(LoadBalancingScheme.leastLoad.pick(loads: [3, 1, 2], using: &generator) == 1)
        #expect(
            LoadBalancingScheme.leastLoad.pick(loads: [2, 1, 1], using: &generator) == 1,
            "first of the tied, least recently used")
    }

    @Test func lruAlwaysPicksTheFirst() {
        var generator = SplitMix64(seed: 1)
        #expect(LoadBalancingScheme.lru.pick(loads: [9, 0, 0], using: &generator) == 0)
    }

    @Test func randomCoversEveryEngineAndIsSeeded() {
        var first = SplitMix64(seed: 7)
        var second = SplitMix64(seed: 7)
        var seen = Set<Int>()
        for _ in 0..<200 {
            let pick = LoadBalancingScheme.random.pick(loads: [0, 0, 0, 0], using: &first)
            #expect(pick == LoadBalancingScheme.random.pick(loads: [0, 0, 0, 0], using: &second))
            seen.insert(pick)
        }
        #expect(seen == [0, 1, 2, 3])
    }

    @Test func twoBinFavoursLessRecentlyUsedEngines() {
        var generator = SplitMix64(seed: 3)
        var counts = [0, 0, 0, 0]
        for _ in 0..<4_000 { counts[LoadBalancingScheme.twoBin.pick(loads: [0, 0, 0, 0], using: &generator)] += 1 }
        // P(min of two uniform picks = i) = (2(n-i)-1)/n²: 7/16, 5/16, 3/16, 1/16.
        #expect(counts[0] > counts[1] && counts[1] > counts[2] && counts[2] > counts[3])
        #expect(abs(counts[0] - 1_750) < 200)
    }

    @Test func weightedFavoursLightlyLoadedEngines() {
        var generator = SplitMix64(seed: 5)
        var counts = [0, 0]
        for _ in 0..<2_000 { counts[LoadBalancingScheme.weighted.pick(loads: [10, 1], using: &generator)] += 1 }
        #expect(counts[1] > counts[0] * 5)
    }

    @Test func namesFollowIpyparallel() {
        #expect(LoadBalancingScheme(name: "leastload") == .leastLoad)
        #expect(LoadBalancingScheme(name: "LRU") == .lru)
        #expect(LoadBalancingScheme(name: "plainrandom") == .random)
        #expect(LoadBalancingScheme(name: "random") == .random)
        #expect(LoadBalancingScheme(name: "twobin") == .twoBin)
        #expect(LoadBalancingScheme(name: "weighted") == .weighted)
        #expect(LoadBalancingScheme(name: "pure") == nil)
    }
}
