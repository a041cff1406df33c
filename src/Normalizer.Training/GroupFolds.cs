using System.Security.Cryptography;
using System.Text;

namespace Hub.Normalizer.Training;

/// <summary>
/// Leave-groups-out folds: every complaint of one duplicate group falls in the same fold, so no retelling of a
/// held-out incident is ever learned from. The fold of a group is a hash of the seed and the group, so it does
/// not depend on file order.
/// </summary>
public static class GroupFolds
{
    public const int Count = 5;

    public static int Of(Example example, int seed)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed + ":" + example.GroupKey));
        return (int)(BitConverter.ToUInt32(hash, 0) % Count);
    }
}
