#pragma once

#include <QCoreApplication>

// The core's words for people (errors, findings, reports, notes) are
// translatable without QObject, as Tiled's libtiled does: Qt Linguist
// extracts XText::tr("…") into translations/almanac_*.ts, one context per
// part of the core. Without a translation installed the English is returned
// as written. Machine-read text (keys, SQL, JSON, states such as "approved")
// is never translated.

namespace almanac {

// guide/: the guide model, validation, lint, partial dates.
struct GuideText
{
    Q_DECLARE_TR_FUNCTIONS(almanac::GuideText)
};

// io/: reading guide files, importers, import reports.
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(almanac::ImportText)
};

// store/: workspaces, versions, review, comments, teams, search.
struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(almanac::StoreText)
};

// publish/ and render/: bundles, their verification, pages.
struct PublishText
{
    Q_DECLARE_TR_FUNCTIONS(almanac::PublishText)
};

// diff/ and merge/: comparisons and merges.
struct DiffText
{
    Q_DECLARE_TR_FUNCTIONS(almanac::DiffText)
};

} // namespace almanac
