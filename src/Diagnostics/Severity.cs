namespace KhaSite.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
