using System.Reflection;
using System.Reflection.Emit;

namespace KhaSite.Tests.Unit;

/// <summary>
/// The stages' walls (DESIGN.md §3): data flows Load → Model → Check → Render → Write, so no stage uses a later one.
/// Read from the compiled generator by reflection: every type a stage's types name in their signatures, fields,
/// base types and method bodies (the IL's type, method and field tokens).
/// </summary>
public class LayeringTests
{
    /// <summary>Each namespace, and the namespaces of the generator its types must never use.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Walls = new Dictionary<string, string[]>
    {
        ["Diagnostics"] = ["Load", "Model", "Check", "Render", "Write", "Preview", "Cli"],
        ["Safety"] = ["Load", "Model", "Check", "Render", "Write", "Preview", "Cli"],
        ["Load"] = ["Model", "Check", "Render", "Write", "Preview", "Cli"],
        ["Model"] = ["Check", "Render", "Write", "Preview", "Cli"],
        ["Check"] = ["Render", "Write", "Preview", "Cli"],
        ["Render"] = ["Check", "Preview", "Cli"],
        ["Write"] = ["Check", "Render", "Preview", "Cli"],
    };

    [Fact]
    public void No_stage_uses_a_later_one()
    {
        var violations = Violations(typeof(SiteBuilder).Assembly, "KhaSite", Walls);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void A_wall_broken_on_purpose_is_found()
    {
        // The probe below: a "Load" type that calls into a "Render" type, as a stage that reached forward would.
        var violations = Violations(typeof(LayeringTests).Assembly, "KhaSite.Tests.LayeringProbe", Walls);
        Assert.Contains(violations, v => v.Contains("LayeringProbe.Load.EarlyStage", StringComparison.Ordinal) && v.Contains("LayeringProbe.Render.LateStage", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("LayeringProbe.Load.FieldHolder", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains("LayeringProbe.Render.LateStage uses", StringComparison.Ordinal));
    }

    /// <summary>Every use of a forbidden namespace, as "A uses B (where)".</summary>
    public static List<string> Violations(Assembly assembly, string root, IReadOnlyDictionary<string, string[]> walls)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            var stage = StageOf(type, root);
            if (stage is null || !walls.TryGetValue(stage, out var forbidden)) continue;
            foreach (var (used, where) in UsedTypes(type))
                if (StageOf(used, root) is { } usedStage && forbidden.Contains(usedStage))
                    found.Add($"{Name(type)} uses {Name(used)} ({where})");
        }
        return [.. found];
    }

    private static string Name(Type type) => (type.FullName ?? type.Name).Split('`')[0];

    /// <summary>The first namespace part under <paramref name="root"/> (KhaSite.Load.Csl → Load), for nested types too.</summary>
    private static string? StageOf(Type type, string root)
    {
        while (type.IsNested) type = type.DeclaringType!;
        var ns = type.Namespace;
        if (ns is null || !ns.StartsWith(root + ".", StringComparison.Ordinal)) return null;
        return ns[(root.Length + 1)..].Split('.')[0];
    }

    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static IEnumerable<(Type Used, string Where)> UsedTypes(Type type)
    {
        if (type.BaseType is { } baseType) foreach (var t in Expand(baseType)) yield return (t, "base type");
        foreach (var i in type.GetInterfaces()) foreach (var t in Expand(i)) yield return (t, "interface");
        foreach (var field in type.GetFields(All)) foreach (var t in Expand(field.FieldType)) yield return (t, "field " + field.Name);
        foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (method is MethodInfo info) foreach (var t in Expand(info.ReturnType)) yield return (t, method.Name + " returns");
            foreach (var parameter in method.GetParameters()) foreach (var t in Expand(parameter.ParameterType)) yield return (t, method.Name + " parameter");
            foreach (var t in BodyTypes(method)) yield return (t, method.Name + " body");
        }
    }

    /// <summary>A type and the types inside it (generic arguments, element types).</summary>
    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType) return Expand(type.GetElementType()!);
        if (type.IsGenericType) return type.GetGenericArguments().SelectMany(Expand).Prepend(type.GetGenericTypeDefinition());
        return [type];
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>The types a method body names: the operands of its type, method, field and token instructions.</summary>
    private static IEnumerable<Type> BodyTypes(MethodBase method)
    {
        byte[]? il;
        try { il = method.GetMethodBody()?.GetILAsByteArray(); }
        catch (Exception e) when (e is InvalidOperationException or BadImageFormatException) { il = null; }
        if (il is null) yield break;
        var module = method.Module;
        var typeArgs = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var code = il[i] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[i + 1])] : OpCodesByValue[il[i]];
            i += code.Size;
            var operand = code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, i),
                _ => 4,
            };
            if (code.OperandType is OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok)
            {
                MemberInfo? member;
                try { member = module.ResolveMember(BitConverter.ToInt32(il, i), typeArgs, methodArgs); }
                catch (ArgumentException) { member = null; }
                switch (member)
                {
                    case Type t: foreach (var e in Expand(t)) yield return e; break;
                    case MemberInfo { DeclaringType: { } owner }: foreach (var e in Expand(owner)) yield return e; break;
                }
            }
            i += operand;
        }
    }
}
