namespace Simulator.Grains.Checkpoints;

/// <summary>A replicate was to be resumed but has no checkpoint (checkpoints are off, or none was taken yet).</summary>
[GenerateSerializer]
public sealed class NoCheckpointException : InvalidOperationException
{
    /// <summary>Creates the exception with its message.</summary>
    public NoCheckpointException(string message)
        : base(message)
    {
    }
}
