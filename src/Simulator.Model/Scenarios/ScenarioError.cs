using System.Globalization;

namespace Simulator.Model.Scenarios;

/// <summary>One problem found in a scenario file.</summary>
/// <param name="File">The file where the offending text was written (for a value inherited through <c>extends</c>, the base file).</param>
/// <param name="Path">The JSON path of the offending value, e.g. <c>$.brands.Focal.policy.serviceEffort</c>.</param>
/// <param name="Line">The 1-based line of the offending text, or 0 when the problem concerns the whole file (e.g. it does not exist).</param>
/// <param name="Message">What is wrong, e.g. "1.5 is out of range".</param>
/// <param name="Allowed">The values allowed there, e.g. "0 to 1", or null when a list makes no sense.</param>
public sealed record ScenarioError(string File, string Path, int Line, string Message, string? Allowed)
{
    /// <summary>
    /// The error as one line: <c>&lt;file&gt;:&lt;line&gt;: &lt;json path&gt;: &lt;message&gt; (allowed: &lt;allowed values&gt;)</c>.
    /// The line is left out when it is 0, the allowed part when there is none.
    /// </summary>
    public override string ToString()
    {
        var where = Line > 0 ? File + ":" + Line.ToString(CultureInfo.InvariantCulture) : File;
        var text = where + ": " + Path + ": " + Message;
        return string.IsNullOrEmpty(Allowed) ? text : text + " (allowed: " + Allowed + ")";
    }
}
