using Corpus.Generator.Model;

namespace Corpus.Generator.Checks;

/// <summary>Codebook, "Speech acts": an exact <c>cameo</c> code lies in the family of the statement's act (CORP054).</summary>
internal static class CameoFamily
{
    /// <summary>The diagnostic for a code outside the act's family, or null. Unknown codes are refused by the parser before.</summary>
    public static DiagnosticInfo? Check(StatementModel statement)
    {
        if (statement.Cameo is not { } code || !CameoCodes.TryGetName(code.Value, out var name)) return null;
        var owner = Vocabulary.SpeechActOf(code.Value);
        if (owner == statement.Act) return null;
        string hint = owner is { } act ? $"; it is a code of '{Vocabulary.Spelling(act)}': write 'act: {Vocabulary.Spelling(act)}', or give a code of {statement.Act.CameoFamily()}" : "";
        return DiagnosticInfo.Create(DiagnosticDescriptors.CameoNotInFamily, code.Location,
            code.Value, name, Vocabulary.Spelling(statement.Act), statement.Act.CameoFamily(), hint);
    }
}
