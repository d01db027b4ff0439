#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace almanac {

// The small parsers behind the page-text importer: each takes one line of a
// published page's text, where the browser ran separate elements together, and
// splits it only where the split is certain.
namespace pagetextparts {

// The page's fixed headings, which split the text into blocks.
enum class Block
{
    Head,
    Takeaways,
    Timeline,
    Topics,
    Faq,
    StayCurrent,
    Versions,
    RelatedGuides,
    Sources
};

struct Landmark
{
    Block block;
    QString arg;    // the subject of "More on X (N)"
    int count = -1; // the N of "Related guides (N)" and "More on X (N)"
};
// The block a fixed heading line starts, or nothing for any other line.
std::optional<Landmark> landmark(const QString &text);

// Section headings are short and, unlike paragraphs and takeaways, do not end a sentence.
bool looksLikeHeading(const QString &text);

// "Guide · Beginner" -> kind "Guide", level "Beginner".
struct Kicker
{
    QString kind;
    QString level;
};
std::optional<Kicker> parseKicker(const QString &line);

// "RISC-VBeginneractive·v2 · live·updated 3d ago".
struct MetaLine
{
    QString subject;
    QString level;   // empty when no level word ends the first part
    QString status;  // empty when no status word ends the first part
    QString version; // "v2" when the page showed a live version
    QString updated; // "3d ago", as shown
};
// levelHint (from the kicker) is tried first, so that a subject ending in a level
// word ("Advanced Micro DevicesAdvanced") still splits right.
std::optional<MetaLine> parseMetaLine(const QString &line, const QString &levelHint);

// "8Chip Weekly·2mo ago·source ↗".
struct CardHeader
{
    int relevance = 0;
    QString outlet;
    QString age;       // "2mo ago" or a date as shown; may be empty
    QString published; // YYYY, YYYY-MM or YYYY-MM-DD when age was a date, else empty
    bool hadLink = false;
};
std::optional<CardHeader> parseCardHeader(const QString &line);

// "27 Aug 2015", "Aug 2015", "August 2015" or "2015" -> ISO partial date, else empty.
QString parseDisplayDate(const QString &text);

// Splits run-together tags where a lowercase letter or ")" meets an uppercase
// letter, where an acronym meets a capitalised word ("PVMaterials"), and after
// the subject at the start; but not inside a word that the guide's own text
// (context) uses, like "WebAssembly". *splits counts the cuts, which the editor
// should check.
QStringList splitTopics(const QString &line, const QString &subject, const QString &context, int *splits);

// The text of a bullet line without its bullet, or nothing if it is not one.
std::optional<QString> bulletText(const QString &line);

// "1. Title" or "1 Title" -> "Title", or nothing.
std::optional<QString> numberedText(const QString &line);

} // namespace pagetextparts
} // namespace almanac
