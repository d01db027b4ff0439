#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace almanac {

class Workspace;

// Where one guide stands in the review workflow, as lists of guides show it:
// read for all guides at once, from the versions table and its events.
struct ReviewState
{
    enum class Stage
    {
        Draft,            // no version is in review, approved or live
        InReview,         // the newest version awaits a reviewer
        ChangesRequested, // the newest version was sent back with a note
        Approved,         // the newest version may be published
        Live,             // a version is live and the draft is what it holds
        LiveNewerDraft    // a version is live and the draft has moved on since
    };

    Stage stage = Stage::Draft;
    int latest = 0;   // the newest version (0: none)
    int live = 0;     // the live version (0: none)
    QString latestBy; // who made the newest version
    // For ChangesRequested: the reviewer's note, who wrote it and when.
    QString note;
    QString noteBy;
    QDateTime noteAt;

    bool operator==(const ReviewState &) const = default;

    // A stable name for the stage ("in-review"), for filters and settings.
    static QString stageKey(Stage stage);
    // Whether the newest version waits for this person's review: in review,
    // and made by someone else (nobody reviews their own work).
    bool awaitsReviewBy(const QString &person) const
    {
        return stage == Stage::InReview && latestBy != person;
    }

    // Every guide's state by guide id; guides without versions are Draft.
    static QHash<QString, ReviewState> readAll(const Workspace &workspace, QString *error);
    // The states of these guides only (a guide that is gone has none).
    static QHash<QString, ReviewState> read(const Workspace &workspace, const QStringList &guideIds,
                                            QString *error);
};

} // namespace almanac
