namespace Hub.IntegrationTests.Hotline;

/// <summary>Transcripts in the documented wire format (docs/hotline.md).</summary>
public static class HotlineFixtures
{
    public const string ApiKey = "test-hotline-key-0123456789abcdef";

    public static string Json(string callId, string callerText, string? reference = null, bool confirmed = true, string caller = "0812345678") => $$"""
        {
          "call_id": "{{callId}}",
          "started_at": "2026-05-12T09:15:00+07:00",
          "duration_seconds": 312,
          "caller_number": "{{caller}}",
          "operator_id": "op-17",
          {{(reference is null ? "" : $"\"reference_number\": \"{reference}\",")}}
          "district": "บางรัก",
          "read_back": true,
          "caller_confirmed": {{(confirmed ? "true" : "false")}},
          "turns": [
            { "speaker": "operator", "text": "ศูนย์รับแจ้งทุกข์ 1555 สวัสดีค่ะ" },
            { "speaker": "caller", "text": "{{callerText}}" }
          ]
        }
        """;

    public const string Csv = """
        call_id,started_at,duration_seconds,caller_number,operator_id,reference_number,district,read_back,caller_confirmed,speaker,text
        CSV-1,2026-05-12T10:00:00+07:00,120,0899990001,op-3,,ดุสิต,true,true,operator,สวัสดีค่ะ
        CSV-1,2026-05-12T10:00:00+07:00,120,0899990001,op-3,,ดุสิต,true,true,caller,"เจ้าหน้าที่โยธาเขตเรียกเงินใต้โต๊ะ 5,000 บาท
        เพื่อเซ็นใบอนุญาต"
        CSV-2,not-a-time,60,,op-3,,,,,caller,เทศกิจเก็บส่วย

        """;
}
