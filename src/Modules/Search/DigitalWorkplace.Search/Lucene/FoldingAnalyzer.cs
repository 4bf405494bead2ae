using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace DigitalWorkplace.Search.Lucene;

/// <summary>
/// French and English text as people type it: words split by the standard tokenizer, <c>l'</c>/<c>d'</c> elisions
/// removed, then lower-cased and folded to ASCII, so <c>cafe</c> finds <c>Café</c> and <c>l'équipe</c> is <c>equipe</c>.
/// No stemming: it would favour one language over the other. The Elasticsearch mapping declares the same chain.
/// </summary>
internal sealed class FoldingAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new ElisionFilter(tokenizer, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
