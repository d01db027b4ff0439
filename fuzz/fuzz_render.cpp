// libFuzzer target: the Markdown renderer with citations (and the plain text
// the page's description uses). Every citation found lies inside the text, and
// no control character but tab and line ends reaches the HTML.

#include "guide/citations.h"
#include "render/markdown.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    for (const auto &c : almanac::citations::find(text)) {
        if (c.start < 0 || c.length < 4 || c.start + c.length > text.size() || c.keys.isEmpty())
            std::abort();
    }
    const almanac::MarkdownRenderer md([](const QString &key) { return key.size() % 3; });
    const std::string html = md.toHtml(text);
    for (const char c : html) {
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r')
            std::abort();
    }
    almanac::MarkdownRenderer::toPlainText(text);
    return 0;
}
