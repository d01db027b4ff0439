// bench_render: PageRenderer::render (the whole page: Markdown of every field,
// citations, template, JSON-LD) against raw cmark-gfm rendering the same Markdown
// joined into one document, with the same extensions and options, in one run.
//
//   bench_render [--scale F] [--only typical|large]
//                                    F multiplies the iteration counts (default 1)
//   bench_render --write WORDS FILE  writes the guide it measures as almanac-guide/1 JSON
//   bench_render --page WORDS|GUIDE.json FILE
//                                    writes the page rendered from a generated guide of WORDS
//                                    words, or from a guide file (to compare renderer versions)
//   bench_render --profile ours|raw WORDS N
//                                    renders N times and nothing else, for callgrind:
//                                    valgrind --tool=callgrind bench_render --profile ours 2500 20

#include "guidegen.h"
#include "io/guidefile.h"
#include "render/pagerenderer.h"
#include "stats.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimeZone>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace almanac;
using namespace almanac::bench;

namespace {

constexpr std::uint64_t seed = 20261127;

// What MarkdownRenderer uses (src/core/render/markdown.cpp).
constexpr int cmarkOptions = CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_GITHUB_PRE_LANG;

std::size_t rawCmark(const std::string &markdown)
{
    cmark_parser *parser = cmark_parser_new(cmarkOptions);
    for (const char *name : {"table", "strikethrough", "autolink", "tagfilter"})
        cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
    cmark_parser_feed(parser, markdown.data(), markdown.size());
    cmark_node *doc = cmark_parser_finish(parser);
    char *html = cmark_render_html(doc, cmarkOptions, cmark_parser_get_syntax_extensions(parser));
    const std::size_t size = std::strlen(html);
    cmark_get_default_mem_allocator()->free(html);
    cmark_node_free(doc);
    cmark_parser_free(parser);
    return size;
}

struct Result
{
    const char *name;
    int words;
    std::size_t markdownBytes;
    std::size_t ourBytes;
    std::size_t rawBytes;
    Stats ours;
    Stats raw;
};

RenderContext contextFor(const Guide &g)
{
    RenderContext ctx;
    ctx.now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), QTimeZone::utc());
    for (const QString &slug : g.related)
        ctx.guideTitles.insert(slug, QStringLiteral("Related guide %1").arg(slug));
    ctx.versions = {{QStringLiteral("v3"), ctx.now.addDays(-2), true},
                    {QStringLiteral("v2"), ctx.now.addDays(-30), false},
                    {QStringLiteral("v1"), ctx.now.addDays(-90), false}};
    return ctx;
}

Result measure(const char *name, int words, int iterations, double budgetMs)
{
    const Guide g = generateGuide(seed, 0, words);
    const std::string markdown = markdownOf(g);
    const RenderContext ctx = contextFor(g);
    const PageRenderer renderer;

    Result r{name, countWords(g), markdown.size(), 0, 0, {}, {}};
    // Warm up caches, the allocator and the template.
    for (int i = 0; i < 3; ++i) {
        r.ourBytes = static_cast<std::size_t>(renderer.render(g, ctx).size());
        r.rawBytes = rawCmark(markdown);
    }
    std::vector<double> ours, raw;
    const auto start = Clock::now();
    for (int i = 0; i < iterations || (msSince(start) < budgetMs && i < 20 * iterations); ++i) {
        // Alternate which goes first so that neither always runs on a warmer cache.
        for (int k = 0; k < 2; ++k) {
            if ((i + k) % 2 == 0) {
                const auto t = Clock::now();
                keep(static_cast<std::size_t>(renderer.render(g, ctx).size()));
                ours.push_back(msSince(t));
            } else {
                const auto t = Clock::now();
                keep(rawCmark(markdown));
                raw.push_back(msSince(t));
            }
        }
    }
    r.ours = Stats::of(ours);
    r.raw = Stats::of(raw);
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    double scale = 1;
    std::string only;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--scale") == 0 && i + 1 < argc) {
            scale = std::atof(argv[++i]);
        } else if (std::strcmp(argv[i], "--only") == 0 && i + 1 < argc) {
            only = argv[++i];
        } else if (std::strcmp(argv[i], "--write") == 0 && i + 2 < argc) {
            const int words = std::atoi(argv[i + 1]);
            QFile f(QString::fromLocal8Bit(argv[i + 2]));
            if (words <= 0 || !f.open(QIODevice::WriteOnly) ||
                f.write(guidefile::write(generateGuide(seed, 0, words))) < 0) {
                std::fprintf(stderr, "cannot write %s\n", argv[i + 2]);
                return 1;
            }
            return 0;
        } else if (std::strcmp(argv[i], "--page") == 0 && i + 2 < argc) {
            const QString what = QString::fromLocal8Bit(argv[i + 1]);
            QString error;
            const std::optional<Guide> g = what.endsWith(QLatin1String(".json"))
                                               ? guidefile::readFile(what, &error)
                                               : std::optional<Guide>(generateGuide(seed, 0, what.toInt()));
            QFile f(QString::fromLocal8Bit(argv[i + 2]));
            if (!g || !f.open(QIODevice::WriteOnly) ||
                f.write(PageRenderer().render(*g, contextFor(*g))) < 0) {
                std::fprintf(stderr, "cannot render %s to %s %s\n", argv[i + 1], argv[i + 2],
                             qPrintable(error));
                return 1;
            }
            return 0;
        } else if (std::strcmp(argv[i], "--profile") == 0 && i + 3 < argc) {
            const bool ours = std::strcmp(argv[i + 1], "ours") == 0;
            const Guide g = generateGuide(seed, 0, std::atoi(argv[i + 2]));
            const int n = std::atoi(argv[i + 3]);
            const RenderContext ctx = contextFor(g);
            const std::string markdown = markdownOf(g);
            cmark_gfm_core_extensions_ensure_registered();
            const PageRenderer renderer;
            for (int k = 0; k < n; ++k)
                keep(ours ? static_cast<std::size_t>(renderer.render(g, ctx).size()) : rawCmark(markdown));
            return 0;
        } else {
            std::fprintf(
                stderr,
                "usage: %s [--scale F] [--only typical|large] | --write WORDS FILE | --page WORDS|GUIDE.json "
                "FILE | --profile ours|raw WORDS N\n",
                argv[0]);
            return 2;
        }
    }
    cmark_gfm_core_extensions_ensure_registered();
    const auto iters = [&](int n) { return std::max(1, static_cast<int>(n * scale)); };

    std::printf("bench_render: PageRenderer::render vs raw cmark-gfm %s (same extensions and options)\n\n",
                cmark_version_string());
    std::vector<Result> results;
    if (only.empty() || only == "typical")
        results.push_back(measure("typical", typicalWords, iters(1000), 3000 * scale));
    if (only.empty() || only == "large")
        results.push_back(measure("large", largeWords, iters(40), 5000 * scale));

    std::printf("| guide | words | Markdown | page | runs | ours median | ours min | raw median | raw min | "
                "ratio (median) | ratio (min) | target <= 1.5x |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    bool allMet = true;
    for (const Result &r : results) {
        const double ratio = r.ours.median / r.raw.median;
        const double ratioMin = r.ours.min / r.raw.min;
        const bool met = ratio <= 1.5;
        allMet = allMet && met;
        std::printf(
            "| %s | %d | %zu KB | %zu KB | %zu | %s ms | %s ms | %s ms | %s ms | %.2fx | %.2fx | %s |\n",
            r.name, r.words, r.markdownBytes / 1024, r.ourBytes / 1024, r.ours.n, fmt(r.ours.median).c_str(),
            fmt(r.ours.min).c_str(), fmt(r.raw.median).c_str(), fmt(r.raw.min).c_str(), ratio, ratioMin,
            met ? "met" : "MISSED");
    }
    std::printf("\nrender targets: %s\n", allMet ? "all met" : "MISSED");
    return 0;
}
