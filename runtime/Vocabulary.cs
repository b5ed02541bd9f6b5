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
    /// <summary>Make a pessimistic comment: warn, deplore a trend (CAMEO 012). No PLOVER type.</summary>
    PessimisticComment,
    /// <summary>Make an optimistic comment (CAMEO 013). No PLOVER type.</summary>
    OptimisticComment,
    /// <summary>Acknowledge or claim responsibility (CAMEO 015). No PLOVER type.</summary>
    AcknowledgeResponsibility,
    /// <summary>Consult: discuss, visit, meet, negotiate, mediate (CAMEO 04x; PLOVER CONSULT).</summary>
    Consult,
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
    /// <summary>CONSULT.</summary>
    Consult,
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

    /// <summary>
    /// The CAMEO code of a speech act when no exact code is annotated: the family's "not specified"
    /// code (<c>010</c>, <c>020</c>, …) or the act's own code (<c>012</c>, <c>111</c>, <c>112</c>, <c>016</c>).
    /// </summary>
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
        SpeechAct.PessimisticComment => "012",
        SpeechAct.OptimisticComment => "013",
        SpeechAct.AcknowledgeResponsibility => "015",
        SpeechAct.Consult => "040",
        _ => throw new ArgumentOutOfRangeException(nameof(act), act, null),
    };

    /// <summary>
    /// The CAMEO codes a speech act admits, as the codebook writes them (<c>02x</c> is 020–028 and
    /// their four-digit codes); docs/codebook.md has the table.
    /// </summary>
    public static string CameoFamily(this SpeechAct act) => act switch
    {
        SpeechAct.Assert => "010, 011, 014, 017, 018, 019",
        SpeechAct.Accuse => "112 and 1121-1125",
        SpeechAct.Criticize => "110, 111, 113-116",
        SpeechAct.Deny => "016",
        SpeechAct.Reject => "12x",
        SpeechAct.Appeal => "02x",
        SpeechAct.Demand => "10x",
        SpeechAct.IntendToCooperate => "03x",
        SpeechAct.Threaten => "13x",
        SpeechAct.Praise => "05x",
        SpeechAct.PessimisticComment => "012",
        SpeechAct.OptimisticComment => "013",
        SpeechAct.AcknowledgeResponsibility => "015",
        SpeechAct.Consult => "04x",
        _ => throw new ArgumentOutOfRangeException(nameof(act), act, null),
    };

    /// <summary>
    /// The speech act whose family holds a CAMEO code (<c>0211</c> → <see cref="SpeechAct.Appeal"/>),
    /// or <see langword="null"/> for a code outside every family (a material act such as <c>190</c>,
    /// or no CAMEO code at all). Each code belongs to one act at most.
    /// </summary>
    public static SpeechAct? SpeechActOf(string cameoCode)
    {
        if (!CameoCodes.IsCode(cameoCode)) return null;
        string root = cameoCode.Substring(0, 2);
        string verb = cameoCode.Substring(0, 3);
        return root switch
        {
            "01" => verb switch
            {
                "012" => SpeechAct.PessimisticComment,
                "013" => SpeechAct.OptimisticComment,
                "015" => SpeechAct.AcknowledgeResponsibility,
                "016" => SpeechAct.Deny,
                _ => SpeechAct.Assert,
            },
            "02" => SpeechAct.Appeal,
            "03" => SpeechAct.IntendToCooperate,
            "04" => SpeechAct.Consult,
            "05" => SpeechAct.Praise,
            "10" => SpeechAct.Demand,
            "11" => verb == "112" ? SpeechAct.Accuse : SpeechAct.Criticize,
            "12" => SpeechAct.Reject,
            "13" => SpeechAct.Threaten,
            _ => null,
        };
    }

    /// <summary>
    /// The PLOVER event type of a speech act, or <see langword="null"/> where PLOVER has no category:
    /// it drops CAMEO's public statements (01x) other than the denial of an accusation.
    /// </summary>
    public static PloverType? Plover(this SpeechAct act) => act switch
    {
        SpeechAct.Assert or SpeechAct.PessimisticComment or SpeechAct.OptimisticComment or SpeechAct.AcknowledgeResponsibility => null,
        SpeechAct.Accuse or SpeechAct.Criticize => PloverType.Accuse,
        SpeechAct.Deny or SpeechAct.Reject => PloverType.Reject,
        SpeechAct.Appeal or SpeechAct.Demand => PloverType.Request,
        SpeechAct.IntendToCooperate => PloverType.Agree,
        SpeechAct.Threaten => PloverType.Threaten,
        SpeechAct.Praise => PloverType.Support,
        SpeechAct.Consult => PloverType.Consult,
        _ => throw new ArgumentOutOfRangeException(nameof(act), act, null),
    };
}
