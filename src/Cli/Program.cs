using System.CommandLine;
using KhaSite.Cli;

return await KhaSiteCommandLine.RunAsync(args);
