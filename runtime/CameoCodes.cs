using System;
using System.Collections.Generic;

namespace Corpus;

// The CAMEO event codes (CAMEO codebook 1.1b3) of the families a speech act can belong to, with
// their names, and the names of all twenty root categories. Compiled into the generator too, so
// the build checks an annotated `cameo:` code against the same table the runtime reads.

/// <summary>The CAMEO event codes of the verbal families (01–05, 10–13) and the names of all root categories.</summary>
#if CORPUS_GENERATOR
internal
#else
public
#endif
static class CameoCodes
{
    // Code → name, in code order. Three-digit codes and the four-digit codes under them.
    private static readonly string[] s_table =
    {
        "010", "Make statement, not specified below",
        "011", "Decline comment",
        "012", "Make pessimistic comment",
        "013", "Make optimistic comment",
        "014", "Consider policy option",
        "015", "Acknowledge or claim responsibility",
        "016", "Deny responsibility",
        "017", "Engage in symbolic act",
        "018", "Make empathetic comment",
        "019", "Express accord",
        "020", "Make an appeal or request, not specified below",
        "021", "Appeal for material cooperation, not specified below",
        "0211", "Appeal for economic cooperation",
        "0212", "Appeal for military cooperation",
        "0213", "Appeal for judicial cooperation",
        "0214", "Appeal for intelligence",
        "022", "Appeal for diplomatic cooperation, such as policy support",
        "023", "Appeal for aid, not specified below",
        "0231", "Appeal for economic aid",
        "0232", "Appeal for military aid",
        "0233", "Appeal for humanitarian aid",
        "0234", "Appeal for military protection or peacekeeping",
        "024", "Appeal for political reform, not specified below",
        "0241", "Appeal for change in leadership",
        "0242", "Appeal for policy change",
        "0243", "Appeal for rights",
        "0244", "Appeal for change in institutions, regime",
        "025", "Appeal to yield, not specified below",
        "0251", "Appeal for easing of administrative sanctions",
        "0252", "Appeal for easing of popular dissent",
        "0253", "Appeal for release of persons or property",
        "0254", "Appeal for easing of economic sanctions, boycott, or embargo",
        "0255", "Appeal for target to allow international involvement (non-mediation)",
        "0256", "Appeal for de-escalation of military engagement",
        "026", "Appeal to others to meet or negotiate",
        "027", "Appeal to others to settle dispute",
        "028", "Appeal to engage in or accept mediation",
        "030", "Express intent to cooperate, not specified below",
        "031", "Express intent to engage in material cooperation, not specified below",
        "0311", "Express intent to cooperate economically",
        "0312", "Express intent to cooperate militarily",
        "0313", "Express intent to cooperate on judicial matters",
        "0314", "Express intent to cooperate on intelligence",
        "032", "Express intent to provide diplomatic cooperation, such as policy support",
        "033", "Express intent to provide material aid, not specified below",
        "0331", "Express intent to provide economic aid",
        "0332", "Express intent to provide military aid",
        "0333", "Express intent to provide humanitarian aid",
        "0334", "Express intent to provide military protection or peacekeeping",
        "034", "Express intent to institute political reform, not specified below",
        "0341", "Express intent to change leadership",
        "0342", "Express intent to change policy",
        "0343", "Express intent to provide rights",
        "0344", "Express intent to change institutions, regime",
        "035", "Express intent to yield, not specified below",
        "0351", "Express intent to ease administrative sanctions",
        "0352", "Express intent to ease popular dissent",
        "0353", "Express intent to release persons or property",
        "0354", "Express intent to ease economic sanctions, boycott, or embargo",
        "0355", "Express intent to allow international involvement (non-mediation)",
        "0356", "Express intent to de-escalate military engagement",
        "036", "Express intent to meet or negotiate",
        "037", "Express intent to settle dispute",
        "038", "Express intent to accept mediation",
        "039", "Express intent to mediate",
        "040", "Consult, not specified below",
        "041", "Discuss by telephone",
        "042", "Make a visit",
        "043", "Host a visit",
        "044", "Meet at a third location",
        "045", "Mediate",
        "046", "Engage in negotiation",
        "050", "Engage in diplomatic cooperation, not specified below",
        "051", "Praise or endorse",
        "052", "Defend verbally",
        "053", "Rally support on behalf of",
        "054", "Grant diplomatic recognition",
        "055", "Apologize",
        "056", "Forgive",
        "057", "Sign formal agreement",
        "100", "Demand, not specified below",
        "101", "Demand material cooperation, not specified below",
        "1011", "Demand economic cooperation",
        "1012", "Demand military cooperation",
        "1013", "Demand judicial cooperation",
        "1014", "Demand intelligence cooperation",
        "102", "Demand diplomatic cooperation, such as policy support",
        "103", "Demand material aid, not specified below",
        "1031", "Demand economic aid",
        "1032", "Demand military aid",
        "1033", "Demand humanitarian aid",
        "1034", "Demand military protection or peacekeeping",
        "104", "Demand political reform, not specified below",
        "1041", "Demand change in leadership",
        "1042", "Demand policy change",
        "1043", "Demand rights",
        "1044", "Demand change in institutions, regime",
        "105", "Demand that target yields, not specified below",
        "1051", "Demand easing of administrative sanctions",
        "1052", "Demand easing of popular dissent",
        "1053", "Demand release of persons or property",
        "1054", "Demand easing of economic sanctions, boycott, or embargo",
        "1055", "Demand that target allows international involvement (non-mediation)",
        "1056", "Demand de-escalation of military engagement",
        "106", "Demand meeting, negotiation",
        "107", "Demand settling of dispute",
        "108", "Demand mediation",
        "110", "Disapprove, not specified below",
        "111", "Criticize or denounce",
        "112", "Accuse, not specified below",
        "1121", "Accuse of crime, corruption",
        "1122", "Accuse of human rights abuses",
        "1123", "Accuse of aggression",
        "1124", "Accuse of war crimes",
        "1125", "Accuse of espionage, treason",
        "113", "Rally opposition against",
        "114", "Complain officially",
        "115", "Bring lawsuit against",
        "116", "Find guilty or liable (legally)",
        "120", "Reject, not specified below",
        "121", "Reject material cooperation, not specified below",
        "1211", "Reject economic cooperation",
        "1212", "Reject military cooperation",
        "122", "Reject request or demand for material aid, not specified below",
        "1221", "Reject request for economic aid",
        "1222", "Reject request for military aid",
        "1223", "Reject request for humanitarian aid",
        "1224", "Reject request for military protection or peacekeeping",
        "123", "Reject request or demand for political reform, not specified below",
        "1231", "Reject request for change in leadership",
        "1232", "Reject request for policy change",
        "1233", "Reject request for rights",
        "1234", "Reject request for change in institutions, regime",
        "124", "Refuse to yield, not specified below",
        "1241", "Refuse to ease administrative sanctions",
        "1242", "Refuse to ease popular dissent",
        "1243", "Refuse to release persons or property",
        "1244", "Refuse to ease economic sanctions, boycott, or embargo",
        "1245", "Refuse to allow international involvement (non-mediation)",
        "1246", "Refuse to de-escalate military engagement",
        "125", "Reject proposal to meet, discuss, or negotiate",
        "126", "Reject mediation",
        "127", "Reject plan, agreement to settle dispute",
        "128", "Defy norms, law",
        "129", "Veto",
        "130", "Threaten, not specified below",
        "131", "Threaten non-force, not specified below",
        "1311", "Threaten to reduce or stop aid",
        "1312", "Threaten with sanctions, boycott, embargo",
        "1313", "Threaten to reduce or break relations",
        "132", "Threaten with administrative sanctions, not specified below",
        "1321", "Threaten with restrictions on political freedoms",
        "1322", "Threaten to ban political parties or politicians",
        "1323", "Threaten to impose curfew",
        "1324", "Threaten to impose state of emergency or martial law",
        "133", "Threaten with political dissent, protest",
        "134", "Threaten to halt negotiations",
        "135", "Threaten to halt mediation",
        "136", "Threaten to halt international involvement (non-mediation)",
        "137", "Threaten with repression",
        "138", "Threaten with military force, not specified below",
        "1381", "Threaten blockade",
        "1382", "Threaten occupation",
        "1383", "Threaten unconventional violence",
        "1384", "Threaten conventional attack",
        "1385", "Threaten attack with WMD",
        "139", "Give ultimatum",
    };

    private static readonly string[] s_roots =
    {
        "Make public statement", "Appeal", "Express intent to cooperate", "Consult", "Engage in diplomatic cooperation",
        "Engage in material cooperation", "Provide aid", "Yield", "Investigate", "Demand",
        "Disapprove", "Reject", "Threaten", "Protest", "Exhibit force posture",
        "Reduce relations", "Coerce", "Assault", "Fight", "Use unconventional mass violence",
    };

    private static readonly Dictionary<string, string> s_names = BuildNames();

    private static Dictionary<string, string> BuildNames()
    {
        var names = new Dictionary<string, string>(s_table.Length / 2, StringComparer.Ordinal);
        for (int i = 0; i < s_table.Length; i += 2) names.Add(s_table[i], s_table[i + 1]);
        return names;
    }

    /// <summary>Every code of the table, in code order (<c>010</c>, <c>011</c>, …, <c>0211</c>, …).</summary>
    public static IReadOnlyList<string> All { get; } = BuildAll();

    private static string[] BuildAll()
    {
        var all = new string[s_table.Length / 2];
        for (int i = 0; i < all.Length; i++) all[i] = s_table[2 * i];
        return all;
    }

    /// <summary>Whether <paramref name="code"/> is an exact CAMEO event code of the table (three or four digits, not a root).</summary>
    public static bool IsCode(string? code) => code is not null && s_names.ContainsKey(code);

    /// <summary>The codebook's name of an exact code (<c>112</c> → "Accuse, not specified below").</summary>
    public static bool TryGetName(string code, out string name)
    {
        if (code is not null && s_names.TryGetValue(code, out var found))
        {
            name = found;
            return true;
        }
        name = "";
        return false;
    }

    /// <summary>The name of a root category, <c>01</c> to <c>20</c> (<c>11</c> → "Disapprove").</summary>
    public static string RootName(string root)
    {
        if (root is { Length: 2 } && int.TryParse(root, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n >= 1 && n <= 20)
        {
            return s_roots[n - 1];
        }
        throw new ArgumentOutOfRangeException(nameof(root), root, "a CAMEO root is 01 to 20");
    }
}
