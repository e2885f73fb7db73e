using BenchmarkDotNet.Attributes;
using Simulator.Grains.Shards;
using Simulator.Model.Market;
using Simulator.Model.Randomness;

namespace Simulator.Benchmarks;

/// <summary>What a shard does with a week's word of mouth: group by destination shard, then sort into inboxes.</summary>
[MemoryDiagnoser]
public class WordOfMouthRoutingBenchmarks
{
    private WordOfMouth[] _messages = [];
    private ShardLayout _layout;

    /// <summary>Messages in the week.</summary>
    [Params(1_000, 100_000)]
    public int Messages { get; set; }

    /// <summary>Messages from random senders to random recipients among a million customers.</summary>
    [GlobalSetup]
    public void Setup()
    {
        const int population = 1_000_000;
        _layout = new ShardLayout(population, 1000);
        _messages = [.. Enumerable.Range(0, Messages).Select(i =>
        {
            var random = CounterRandom.For(1, 0, i);
            return new WordOfMouth(random.Below(population, 0, DrawPurpose.Talk), random.Below(population, 0, DrawPurpose.Peer), 0, i % 3 != 0);
        })];
    }

    /// <summary>Groups the week's messages by the shard of their recipient.</summary>
    [Benchmark]
    public int GroupByShard()
    {
        var outgoing = new Dictionary<int, List<WordOfMouth>>();
        foreach (var message in _messages)
        {
            var shard = _layout.ShardOf(message.Recipient);
            if (!outgoing.TryGetValue(shard, out var batch))
            {
                outgoing[shard] = batch = [];
            }

            batch.Add(message);
        }

        return outgoing.Count;
    }

    /// <summary>Sorts the messages of one shard's range into per-customer inboxes.</summary>
    [Benchmark]
    public int BuildInbox() => new Inbox(0, 1_000_000, _messages).Count;
}
