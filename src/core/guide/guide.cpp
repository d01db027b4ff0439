#include "guide.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

namespace almanac {

qsizetype Guide::sourceIndex(QStringView key) const
{
    for (qsizetype i = 0; i < sources.size(); ++i) {
        if (sources[i].key == key)
            return i;
    }
    return -1;
}

namespace guide {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

namespace {
const QString timestampFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ssZ");
}

QString timestampText(const QDateTime &time)
{
    return time.toUTC().toString(timestampFormat);
}

QDateTime timestampFromText(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, timestampFormat);
    t.setTimeSpec(Qt::UTC);
    return t.isValid() && t.toString(timestampFormat) == text ? t : QDateTime();
}

bool isValidId(QStringView id)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(id).hasMatch();
}

bool isValidSlug(QStringView slug)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(?:-[a-z0-9]+)*$"));
    return slug.size() <= 120 && re.match(slug).hasMatch();
}

bool isValidSourceKey(QStringView key)
{
    // Pandoc citation keys: start with a letter, digit or underscore; inner punctuation allowed.
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9_](?:[A-Za-z0-9_:.#$%&+?<>~/-]*[A-Za-z0-9_])?$"));
    return key.size() <= 200 && re.match(key).hasMatch();
}

bool isValidWebUrl(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty())
        return false;
    const QString scheme = u.scheme();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

QString slugify(const QString &title)
{
    QString decomposed = title.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    bool dash = false;
    for (const QChar c : std::as_const(decomposed)) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (dash && !out.isEmpty())
                out += u'-';
            out += c;
            dash = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            dash = true;
        }
    }
    return out.left(80);
}

bool sameContent(const Guide &a, const Guide &b)
{
    Guide x = a;
    x.created = b.created;
    x.updated = b.updated;
    return x == b;
}

} // namespace guide

} // namespace almanac
