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

/// <summary>One exported table: its columns and rows, each row a value (string, int, <see cref="DateOnly"/> or null) per column.</summary>
public sealed class Table
{
    private readonly List<object?[]> _rows = new();

    /// <summary>Creates an empty table.</summary>
    public Table(string name, string description, params Column[] columns)
    {
        Name = name;
        Description = description;
        Columns = columns;
    }

    /// <summary>The table name, also the file name without extension.</summary>
    public string Name { get; }

    /// <summary>What a row is.</summary>
    public string Description { get; }

    /// <summary>The columns, in order.</summary>
    public IReadOnlyList<Column> Columns { get; }

    /// <summary>The rows, in a stable order.</summary>
    public IReadOnlyList<object?[]> Rows => _rows;

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
        _rows.Add(values);
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
