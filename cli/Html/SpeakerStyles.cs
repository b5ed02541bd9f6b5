using System.Collections.Generic;

namespace Corpus.Cli.Html;

/// <summary>How one page tells its speakers apart: a colour, an underline pattern and a letter each.</summary>
/// <remarks>
/// Seven colours of the Okabe–Ito palette, which readers with any common colour-vision deficiency can
/// tell apart, times four underline patterns give 28 distinct looks before one repeats; the letter,
/// shown before each span and in the legend, never repeats. Assigned per page in order of first
/// appearance, so neighbouring speakers differ.
/// </remarks>
internal sealed class SpeakerStyles
{
    public const int Colours = 7;
    public const int Patterns = 4;

    private readonly Dictionary<Actor, int> _index = new();
    private readonly List<Actor> _speakers = new();

    public SpeakerStyles(IEnumerable<Actor> speakersInOrder)
    {
        foreach (var speaker in speakersInOrder)
        {
            if (_index.TryAdd(speaker, _speakers.Count)) _speakers.Add(speaker);
        }
    }

    public IReadOnlyList<Actor> Speakers => _speakers;

    /// <summary>The colour and pattern classes (<c>c3 p1</c>).</summary>
    public string ClassOf(Actor speaker)
    {
        int i = _index[speaker];
        return "c" + Wording.Number(i % Colours) + " p" + Wording.Number(i / Colours % Patterns);
    }

    /// <summary>The speaker's letter: A–Z, then AA, AB, ….</summary>
    public string TagOf(Actor speaker)
    {
        int n = _index[speaker] + 1;
        var tag = new System.Text.StringBuilder();
        while (n > 0)
        {
            n--;
            tag.Insert(0, (char)('A' + n % 26));
            n /= 26;
        }
        return tag.ToString();
    }
}
