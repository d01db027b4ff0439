// Issue 10's hostile inputs, each at size n and 2n, in a child process of its
// own so that its peak memory is its own: time and max RSS, and the ratio 2n/n.
// Linear work gives ratios near 2 (memory near 1 when what dominates is the
// program itself); quadratic work gives 4. Raw cmark-gfm is measured on the
// same Markdown, so what is cmark's and what is ours can be told apart.

#include "guide/citations.h"
#include "guide/lint.h"
#include "io/guidefile.h"
#include "io/timelinejs.h"
#include "render/markdown.h"
#include "stats.h"
#include "store/searchquery.h"

#include <QString>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <cstdio>
#include <functional>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace almanac;

namespace {

QString repeated(const QString &piece, qsizetype times)
{
    QString out;
    out.reserve(piece.size() * times);
    for (qsizetype i = 0; i < times; ++i)
        out += piece;
    return out;
}

QString table(qsizetype k)
{
    return QStringLiteral("|") + repeated(QStringLiteral("a|"), 4000 * k) + QStringLiteral("\n|") +
           repeated(QStringLiteral("-|"), 4000 * k) + u'\n' + repeated(QStringLiteral("x\n"), 6000 * k);
}

// Raw cmark-gfm with the table extension, as bench_render uses it.
std::size_t rawCmark(const QString &markdown)
{
    cmark_gfm_core_extensions_ensure_registered();
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);
    cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension("table"));
    const std::string utf8 = markdown.toStdString();
    cmark_parser_feed(parser, utf8.data(), utf8.size());
    cmark_node *doc = cmark_parser_finish(parser);
    char *html = cmark_render_html(doc, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser));
    const std::size_t size = std::strlen(html);
    cmark_get_default_mem_allocator()->free(html);
    cmark_node_free(doc);
    cmark_parser_free(parser);
    return size;
}

struct Run
{
    double ms = 0;
    long maxRssKb = 0;
};

// Makes the input and runs the work in a child; only the work is timed.
Run measure(const std::function<QString(qsizetype)> &input, const std::function<void(const QString &)> &work,
            qsizetype k)
{
    int pipeFd[2];
    if (pipe(pipeFd) != 0)
        return {};
    const pid_t child = fork();
    if (child == 0) {
        const QString text = input(k);
        const auto start = bench::Clock::now();
        work(text);
        const double ms = bench::msSince(start);
        [[maybe_unused]] const auto n = write(pipeFd[1], &ms, sizeof ms);
        _exit(0);
    }
    Run r;
    [[maybe_unused]] const auto n = read(pipeFd[0], &r.ms, sizeof r.ms);
    close(pipeFd[0]);
    close(pipeFd[1]);
    int status = 0;
    rusage usage = {};
    wait4(child, &status, 0, &usage);
    r.maxRssKb = usage.ru_maxrss;
    return r;
}

void row(const char *name, const std::function<QString(qsizetype)> &input,
         const std::function<void(const QString &)> &work)
{
    const Run one = measure(input, work, 1);
    const Run two = measure(input, work, 2);
    std::printf("%-44s %9.1f ms %8ld KB | %9.1f ms %8ld KB | time x%.2f  memory x%.2f\n", name, one.ms,
                one.maxRssKb, two.ms, two.maxRssKb, two.ms / std::max(one.ms, 0.01),
                double(two.maxRssKb) / double(std::max(one.maxRssKb, 1L)));
    std::fflush(stdout);
}

} // namespace

int main()
{
    std::printf("%-44s %25s | %25s |\n", "input (n, then 2n)", "n", "2n");
    const Guide demo = [] {
        QString error;
        return *guidefile::readFile(QStringLiteral(ALMANAC_SOURCE_DIR "/resources/demo/webassembly.json"),
                                    &error);
    }();
    auto brackets = [](qsizetype k) { return repeated(QStringLiteral("[@"), 800000 * k) + u']'; };
    row("citations::find, [@ x 800,000 (1.6 MB)", brackets, [](const QString &t) { citations::find(t); });
    row("lint, a section of [@ x 800,000", brackets, [&](const QString &t) {
        Guide g = demo;
        g.sections[0].body = t;
        lint(g);
    });
    auto halfLimit = [](qsizetype k) { return repeated(QStringLiteral("[@"), 131072 * k) + u']'; };
    row("render, [@ x 131,072 (0.5 MiB, then 1 MiB)", halfLimit,
        [](const QString &t) { MarkdownRenderer().toHtml(t); });
    row("raw cmark-gfm, the same", halfLimit, [](const QString &t) { rawCmark(t); });
    auto open = [](qsizetype k) { return QString(4 * 1024 * 1024 * k, u'['); };
    row("raw cmark-gfm, [ x 4 MiB (31 MB in the issue)", open, [](const QString &t) { rawCmark(t); });
    row("render, the 28 KB table of 4,000 columns", table,
        [](const QString &t) { MarkdownRenderer().toHtml(t); });
    row("raw cmark-gfm, the same", table, [](const QString &t) { rawCmark(t); });
    row(
        "TimelineJS HTML, <a x 200,000 (400 KB)",
        [](qsizetype k) { return repeated(QStringLiteral("<a"), 200000 * k); },
        [](const QString &t) { timelinejs::htmlToText(t); });
    row(
        "TimelineJS HTML, links x 50,000",
        [](qsizetype k) {
            return repeated(QStringLiteral("<a href=\"https://x.example/\">x</a> "), 50000 * k);
        },
        [](const QString &t) { timelinejs::htmlToText(t); });
    row(
        "search query, a word x 5,000",
        [](qsizetype k) { return repeated(QStringLiteral("gene "), 5000 * k); },
        [](const QString &t) { toFtsQuery(t, false); });
    std::printf("cmark-gfm %s\n", cmark_version_string());
    return 0;
}
