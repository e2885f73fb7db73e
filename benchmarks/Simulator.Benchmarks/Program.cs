using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Simulator.Benchmarks.StepBenchmarks).Assembly).Run(args);
