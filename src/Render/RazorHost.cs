using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KhaSite.Render;

/// <summary>Renders the theme's Razor components to HTML with Blazor's static <see cref="HtmlRenderer"/>.</summary>
public static class RazorHost
{
    /// <summary>What Blazor reads of a component by reflection (its parameters): kept by the trimmer, as <see cref="HtmlRenderer"/> asks.</summary>
    internal const DynamicallyAccessedMemberTypes Component = DynamicallyAccessedMemberTypes.All;

    private static readonly ServiceProvider Services = CreateServices();

    private static ServiceProvider CreateServices()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        // Without this the renderer writes every Kazakh letter as &#x…; entities.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        return services.BuildServiceProvider();
    }

    /// <summary>Renders the component with its one parameter and writes the HTML to <paramref name="writer"/>.</summary>
    /// <remarks>
    /// A renderer per page: an <see cref="HtmlRenderer"/> keeps every root component it rendered, with its render
    /// tree, until it is disposed, so a long-lived one would hold the whole site in memory.
    /// </remarks>
    public static Task RenderAsync<[DynamicallyAccessedMembers(Component)] TComponent>(string parameterName, object model, TextWriter writer) where TComponent : IComponent =>
        RenderAsync<TComponent>(new Dictionary<string, object?> { [parameterName] = model }, writer);

    /// <summary>Renders the component with its parameters and writes the HTML to <paramref name="writer"/>.</summary>
    public static async Task RenderAsync<[DynamicallyAccessedMembers(Component)] TComponent>(IDictionary<string, object?> parameterValues, TextWriter writer) where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);
        await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(parameterValues);
            var output = await renderer.RenderComponentAsync<TComponent>(parameters);
            output.WriteHtmlTo(writer);
        });
    }
}
