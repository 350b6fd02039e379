using Newtonsoft.Json.Serialization;

namespace AmbonCC.Silo.Hosting;

/// <summary>
/// A collection expression assigned to <c>IReadOnlyList&lt;T&gt;</c> (<c>Args = [a, b]</c>) is a compiler-made type such
/// as <c>&lt;&gt;z__ReadOnlyArray`1</c>. Grain storage writes JSON with type names and cannot read such a name back, so
/// the state of a grain holding one would never load again. This binder writes them as <c>List&lt;T&gt;</c> and reads
/// the names already stored as <c>List&lt;T&gt;</c>; every other type goes to Orleans' own binder.
/// </summary>
internal sealed class CompilerCollectionBinder(ISerializationBinder inner) : ISerializationBinder
{
    private const string Prefix = "<>z__ReadOnly";

    public Type BindToType(string? assemblyName, string typeName)
    {
        if (typeName.StartsWith(Prefix, StringComparison.Ordinal)
            && typeName.IndexOf("[[", StringComparison.Ordinal) is var open and > 0
            && typeName.LastIndexOf("]]", StringComparison.Ordinal) is var close and > 0
            && Type.GetType(typeName[(open + 2)..close]) is { } item)
        {
            return typeof(List<>).MakeGenericType(item);
        }

        return inner.BindToType(assemblyName, typeName);
    }

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
    {
        if (serializedType.Name.StartsWith(Prefix, StringComparison.Ordinal) && serializedType.IsGenericType)
        {
            serializedType = typeof(List<>).MakeGenericType(serializedType.GetGenericArguments());
        }

        inner.BindToName(serializedType, out assemblyName, out typeName);
    }
}
