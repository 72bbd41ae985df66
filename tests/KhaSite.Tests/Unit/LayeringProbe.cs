// A deliberately broken wall for LayeringTests: a "Load" type that uses a "Render" type.
#pragma warning disable CA1051, CA1711
namespace KhaSite.Tests.LayeringProbe.Render
{
    public static class LateStage
    {
        public static int Value() => 1;
    }
}

namespace KhaSite.Tests.LayeringProbe.Load
{
    public static class EarlyStage
    {
        public static int ReachesForward() => Render.LateStage.Value() + 1;
    }

    public sealed class FieldHolder
    {
        public Type Held = typeof(Render.LateStage);
    }
}
