#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace almanac::citations {

// One Pandoc-style citation group in Markdown text: "[@a]" or "[@a; @b]".
struct Citation
{
    qsizetype start = 0;  // offset of '[' in the text
    qsizetype length = 0; // up to and including ']'
    QStringList keys;
};

// Every citation group in the text, in order. A bracket whose parts are not all
// "@key" is not a citation and is left out.
QList<Citation> find(QStringView text);

// Every key cited in the text, in order of first use.
QStringList keys(QStringView text);

} // namespace almanac::citations
