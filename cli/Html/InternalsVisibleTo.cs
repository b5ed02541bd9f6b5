using System.Runtime.CompilerServices;

// The report's tests check the markup stage (TextMarkup, HtmlWriter) on hand-made input.
[assembly: InternalsVisibleTo("Corpus.Html.Tests")]
