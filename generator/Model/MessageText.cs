namespace Corpus.Generator.Model;

/// <summary>Text quoted in messages, shortened so a message stays readable and never ends in half a character.</summary>
internal static class MessageText
{
    /// <summary><paramref name="text"/> itself, or its first characters and "…" within <paramref name="max"/> characters, never splitting a surrogate pair.</summary>
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max) return text;
        int length = max - 1;
        if (length > 0 && char.IsHighSurrogate(text[length - 1])) length--;
        return text.Substring(0, length) + "…";
    }

    /// <summary>The characters from <paramref name="start"/>, at most <paramref name="length"/>, widened so no surrogate pair is cut at either end.</summary>
    public static string Slice(string text, int start, int length)
    {
        int end = System.Math.Min(text.Length, start + length);
        if (start > 0 && start < text.Length && char.IsLowSurrogate(text[start]) && char.IsHighSurrogate(text[start - 1])) start--;
        if (end < text.Length && end > 0 && char.IsHighSurrogate(text[end - 1]) && char.IsLowSurrogate(text[end])) end++;
        return text.Substring(start, end - start);
    }
}
