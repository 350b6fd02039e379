namespace AmbonCC.Platform;

/// <summary>
/// Text that may end up in an XML document (CAP alerts, the Atom feed) must hold only characters XML 1.0 allows:
/// no control characters but tab, CR and LF, no U+FFFE/U+FFFF, no lone surrogates. One bad character in a river's
/// name would make every warning for that river unpublishable, so inputs are refused at the door.
/// </summary>
public static class XmlText
{
    /// <summary>The index of the first character XML cannot carry, or -1 (null and empty are fine).</summary>
    public static int FirstInvalid(string? text)
    {
        if (text is null)
        {
            return -1;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++; // a proper pair: a character beyond U+FFFF, allowed
                continue;
            }

            var allowed = c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed)
            {
                return i;
            }
        }

        return -1;
    }

    public static bool IsValid(string? text) => FirstInvalid(text) < 0;

    /// <summary>The refusal text for a field, naming the character and where it is.</summary>
    public static string Problem(string text)
    {
        var i = FirstInvalid(text);
        return $"Contains a character that cannot be published (U+{(int)text[i]:X4} at position {i}).";
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming <paramref name="field"/> for text XML cannot carry.</summary>
    public static void Require(string? text, string field)
    {
        if (!IsValid(text))
        {
            throw new ArgumentException(Problem(text!), field);
        }
    }
}
