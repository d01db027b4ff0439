#include "citations.h"

#include "guide.h"

namespace almanac::citations {

QList<Citation> find(QStringView text)
{
    QList<Citation> out;
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = text.indexOf(u"[@", pos);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(u']', open);
        if (close < 0)
            break;
        const QStringView inner = text.sliced(open + 1, close - open - 1);
        if (inner.contains(u'[')) {
            pos = open + 1;
            continue;
        }
        Citation c;
        bool ok = true;
        for (QStringView part : inner.split(u';')) {
            part = part.trimmed();
            if (!part.startsWith(u'@') || !guide::isValidSourceKey(part.sliced(1))) {
                ok = false;
                break;
            }
            c.keys << part.sliced(1).toString();
        }
        if (ok) {
            c.start = open;
            c.length = close - open + 1;
            out << c;
            pos = close + 1;
        } else {
            pos = open + 1;
        }
    }
    return out;
}

QStringList keys(QStringView text)
{
    QStringList out;
    for (const Citation &c : find(text)) {
        for (const QString &k : c.keys) {
            if (!out.contains(k))
                out << k;
        }
    }
    return out;
}

} // namespace almanac::citations
