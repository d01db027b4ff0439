#pragma once

#include "guide.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace almanac::guide {

// Limits by design (README, "Limits"). Within them a guide renders, lints and
// diffs in time and memory linear in its size; beyond them it is refused with
// the field named, wherever it comes from.
inline constexpr qsizetype maxMarkdownBytes = 1024 * 1024; // one Markdown field, as UTF-8
inline constexpr qsizetype maxTextBytes = 64 * 1024;       // any other text field
inline constexpr qint64 maxGuideBytes = 32 * 1024 * 1024;  // the whole guide file

// What is wrong with one value: the lint code of the rule and a message.
struct Problem
{
    QString code; // "bad-slug", "bad-source-key", "bad-text", "too-large", ...
    QString message;
};

// A problem at its JSON path, as the guide file names it ("sections[2].body").
struct Invalid
{
    QString code;
    QString place;
    QString message;
    // "sections[2].body: message"
    QString toString() const;
};

// One rule per kind of value: nothing when the value follows it. The guide file
// reader applies these as it reads; validate() applies all of them to a guide.
// Writers check with validate(), so nothing a reader refuses is ever stored.
namespace rules {
std::optional<Problem> id(QStringView id);
std::optional<Problem> slug(QStringView slug);
std::optional<Problem> sourceKey(QStringView key);
std::optional<Problem> date(QStringView date);     // empty is allowed
std::optional<Problem> webUrl(const QString &url); // empty is allowed
std::optional<Problem> relevance(int relevance);
std::optional<Problem> oneOf(const QString &value, const QStringList &allowed);
std::optional<Problem> timestamp(const QDateTime &time);
std::optional<Problem> markdown(QStringView text); // valid Unicode, at most maxMarkdownBytes
std::optional<Problem> text(QStringView text);     // valid Unicode, at most maxTextBytes
std::optional<Problem> takeaway(QStringView text); // text on one line
std::optional<Problem> heading(QStringView text);  // text on one line
std::optional<Problem> topic(QStringView topic);
std::optional<Problem> language(QStringView tag); // a BCP 47 tag; empty is allowed
} // namespace rules

// Every problem of the guide in the order of its parts, at most limit of them.
QList<Invalid> problems(const Guide &guide, qsizetype limit = 100);
// The first problem, or nothing: then the guide file of this guide reads back.
std::optional<Invalid> validate(const Guide &guide);
// The same rules for parts an importer adds to a guide; places are
// "sources[i]..." and "timeline[i]..." by their index in the list.
std::optional<Invalid> validate(const QList<Source> &sources);
std::optional<Invalid> validate(const QList<TimelineEntry> &entries);

// Bytes the text takes as UTF-8 (a lone surrogate counts as three).
qsizetype utf8Size(QStringView text);

} // namespace almanac::guide
