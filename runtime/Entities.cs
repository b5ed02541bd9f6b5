using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
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
/// time one of them is used, and its position, line and column each time, so loading a large corpus
/// and filtering on <see cref="Act"/> or <see cref="Kind"/> costs little; the values are the same either way.
/// </remarks>
public sealed class Statement : IRespondable
{
    // What every statement keeps from the load (40 bytes in all): the rest is in its article's contents and chunk.
    private readonly byte _kind;
    private readonly byte _act;
    // Null, then the speaker (the detail most queries ask for, read alone), then every detail, the speaker among them.
    private object? _resolved;

    internal Statement(Article article, int speakerAt, StatementKind kind, SpeechAct act)
    {
        Article = article;
        SpeakerAt = speakerAt;
        _kind = (byte)kind;
        _act = (byte)act;
    }

    /// <summary>
    /// Where the statement's speaker reference is in its article's data (in the article's contents record): it also
    /// tells the statement's place among the article's, so the statement keeps no other position.
    /// </summary>
    internal int SpeakerAt { get; }

    /// <summary>Where the statement's record starts in its article's data.</summary>
    internal int RecordStart => Article.Records.Statements[Article.Index.Ordinal(this)];

    internal StatementDetails Details
    {
        get
        {
            while (true)
            {
                var resolved = Volatile.Read(ref _resolved);
                if (resolved is StatementDetails details) return details;
                var read = Article.Index.ReadDetails(this, resolved as Actor);
                if (Interlocked.CompareExchange(ref _resolved, read, resolved) == resolved) return read;
            }
        }
    }

    /// <summary>The annotation ID.</summary>
    public string Id => Details.Id;

    /// <summary>The article the statement is reported in.</summary>
    public Article Article { get; }

    /// <summary>Who made the statement.</summary>
    public Actor Speaker
    {
        // Queries over every statement read these members first, before the runtime would compile them optimized.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        get => Volatile.Read(ref _resolved) switch
        {
            StatementDetails details => details.Speaker,
            Actor speaker => speaker,
            _ => ReadSpeaker(),
        };
    }

    private Actor ReadSpeaker()
    {
        // Every thread reads the same actor; if the details came first, they hold it too.
        var speaker = Article.Index.ReadSpeaker(this);
        Interlocked.CompareExchange(ref _resolved, speaker, null);
        return speaker;
    }

    /// <summary>Whether the article quotes the speaker directly, in part, or paraphrases.</summary>
    public StatementKind Kind
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        get => (StatementKind)_kind;
    }

    /// <summary>The exact characters of the article: <c>Article.Text.Substring(Start, Length)</c>.</summary>
    public string Text
    {
        get
        {
            var (start, length) = Article.Index.ReadPosition(this);
            return Article.Text.Substring(start, length);
        }
    }

    // The position, line and column are read from the record on each use: a statement keeps only what
    // queries filter on (its kind and act), so a corpus's statements take little memory.

    /// <summary>The offset of the first character in <see cref="Article.Text"/>.</summary>
    public int Start => Article.Index.ReadPosition(this).Start;

    /// <summary>The number of characters.</summary>
    public int Length => Article.Index.ReadPosition(this).Length;

    /// <summary>The 1-based line of the first character in the seed file.</summary>
    public int Line => Article.Index.ReadStatementNumber(this, CorpusDataFormat.StatementLine);

    /// <summary>The 1-based column of the first character in the seed file.</summary>
    public int Column => Article.Index.ReadStatementNumber(this, CorpusDataFormat.StatementColumn);

    /// <summary>When the statement was made, where known.</summary>
    public PartialDate? Date => Details.Date;

    /// <summary>How <see cref="Date"/> was established; <see langword="null"/> when the statement is undated.</summary>
    public DateBasis? DateBasis => Details.DateBasis;

    /// <summary>Why an inferred <see cref="Date"/> is what it is.</summary>
    public string? DateEvidence => Details.DateEvidence;

    /// <summary>The event the statement was made at, where annotated.</summary>
    public Event? Event => Details.Event;

    /// <summary>What the statement does.</summary>
    public SpeechAct Act
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        get => (SpeechAct)_act;
    }

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
    public IReadOnlyList<Statement> SameUtteranceAs
    {
        get
        {
            var details = Details;
            return Resolved(ref details.SameUtteranceAsResolved, details.SameUtteranceAs);
        }
    }

    /// <summary>The events (incidents, reports) the statement is about, apart from the <see cref="Event"/> where it was made.</summary>
    public IReadOnlyList<Event> Concerns
    {
        get
        {
            var details = Details;
            return Resolved(ref details.ConcernsResolved, details.Concerns);
        }
    }

    /// <summary>The statements or events a reference list names, resolved on first use.</summary>
    private IReadOnlyList<T> Resolved<T>(ref IReadOnlyList<T>? field, string? references) where T : class
    {
        var resolved = Volatile.Read(ref field);
        if (resolved is not null) return resolved;
        Interlocked.CompareExchange(ref field, OfType<T>(Article.Index.ResolveResponses(references)), null);
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
            var details = Details;
            var respondsTo = Volatile.Read(ref details.RespondsToResolved);
            if (respondsTo is not null) return respondsTo;
            Interlocked.CompareExchange(ref details.RespondsToResolved, Article.Index.ResolveResponses(details.RespondsTo), null);
            return details.RespondsToResolved!;
        }
    }

    /// <summary>The statements that answer this one.</summary>
    public IReadOnlyList<Statement> Responses
    {
        get
        {
            Article.Index.EnsureNavigation();
            var details = Details;
            return details.ResponseList is null ? Array.Empty<Statement>() : details.Responses ??= details.ResponseList.AsReadOnly();
        }
    }

    /// <summary>The annotator's note, where there is one.</summary>
    public string? Note => Details.Note;

    /// <summary>A citation: speaker, source file and line.</summary>
    public override string ToString() => $"{Speaker.Name}: \"{Text}\" ({Article.SourcePath}:{Line})";
}

/// <summary>A statement's details, read from the corpus data on first use, and what is resolved from them on first use.</summary>
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

    // Resolved on first use; few statements are asked for them, so they live here rather than on every statement.
    public IReadOnlyList<IRespondable>? RespondsToResolved;
    public IReadOnlyList<Statement>? SameUtteranceAsResolved;
    public IReadOnlyList<Event>? ConcernsResolved;
    /// <summary>The statements answering this one; filled with every reverse list (<see cref="CorpusIndex.EnsureNavigation"/>).</summary>
    public List<Statement>? ResponseList;
    public IReadOnlyList<Statement>? Responses;
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
/// <remarks>
/// An article keeps its statements and events from the load; the rest (ID, seed path, metadata,
/// passages, text) is read from the corpus data the first time it is used.
/// </remarks>
public sealed class Article
{
    private Statement[] _statements = Array.Empty<Statement>();
    private IReadOnlyList<Statement>? _statementsView;
    internal List<Event>? EventList;
    private IReadOnlyList<Event>? _events;
    private ArticleMetadata? _metadata;
    private ArticlePassages? _passages;
    private string[]? _sharedTexts;
    private UnnamedActor[]? _unnamedActors;
    private string? _id;
    private string? _text;
    private string? _body;

    /// <summary>An article whose seed path is read now, or, when <paramref name="sourcePath"/> is null, from its contents on first use.</summary>
    internal Article(CorpusIndex index, ChunkSource source, int ordinal, int contentsStart, int speakersStart, string? sourcePath)
    {
        Index = index;
        Source = source;
        _ordinal = ordinal;
        ContentsStart = contentsStart;
        SpeakersStart = speakersStart;
        _sourcePath = sourcePath;
    }

    private string? _sourcePath;

    private readonly int _ordinal;
    private ChunkRecords? _records;

    internal CorpusIndex Index { get; }

    /// <summary>The data the article was read from; it and its statements read the rest of their records from it.</summary>
    internal ChunkSource Source { get; }

    /// <summary>Where the article's contents record is in its data, and in it the speakers of its statements.</summary>
    internal int ContentsStart { get; }

    internal int SpeakersStart { get; }

    /// <summary>Where the article's record, the start of its chunk, is in its data.</summary>
    internal int RecordStart => Source.ArticleStart(_ordinal);

    /// <summary>Where the article's chunk ends in its data.</summary>
    internal int ChunkEnd => Source.ArticleStart(_ordinal + 1);

    /// <summary>Where the records of its statements and events are, found on first use.</summary>
    internal ChunkRecords Records => Once(ref _records, Index.ReadChunkRecords);

    /// <summary>The article's statements, in text order; set once its chunk is read.</summary>
    internal Statement[] StatementArray
    {
        get => _statements;
        set => _statements = value;
    }

    /// <summary>The texts the article's chunk shares among its statements (its "\~n" fields).</summary>
    internal string[] SharedTexts => Once(ref _sharedTexts, Index.ReadSharedTexts);

    /// <summary>The unnamed actors the article's chunk numbers (its "u:n" references).</summary>
    internal UnnamedActor[] UnnamedActors => Once(ref _unnamedActors, Index.ReadUnnamedActors);

    private ArticleMetadata Metadata => Once(ref _metadata, Index.ReadMetadata);

    private ArticlePassages Passages => Once(ref _passages, Index.ReadPassages);

    /// <summary>A part of the article read from its chunk on first use; every thread sees the same one.</summary>
    private T Once<T>(ref T? field, Func<Article, T> read) where T : class
    {
        var value = Volatile.Read(ref field);
        if (value is not null) return value;
        Interlocked.CompareExchange(ref field, read(this), null);
        return field!;
    }

    /// <summary>The annotation ID.</summary>
    public string Id => _id ??= Index.ReadId(this);

    /// <summary>The seed file's path relative to <c>seeds/</c>.</summary>
    public string SourcePath => Once(ref _sourcePath, Index.ReadSourcePath);

    /// <summary>The headline, where known: verbatim when the article prints it, otherwise as known from elsewhere (<see cref="HeadlineBasis"/>).</summary>
    public string? Headline => Metadata.Headline;

    /// <summary>The subheadline, verbatim, where the article prints one.</summary>
    public string? Subheadline => Metadata.Subheadline;

    /// <summary>The outlet that published the article, where known: printed on the page or inferred (<see cref="OutletBasis"/>).</summary>
    public Organization? Outlet => Metadata.Outlet;

    /// <summary>How <see cref="Outlet"/> was established: printed on the page, or inferred (from the layout, say); <see langword="null"/> when unknown.</summary>
    public DateBasis? OutletBasis => Metadata.OutletBasis;

    /// <summary>Why an inferred <see cref="Outlet"/> is what it is.</summary>
    public string? OutletEvidence => Metadata.OutletEvidence;

    /// <summary>How <see cref="Headline"/> was established: printed in the text, or known from elsewhere; <see langword="null"/> when there is none.</summary>
    public DateBasis? HeadlineBasis => Metadata.HeadlineBasis;

    /// <summary>Where a headline not printed in the text comes from.</summary>
    public string? HeadlineEvidence => Metadata.HeadlineEvidence;

    /// <summary>When the page says it was last updated ("Updated: 2025-01-19 21:53"), where printed; distinct from <see cref="Published"/>.</summary>
    public PartialDate? Updated => Metadata.Updated;

    /// <summary>The byline, verbatim, where printed.</summary>
    public string? Byline => Metadata.Byline;

    /// <summary>When the article was published, where known.</summary>
    public PartialDate? Published => Metadata.Published;

    /// <summary>How <see cref="Published"/> was established; <see langword="null"/> when the date is unknown.</summary>
    public DateBasis? PublishedBasis => Metadata.PublishedBasis;

    /// <summary>Why an inferred <see cref="Published"/> date is what it is.</summary>
    public string? PublishedEvidence => Metadata.PublishedEvidence;

    /// <summary>The article's URL, where known.</summary>
    public string? Url => Metadata.Url;

    /// <summary>The annotator's note, where there is one.</summary>
    public string? Note => Metadata.Note;

    /// <summary>The seed file, verbatim.</summary>
    public string Text => _text ??= Index.ReadText(this);

    /// <summary>The text without its boilerplate passages.</summary>
    public string Body => _body ??= BuildBody();

    /// <summary>The statements reported in the article, in text order.</summary>
    public IReadOnlyList<Statement> Statements => _statementsView ??= Array.AsReadOnly(_statements);

    /// <summary>The events annotated in the article's own file.</summary>
    public IReadOnlyList<Event> Events => EventList is null ? Array.Empty<Event>() : _events ??= EventList.AsReadOnly();

    /// <summary>The boilerplate passages (navigation, ads, "ALSO READ", footers) excluded from <see cref="Body"/>.</summary>
    public IReadOnlyList<Passage> Boilerplate => Passages.Boilerplate;

    /// <summary>Quoted passages that are not speech (a theme, a title), with their reasons.</summary>
    public IReadOnlyList<Passage> NotSpeech => Passages.NotSpeech;

    private string BuildBody()
    {
        string text = Text;
        var excluded = new bool[text.Length];
        foreach (var passage in Boilerplate)
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

/// <summary>An article's metadata, read from its record on first use.</summary>
internal sealed class ArticleMetadata
{
    public string? Headline { get; init; }
    public string? Subheadline { get; init; }
    public Organization? Outlet { get; init; }
    public DateBasis? OutletBasis { get; init; }
    public string? OutletEvidence { get; init; }
    public DateBasis? HeadlineBasis { get; init; }
    public string? HeadlineEvidence { get; init; }
    public PartialDate? Updated { get; init; }
    public string? Byline { get; init; }
    public PartialDate? Published { get; init; }
    public DateBasis? PublishedBasis { get; init; }
    public string? PublishedEvidence { get; init; }
    public string? Url { get; init; }
    public string? Note { get; init; }
}

/// <summary>An article's boilerplate and not-speech passages, read from its chunk on first use.</summary>
internal sealed record ArticlePassages(IReadOnlyList<Passage> Boilerplate, IReadOnlyList<Passage> NotSpeech);

/// <summary>A press conference, speech, conference, incident or other dated happening.</summary>
public sealed class Event : IRespondable
{
    // Filled by the reverse navigation (CorpusIndex.EnsureNavigation) and, for parts, on load; null while empty.
    internal List<Statement>? StatementList;
    internal List<Statement>? ResponseList;
    internal List<Statement>? ConcernList;
    internal List<Event>? PartList;
    private IReadOnlyList<Statement>? _statements;
    private IReadOnlyList<Statement>? _responses;
    private IReadOnlyList<Statement>? _concernedBy;

    /// <summary>A registry event, whose record starts at <paramref name="recordStart"/> of <paramref name="source"/>.</summary>
    internal Event(CorpusIndex index, ChunkSource source, int recordStart, string id)
    {
        Index = index;
        Source = source;
        _recordStart = recordStart;
        Id = id;
    }

    /// <summary>The <paramref name="ordinal"/>-th event of an article's own, whose record is in the article's chunk.</summary>
    internal Event(CorpusIndex index, Article article, int ordinal, string id)
    {
        Index = index;
        Source = article.Source;
        Article = article;
        _recordStart = -1 - ordinal;
        Id = id;
    }

    // A registry event's record start, or -1 - n for the n-th event of its article's chunk.
    private readonly int _recordStart;

    /// <summary>The data the event was read from, and where its record starts in it: the rest of its fields are read on first use.</summary>
    internal ChunkSource Source { get; }

    internal int RecordStart => _recordStart >= 0 ? _recordStart : Article!.Records.Events[-1 - _recordStart];

    private EventMetadata? _metadata;

    private EventMetadata Metadata
    {
        get
        {
            var metadata = Volatile.Read(ref _metadata);
            if (metadata is not null) return metadata;
            Interlocked.CompareExchange(ref _metadata, Index.ReadMetadata(this), null);
            return _metadata!;
        }
    }

    /// <summary>The annotation ID.</summary>
    public string Id { get; }

    /// <summary>The event this one is part of (the conference of a speech), where annotated.</summary>
    public Event? PartOf { get; internal set; }

    /// <summary>The events that are part of this one.</summary>
    public IReadOnlyList<Event> Parts => PartList is null ? Array.Empty<Event>() : PartList.AsReadOnly();

    /// <summary>The statements that concern this event (<see cref="Statement.Concerns"/>), apart from those made at it.</summary>
    public IReadOnlyList<Statement> ConcernedBy
    {
        get
        {
            Index.EnsureNavigation();
            return _concernedBy ??= ReadOnly(ConcernList);
        }
    }

    /// <summary>The event's name.</summary>
    public string Name => Metadata.Name;

    /// <summary>What kind of event it is.</summary>
    public EventKind Kind => Metadata.Kind;

    /// <summary>When it began (the date of a one-day event), where known.</summary>
    public PartialDate? Start => Metadata.Start;

    /// <summary>When it ended (the date of a one-day event), where known.</summary>
    public PartialDate? End => Metadata.End;

    /// <summary>How the dates were established; <see langword="null"/> when the event is undated.</summary>
    public DateBasis? DateBasis => Metadata.DateBasis;

    /// <summary>Why inferred dates are what they are.</summary>
    public string? DateEvidence => Metadata.DateEvidence;

    /// <summary>Where it took place, where annotated.</summary>
    public string? Location => Metadata.Location;

    /// <summary>Who organized it, where annotated.</summary>
    public Actor? Organizer => Metadata.Organizer;

    /// <summary>The actors involved.</summary>
    public IReadOnlyList<Actor> Actors => Metadata.Actors;

    /// <summary>The event it is part of, by ID, until linking resolves it into <see cref="PartOf"/>.</summary>
    internal string? PartOfId;

    /// <summary>The article whose file declares the event, or <see langword="null"/> for a registry event.</summary>
    public Article? Article { get; internal set; }

    /// <summary>The annotator's note, where there is one.</summary>
    public string? Note => Metadata.Note;

    internal CorpusIndex Index { get; }

    /// <summary>The statements made at the event.</summary>
    public IReadOnlyList<Statement> Statements
    {
        get
        {
            Index.EnsureNavigation();
            return _statements ??= ReadOnly(StatementList);
        }
    }

    /// <summary>The statements that respond to the event.</summary>
    public IReadOnlyList<Statement> Responses
    {
        get
        {
            Index.EnsureNavigation();
            return _responses ??= ReadOnly(ResponseList);
        }
    }

    private static IReadOnlyList<Statement> ReadOnly(List<Statement>? list) => list is null ? Array.Empty<Statement>() : list.AsReadOnly();

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>An event's fields but its ID, read from its record on first use, its organizer and actors resolved.</summary>
internal sealed class EventMetadata
{
    public EventMetadata(string name, EventKind kind)
    {
        Name = name;
        Kind = kind;
    }

    public string Name { get; }
    public EventKind Kind { get; }
    public PartialDate? Start { get; init; }
    public PartialDate? End { get; init; }
    public DateBasis? DateBasis { get; init; }
    public string? DateEvidence { get; init; }
    public string? Location { get; init; }
    public Actor? Organizer { get; init; }
    public IReadOnlyList<Actor> Actors { get; init; } = Array.Empty<Actor>();
    public string? Note { get; init; }
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
