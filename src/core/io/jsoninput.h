#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <optional>

namespace almanac {

// What the JSON importers (CSL-JSON, TimelineJS) share: reading bytes into a
// document with errors that name the line and column, and naming JSON types and
// paths in messages the way the guide file does ("events[2].start_date.year").
namespace jsoninput {

std::optional<QJsonDocument> parse(const QByteArray &data, const QString &fileName, QString *error);

// A key given twice in one object, which QJsonDocument takes silently (the last
// wins): its JSON path ("sections[2].heading") and byte offset. For valid JSON.
struct DuplicateKey
{
    QString path;
    qsizetype offset = 0;
};
std::optional<DuplicateKey> firstDuplicateKey(QByteArrayView json);

QString typeName(const QJsonValue &value);
QString child(const QString &path, const QString &key);
QString item(const QString &path, qsizetype index);

// The first string (or key) in a value that no guide may hold ("\ud800" in JSON
// decodes to a lone surrogate): its JSON path and what is wrong. For records kept whole.
std::optional<std::pair<QString, QString>> badText(const QJsonValue &value, const QString &path);

// A whole number from a JSON number or a string of digits (TimelineJS and CSL
// both allow either); nothing otherwise.
std::optional<int> wholeNumber(const QJsonValue &value);
// The same for years, which TimelineJS lets run to the age of the universe
// (-13800000000): up to fifteen digits, with a sign.
std::optional<qint64> wholeYear(const QJsonValue &value);

} // namespace jsoninput
} // namespace almanac
