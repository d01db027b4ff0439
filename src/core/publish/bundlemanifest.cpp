#include "bundlemanifest.h"

#include "messages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace almanac {

namespace {

const QRegularExpression &sha256Pattern()
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re;
}

} // namespace

QByteArray BundleManifest::toJson() const
{
    QJsonArray fileArray;
    for (const File &f : files) {
        fileArray.append(QJsonObject{{QStringLiteral("path"), f.path},
                                     {QStringLiteral("sha256"), f.sha256},
                                     {QStringLiteral("size"), f.size}});
    }
    QJsonArray guideArray;
    for (const GuideVersion &g : guides) {
        guideArray.append(
            QJsonObject{{QStringLiteral("slug"), g.slug},
                        {QStringLiteral("version"), g.version},
                        {QStringLiteral("sha256"), g.sha256},
                        {QStringLiteral("published"), g.published.toUTC().toString(Qt::ISODate)}});
    }
    const QJsonObject root{{QStringLiteral("format"), QString(formatName)},
                           {QStringLiteral("generator"), generator},
                           {QStringLiteral("files"), fileArray},
                           {QStringLiteral("guides"), guideArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool BundleManifest::isFromAlmanac() const
{
    return generator.startsWith(QLatin1String("Almanac Studio "));
}

bool BundleManifest::isSafePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\') || path.contains(QChar(0)))
        return false;
    const QStringList parts = path.split(u'/');
    for (const QString &p : parts) {
        if (p.isEmpty() || p == QLatin1String(".") || p == QLatin1String(".."))
            return false;
    }
    return true;
}

std::optional<BundleManifest> BundleManifest::fromJson(const QByteArray &data, QString *error)
{
    auto failed = [error](const QString &message) -> std::optional<BundleManifest> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed(PublishText::tr("offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return failed(PublishText::tr("expected an object"));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != formatName)
        return failed(PublishText::tr("%1: expected \"%2\"").arg(QStringLiteral("format"), formatName));
    BundleManifest m;
    m.generator = root.value(QLatin1String("generator")).toString();
    if (!root.value(QLatin1String("files")).isArray())
        return failed(PublishText::tr("%1: expected an array").arg(QStringLiteral("files")));
    const QJsonArray files = root.value(QLatin1String("files")).toArray();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString place = QStringLiteral("files[%1]").arg(i);
        const QJsonObject o = files[i].toObject();
        File f;
        f.path = o.value(QLatin1String("path")).toString();
        f.sha256 = o.value(QLatin1String("sha256")).toString();
        const QJsonValue size = o.value(QLatin1String("size"));
        if (!isSafePath(f.path))
            return failed(PublishText::tr("%1: not a relative path inside the bundle")
                              .arg(place + QStringLiteral(".path")));
        if (!sha256Pattern().match(f.sha256).hasMatch())
            return failed(PublishText::tr("%1: expected 64 lowercase hex digits")
                              .arg(place + QStringLiteral(".sha256")));
        if (!size.isDouble() || size.toDouble() < 0 || size.toDouble() != double(size.toInteger()))
            return failed(
                PublishText::tr("%1: expected a whole number").arg(place + QStringLiteral(".size")));
        f.size = size.toInteger();
        m.files << f;
    }
    if (!root.value(QLatin1String("guides")).isArray())
        return failed(PublishText::tr("%1: expected an array").arg(QStringLiteral("guides")));
    const QJsonArray guides = root.value(QLatin1String("guides")).toArray();
    for (qsizetype i = 0; i < guides.size(); ++i) {
        const QString place = QStringLiteral("guides[%1]").arg(i);
        const QJsonObject o = guides[i].toObject();
        GuideVersion g;
        g.slug = o.value(QLatin1String("slug")).toString();
        g.version = o.value(QLatin1String("version")).toInt();
        g.sha256 = o.value(QLatin1String("sha256")).toString();
        g.published = QDateTime::fromString(o.value(QLatin1String("published")).toString(), Qt::ISODate);
        if (g.slug.isEmpty() || !isSafePath(g.slug) || g.slug.contains(u'/'))
            return failed(PublishText::tr("%1: expected a slug").arg(place + QStringLiteral(".slug")));
        if (g.version < 1)
            return failed(
                PublishText::tr("%1: expected a number from 1").arg(place + QStringLiteral(".version")));
        if (!sha256Pattern().match(g.sha256).hasMatch())
            return failed(PublishText::tr("%1: expected 64 lowercase hex digits")
                              .arg(place + QStringLiteral(".sha256")));
        m.guides << g;
    }
    return m;
}

} // namespace almanac
