using System;
using System.Collections.Generic;

namespace Corpus.Cli;

/// <summary>The value types of exported columns.</summary>
public enum ColumnType
{
    /// <summary>UTF-8 text.</summary>
    String,

    /// <summary>A 32-bit integer.</summary>
    Int32,

    /// <summary>A calendar date, written <c>yyyy-MM-dd</c> where a format has no date type.</summary>
    Date,
}

/// <summary>A column of an exported table.</summary>
/// <param name="Name">The column name, snake_case.</param>
/// <param name="Type">The value type.</param>
/// <param name="Nullable">Whether a value may be missing.</param>
/// <param name="Description">What the column holds, for the data dictionary in <c>provenance.json</c>.</param>
public sealed record Column(string Name, ColumnType Type, bool Nullable, string Description);

/// <summary>
/// One exported table: its columns and rows, each row a value (string, int, <see cref="DateOnly"/> or null) per column.
/// Stored by column, each in an array of its type: the formats write columns (Parquet) or read values in place, and
/// a large table is a few arrays for the collector, not an array per row and a box per number.
/// </summary>
public sealed class Table
{
    private readonly ColumnValues[] _values;

    /// <summary>Creates an empty table.</summary>
    public Table(string name, string description, params Column[] columns)
    {
        Name = name;
        Description = description;
        Columns = columns;
        _values = Array.ConvertAll(columns, column => column.Type switch
        {
            ColumnType.String => (ColumnValues)new ColumnValues<string?>(),
            ColumnType.Int32 => new ColumnValues<int?>(),
            _ => new ColumnValues<DateOnly?>(),
        });
    }

    /// <summary>The table name, also the file name without extension.</summary>
    public string Name { get; }

    /// <summary>What a row is.</summary>
    public string Description { get; }

    /// <summary>The columns, in order.</summary>
    public IReadOnlyList<Column> Columns { get; }

    /// <summary>The number of rows.</summary>
    public int RowCount { get; private set; }

    /// <summary>The value in a row (0-based, in the table's stable order) and column: a string, an int, a <see cref="DateOnly"/> or null.</summary>
    public object? Value(int row, int column) => _values[column].Boxed(row);

    /// <summary>A <see cref="ColumnType.String"/> column's values, by row.</summary>
    public IReadOnlyList<string?> Strings(int column) => Of<string?>(column, ColumnType.String);

    /// <summary>A <see cref="ColumnType.Int32"/> column's values, by row (null only where the column is nullable).</summary>
    public IReadOnlyList<int?> Ints(int column) => Of<int?>(column, ColumnType.Int32);

    /// <summary>A <see cref="ColumnType.Date"/> column's values, by row.</summary>
    public IReadOnlyList<DateOnly?> Dates(int column) => Of<DateOnly?>(column, ColumnType.Date);

    private IReadOnlyList<T> Of<T>(int column, ColumnType type) => Columns[column].Type == type
        ? (ColumnValues<T>)_values[column]
        : throw new InvalidOperationException($"Table {Name}, column {Columns[column].Name}: a {Columns[column].Type} column, not {type}.");

    /// <summary>Adds a row; its values must match the columns in number and type.</summary>
    public void Add(params object?[] values)
    {
        if (values.Length != Columns.Count) throw new ArgumentException($"Table {Name}: {values.Length} values for {Columns.Count} columns.", nameof(values));
        for (int i = 0; i < values.Length; i++)
        {
            var column = Columns[i];
            bool fits = values[i] switch
            {
                null => column.Nullable,
                string => column.Type == ColumnType.String,
                int => column.Type == ColumnType.Int32,
                DateOnly => column.Type == ColumnType.Date,
                _ => false,
            };
            if (!fits) throw new ArgumentException($"Table {Name}, column {column.Name}: the value '{values[i]}' is not a {column.Type}{(column.Nullable ? "" : " (required)")}.", nameof(values));
        }
        // Checked whole before any is stored, so a refused row leaves the table as it was.
        for (int i = 0; i < values.Length; i++) _values[i].Add(values[i]);
        RowCount++;
    }

    private abstract class ColumnValues
    {
        public abstract void Add(object? value);

        public abstract object? Boxed(int row);
    }

    /// <summary>
    /// A column's values in fixed chunks of at most 64 KiB: below the large object heap, so a growing column
    /// copies nothing and leaves no large garbage (a 200,000-row table has dozens of columns).
    /// </summary>
    private sealed class ColumnValues<T> : ColumnValues, IReadOnlyList<T>
    {
        private const int ChunkBits = 13;
        private const int ChunkSize = 1 << ChunkBits;
        private readonly List<T[]> _chunks = new();

        public int Count { get; private set; }

        public T this[int index] => (uint)index < (uint)Count
            ? _chunks[index >> ChunkBits][index & (ChunkSize - 1)]
            : throw new ArgumentOutOfRangeException(nameof(index));

        // A checked value: a T (boxed as its underlying type) or null, which T (string?, int?, DateOnly?) holds.
        public override void Add(object? value)
        {
            if ((Count & (ChunkSize - 1)) == 0) _chunks.Add(new T[ChunkSize]);
            _chunks[Count >> ChunkBits][Count & (ChunkSize - 1)] = (T)value!;
            Count++;
        }

        public override object? Boxed(int row) => this[row];

        public IEnumerator<T> GetEnumerator()
        {
            for (int i = 0; i < Count; i++) yield return _chunks[i >> ChunkBits][i & (ChunkSize - 1)];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>Shorthand for declaring columns.</summary>
internal static class Columns
{
    public static Column Text(string name, string description) => new(name, ColumnType.String, Nullable: false, description);

    public static Column OptionalText(string name, string description) => new(name, ColumnType.String, Nullable: true, description);

    public static Column Int(string name, string description) => new(name, ColumnType.Int32, Nullable: false, description);

    public static Column Date(string name, string description) => new(name, ColumnType.Date, Nullable: true, description);
}
