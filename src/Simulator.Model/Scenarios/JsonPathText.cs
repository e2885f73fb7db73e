using System.Globalization;
using System.Text;

namespace Simulator.Model.Scenarios;

/// <summary>Builds JSON paths for messages: <c>$.brands.Focal.policy</c>, <c>$.schedule[0]</c>, <c>$.brands['My brand']</c>.</summary>
public static class JsonPathText
{
    /// <summary>The path of the document itself.</summary>
    public const string Root = "$";

    /// <summary>The path of property <paramref name="name"/> of the object at <paramref name="path"/>.</summary>
    public static string Child(string path, string name)
    {
        if (IsPlainName(name))
        {
            return path + "." + name;
        }

        var builder = new StringBuilder(path).Append("['");
        foreach (var c in name)
        {
            if (c is '\'' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.Append("']").ToString();
    }

    /// <summary>The path of element <paramref name="index"/> of the array at <paramref name="path"/>.</summary>
    public static string Element(string path, int index) =>
        path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] is '_' or '$'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '$' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
