using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;

namespace Corpus;

/// <summary>Something a statement can respond to: a <see cref="Statement"/> or an <see cref="Event"/>.</summary>
public interface IRespondable
{
    /// <summary>The annotation ID.</summary>
    string Id { get; }

    /// <summary>The statements that respond to this one.</summary>
    IReadOnlyList<Statement> Responses { get; }
}

/// <summary>Who said what, when, in which article: one annotated statement, located at its exact characters.</summary>
/// <remarks>
/// A statement reads its details (ID, speaker, date, references, …) from the corpus data the first
/// time one of them is used, so loading a large corpus and filtering on <see cref="Act"/> or
/// <see cref="Kind"/> costs little; the values are the same either way.
/// </remarks>
public sealed class Statement : IRespondable
{
    private readonly CorpusIndex _index;
    private readonly int _recordStart;
    private readonly int _recordLength;
    private StatementDetails? _details;
    private IReadOnlyList<IRespondable>? _respondsTo;
    private IReadOnlyList<Statement>? _responses;
    private IReadOnlyList<Statement>? _sameUtteranceAs;
    private IReadOnlyList<Event>? _concerns;
    internal List<Statement>? ResponseList;

    internal Statement(CorpusIndex index, Article article, int recordStart, int recordLength, StatementKind kind, SpeechAct act, int start, int length, int line, int column)
    {
        _index = index;
        _recordStart = recordStart;
        _recordLength = recordLength;
        Article = article;
        Kind = kind;
        Act = act;
        Start = start;
        Length = length;
        Line = line;
        Column = column;
    }

    internal StatementDetails Details
    {
        get
        {
            var details = Volatile.Read(ref _details);
            if (details is not null) return details;
            Interlocked.CompareExchange(ref _details, _index.ReadDetails(Article, _recordStart, _recordLength), null);
            return _details!;
        }
    }

    /// <summary>The annotation ID.</summary>
    public string Id => Details.Id;

    /// <summary>The article the statement is reported in.</summary>
    public Article Article { get; }

    /// <summary>Who made the statement.</summary>
    public Actor Speaker => Details.Speaker;

    /// <summary>Whether the article quotes the speaker directly, in part, or paraphrases.</summary>
    public StatementKind Kind { get; }

    /// <summary>The exact characters of the article: <c>Article.Text.Substring(Start, Length)</c>.</summary>
    public string Text => Article.Text.Substring(Start, Length);

    /// <summary>The offset of the first character in <see cref="Article.Text"/>.</summary>
    public int Start { get; }

    /// <summary>The number of characters.</summary>
    public int Length { get; }

    /// <summary>The 1-based line of the first character in the seed file.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the first character in the seed file.</summary>
    public int Column { get; }

    /// <summary>When the statement was made, where known.</summary>
    public PartialDate? Date => Details.Date;

    /// <summary>How <see cref="Date"/> was established; <see langword="null"/> when the statement is undated.</summary>
    public DateBasis? DateBasis => Details.DateBasis;

    /// <summary>Why an inferred <see cref="Date"/> is what it is.</summary>
    public string? DateEvidence => Details.DateEvidence;

    /// <summary>The event the statement was made at, where annotated.</summary>
    public Event? Event => Details.Event;

    /// <summary>What the statement does.</summary>
    public SpeechAct Act { get; }

    /// <summary>
    /// The actors the act is directed at, as CAMEO and PLOVER code a target: the accused, the one
    /// criticized, appealed to, threatened, or whose accusation is denied. Actors the statement is
    /// only about are in <see cref="About"/>.
    /// </summary>
    public IReadOnlyList<Actor> Targets => Details.Targets;

    /// <summary>Actors the statement is about without being its target ("the US" in an appeal to the international community about the US).</summary>
    public IReadOnlyList<Actor> About => Details.About;

    /// <summary>Why an act that is directed at someone names no target (the article does not say who), where annotated.</summary>
    public string? NoTargetReason => Details.NoTargetReason;

    /// <summary>Whom the statement was made to (a news agency, an interviewer), where annotated: the first of <see cref="Addressees"/>.</summary>
    public Actor? Addressee => Details.Addressee;

    /// <summary>Everyone the statement was made to ("told The Washington Post and CNN").</summary>
    public IReadOnlyList<Actor> Addressees => Details.Addressees;

    /// <summary>
    /// The CAMEO event code of the statement: the exact code where annotated (<c>1125</c>), otherwise
    /// the default code of its <see cref="Act"/> (<see cref="Vocabulary.CameoCode(SpeechAct)"/>).
    /// </summary>
    public string CameoCode => Details.CameoCode ?? Act.CameoCode();

    /// <summary>Whether <see cref="CameoCode"/> was annotated for this statement rather than taken from its act.</summary>
    public bool HasExactCameoCode => Details.CameoCode is not null;

    /// <summary>
    /// Other statements that report the same utterance (a lead paraphrase and the body quote;
    /// "Beijing said" and the named spokesperson; two outlets quoting one briefing). Count
    /// utterances with <see cref="Utterances.Of"/> so they are not counted twice.
    /// </summary>
    public IReadOnlyList<Statement> SameUtteranceAs => Resolved(ref _sameUtteranceAs, Details.SameUtteranceAs);

    /// <summary>The events (incidents, reports) the statement is about, apart from the <see cref="Event"/> where it was made.</summary>
    public IReadOnlyList<Event> Concerns => Resolved(ref _concerns, Details.Concerns);

    /// <summary>The statements or events a reference list names, resolved on first use.</summary>
    private IReadOnlyList<T> Resolved<T>(ref IReadOnlyList<T>? field, string? references) where T : class
    {
        var resolved = Volatile.Read(ref field);
        if (resolved is not null) return resolved;
        Interlocked.CompareExchange(ref field, OfType<T>(_index.ResolveResponses(references)), null);
        return field!;
    }

    private static IReadOnlyList<T> OfType<T>(IReadOnlyList<IRespondable> items) where T : class
    {
        if (items.Count == 0) return Array.Empty<T>();
        var list = new List<T>(items.Count);
        foreach (var item in items)
        {
            if (item is T typed) list.Add(typed);
        }
        return list;
    }

    /// <summary>The statement's topics.</summary>
    public IReadOnlyList<Topic> Topics => Details.Topics;

    /// <summary>The intermediary who relayed the speaker's words, where one did: the first of <see cref="ReportedByChain"/>.</summary>
    public Actor? ReportedBy => Details.ReportedBy;

    /// <summary>
    /// Everyone who relayed the words, nearest first: the intermediary, then whoever reported the
    /// intermediary (anonymous officials, reported by a CNN headline, as the article quotes it).
    /// </summary>
    public IReadOnlyList<Actor> ReportedByChain => Details.ReportedByChain;

    /// <summary>The statements and events this statement answers.</summary>
    public IReadOnlyList<IRespondable> RespondsTo
    {
        get
        {
            var respondsTo = Volatile.Read(ref _respondsTo);
            if (respondsTo is not null) return respondsTo;
            Interlocked.CompareExchange(ref _respondsTo, _index.ResolveResponses(Details.RespondsTo), null);
            return _respondsTo!;
        }
    }

    /// <summary>The statements that answer this one.</summary>
    public IReadOnlyList<Statement> Responses
    {
        get
        {
            _index.EnsureNavigation();
            return ResponseList is null ? Array.Empty<Statement>() : _responses ??= ResponseList.AsReadOnly();
        }
    }

    /// <summary>The annotator's note, where there is one.</summary>
    public string? Note => Details.Note;

    /// <summary>A citation: speaker, source file and line.</summary>
    public override string ToString() => $"{Speaker.Name}: \"{Text}\" ({Article.SourcePath}:{Line})";
}

/// <summary>A statement's details, read from the corpus data on first use.</summary>
internal sealed class StatementDetails
{
    public StatementDetails(string id, Actor speaker)
    {
        Id = id;
        Speaker = speaker;
    }

    public string Id { get; }
    public Actor Speaker { get; }
    public PartialDate? Date { get; init; }
    public DateBasis? DateBasis { get; init; }
    public string? DateEvidence { get; init; }
    public Event? Event { get; init; }
    public IReadOnlyList<Actor> Targets { get; init; } = Array.Empty<Actor>();
    public IReadOnlyList<Actor> About { get; init; } = Array.Empty<Actor>();
    public string? NoTargetReason { get; init; }
    public Actor? Addressee => Addressees.Count > 0 ? Addressees[0] : null;
    public IReadOnlyList<Actor> Addressees { get; init; } = Array.Empty<Actor>();
    public IReadOnlyList<Actor> ReportedByChain { get; init; } = Array.Empty<Actor>();
    /// <summary>"s:id …": the statements reporting the same utterance.</summary>
    public string? SameUtteranceAs { get; init; }
    /// <summary>"e:id …": the events the statement concerns.</summary>
    public string? Concerns { get; init; }
    public string? CameoCode { get; init; }
    public IReadOnlyList<Topic> Topics { get; init; } = Array.Empty<Topic>();
    public Actor? ReportedBy => ReportedByChain.Count > 0 ? ReportedByChain[0] : null;
    public string? RespondsTo { get; init; }
    public string? Note { get; init; }
}

/// <summary>A passage of an article that is located but is not a statement: boilerplate or quoted non-speech.</summary>
public sealed class Passage
{
    internal Passage(Article article, int start, int length, string? reason)
    {
        Article = article;
        Start = start;
        Length = length;
        Reason = reason;
    }

    /// <summary>The article the passage is in.</summary>
    public Article Article { get; }

    /// <summary>The offset of the first character in <see cref="Article.Text"/>.</summary>
    public int Start { get; }

    /// <summary>The number of characters.</summary>
    public int Length { get; }

    /// <summary>The exact characters.</summary>
    public string Text => Article.Text.Substring(Start, Length);

    /// <summary>Why the passage is set apart, where annotated.</summary>
    public string? Reason { get; }

    /// <summary>The kind of boilerplate; <see langword="null"/> for a not-speech passage.</summary>
    public BoilerplateKind? Kind { get; internal set; }
}

/// <summary>A news article: its seed text verbatim, its metadata, and its statements.</summary>
public sealed class Article
{
    internal readonly List<Statement> StatementList = new();
    internal readonly List<Event> EventList = new();
    internal readonly List<Passage> BoilerplateList = new();
    internal readonly List<Passage> NotSpeechList = new();
    private readonly Func<string> _loadText;
    private string? _text;
    private string? _body;

    internal Article(string id, string sourcePath, Func<string> loadText, CorpusDataSource dataSource, List<UnnamedActor> unnamedActors, List<string> sharedTexts)
    {
        Id = id;
        SourcePath = sourcePath;
        _loadText = loadText;
        DataSource = dataSource;
        UnnamedActors = unnamedActors;
        SharedTexts = sharedTexts;
        Statements = StatementList.AsReadOnly();
        Events = EventList.AsReadOnly();
        Boilerplate = BoilerplateList.AsReadOnly();
        NotSpeech = NotSpeechList.AsReadOnly();
    }

    /// <summary>The data chunk the article was read from; its statements read their details from it.</summary>
    internal CorpusDataSource DataSource { get; }

    /// <summary>The unnamed actors the article's chunk numbers (its "u:n" references).</summary>
    internal List<UnnamedActor> UnnamedActors { get; }

    /// <summary>The texts the article's chunk shares among its statements (its "\~n" fields).</summary>
    internal List<string> SharedTexts { get; }

    /// <summary>The annotation ID.</summary>
    public string Id { get; }

    /// <summary>The seed file's path relative to <c>seeds/</c>.</summary>
    public string SourcePath { get; }

    /// <summary>The headline, where known: verbatim when the article prints it, otherwise as known from elsewhere (<see cref="HeadlineBasis"/>).</summary>
    public string? Headline { get; internal set; }

    /// <summary>The subheadline, verbatim, where the article prints one.</summary>
    public string? Subheadline { get; internal set; }

    /// <summary>The outlet that published the article, where known: printed on the page or inferred (<see cref="OutletBasis"/>).</summary>
    public Organization? Outlet { get; internal set; }

    /// <summary>How <see cref="Outlet"/> was established: printed on the page, or inferred (from the layout, say); <see langword="null"/> when unknown.</summary>
    public DateBasis? OutletBasis { get; internal set; }

    /// <summary>Why an inferred <see cref="Outlet"/> is what it is.</summary>
    public string? OutletEvidence { get; internal set; }

    /// <summary>How <see cref="Headline"/> was established: printed in the text, or known from elsewhere; <see langword="null"/> when there is none.</summary>
    public DateBasis? HeadlineBasis { get; internal set; }

    /// <summary>Where a headline not printed in the text comes from.</summary>
    public string? HeadlineEvidence { get; internal set; }

    /// <summary>When the page says it was last updated ("Updated: 2025-01-19 21:53"), where printed; distinct from <see cref="Published"/>.</summary>
    public PartialDate? Updated { get; internal set; }

    /// <summary>The byline, verbatim, where printed.</summary>
    public string? Byline { get; internal set; }

    /// <summary>When the article was published, where known.</summary>
    public PartialDate? Published { get; internal set; }

    /// <summary>How <see cref="Published"/> was established; <see langword="null"/> when the date is unknown.</summary>
    public DateBasis? PublishedBasis { get; internal set; }

    /// <summary>Why an inferred <see cref="Published"/> date is what it is.</summary>
    public string? PublishedEvidence { get; internal set; }

    /// <summary>The article's URL, where known.</summary>
    public string? Url { get; internal set; }

    /// <summary>The annotator's note, where there is one.</summary>
    public string? Note { get; internal set; }

    /// <summary>The seed file, verbatim.</summary>
    public string Text => _text ??= _loadText();

    /// <summary>The text without its boilerplate passages.</summary>
    public string Body => _body ??= BuildBody();

    /// <summary>The statements reported in the article, in text order.</summary>
    public IReadOnlyList<Statement> Statements { get; }

    /// <summary>The events annotated in the article's own file.</summary>
    public IReadOnlyList<Event> Events { get; }

    /// <summary>The boilerplate passages (navigation, ads, "ALSO READ", footers) excluded from <see cref="Body"/>.</summary>
    public IReadOnlyList<Passage> Boilerplate { get; }

    /// <summary>Quoted passages that are not speech (a theme, a title), with their reasons.</summary>
    public IReadOnlyList<Passage> NotSpeech { get; }

    private string BuildBody()
    {
        string text = Text;
        var excluded = new bool[text.Length];
        foreach (var passage in BoilerplateList)
        {
            for (int i = passage.Start; i < passage.Start + passage.Length; i++) excluded[i] = true;
        }
        var body = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (!excluded[i]) body.Append(text[i]);
        }
        return body.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => Headline ?? Id;
}

/// <summary>A press conference, speech, conference, incident or other dated happening.</summary>
public sealed class Event : IRespondable
{
    internal readonly List<Statement> StatementList = new();
    internal readonly List<Statement> ResponseList = new();
    private IReadOnlyList<Statement>? _statements;
    private IReadOnlyList<Statement>? _responses;

    internal Event(string id, string name, EventKind kind)
    {
        Id = id;
        Name = name;
        Kind = kind;
    }

    internal readonly List<Event> PartList = new();

    /// <summary>The annotation ID.</summary>
    public string Id { get; }

    /// <summary>The event this one is part of (the conference of a speech), where annotated.</summary>
    public Event? PartOf { get; internal set; }

    /// <summary>The events that are part of this one.</summary>
    public IReadOnlyList<Event> Parts => PartList;

    /// <summary>The statements that concern this event (<see cref="Statement.Concerns"/>), apart from those made at it.</summary>
    public IReadOnlyList<Statement> ConcernedBy
    {
        get
        {
            Index?.EnsureNavigation();
            return ConcernList;
        }
    }

    internal readonly List<Statement> ConcernList = new();

    /// <summary>The event's name.</summary>
    public string Name { get; }

    /// <summary>What kind of event it is.</summary>
    public EventKind Kind { get; }

    /// <summary>When it began (the date of a one-day event), where known.</summary>
    public PartialDate? Start { get; internal set; }

    /// <summary>When it ended (the date of a one-day event), where known.</summary>
    public PartialDate? End { get; internal set; }

    /// <summary>How the dates were established; <see langword="null"/> when the event is undated.</summary>
    public DateBasis? DateBasis { get; internal set; }

    /// <summary>Why inferred dates are what they are.</summary>
    public string? DateEvidence { get; internal set; }

    /// <summary>Where it took place, where annotated.</summary>
    public string? Location { get; internal set; }

    /// <summary>Who organized it, where annotated.</summary>
    public Actor? Organizer { get; internal set; }

    /// <summary>The actors involved.</summary>
    public IReadOnlyList<Actor> Actors { get; internal set; } = Array.Empty<Actor>();

    /// <summary>The article whose file declares the event, or <see langword="null"/> for a registry event.</summary>
    public Article? Article { get; internal set; }

    /// <summary>The annotator's note, where there is one.</summary>
    public string? Note { get; internal set; }

    internal CorpusIndex? Index;

    /// <summary>The statements made at the event.</summary>
    public IReadOnlyList<Statement> Statements
    {
        get
        {
            Index?.EnsureNavigation();
            return _statements ??= StatementList.AsReadOnly();
        }
    }

    /// <summary>The statements that respond to the event.</summary>
    public IReadOnlyList<Statement> Responses
    {
        get
        {
            Index?.EnsureNavigation();
            return _responses ??= ResponseList.AsReadOnly();
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>A topic of the corpus vocabulary.</summary>
public sealed class Topic
{
    internal readonly List<Statement> StatementList = new();
    private IReadOnlyList<Statement>? _statements;

    internal Topic(string id, string name, string? description)
    {
        Id = id;
        Name = name;
        Description = description;
    }

    /// <summary>The annotation ID.</summary>
    public string Id { get; }

    /// <summary>The display name.</summary>
    public string Name { get; }

    /// <summary>What the topic covers, where annotated.</summary>
    public string? Description { get; }

    internal CorpusIndex? Index;

    /// <summary>The statements on this topic.</summary>
    public IReadOnlyList<Statement> Statements
    {
        get
        {
            Index?.EnsureNavigation();
            return _statements ??= StatementList.AsReadOnly();
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
