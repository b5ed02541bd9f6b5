using System;
using System.Collections.Generic;
using System.Text;

namespace Corpus;

// The closed vocabularies of the annotation format. Compiled into the generator too: the
// YAML spelling of each value is the kebab-case form of its name (IntendToCooperate ↔
// intend-to-cooperate), computed in one place so the build and the runtime agree.

/// <summary>What a statement does, after CAMEO's verb codes and PLOVER's event types.</summary>
#if CORPUS_GENERATOR
internal
#else
public
#endif
enum SpeechAct
{
    /// <summary>Make a statement (CAMEO 010). No PLOVER type.</summary>
    Assert,
    /// <summary>Accuse (CAMEO 112; PLOVER ACCUSE).</summary>
    Accuse,
    /// <summary>Criticize or denounce (CAMEO 111; PLOVER ACCUSE).</summary>
    Criticize,
    /// <summary>Deny responsibility, reject an accusation (CAMEO 016; PLOVER REJECT).</summary>
    Deny,
    /// <summary>Reject (CAMEO 12x; PLOVER REJECT).</summary>
    Reject,
    /// <summary>Appeal: urge, call on (CAMEO 02x; PLOVER REQUEST).</summary>
    Appeal,
    /// <summary>Demand (CAMEO 10x; PLOVER REQUEST).</summary>
    Demand,
    /// <summary>Express intent to cooperate (CAMEO 03x; PLOVER AGREE).</summary>
    IntendToCooperate,
    /// <summary>Threaten (CAMEO 13x; PLOVER THREATEN).</summary>
    Threaten,
    /// <summary>Praise or endorse (CAMEO 05x; PLOVER SUPPORT).</summary>
    Praise,
}

/// <summary>The PLOVER event types a <see cref="SpeechAct"/> maps to.</summary>
#if CORPUS_GENERATOR
internal
#else
public
#endif
enum PloverType
{
    /// <summary>ACCUSE.</summary>
    Accuse,
    /// <summary>REJECT.</summary>
    Reject,
    /// <summary>REQUEST.</summary>
    Request,
    /// <summary>AGREE.</summary>
    Agree,
    /// <summary>THREATEN.</summary>
    Threaten,
    /// <summary>SUPPORT.</summary>
    Support,
}

/// <summary>How a statement renders the speaker's words.</summary>
#if CORPUS_GENERATOR
internal
#else
public
#endif
enum StatementKind
{
    /// <summary>The speaker's words, in quotation marks.</summary>
    DirectQuote,
    /// <summary>A sentence with the speaker's words quoted in part.</summary>
    PartialQuote,
    /// <summary>Reported speech in the article's words.</summary>
    Paraphrase,
}

/// <summary>What kind of body an organization is.</summary>
#if CORPUS_GENERATOR
internal
#else
public
#endif
enum OrganizationKind
{
    /// <summary>A government as a whole.</summary>
    Government,
    /// <summary>A ministry or department.</summary>
    Ministry,
    /// <summary>A government agency or administration.</summary>
    Agency,
    /// <summary>An embassy or consulate.</summary>
    Embassy,
    /// <summary>A parliament or congress.</summary>
    Legislature,
    /// <summary>Armed forces.</summary>
    Military,
    /// <summary>An intelligence service.</summary>
    Intelligence,
    /// <summary>A news outlet.</summary>
    Media,
    /// <summary>A company.</summary>
    Company,
    /// <summary>An intergovernmental organization.</summary>
    Intergovernmental,
    /// <summary>A non-governmental organization.</summary>
    Ngo,
    /// <summary>A university or research institute.</summary>
    Academic,
    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>What kind of event an event is.</summary>
#if CORPUS_GENERATOR
internal
#else
public
#endif
enum EventKind
{
    /// <summary>A press conference or briefing.</summary>
    PressConference,
    /// <summary>A conference or summit.</summary>
    Conference,
    /// <summary>A speech.</summary>
    Speech,
    /// <summary>An interview.</summary>
    Interview,
    /// <summary>A written statement.</summary>
    WrittenStatement,
    /// <summary>A cyber incident (an intrusion, a breach, an attack).</summary>
    CyberIncident,
    /// <summary>A report.</summary>
    Report,
    /// <summary>A meeting.</summary>
    Meeting,
    /// <summary>A publication, such as a news story.</summary>
    Publication,
    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>Why a passage of a seed file is not part of the article body.</summary>
#if CORPUS_GENERATOR
internal
#else
public
#endif
enum BoilerplateKind
{
    /// <summary>A scraped preview repeating the start of the article.</summary>
    Preview,
    /// <summary>Site navigation.</summary>
    Navigation,
    /// <summary>An advertisement.</summary>
    Advertisement,
    /// <summary>Spam injected into the page.</summary>
    Spam,
    /// <summary>An "ALSO READ" link.</summary>
    AlsoRead,
    /// <summary>A photo caption or credit.</summary>
    Caption,
    /// <summary>A page footer.</summary>
    Footer,
    /// <summary>A scraped repetition of a body passage.</summary>
    Duplicate,
    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>How a date was established.</summary>
#if CORPUS_GENERATOR
internal
#else
public
#endif
enum DateBasis
{
    /// <summary>The date is printed in the article.</summary>
    Printed,
    /// <summary>The article states the date in other words ("on June 5").</summary>
    Stated,
    /// <summary>The date was worked out from context; an evidence note says how.</summary>
    Inferred,
}

/// <summary>The YAML spellings of the closed vocabularies.</summary>
#if CORPUS_GENERATOR
internal
#else
public
#endif
static class Vocabulary
{
    /// <summary>The kebab-case form of a PascalCase name (<c>IntendToCooperate</c> → <c>intend-to-cooperate</c>).</summary>
    public static string ToKebabCase(string pascal)
    {
        if (pascal is null) throw new ArgumentNullException(nameof(pascal));
        var builder = new StringBuilder(pascal.Length + 4);
        for (int i = 0; i < pascal.Length; i++)
        {
            char c = pascal[i];
            if (c >= 'A' && c <= 'Z')
            {
                if (i > 0) builder.Append('-');
                builder.Append((char)(c + ('a' - 'A')));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>The YAML spelling of an enum value.</summary>
    public static string Spelling<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var values = Table<TEnum>.Values;
        for (int i = 0; i < values.Length; i++)
        {
            if (EqualityComparer<TEnum>.Default.Equals(values[i], value)) return Table<TEnum>.Spellings[i];
        }
        return ToKebabCase(value.ToString());
    }

    /// <summary>Parses the YAML spelling of an enum value.</summary>
    public static bool TryParse<TEnum>(string spelling, out TEnum value) where TEnum : struct, Enum
    {
        var spellings = Table<TEnum>.Spellings;
        for (int i = 0; i < spellings.Length; i++)
        {
            if (string.Equals(spellings[i], spelling, StringComparison.Ordinal))
            {
                value = Table<TEnum>.Values[i];
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>The YAML spellings of every value of an enum, in declaration order.</summary>
    public static IReadOnlyList<string> Spellings<TEnum>() where TEnum : struct, Enum => Table<TEnum>.Spellings;

    // Computed once per enum: parsing runs once per record when a corpus loads.
    private static class Table<TEnum> where TEnum : struct, Enum
    {
        public static readonly TEnum[] Values = (TEnum[])Enum.GetValues(typeof(TEnum));
        public static readonly string[] Spellings = Array.ConvertAll(Values, v => ToKebabCase(v.ToString()));
    }

    /// <summary>The CAMEO verb code of a speech act (<c>010</c>, <c>112</c>, …).</summary>
    public static string CameoCode(this SpeechAct act) => act switch
    {
        SpeechAct.Assert => "010",
        SpeechAct.Accuse => "112",
        SpeechAct.Criticize => "111",
        SpeechAct.Deny => "016",
        SpeechAct.Reject => "120",
        SpeechAct.Appeal => "020",
        SpeechAct.Demand => "100",
        SpeechAct.IntendToCooperate => "030",
        SpeechAct.Threaten => "130",
        SpeechAct.Praise => "051",
        _ => throw new ArgumentOutOfRangeException(nameof(act), act, null),
    };

    /// <summary>The PLOVER event type of a speech act, or <see langword="null"/> for <see cref="SpeechAct.Assert"/>, which PLOVER does not code.</summary>
    public static PloverType? Plover(this SpeechAct act) => act switch
    {
        SpeechAct.Assert => null,
        SpeechAct.Accuse or SpeechAct.Criticize => PloverType.Accuse,
        SpeechAct.Deny or SpeechAct.Reject => PloverType.Reject,
        SpeechAct.Appeal or SpeechAct.Demand => PloverType.Request,
        SpeechAct.IntendToCooperate => PloverType.Agree,
        SpeechAct.Threaten => PloverType.Threaten,
        SpeechAct.Praise => PloverType.Support,
        _ => throw new ArgumentOutOfRangeException(nameof(act), act, null),
    };
}
