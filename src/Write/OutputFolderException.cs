namespace KhaSite.Write;

/// <summary>
/// The output folder cannot or must not be written: it would overwrite the repository, holds files KhaSite did not
/// write, is a file, is not writable, or a path to write escapes it. The command line prints the message as one
/// <c>khasite:</c> line with the usage exit code; the previous output is left as it was.
/// </summary>
public sealed class OutputFolderException(string message, Exception? inner = null) : Exception(message, inner);
