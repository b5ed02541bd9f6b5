using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator;

/// <summary>Every diagnostic the generator reports, declared once. docs/diagnostics.md has a section for each.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "Corpus";
    private const string HelpBase = "docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor YamlSyntax = Error("CORP001", "YAML syntax error",
        "YAML syntax error: {0}; fix the YAML at this position");

    public static readonly DiagnosticDescriptor UnknownKey = Error("CORP002", "Unknown key",
        "Unknown key '{0}' in {1}{2}; allowed keys: {3}");

    public static readonly DiagnosticDescriptor MissingKey = Error("CORP003", "Missing required key",
        "{0} is missing the required key '{1}'; add '{1}: …'");

    public static readonly DiagnosticDescriptor InvalidValue = Error("CORP004", "Invalid value",
        "Invalid {0} '{1}': {2}");

    public static readonly DiagnosticDescriptor DuplicateId = Error("CORP005", "Duplicate ID",
        "The {0} ID '{1}' is already declared at {2}; IDs are unique per kind across the corpus, rename one");

    public static readonly DiagnosticDescriptor UnresolvedReference = Error("CORP006", "Unresolved reference",
        "'{0}' is not {1}{2}");

    public static readonly DiagnosticDescriptor TextNotFound = Error("CORP007", "Text not found in the article",
        "The {0} text is not in {1}; copy it verbatim from the article. Closest passage (line {2}): \"{3}\"{4}");

    public static readonly DiagnosticDescriptor TextAmbiguous = Error("CORP008", "Text occurs more than once",
        "The {0} text occurs {1} times in {2} ({3}); add 'occurrence: N' (1 to {1}) or quote a longer, unique passage");

    public static readonly DiagnosticDescriptor SeedMissing = Error("CORP009", "Seed file missing",
        "No seed file '{0}' among the corpus seeds{1}; add it under seeds/ or fix 'source'");

    public static readonly DiagnosticDescriptor SeedWithoutAnnotation = Warning("CORP010", "Seed without annotation",
        "The seed file '{0}' has no article annotation; add annotations/articles/{1}.yaml with 'article: source: {0}'");

    public static readonly DiagnosticDescriptor DateAfterPublication = Error("CORP011", "Date after publication",
        "The {0} date {1} is after the article's publication date {2}; correct one of the two dates");

    public static readonly DiagnosticDescriptor NoValidRole = Error("CORP012", "Speaker without a valid role",
        "The speaker '{0}' has no role valid on {1}{2}; add a role, or correct its 'from'/'to' or the statement date");

    public static readonly DiagnosticDescriptor NameCollision = Error("CORP013", "C# name collision",
        "The {0} ID '{1}' becomes the C# member '{2}', {3}; rename it");

    public static readonly DiagnosticDescriptor InsideBoilerplate = Error("CORP014", "Statement inside boilerplate or headline",
        "The statement text lies inside the {0} ({1}); statements come from the article body: quote the body passage, or change the boilerplate");

    public static readonly DiagnosticDescriptor InputLimit = Error("CORP015", "Input limit exceeded",
        "{0}");

    public static readonly DiagnosticDescriptor RespondsForward = Error("CORP016", "Response dated before what it answers",
        "The statement dated {0} responds to '{1}', dated {2}, which is later; correct a date or the 'responds-to'");

    public static readonly DiagnosticDescriptor Unreferenced = new(
        "CORP017", "Entity never referenced", "The {0} '{1}' is declared but never referenced; remove it or refer to it",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: false, helpLinkUri: HelpBase + "corp017");

    public static readonly DiagnosticDescriptor OverlappingStatements = Warning("CORP018", "Same speaker annotated twice for overlapping text",
        "The statement overlaps '{0}' (line {1}) by the same speaker; merge the two or split them where the article does");

    public static readonly DiagnosticDescriptor SeedClaimedTwice = Error("CORP019", "Seed annotated twice",
        "The seed file '{0}' is already the source of article '{1}' ({2}); each seed has one article file");

    public static readonly DiagnosticDescriptor InternalError = Error("CORP020", "Annotation could not be processed",
        "This input could not be processed ({0}); the other files were still read. Please report this with the file");

    public static readonly DiagnosticDescriptor InvalidNamespace = Warning("CORP021", "CorpusNamespace is not a C# namespace",
        "The CorpusNamespace '{0}' is not a C# namespace; the corpus is generated into '{1}'. Set <CorpusNamespace> to a namespace such as My.Corpus");

    public static readonly DiagnosticDescriptor SeedEncoding = Error("CORP040", "Seed is not text the compiler reads faithfully",
        "The seed file '{0}' cannot be used: {1}");

    public static readonly DiagnosticDescriptor SeedNameClash = Error("CORP041", "Two seeds with one name",
        "The seed file '{0}' has the same name as '{1}': both are '{2}', so an article's 'source' could not say which it means; rename or move one, or narrow CorpusSeeds");

    public static readonly DiagnosticDescriptor MoreErrors = Error("CORP042", "More errors in this file",
        "{0} more diagnostics in this file are not shown, {1} of them errors (the first: {3}); fix the first {2} and rebuild");

    public static readonly DiagnosticDescriptor MoreWarnings = Warning("CORP043", "More warnings in this file",
        "{0} more diagnostics in this file are not shown, {1} of them errors (the first: {3}); fix the first {2} and rebuild");

    public static readonly DiagnosticDescriptor ReferenceCycle = Error("CORP044", "Reference cycle",
        "The {0} '{1}' leads back to itself through '{2}': {3}; break the cycle");

    public static readonly DiagnosticDescriptor UnclaimedSeedEmbedded = Warning("CORP045", "Large seed embedded without an article",
        "The seed file '{0}' ({1} characters) is embedded into the assembly, but no article claims it; annotate it, or leave it out of CorpusSeeds");

    public static readonly DiagnosticDescriptor BuildLogFullErrors = Error("CORP046", "More errors in the corpus",
        "{0} more diagnostics in the corpus are not shown, {1} of them errors (the first: {2}), so the build log stays under {3} bytes; fix the ones shown and rebuild");

    public static readonly DiagnosticDescriptor BuildLogFullWarnings = Warning("CORP047", "More warnings in the corpus",
        "{0} more diagnostics in the corpus are not shown, {1} of them errors (the first: {2}), so the build log stays under {3} bytes; fix the ones shown and rebuild");

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = new()
    {
        [YamlSyntax.Id] = YamlSyntax,
        [UnknownKey.Id] = UnknownKey,
        [MissingKey.Id] = MissingKey,
        [InvalidValue.Id] = InvalidValue,
        [DuplicateId.Id] = DuplicateId,
        [UnresolvedReference.Id] = UnresolvedReference,
        [TextNotFound.Id] = TextNotFound,
        [TextAmbiguous.Id] = TextAmbiguous,
        [SeedMissing.Id] = SeedMissing,
        [SeedWithoutAnnotation.Id] = SeedWithoutAnnotation,
        [DateAfterPublication.Id] = DateAfterPublication,
        [NoValidRole.Id] = NoValidRole,
        [NameCollision.Id] = NameCollision,
        [InsideBoilerplate.Id] = InsideBoilerplate,
        [InputLimit.Id] = InputLimit,
        [RespondsForward.Id] = RespondsForward,
        [Unreferenced.Id] = Unreferenced,
        [OverlappingStatements.Id] = OverlappingStatements,
        [SeedClaimedTwice.Id] = SeedClaimedTwice,
        [InternalError.Id] = InternalError,
        [InvalidNamespace.Id] = InvalidNamespace,
        [SeedEncoding.Id] = SeedEncoding,
        [SeedNameClash.Id] = SeedNameClash,
        [MoreErrors.Id] = MoreErrors,
        [MoreWarnings.Id] = MoreWarnings,
        [ReferenceCycle.Id] = ReferenceCycle,
        [UnclaimedSeedEmbedded.Id] = UnclaimedSeedEmbedded,
        [BuildLogFullErrors.Id] = BuildLogFullErrors,
        [BuildLogFullWarnings.Id] = BuildLogFullWarnings,
    };

    public static IReadOnlyCollection<DiagnosticDescriptor> All => s_byId.Values;

    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());

    private static DiagnosticDescriptor Warning(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());

    // ---- the codebook's mechanical rules and the format's new keys (docs/codebook.md) ----------
    // Registered by the static constructor, which runs after every field above is set.

    public static readonly DiagnosticDescriptor QuoteNotCovered = Error("CORP050", "Quoted passage not annotated",
        "The passage in quotation marks \"{0}\" ({1} line {2}) is covered by no statement and no not-speech entry; annotate it as (part of) a statement, or add it to 'not-speech' with its reason");

    public static readonly DiagnosticDescriptor TargetRequired = Warning("CORP051", "Directed act without a target",
        "The act '{0}' is directed at someone ({1}), and the statement names no target; add 'targets: [...]', or 'no-target: <why>' when the article does not say who");

    public static readonly DiagnosticDescriptor QuoteKindMismatch = Error("CORP052", "Statement kind disagrees with the quotation marks",
        "The statement is a {0}, but {1}; {2}");

    public static readonly DiagnosticDescriptor SameUtteranceInvalid = Error("CORP053", "Invalid same-utterance link",
        "'same-utterance-as: {0}' {1}");

    public static readonly DiagnosticDescriptor CameoNotInFamily = Error("CORP054", "CAMEO code outside the act's family",
        "The CAMEO code {0} ({1}) is not in the family of the act '{2}' ({3}){4}");

    public static readonly DiagnosticDescriptor RoleValidityUnknown = Warning("CORP055", "Role neither dated nor attested",
        "The role '{0}' of '{1}' has no 'from'/'to' and no 'attested', so whether it was held on {2} is unknown; add 'attested: [{3}]' (the articles or dates that print the title) or 'from'/'to'");

    public static readonly DiagnosticDescriptor TargetsOfUndirectedAct = Warning("CORP056", "Targets on an act directed at no one",
        "'targets' names the actor an act is directed at, and the act '{0}' is directed at no one; move {1} to 'about: [...]', or choose the act the statement performs on them");

    static DiagnosticDescriptors()
    {
        foreach (var descriptor in new[] { QuoteNotCovered, TargetRequired, QuoteKindMismatch, SameUtteranceInvalid, CameoNotInFamily, RoleValidityUnknown, TargetsOfUndirectedAct })
        {
            s_byId.Add(descriptor.Id, descriptor);
        }
    }
}
