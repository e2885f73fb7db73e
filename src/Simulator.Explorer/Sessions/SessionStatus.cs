namespace Simulator.Explorer.Sessions;

/// <summary>Where a session is in its life.</summary>
public enum SessionStatus
{
    /// <summary>Creating customers and running the burn-in weeks.</summary>
    Preparing,

    /// <summary>At week 0, waiting for start or step.</summary>
    Ready,

    /// <summary>Running week after week at the session's pace.</summary>
    Running,

    /// <summary>Stopped part-way; start or step go on.</summary>
    Paused,

    /// <summary>Every week has run.</summary>
    Finished,

    /// <summary>Something went wrong; the error says what. Reset starts again.</summary>
    Failed,
}
