#include "citations.h"

#include "guide.h"

#include <QSet>

namespace almanac::citations {

namespace {

// The keys of a group's inner text ("@a; @b"), or false when it is not a group.
bool groupKeys(QStringView inner, QStringList *keys)
{
    for (QStringView part : inner.split(u';')) {
        part = part.trimmed();
        if (!part.startsWith(u'@') || !guide::isValidSourceKey(part.sliced(1)))
            return false;
        *keys << part.sliced(1).toString();
    }
    return true;
}

} // namespace

QList<Citation> find(QStringView text)
{
    // One pass. A group's inner text holds no '[' and ends at the first ']', so the only
    // '[' that can open a group closed by a ']' is the last one before it: looking for
    // "]" from every "[@" instead took quadratic time on "[@[@[@...]" (issue 10).
    QList<Citation> out;
    qsizetype open = -1; // the last '[' since the last ']'
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'[') {
            open = i;
        } else if (c == u']') {
            if (open >= 0 && open + 1 < i && text[open + 1] == u'@') {
                Citation cite;
                if (groupKeys(text.sliced(open + 1, i - open - 1), &cite.keys)) {
                    cite.start = open;
                    cite.length = i - open + 1;
                    out << cite;
                }
            }
            open = -1;
        }
    }
    return out;
}

QStringList keys(QStringView text)
{
    QStringList out;
    QSet<QString> seen;
    for (const Citation &c : find(text)) {
        for (const QString &k : c.keys) {
            if (!seen.contains(k)) {
                seen.insert(k);
                out << k;
            }
        }
    }
    return out;
}

} // namespace almanac::citations
