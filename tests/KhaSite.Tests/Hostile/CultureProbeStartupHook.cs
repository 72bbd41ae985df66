using System.Globalization;

/// <summary>
/// A .NET startup hook (DOTNET_STARTUP_HOOKS names this assembly) that records, in a child <c>KhaSite.dll</c>
/// process, which culture, calendar and time zone the environment gave it, so that <c>CultureTests</c> can show
/// that LC_ALL and TZ really changed them. Does nothing unless <c>KHASITE_CULTURE_PROBE</c> names a file.
/// Must be a class named StartupHook in the global namespace.
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        if (Environment.GetEnvironmentVariable("KHASITE_CULTURE_PROBE") is not { Length: > 0 } path) return;
        var culture = CultureInfo.CurrentCulture;
        File.WriteAllText(path, string.Join('|', culture.Name, culture.Calendar.GetType().Name, TimeZoneInfo.Local.Id));
    }
}
