using System.Globalization;
using System.Text;
using Hub.Publisher.Statistics;

namespace Hub.Publisher.Site;

/// <summary>Monthly received and concluded as an inline SVG, labelled for screen readers; the table beside it holds the same numbers.</summary>
public static class BarChart
{
    const int Height = 200, Slot = 60, Bar = 22, Top = 20, Bottom = 40;

    public static string Monthly(IReadOnlyList<MonthStatistics> months)
    {
        var max = Math.Max(1, months.Select(m => Math.Max(m.Received, m.Concluded)).DefaultIfEmpty(0).Max());
        var width = Math.Max(1, months.Count) * Slot + 20;
        var svg = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"chart-title\" viewBox=\"0 0 {width} {Height + Top + Bottom}\" width=\"{width}\">\n<title id=\"chart-title\">กราฟจำนวนเรื่องรับและได้ข้อยุติรายเดือน / Received and concluded by month</title>\n"));
        for (var i = 0; i < months.Count; i++)
        {
            var m = months[i];
            var x = 10 + i * Slot;
            svg.Append(Column(x, m.Received, max, "#0b4f9c", $"{m.LabelTh} รับเรื่อง {m.Received}"));
            svg.Append(Column(x + Bar + 2, m.Concluded, max, "#2e7d32", $"{m.LabelTh} ได้ข้อยุติ {m.Concluded}"));
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{Top + Height + 16}\" font-size=\"11\">{Layout.Html.Encode(m.LabelTh.Split(' ')[0][..Math.Min(4, m.LabelTh.Length)])}</text>\n");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"10\" y=\"{Top + Height + 34}\" font-size=\"11\"><tspan fill=\"#0b4f9c\">■ รับเรื่อง / Received</tspan> <tspan fill=\"#2e7d32\">■ ได้ข้อยุติ / Concluded</tspan></text>\n</svg>");
        return svg.ToString();
    }

    static string Column(int x, int value, int max, string colour, string label)
    {
        var h = (int)Math.Round((double)value / max * Height);
        return string.Create(CultureInfo.InvariantCulture,
            $"<rect x=\"{x}\" y=\"{Top + Height - h}\" width=\"{Bar}\" height=\"{h}\" fill=\"{colour}\"><title>{Layout.Html.Encode(label)}</title></rect>\n");
    }
}
