using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Corpus;

/// <summary>
/// Every statement of a corpus, article by article in corpus order: a view over the articles' own
/// statement arrays rather than a copy of them all. The graph hands it out wrapped in a
/// <see cref="System.Collections.ObjectModel.ReadOnlyCollection{T}"/>, as it did the copy.
/// </summary>
internal sealed class CorpusStatements : IList<Statement>
{
    private readonly Article[] _articles;
    // The index of each article's first statement, and after the last the count.
    private readonly int[] _starts;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public CorpusStatements(Article[] articles)
    {
        _articles = articles;
        _starts = new int[articles.Length + 1];
        for (int i = 0; i < articles.Length; i++) _starts[i + 1] = _starts[i] + articles[i].StatementArray.Length;
    }

    public int Count => _starts[_articles.Length];

    public bool IsReadOnly => true;

    public Statement this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            // The last article whose first statement is at or before the index; an article without
            // statements shares its start with the next, so step past it.
            int article = Array.BinarySearch(_starts, 0, _articles.Length, index);
            if (article < 0) article = ~article - 1;
            while (_articles[article].StatementArray.Length == 0) article++;
            return _articles[article].StatementArray[index - _starts[article]];
        }
        set => throw new NotSupportedException();
    }

    public IEnumerator<Statement> GetEnumerator() => new Enumerator(_articles);

    /// <summary>
    /// Article by article. Written out, not an iterator method, so that it can be compiled optimized before its first
    /// use: a first query runs through every statement while the runtime still runs it unoptimized otherwise.
    /// </summary>
    private sealed class Enumerator : IEnumerator<Statement>
    {
        private readonly Article[] _articles;
        private int _article = -1;
        private Statement[] _statements = Array.Empty<Statement>();
        private int _statement = -1;
        private Statement? _current;

        public Enumerator(Article[] articles) => _articles = articles;

        public Statement Current => _current ?? throw new InvalidOperationException("The enumeration has not started or has ended.");

        object IEnumerator.Current => Current;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool MoveNext()
        {
            while (++_statement >= _statements.Length)
            {
                if (++_article >= _articles.Length)
                {
                    _article = _articles.Length;
                    _statement = _statements.Length;
                    _current = null;
                    return false;
                }
                _statements = _articles[_article].StatementArray;
                _statement = -1;
            }
            _current = _statements[_statement];
            return true;
        }

        public void Reset()
        {
            _article = -1;
            _statements = Array.Empty<Statement>();
            _statement = -1;
            _current = null;
        }

        public void Dispose()
        {
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public int IndexOf(Statement item)
    {
        if (item is null) return -1;
        int article = Array.IndexOf(_articles, item.Article);
        if (article < 0) return -1;
        int within = Array.IndexOf(_articles[article].StatementArray, item);
        return within < 0 ? -1 : _starts[article] + within;
    }

    public bool Contains(Statement item) => IndexOf(item) >= 0;

    public void CopyTo(Statement[] array, int arrayIndex)
    {
        if (array is null) throw new ArgumentNullException(nameof(array));
        if (arrayIndex < 0 || array.Length - arrayIndex < Count) throw new ArgumentOutOfRangeException(nameof(arrayIndex));
        foreach (var article in _articles)
        {
            article.StatementArray.CopyTo(array, arrayIndex);
            arrayIndex += article.StatementArray.Length;
        }
    }

    public void Add(Statement item) => throw new NotSupportedException();

    public void Clear() => throw new NotSupportedException();

    public void Insert(int index, Statement item) => throw new NotSupportedException();

    public bool Remove(Statement item) => throw new NotSupportedException();

    public void RemoveAt(int index) => throw new NotSupportedException();
}
