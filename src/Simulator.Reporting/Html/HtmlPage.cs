using System.Net;
using System.Text;

namespace Simulator.Reporting.Html;

/// <summary>The frame every report page shares: doctype, head, one inline stylesheet (no CDN, no scripts).</summary>
public static class HtmlPage
{
    /// <summary>The stylesheet of every report.</summary>
    public const string Css = """
        body { font-family: 'DejaVu Sans', Verdana, Arial, sans-serif; margin: 0 auto; max-width: 1100px; padding: 24px; color: #222; background: #fff; line-height: 1.45; }
        h1 { font-size: 1.8em; margin: 0 0 0.2em; }
        h2 { font-size: 1.3em; margin-top: 2em; border-bottom: 1px solid #ccc; padding-bottom: 0.2em; }
        .banner { background: #b3261e; color: #fff; font-weight: bold; padding: 12px 16px; border-radius: 4px; margin: 16px 0; }
        table { border-collapse: collapse; margin: 8px 0 16px; }
        th, td { border: 1px solid #d0d0d0; padding: 4px 10px; text-align: left; vertical-align: top; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        thead th { background: #f2f2f2; }
        table.facts th { background: #f7f7f7; font-weight: normal; color: #555; }
        tr.held td { background: #f4f4f4; }
        code { background: #f4f4f4; padding: 1px 4px; }
        figure { margin: 24px 0; }
        figure img { width: 100%; max-width: 1000px; height: auto; border: 1px solid #e0e0e0; }
        .note { color: #555; font-size: 0.95em; }
        footer { margin-top: 3em; color: #777; font-size: 0.9em; }
        figcaption { margin-top: 6px; color: #333; }
        tr.first-of-figure td, tr.first-of-figure th { border-top: 2px solid #999; }
        td.yes { color: #1b5e20; font-weight: bold; }
        td.no { color: #777; }
        pre { background: #f5f5f5; padding: 10px 14px; border-radius: 4px; overflow-x: auto; }
        p.description { font-size: 1.05em; color: #333; }
        .banner.complete { background: #2e7d32; font-weight: normal; }
        """;

    /// <summary>Starts a page titled <paramref name="title"/> (encoded here) and opens its body.</summary>
    public static void Open(StringBuilder html, string title)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>\n")
            .Append("<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n");
    }

    /// <summary>Ends a page: the footer naming the product's <paramref name="version"/> and the runtime, then the body and the document.</summary>
    public static void Close(StringBuilder html, string version)
    {
        ArgumentNullException.ThrowIfNull(html);
        html.Append("<footer>Customer-lifecycle simulator ").Append(WebUtility.HtmlEncode(version)).Append(" on ")
            .Append(WebUtility.HtmlEncode(System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription)).Append(".</footer>\n")
            .Append("</body>\n</html>\n");
    }

    /// <summary>Appends a row of a facts table: the label (encoded here) and its value, already HTML.</summary>
    public static void Fact(StringBuilder html, string label, string encodedValue)
    {
        ArgumentNullException.ThrowIfNull(html);
        html.Append("<tr><th>").Append(WebUtility.HtmlEncode(label)).Append("</th><td>").Append(encodedValue).Append("</td></tr>\n");
    }

    /// <summary>
    /// Appends a chart as a figure: the image at <paramref name="source"/> (a file name or a data URL), its
    /// title and how to read it, and links to its PNG and SVG files. Every text is encoded here.
    /// </summary>
    public static void Figure(StringBuilder html, string name, string title, string howToRead, string source, int width, int height, string pngFile, string svgFile)
    {
        ArgumentNullException.ThrowIfNull(html);
        static string Encode(string text) => WebUtility.HtmlEncode(text);
        html.Append("<figure id=\"chart-").Append(Encode(name)).Append("\">\n")
            .Append("<img src=\"").Append(Encode(source)).Append("\" alt=\"").Append(Encode(title)).Append("\" width=\"")
            .Append(width.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("\" height=\"")
            .Append(height.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("\">\n")
            .Append("<figcaption><strong>").Append(Encode(title)).Append(".</strong> ").Append(Encode(howToRead))
            .Append(" <span class=\"note\">(<a href=\"").Append(Encode(pngFile)).Append("\">PNG</a>, <a href=\"").Append(Encode(svgFile)).Append("\">SVG</a>)</span></figcaption>\n")
            .Append("</figure>\n");
    }
}
