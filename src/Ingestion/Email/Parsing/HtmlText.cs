using System.Text;
using MimeKit.Text;

namespace Hub.Ingestion.Email.Parsing;

/// <summary>Readable text from HTML-only mail: text in order, a line break per block element, scripts and styles dropped.</summary>
public static class HtmlText
{
    static readonly HashSet<HtmlTagId> Blocks =
    [
        HtmlTagId.Br, HtmlTagId.P, HtmlTagId.Div, HtmlTagId.LI, HtmlTagId.TR, HtmlTagId.H1, HtmlTagId.H2, HtmlTagId.H3,
        HtmlTagId.H4, HtmlTagId.H5, HtmlTagId.H6, HtmlTagId.BlockQuote, HtmlTagId.Table, HtmlTagId.UL, HtmlTagId.OL, HtmlTagId.HR,
    ];

    public static string ToPlain(string html)
    {
        var tokenizer = new HtmlTokenizer(new StringReader(html)) { DecodeCharacterReferences = true };
        var text = new StringBuilder();
        var hidden = 0;
        var quoteDepth = 0;
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken tag when tag.Id is HtmlTagId.Script or HtmlTagId.Style or HtmlTagId.Head:
                    hidden = Math.Max(0, hidden + (tag.IsEndTag ? -1 : tag.IsEmptyElement ? 0 : 1));
                    break;
                case HtmlTagToken tag when Blocks.Contains(tag.Id):
                    if (tag.Id == HtmlTagId.BlockQuote && !tag.IsEmptyElement)
                    {
                        quoteDepth = Math.Max(0, quoteDepth + (tag.IsEndTag ? -1 : 1));
                    }

                    text.Append('\n').Append('>', quoteDepth);
                    break;
                case HtmlDataToken data when hidden == 0:
                    // Whitespace in HTML source is layout, not content.
                    var collapsed = string.Join(' ', data.Data.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
                    if (collapsed.Length > 0)
                    {
                        var separate = char.IsWhiteSpace(data.Data[0]) && text.Length > 0 && text[^1] is not '\n' and not ' ';
                        text.Append(separate ? " " : "").Append(collapsed.Replace('\u00A0', ' '));
                    }

                    break;
            }
        }

        return string.Join('\n', text.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
    }
}
