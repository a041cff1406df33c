using static Hub.Publisher.Site.Layout;

namespace Hub.Publisher.Site;

/// <summary>ITA-2: the online corruption channel, separate from general complaints, and the other ways in.</summary>
public static class ChannelsPage
{
    public static string Html(string complaintFormUrl) => Page("", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "Channels for reporting corruption and misconduct", $"""
        <p><a href="{Layout.Html.Encode(complaintFormUrl)}">แบบฟอร์มแจ้งเรื่องร้องเรียนการทุจริตออนไลน์ / Online corruption report form</a></p>
        <p>ช่องทางนี้แยกต่างหากจากช่องทางร้องเรียนเรื่องทั่วไป (เช่น Traffy Fondue) เพื่อคุ้มครองผู้ร้องเรียน เรื่องการทุจริตที่แจ้งผ่านช่องทางทั่วไปจะถูกส่งเข้าช่องทางนี้
        <br><small lang="en">This channel is separate from general service complaints (such as Traffy Fondue) to protect reporters; corruption reports that arrive through general channels are moved into it.</small></p>
        <ul>
        <li>เมื่อส่งเรื่องจะได้รับเลขรับเรื่องสำหรับติดตามสถานะ / You receive a receipt code to follow your report.</li>
        <li>ไม่ประสงค์ออกนามได้ / You may stay anonymous.</li>
        <li>แนบหลักฐานได้ / You may attach evidence.</li>
        </ul>
        <p><a href="manual.html">ขั้นตอนและระยะเวลาดำเนินการ / Steps and processing times</a></p>
        """);
}
