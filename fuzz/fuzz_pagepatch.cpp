// libFuzzer target: the preview's page patches. The input is two Markdown texts
// (split at the first NUL; without one, the second is the first with its
// middle byte gone), put in a guide's TL;DR and a section; the two pages are
// rendered, and the patches between their <main>s must turn the first into the
// second exactly, never as a whole new <main>.

#include "guide/guide.h"
#include "render/pagepatch.h"
#include "render/pagerenderer.h"

#include <cstdlib>

namespace {

almanac::Guide guideWith(const QString &text)
{
    almanac::Guide g;
    g.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    g.slug = QStringLiteral("fuzz");
    g.title = QStringLiteral("Fuzz");
    g.tldr = text.left(200);
    g.sections = {
        almanac::Section{QStringLiteral("a"), QStringLiteral("Before"), QStringLiteral("Kept *text*.")},
        almanac::Section{QStringLiteral("b"), QStringLiteral("Fuzzed"), text},
        almanac::Section{QStringLiteral("c"), QStringLiteral("After"), QStringLiteral("- kept\n- list")}};
    almanac::Source s;
    s.id = QStringLiteral("s");
    s.key = QStringLiteral("a");
    s.outlet = QStringLiteral("Desk");
    g.sources = {s};
    return g;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const almanac::PageRenderer renderer;
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype nul = input.indexOf('\0');
    QByteArray second = nul >= 0 ? input.mid(nul + 1) : input;
    const QByteArray first = nul >= 0 ? input.left(nul) : input;
    if (nul < 0 && !second.isEmpty())
        second.remove(second.size() / 2, 1);
    almanac::RenderContext context;
    const QByteArray from =
        almanac::pagepatch::mainOf(renderer.render(guideWith(QString::fromUtf8(first)), context));
    const QByteArray to =
        almanac::pagepatch::mainOf(renderer.render(guideWith(QString::fromUtf8(second)), context));
    const QList<almanac::pagepatch::Patch> patches = almanac::pagepatch::diff(from, to);
    if ((from == to) != patches.isEmpty())
        std::abort();
    for (const almanac::pagepatch::Patch &p : patches) {
        if (p.whole)
            std::abort(); // the renderer's own markup, read as something else
    }
    const auto result = almanac::pagepatch::applied(from, patches);
    if (!result || *result != to)
        std::abort();
    return 0;
}
