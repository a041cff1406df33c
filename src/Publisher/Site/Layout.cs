using System.Text.Encodings.Web;

namespace Hub.Publisher.Site;

/// <summary>The frame every page shares: Thai first, Sarabun, skip link, navigation; no script anywhere.</summary>
public static class Layout
{
    public static readonly HtmlEncoder Html = HtmlEncoder.Default;

    /// <param name="root">Relative path from the page to the site root ("" or "../"), so the site works from any folder or file://.</param>
    public static string Page(string root, string titleTh, string titleEn, string body) => $$"""
        <!DOCTYPE html>
        <html lang="th">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{Html.Encode(titleTh)}} — กรุงเทพมหานคร</title>
        <style>
        @font-face{font-family:Sarabun;font-weight:400;font-display:swap;src:url({{root}}assets/sarabun-thai-400-normal.woff2) format("woff2");unicode-range:U+0E01-0E5B,U+200C-200D,U+25CC}
        @font-face{font-family:Sarabun;font-weight:700;font-display:swap;src:url({{root}}assets/sarabun-thai-700-normal.woff2) format("woff2");unicode-range:U+0E01-0E5B,U+200C-200D,U+25CC}
        @font-face{font-family:Sarabun;font-weight:400;font-display:swap;src:url({{root}}assets/sarabun-latin-400-normal.woff2) format("woff2");unicode-range:U+0000-00FF,U+2000-206F,U+20AC,U+2212}
        @font-face{font-family:Sarabun;font-weight:700;font-display:swap;src:url({{root}}assets/sarabun-latin-700-normal.woff2) format("woff2");unicode-range:U+0000-00FF,U+2000-206F,U+20AC,U+2212}
        body{font-family:Sarabun,"Noto Sans Thai",Tahoma,sans-serif;max-width:60rem;margin:0 auto;padding:0 1rem 2rem;line-height:1.6;color:#1a1a1a;background:#fff}
        a{color:#0b4f9c}a:focus{outline:3px solid #f5a623}
        .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
        nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1rem}
        table{border-collapse:collapse;width:100%;margin:1rem 0}caption{text-align:left;font-weight:700}
        th,td{border:1px solid #767676;padding:.3rem .6rem;text-align:right}th[scope=row],td.label{text-align:left}
        small,.note{color:#444}svg{max-width:100%;height:auto}
        </style>
        </head>
        <body>
        <a class="skip" href="#main">ข้ามไปยังเนื้อหา / Skip to content</a>
        <header>
        <nav aria-label="เมนูหลัก / Main menu"><ul>
        <li><a href="{{root}}index.html">สถิติปีปัจจุบัน / Current year</a></li>
        <li><a href="{{root}}archive.html">ปีที่ผ่านมา / Past years</a></li>
        <li><a href="{{root}}manual.html">คู่มือการจัดการเรื่องร้องเรียน / Handling manual</a></li>
        <li><a href="{{root}}channels.html">ช่องทางแจ้งเรื่อง / Reporting channels</a></li>
        <li><a href="{{root}}data-dictionary.html">ข้อมูลเปิด / Open data</a></li>
        </ul></nav>
        </header>
        <main id="main">
        <h1>{{Html.Encode(titleTh)}}<br><small lang="en">{{Html.Encode(titleEn)}}</small></h1>
        {{body}}
        </main>
        <footer><p class="note">กรุงเทพมหานคร ศูนย์ปฏิบัติการต่อต้านการทุจริต (ศปท.กทม.) / Bangkok Metropolitan Administration Anti-Corruption Operations Center</p></footer>
        </body>
        </html>
        """;
}
