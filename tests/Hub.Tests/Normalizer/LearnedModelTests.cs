using Hub.Normalizer.Dedup;
using Hub.Normalizer.Evaluation;
using Hub.Normalizer.Learning;
using Hub.Normalizer.Training;

namespace Hub.Tests.Normalizer;

public sealed class LearnedModelTests
{
    [Fact]
    public void Exported_trees_and_calibration_score_exactly_as_MlNet_does()
    {
        var random = new Random(7);
        var pairs = Enumerable.Range(0, 600).Select(_ =>
        {
            var features = Enumerable.Range(0, PairFeatures.Count).Select(_ => (float)random.NextDouble()).ToArray();
            return new LabelledPair(features, features[0] + 0.5 * features[4] - features[9] > 0.3 + 0.2 * random.NextDouble(), "synthetic");
        }).ToList();

        var (model, mlNetProbability) = new PairTrainer(1).Fit(pairs);

        foreach (var pair in pairs.Take(100))
        {
            // ML.NET computes in float, the exported model in double: equal to float precision, not to a rounding digit
            Assert.Equal(mlNetProbability(pair.Features), model.Probability(pair.Features), 1e-5);
        }
    }

    [Fact]
    public void Exported_category_weights_choose_the_class_MlNet_chooses()
    {
        string[] texts =
        [
            "เทศกิจเก็บเงินแม่ค้าทุกวันศุกร์ แผงละ 300 บาท", "เจ้าหน้าที่ขอค่าน้ำร้อนน้ำชา 2 พัน ถึงจะออกใบอนุญาต",
            "ผู้รับเหมาทำถนนไม่ได้ตามแบบ แต่เขตก็ตรวจรับงาน", "ราคากล้องวงจรปิดแพงเกินจริงเท่าตัว บริษัทเดียวได้ทุกงาน",
            "คนขับรถขยะดูดน้ำมันหลวงไปขาย", "เอารถราชการไปรับส่งลูกทุกเช้า",
            "หัวหน้าฝ่ายให้ลูกน้องลงเวลาแทน ตัวเองไม่มาทำงาน", "มีชื่อคนงานผีในบัญชีเงินเดือน ไม่เคยเห็นตัวจริง",
            "พนักงานเวรพูดจาหยาบคายใส่ผู้สูงอายุ", "เจ้าหน้าที่เมาสุราขณะปฏิบัติหน้าที่",
        ];
        string[] categories = ["BRIBERY", "PERMIT", "PROCUREMENT", "PROCUREMENT", "EMBEZZLEMENT", "EMBEZZLEMENT", "TIME_ATTENDANCE", "TIME_ATTENDANCE", "MISCONDUCT", "MISCONDUCT"];
        var examples = texts.SelectMany((t, i) => Enumerable.Range(0, 3).Select(n => new FeaturizedExample(Example(t + new string(' ', n), categories[i]), TextFeaturizer.Featurize(t)))).ToList();

        var (model, mlNetClass) = new TextModelTrainer(1).FitCategories(examples);

        foreach (var example in examples)
        {
            Assert.Equal(mlNetClass(example.Features), model.Rank(example.Features)[0].Class);
        }

        Assert.Equal(categories, examples.Where((_, i) => i % 3 == 0).Select(e => model.Rank(e.Features)[0].Class));
    }

    static Example Example(string text, string category) =>
        new(new ComplaintLine(text, "webform", DateTimeOffset.UnixEpoch, null, text, null, null),
            new LabelLine(text, true, category, "UNKNOWN", text, []), "test", true);
}
