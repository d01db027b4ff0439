#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace almanac::diff {

// The members of a kept record (a source's CSL item, a timeline entry's
// TimelineJS fields) as fields a person can read in a word diff: "csl.author"
// as "Okonkwo, Adaeze N.; van der Berg, Pieter", "csl.issued" as "2015-08-27",
// nested objects member by member ("timelinejs.media.url"), in key order.
struct RecordField
{
    QString name; // "csl.author"
    QString text; // what people read
    QString json; // the value as compact JSON: tells values apart whose text is the same
};
QList<RecordField> recordFields(const QString &prefix, const QJsonObject &record);

// One value as text: strings as they are, numbers and booleans as JSON writes
// them, CSL names and dates as people write them, anything else as compact JSON.
QString valueText(const QJsonValue &value);
// The value as compact JSON: what tells two values apart when their text does not.
QString compactJson(const QJsonValue &value);

// The value at a dotted path below a record ("media.url"), Undefined when absent.
QJsonValue valueAt(const QJsonObject &record, QStringView path);

} // namespace almanac::diff
