#include "timelinemedia.h"

#include "guide/guide.h"
#include "io/richtext.h"

#include <QUrl>

namespace almanac {

namespace {

bool isImagePath(const QUrl &url)
{
    static const QStringList suffixes = {
        QStringLiteral(".jpg"),  QStringLiteral(".jpeg"), QStringLiteral(".png"), QStringLiteral(".gif"),
        QStringLiteral(".webp"), QStringLiteral(".avif"), QStringLiteral(".svg")};
    const QString path = url.path().toLower();
    return std::any_of(suffixes.cbegin(), suffixes.cend(),
                       [&](const QString &s) { return path.endsWith(s); });
}

QString plain(const QJsonObject &media, const char *key)
{
    return richtext::toPlainText(media.value(QLatin1String(key)).toString()).trimmed();
}

} // namespace

TimelineMedia TimelineMedia::of(const QJsonObject &timelinejs)
{
    TimelineMedia m;
    const QJsonObject media = timelinejs.value(QLatin1String("media")).toObject();
    const QString url = media.value(QLatin1String("url")).toString().trimmed();
    if (url.isEmpty())
        return m;
    m.caption = plain(media, "caption");
    m.credit = plain(media, "credit");
    if (url.startsWith(QLatin1String("<blockquote"), Qt::CaseInsensitive)) {
        m.quote = richtext::toPlainText(url).trimmed();
        m.kind = m.quote.isEmpty() ? Kind::None : Kind::Quote;
        return m;
    }
    if (!guide::isValidWebUrl(url))
        return {};
    m.url = url;
    const QUrl parsed(url);
    m.kind = parsed.scheme() == QLatin1String("https") && isImagePath(parsed) ? Kind::Image : Kind::Link;
    m.alt = plain(media, "alt");
    if (m.alt.isEmpty())
        m.alt = m.caption;
    if (m.alt.isEmpty())
        m.alt = QStringLiteral("Image");
    return m;
}

} // namespace almanac
