using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Model;

namespace Corpus.Generator.Checks;

/// <summary>
/// Codebook, "Targets": an act directed at someone (accuse, criticize, appeal, demand, threaten,
/// deny an accusation) names its target or says why not (CORP051); an act directed at no one
/// (a statement, a comment) has no target, the actors it is about go under <c>about</c> (CORP056).
/// </summary>
internal static class TargetRequired
{
    /// <summary>Who a directed act is aimed at, for the message.</summary>
    public static string? DirectedAt(SpeechAct act) => act switch
    {
        SpeechAct.Accuse => "the accused",
        SpeechAct.Criticize => "the one criticized",
        SpeechAct.Appeal => "the one appealed to",
        SpeechAct.Demand => "the one the demand is made of",
        SpeechAct.Threaten => "the one threatened",
        SpeechAct.Deny => "the accuser whose accusation is denied",
        _ => null,
    };

    /// <summary>Acts coded without a target: their actors are what the statement is about.</summary>
    public static bool IsUndirected(SpeechAct act) =>
        act is SpeechAct.Assert or SpeechAct.PessimisticComment or SpeechAct.OptimisticComment;

    public static IReadOnlyList<DiagnosticInfo> Check(StatementModel statement)
    {
        string act = Vocabulary.Spelling(statement.Act);
        if (statement.Targets.Count == 0 && statement.NoTarget is null && DirectedAt(statement.Act) is { } whom)
        {
            return new[] { DiagnosticInfo.Create(DiagnosticDescriptors.TargetRequired, statement.Id.Location, act, whom) };
        }
        if (statement.Targets.Count > 0 && IsUndirected(statement.Act))
        {
            string actors = "[" + string.Join(", ", statement.Targets.Select(t => t.Kind == ActorRefKind.Unnamed ? "unnamed: " + t.Value : t.Value)) + "]";
            return new[] { DiagnosticInfo.Create(DiagnosticDescriptors.TargetsOfUndirectedAct, statement.Targets[0].Location, act, actors) };
        }
        return System.Array.Empty<DiagnosticInfo>();
    }
}
