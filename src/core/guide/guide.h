#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace almanac {

// The parts of a guide, as DESIGN.md lists them. Every list item has a stable id
// (a lowercase UUID) so that versions can be compared part by part.

struct Takeaway
{
    QString id;
    QString text;
    bool operator==(const Takeaway &) const = default;
};

struct Section
{
    QString id;
    QString heading;
    QString body;
    bool operator==(const Section &) const = default;
};

struct TimelineEntry
{
    QString id;
    QString date; // PartialDate text ("2015-08", "-0044", "1964/2008"); empty when not known yet
    QString title;
    QString description;
    QStringList sources;
    // The TimelineJS slide's other fields as given (media with its url, caption,
    // credit and thumbnail, group, background, display_date, …), so that
    // timeline.json gives them back; empty for an entry made here.
    QJsonObject timelinejs;
    bool operator==(const TimelineEntry &) const = default;
};

struct FaqEntry
{
    QString id;
    QString question;
    QString answer;
    bool operator==(const FaqEntry &) const = default;
};

struct Source
{
    QString id;
    QString key;
    QString outlet;
    QString title;
    QString url;
    QString published; // PartialDate text, or empty
    QString accessed;  // likewise
    int relevance = 5;
    QString summary;
    // The CSL-JSON item it came from, every field as given (authors, type, DOI,
    // volume, …), so that it goes out again unchanged; empty for a source made here.
    // Where an editorial field above still reads as this item gave it, the item's
    // own value goes out; an edit made here goes out instead.
    QJsonObject csl;
    bool operator==(const Source &) const = default;
};

// One guide: the draft being edited, or the content of one version.
struct Guide
{
    QString id;
    QString slug;
    QString title;
    QString subject;
    QString kind = QStringLiteral("Guide");
    QString level = QStringLiteral("Beginner");
    QString status = QStringLiteral("active");
    // A BCP 47 tag ("de", "ar", "he-IL"), empty for English (guide/language.h).
    QString language;
    QDateTime created;
    QDateTime updated;
    QString tldr;
    QList<Takeaway> takeaways;
    QList<Section> sections;
    QList<TimelineEntry> timeline;
    // What a TimelineJS file had beside its events: the title slide, eras, scale.
    QJsonObject timelinejs;
    QStringList topics;
    QList<FaqEntry> faq;
    QStringList related;
    QList<Source> sources;

    bool operator==(const Guide &) const = default;

    // The index of the source with this citation key, or -1.
    qsizetype sourceIndex(QStringView key) const;
};

namespace guide {
inline const QStringList levels = {QStringLiteral("Beginner"), QStringLiteral("Intermediate"),
                                   QStringLiteral("Advanced")};
inline const QStringList statuses = {QStringLiteral("active"), QStringLiteral("archived")};

QString newId();
// Created/updated times as the guide file and the workspace store them:
// "2026-11-20T10:00:00Z". Parsing gives an invalid time for anything else.
QString timestampText(const QDateTime &time);
QDateTime timestampFromText(const QString &text);
bool isValidId(QStringView id);
bool isValidSlug(QStringView slug);
bool isValidSourceKey(QStringView key);
bool isValidWebUrl(const QString &url);
// The same content, whenever it was last touched (created and updated aside).
bool sameContent(const Guide &a, const Guide &b);
// Makes a URL-safe slug from a title ("RISC-V: The Open ISA" -> "risc-v-the-open-isa").
QString slugify(const QString &title);
} // namespace guide

} // namespace almanac
